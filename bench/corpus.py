"""The benchmark inputs: ECB+ corpora of 25…400 articles, the MSRP set as two long articles.

Sizes are prefixes of one fixed order, so a larger corpus contains every smaller one. The order takes one
article from each ECB+ cluster in turn (round robin), so every size is a similar mix of stories and the
growth from one size to the next measures size, not a change of topic. ECB+ has 210 texts; beyond that
the corpus repeats them with light, deterministic edits (two paragraphs swapped, a few words replaced)
so no copy is byte-identical to its original.
"""

from __future__ import annotations

import glob
import os
import random
import re
import subprocess
import sys
import zlib

# Replacements a copy editor might make; none changes a number, a name or a negation, so a copy states
# the same facts as its original (no contradiction is injected).
_SWAPS = {
    "said": "stated",
    "says": "states",
    "told": "informed",
    "announced": "declared",
    "arrested": "detained",
    "killed": "slain",
    "police": "officers",
    "officials": "authorities",
    "Monday": "on Monday",
    "after": "following",
    "about": "around",
    "large": "big",
    "started": "began",
    "began": "started",
    "people": "persons",
    "reported": "said",
    "also": "as well",
    "very": "highly",
}
_WORD = re.compile(r"\b(" + "|".join(map(re.escape, _SWAPS)) + r")\b")


def ecb_files(shared: str) -> list[str]:
    """Every ECB+ cluster text, round robin over the clusters (deterministic)."""
    clusters = sorted(glob.glob(os.path.join(shared, "eval-data", "ecb-plus", "clusters", "*")))
    lists = [sorted(glob.glob(os.path.join(c, "*.txt"))) for c in clusters if os.path.isdir(c)]
    order: list[str] = []
    depth = max((len(x) for x in lists), default=0)
    for k in range(depth):
        order.extend(x[k] for x in lists if k < len(x))
    if not order:
        raise SystemExit(f"no ECB+ texts under {shared}/eval-data/ecb-plus/clusters")
    return order


def light_edit(text: str, copy: int, name: str) -> str:
    """A deterministic near-copy of ``text``: two body paragraphs swapped and up to three words replaced."""
    rng = random.Random(zlib.crc32(f"{copy}:{name}".encode()))
    paras = text.split("\n\n")
    if len(paras) > 3:  # keep the headline (first paragraph) first
        i = rng.randrange(1, len(paras) - 1)
        paras[i], paras[i + 1] = paras[i + 1], paras[i]
    body = "\n\n".join(paras)
    hits = list(_WORD.finditer(body))
    chosen = sorted(rng.sample(hits, min(3, len(hits))), key=lambda m: m.start(), reverse=True)
    for m in chosen:
        body = body[: m.start()] + _SWAPS[m.group(1)] + body[m.end() :]
    if body == text:  # nothing to swap or replace: mark it so it is still not identical
        body = text.rstrip("\n") + f"\n\n(Copy {copy}.)\n"
    return body


def corpus(n: int, shared: str, workdir: str) -> list[str]:
    """Paths of the first ``n`` articles: real ECB+ texts, then edited copies written under ``workdir``."""
    real = ecb_files(shared)
    paths = real[:n]
    copy = 0
    while len(paths) < n:
        copy += 1
        folder = os.path.join(workdir, f"ecb-copies-{copy}")
        os.makedirs(folder, exist_ok=True)
        for src in real[: n - len(paths)]:
            name = f"{os.path.basename(os.path.dirname(src))}_{os.path.basename(src)}"
            dst = os.path.join(folder, name)
            if not os.path.exists(dst):
                with open(src, encoding="utf-8") as fh:
                    text = fh.read()
                with open(dst, "w", encoding="utf-8") as fh:
                    fh.write(light_edit(text, copy, name))
            paths.append(dst)
    return paths


def msrp(shared: str, workdir: str) -> tuple[str, str]:
    """left.txt and right.txt of the MSRP test pairs, built by the shared script (once per workdir)."""
    out = os.path.join(workdir, "msrp")
    left, right = os.path.join(out, "left.txt"), os.path.join(out, "right.txt")
    if not (os.path.exists(left) and os.path.exists(right)):
        script = os.path.join(shared, "eval-data", "msrp_pairs.py")
        subprocess.run([sys.executable, script, "build", out], check=True)
    return left, right


def samples_dir(root: str) -> str:
    return os.path.join(root, "samples")
