"""What one-fact-per-group alignment (issue 11) can reach on the development sets, computed exactly.

    .venv/bin/python bench/fact_limits.py [--shared ../shared]

Not a speed benchmark: an analysis run on demand (about half a minute; reads ``../shared``, which the
project's tests never do). It prints

1. **Samples.** Every annotated pair of claims (development annotation) that the comparison does not put
   in one group, with the pair score, whether a scored link exists, and the words and WordNet senses the
   two claims share. Then two exact figures: the recall a grouping with one claim per article per group
   can reach at most (an annotated group that holds two claims of one article loses the pairs of the
   second), and the most annotated pairs such a grouping can hold when only the pairs that share some
   lexical evidence directly count (score > 0; the best choice of one claim per article, tried
   exhaustively).
2. **MSRP.** The project's pair score on every MSRP test pair, and the accuracy at the best single
   threshold chosen on the test pairs themselves: no threshold on this score does better. Then a
   logistic blend of six lexical features (the pair score, two rapidfuzz ratios, length ratio, numbers,
   word overlap) fitted on the STS benchmark's dev split (MSRpar pairs left out: they are MSRP test
   pairs), scored at p >= 0.5 and at its best threshold on the test pairs.
4. **ECB+ recall.** Where each gold pair stands, pooled: in one group, or what kept its best claim pair
   out (no shared evidence, a score below the merge or seed level, the event check, one claim per
   article, groups too weakly tied). A decomposition, not a bound.
3. **ECB+ event separation.** For each topic of ``ecb_mixed.py``, the pairs of claims of articles about
   different events that state the same thing nearly word for word (rapidfuzz ``token_set_ratio`` >= 95
   on the normalised words, eight content words or more: the 2004 tsunami told as background in two
   earthquake stories). A fact aligner links them, and the scorer counts each such link as wrong: the
   share they make of the comparison's cross-article links is a floor under ``cross`` for this grouping.
"""

from __future__ import annotations

import argparse
import glob
import json
import math
import os
import re
import sys
import unicodedata
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.limits import msrp_accuracy_by_threshold, msrp_pairs  # noqa: E402
from viewer.core.align.aligner import Scorer, features  # noqa: E402
from viewer.core.model import Claim  # noqa: E402
from viewer.core.pipeline import Analyzer, read_inputs  # noqa: E402


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2014", "-")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s.replace("\u2013", "-")).casefold()


