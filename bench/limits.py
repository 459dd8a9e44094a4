"""How far the foundation issue's ECB+ and MSRP targets are reachable at all, and what they cost.

    .venv/bin/python bench/limits.py [--shared ../shared]

Not a speed benchmark: an analysis of the quality targets, run on demand (about a minute). It prints

1. **ECB+ ceiling.** The ECB+ scorer counts two annotated sentences of different articles as aligned when
   claims of theirs share a group. A group holds at most one claim per article, so an article whose k
   annotated sentences are all about the one event can reach the others through at most k groups. Stacking
   every article's sentences into groups 1, 2, … k gives the most cross-article pairs any grouping can
   reach; over the gold pairs, that is an upper bound on recall for a *perfect* aligner that keeps
   sentences whole. The bound is printed per cluster beside the target.
2. **MSRP ceiling of the pair score.** Every MSRP pair scored alone with the project's own pair score
   (rarity weights over all 3,450 sentences), and the accuracy at each threshold: the best any single
   threshold can do with this score.
3. **What a higher link threshold costs.** The samples (against the development annotation) and MSRP,
   analysed with ``AlignParams.link`` at the default and higher, through the shared scorers.

It reads ``../shared`` (ECB+ gold, the MSRP pairs, the development annotation and the scorers), which the
project's tests never do.
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viewer.core.align import aligner as align  # noqa: E402
from viewer.core.pipeline import Analyzer, read_inputs  # noqa: E402
from viewer.core.report.export import to_json  # noqa: E402


def ecb_ceiling(shared: str) -> list[tuple[str, float]]:
    """(cluster, recall bound) for every ECB+ cluster."""
    out = []
    for cluster in sorted(glob.glob(os.path.join(shared, "eval-data", "ecb-plus", "clusters", "*", ""))):
        with open(os.path.join(cluster, "gold.json"), encoding="utf-8") as f:
            gold = json.load(f)
        per_article = sorted(Counter(name for name, _n in gold["complete"]).values())
        reachable = sum(
            n * (n - 1) // 2
            for n in (sum(1 for k in per_article if k >= level) for level in range(1, per_article[-1] + 1))
        )
        out.append((os.path.basename(os.path.dirname(cluster)), min(1.0, reachable / len(gold["pairs"]))))
    return out


def msrp_pairs(shared: str) -> tuple[list[str], list[str], list[int]]:
    path = os.path.join(shared, "eval-data", "msrp", "msr_paraphrase_test.txt")
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    return [r[3] for r in rows], [r[4] for r in rows], [int(r[0]) for r in rows]


def msrp_accuracy_by_threshold(shared: str) -> list[tuple[float, float]]:
    left, right, labels = msrp_pairs(shared)
    scorer = align.Scorer([align.features(t) for t in left + right])
    n = len(left)
    scores = [scorer.score(i, n + i) for i in range(n)]
    out = []
    for t in [x / 100 for x in range(30, 71)]:
        right_calls = sum((s >= t) == bool(y) for s, y in zip(scores, labels, strict=True))
        out.append((t, right_calls / n))
    return out


def _analyse(paths: list[str], link: float, out: str) -> None:
    articles, _problems = read_inputs(paths)
    comparison = Analyzer(replace(align.DEFAULT, link=link)).add(articles)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(to_json(comparison), f)


def _summary(cmd: list[str]) -> str:
    lines = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.splitlines()
    return next(ln for ln in reversed(lines) if ln.startswith("SUMMARY"))


def link_sweep(shared: str, links: list[float], work: str) -> list[tuple[float, str, str]]:
    samples = sorted(glob.glob(str(ROOT / "samples" / "*.txt")))
    msrp_dir = os.path.join(work, "msrp")
    script = os.path.join(shared, "eval-data", "msrp_pairs.py")
    subprocess.run([sys.executable, script, "build", msrp_dir], check=True, capture_output=True)
    gold = os.path.join(shared, "dev-eval", "seeds_gold_dev.json")
    out = []
    for link in links:
        seeds_json, msrp_json = os.path.join(work, "seeds.json"), os.path.join(work, "msrp.json")
        _analyse(samples, link, seeds_json)
        _analyse([os.path.join(msrp_dir, "left.txt"), os.path.join(msrp_dir, "right.txt")], link, msrp_json)
        scorer = os.path.join(shared, "dev-eval", "score_seeds.py")
        seeds = _summary([sys.executable, scorer, seeds_json, gold])
        msrp = _summary([sys.executable, script, "score", msrp_dir, msrp_json])
        out.append((link, seeds, msrp))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()

    bounds = ecb_ceiling(args.shared)
    print("ECB+: upper bound on recall with one whole sentence per article in a group (target 0.75)")
    for name, bound in bounds:
        print(f"  {name:<12} {bound:.3f}")
    mean = sum(b for _n, b in bounds) / len(bounds)
    print(f"  {'mean':<12} {mean:.3f}")

    acc = msrp_accuracy_by_threshold(args.shared)
    best_t, _best = max(acc, key=lambda x: (x[1], -x[0]))
    print("\nMSRP: accuracy of the pair score alone at a threshold (target 0.72)")
    for t, a in acc:
        if round(t * 100) % 5 == 0 or t == best_t:
            print(f"  {t:.2f}  {a:.3f}{'  <- best' if t == best_t else ''}")
    print(f"  the default link threshold is {align.DEFAULT.link}")

    print("\nLink threshold vs the samples (development annotation) and MSRP, through the shared scorers")
    with tempfile.TemporaryDirectory() as work:
        for link, seeds, msrp in link_sweep(args.shared, [align.DEFAULT.link, 0.45, 0.55], work):
            seeds = re.sub(r" hard=\S+ falsek=\S+", "", seeds.removeprefix("SUMMARY "))
            msrp = re.sub(r"pairs=\S+ ", "", msrp.removeprefix("SUMMARY "))
            print(f"  link {link:.2f}  samples: {seeds}\n             MSRP: {msrp}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