def _normmap(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the offset it came from."""
    out: list[str] = []
    back: list[int] = []
    space = False
    for i, ch in enumerate(text):
        n = " " if ch.isspace() else _norm(ch)
        if n == " ":
            if space:
                continue
            space = True
        else:
            space = False
        for c in n:
            out.append(c)
            back.append(i)
    return "".join(out), back


def samples(shared: str) -> None:
    with open(os.path.join(shared, "dev-eval", "seeds_gold_dev.json"), encoding="utf-8") as f:
        gold = json.load(f)
    articles, _ = read_inputs(sorted(glob.glob(str(ROOT / "samples" / "*.txt"))))
    analyzer = Analyzer()
    comparison = analyzer.add(articles)
    aligner = analyzer._aligner
    index = {c.id: i for i, c in enumerate(aligner.claims)}
    by_key = {re.search(r"(\d{3})_[0-9a-f]+", a.path or "").group(1): a for a in articles}  # type: ignore[union-attr]
    group_of = {c.id: c.group for c in comparison.claims}
    scorer = Scorer(aligner.feats, aligner.params)

    cache: dict[str, tuple[str, list[int]]] = {}

    def locate(key: str, quote: str) -> Claim | None:
        art = by_key[key]
        if art.id not in cache:
            cache[art.id] = _normmap(art.text)
        text, back = cache[art.id]
        at = text.find(_norm(quote))
        if at < 0:
            return None
        start, end = back[at], back[at + len(_norm(quote)) - 1] + 1
        return max(
            (c for c in aligner.claims if c.article == art.id),
            key=lambda c: min(end, c.end) - max(start, c.start),
            default=None,
        )

    pairs = hits = one_per_article_lost = no_evidence = reach = 0
    for g in gold["groups"]:
        claims = [locate(k, q) for k, q in g["anchors"]]
        per_article: dict[str, int] = {}
        for c in claims:
            if c is not None:
                per_article[c.article] = per_article.get(c.article, 0) + 1
        # one claim per article per group: of the cross pairs, only those of one claim per article remain
        n, k = sum(per_article.values()), len(per_article)
        cross = n * (n - 1) // 2 - sum(m * (m - 1) // 2 for m in per_article.values())
        one_per_article_lost += cross - k * (k - 1) // 2
        reach += _best_choice([c for c in claims if c is not None], index, scorer)
        for x, y in combinations(claims, 2):
            if x is None or y is None or x.article == y.article:
                continue
            pairs += 1
            if x.id == y.id or (group_of[x.id] is not None and group_of[x.id] == group_of[y.id]):
                hits += 1
                continue
            i, j = sorted((index[x.id], index[y.id]))
            s = scorer.score(i, j)
            fa, fb = aligner.feats[i], aligner.feats[j]
            common = sorted(fa.words & fb.words)
            synonyms = Scorer._synonyms(fa, fb)
            no_evidence += s == 0.0
            print(f"  missed [{g['id']}] score {s:.2f} link {'yes' if (i, j) in aligner.edges else 'no'}")
            print(f"    {x.id}: {x.text[:100]}")
            print(f"    {y.id}: {y.text[:100]}")
            print(f"    shared words {common} WordNet {synonyms}")
    print(f"  recall {hits}/{pairs} = {hits / pairs:.3f}")
    print(
        f"  at most {pairs - one_per_article_lost}/{pairs} = {(pairs - one_per_article_lost) / pairs:.3f} "
        "with one claim per article per group"
    )
    print(
        f"  at most {reach}/{pairs} = {reach / pairs:.3f} with one claim per article per group counting only "
        f"the pairs that share some lexical evidence directly (score > 0; {no_evidence} pairs have none)"
    )


def _best_choice(claims: list[Claim], index: dict[str, int], scorer: Scorer) -> int:
    """The most annotated cross-article pairs of one group that a grouping with one claim per article can
    hold when it links only pairs of some lexical evidence (pair score > 0): every choice of one claim
    per article is tried (the groups are small)."""
    from itertools import product

    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        if c not in by_article.setdefault(c.article, []):
            by_article[c.article].append(c)
    best = 0
    for choice in product(*by_article.values()):
        n = 0
        for x, y in combinations(choice, 2):
            i, j = sorted((index[x.id], index[y.id]))
            n += scorer.score(i, j) > 0.0
        best = max(best, n)
    return best


def _pair_features(pairs: list[tuple[str, str]]) -> list[list[float]]:
    """Lexical features of sentence pairs: the pair score, rapidfuzz token-set and token-sort ratios,
    the length ratio, whether the numbers differ, the Jaccard overlap of content words."""
    feats = [features(t) for t in [a for a, _ in pairs] + [b for _, b in pairs]]
    scorer, n = Scorer(feats), len(pairs)
    out = []
    for i in range(n):
        fa, fb = feats[i], feats[n + i]
        small, large = sorted((len(fa.words), len(fb.words)))
        out.append(
            [
                scorer.score(i, n + i),
                fuzz.token_set_ratio(fa.folded, fb.folded) / 100,
                fuzz.token_sort_ratio(fa.folded, fb.folded) / 100,
                small / max(1, large),
                float(fa.numbers != fb.numbers),
                len(fa.words & fb.words) / max(1, len(fa.words | fb.words)),
            ]
        )
    return out


def _logistic(xs: list[list[float]], ys: list[float], steps: int = 3000) -> list[float]:
    """Weights (bias first) of a logistic regression by plain gradient descent (no numpy here)."""
    w = [0.0] * (len(xs[0]) + 1)
    for _ in range(steps):
        grad = [0.0] * len(w)
        for x, y in zip(xs, ys, strict=True):
            d = 1 / (1 + math.exp(-(w[0] + sum(a * b for a, b in zip(w[1:], x, strict=True))))) - y
            grad[0] += d
            for k, v in enumerate(x, start=1):
                grad[k] += d * v
        w = [a - g / len(xs) for a, g in zip(w, grad, strict=True)]
    return w


def msrp(shared: str) -> None:
    acc = msrp_accuracy_by_threshold(shared)
    t, best = max(acc, key=lambda x: (x[1], -x[0]))
    print(f"  pair score, best single threshold on the test pairs themselves: {t:.2f} -> accuracy {best:.3f}")
    # a blend of lexical features fitted on STS-B dev (gold >= 3 is a paraphrase), without its MSRpar
    # pairs, which come from the MSRP test set
    sts = []
    with open(os.path.join(shared, "eval-data", "sts-benchmark", "sts-dev.csv"), encoding="utf-8") as f:
        for line in f:
            row = line.rstrip("\n").split("\t")
            if len(row) >= 7 and row[1] != "MSRpar":
                sts.append((row[5], row[6], float(row[4])))
    w = _logistic(_pair_features([(a, b) for a, b, _ in sts]), [float(g >= 3) for _, _, g in sts])
    left, right, labels = msrp_pairs(shared)
    xs = _pair_features(list(zip(left, right, strict=True)))
    probs = [1 / (1 + math.exp(-(w[0] + sum(a * b for a, b in zip(w[1:], x, strict=True))))) for x in xs]

    def accuracy(t: float) -> float:
        return sum((p >= t) == bool(y) for p, y in zip(probs, labels, strict=True)) / len(labels)

    oracle = max(range(5, 96), key=lambda t: accuracy(t / 100))
    print(f"  lexical blend fitted on STS-B dev (weights {[round(v, 2) for v in w]}):")
    best, at_half = accuracy(oracle / 100), accuracy(0.5)
    print(f"    at p >= 0.5 {at_half:.3f}; best threshold on the test pairs {oracle / 100:.2f}: {best:.3f}")


def mixed(shared: str) -> None:
    clusters = os.path.join(shared, "eval-data", "ecb-plus", "clusters")
    topics = sorted({os.path.basename(d).split("_")[0] for d in glob.glob(os.path.join(clusters, "*_ecb*"))})
    total_forced = total_links = 0
    for t in topics:
        files, event = [], {}
        for sub in (f"{t}_ecb", f"{t}_ecbplus"):
            for f in sorted(glob.glob(os.path.join(clusters, sub, "*.txt"))):
                files.append(f)
                event[os.path.basename(f)] = sub
        articles, _ = read_inputs(files)
        analyzer = Analyzer()
        comparison = analyzer.add(articles)
        ev = {a.id: event[os.path.basename(a.path or "")] for a in articles}
        groups = [[comparison.claim(c).article for c in g.claims] for g in comparison.groups]
        links = sum(1 for g in groups for x, y in combinations(g, 2) if x != y)
        claims = analyzer._aligner.claims
        words = [f.folded for f in analyzer._aligner.feats]
        long_enough = [i for i, c in enumerate(claims) if len(analyzer._aligner.feats[i].words) >= 8]
        forced = sum(
            1
            for i, j in combinations(long_enough, 2)
            if ev[claims[i].article] != ev[claims[j].article]
            and fuzz.token_set_ratio(words[i], words[j]) >= 95
        )
        total_forced += forced
        total_links += links
        print(f"  topic {t}: near-verbatim cross-event pairs {forced}, cross-article links {links}")
    floor = total_forced / max(1, total_links)
    print(f"  floor under cross for this grouping: {total_forced}/{total_links} = {floor:.4f}")


def ecb_recall(shared: str) -> None:
    """Where each ECB+ gold pair (two sentences of one event and participant) stands, pooled over the
    clusters: in one group, or the best claim pair's score and what kept it out."""
    from collections import Counter

    where: Counter[str] = Counter()
    for cluster in sorted(glob.glob(os.path.join(shared, "eval-data", "ecb-plus", "clusters", "*", ""))):
        _ecb_cluster(cluster, where)
    total = sum(where.values())
    for what, n in where.most_common():
        print(f"  {what:48s} {n:5d}  {n / total:.3f}")
    print(f"  {'gold pairs':48s} {total:5d}")


def _ecb_cluster(cluster: str, where: dict[str, int]) -> None:
    with open(os.path.join(cluster, "gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    articles, _ = read_inputs(sorted(glob.glob(os.path.join(cluster, "*.txt"))))
    analyzer = Analyzer()
    comparison = analyzer.add(articles)
    aligner = analyzer._aligner
    p = aligner.params
    index = {c.id: i for i, c in enumerate(aligner.claims)}
    group = {c.id: c.group for c in comparison.claims}
    members: dict[str | None, list[Claim]] = {}
    for c in comparison.claims:
        members.setdefault(c.group, []).append(c)
    scorer = Scorer(aligner.feats, p)
    by_name = {os.path.basename(a.path or ""): a.id for a in articles}

    def claims_of(name: str, n: int) -> list[Claim]:
        start, end = gold["sentences"][name][str(n)]
        art = by_name[name]
        return [c for c in aligner.claims if c.article == art and min(end, c.end) > max(start, c.start)]

    for (na, sa), (nb, sb) in gold["pairs"]:
        xs, ys = claims_of(na, sa), claims_of(nb, sb)
        if any(group[x.id] is not None and group[x.id] == group[y.id] for x in xs for y in ys):
            where["in one group"] = where.get("in one group", 0) + 1
            continue
        if not xs or not ys:
            what = "on text that is no claim"
        else:
            pairs = [(tuple(sorted((index[x.id], index[y.id]))), x, y) for x in xs for y in ys]
            key, x, y = max(pairs, key=lambda t: scorer.score(*t[0]))
            if key in aligner.conflicts:
                what = "kept apart by the event check"
            elif key not in aligner.edges:
                zero = scorer.score(*key) == 0
                what = "score 0" if zero else f"score below the merge level ({p.merge})"
            elif aligner.edges[key] < p.link:
                what = f"linked below the seed level ({p.link})"
            else:
                gx, gy = members.get(group[x.id], []), members.get(group[y.id], [])
                taken = any(c.article == y.article for c in gx) or any(c.article == x.article for c in gy)
                what = (
                    "linked, one claim per article keeps them apart"
                    if taken
                    else "linked, groups too weakly tied"
                )
        where[what] = where.get(what, 0) + 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    print("Samples against the development annotation (target recall 0.90)")
    samples(args.shared)
    print("\nMSRP test pairs (target accuracy 0.74)")
    msrp(args.shared)
    print("\nECB+ event separation (target cross 0.01)")
    mixed(args.shared)
    print("\nECB+ gold pairs, pooled over the clusters (recall floor 0.40, a mean over clusters)")
    ecb_recall(args.shared)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
