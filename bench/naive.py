"""The naive baseline: every claim against every claim, rapidfuzz token_set_ratio at 70, transitive groups.

This is what the project must beat (README of ../shared: "a plain rapidfuzz token_set_ratio at 70 with
transitive grouping"). It uses the project's own reading and segmentation, so the two approaches differ
only in how claims are aligned. rapidfuzz's ``process.cdist`` needs numpy; without numpy the same all-pairs
matrix is computed row by row with ``process.extract`` over the claims after each one (upper triangle,
one thread, the same C scorer), which is, if anything, kinder to the baseline than the full matrix.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from rapidfuzz import fuzz, process, utils

CUTOFF = 70


def all_pairs(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, whose token_set_ratio reaches :data:`CUTOFF`."""
    proc = [utils.default_process(t) for t in texts]
    try:
        import numpy as np  # noqa: F401  (cdist returns a numpy matrix)
    except ImportError:
        pairs: list[tuple[int, int]] = []
        for i in range(len(proc) - 1):
            hits = process.extract(
                proc[i], proc[i + 1 :], scorer=fuzz.token_set_ratio, score_cutoff=CUTOFF, limit=None
            )
            pairs.extend((i, i + 1 + k) for _choice, _score, k in hits)
        return pairs
    m = process.cdist(proc, proc, scorer=fuzz.token_set_ratio, score_cutoff=CUTOFF, workers=1)
    rows, cols = (m >= CUTOFF).nonzero()
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True) if i < j]


def transitive_groups(n: int, pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Union-find: every chain of linked claims becomes one group (groups of one dropped)."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in pairs:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def naive_compare(paths: Sequence[str]) -> dict[str, float | int]:
    """Read, segment (the project's code), score all pairs, group; seconds per stage."""
    from viewer.core.claims.segment import segment
    from viewer.core.read.ingest import read_article

    t0 = time.perf_counter()
    articles = [read_article(p, f"A{k}") for k, p in enumerate(paths, start=1)]
    t1 = time.perf_counter()
    texts = [s.text for a in articles for s in segment(a.text)]
    t2 = time.perf_counter()
    pairs = all_pairs(texts)
    t3 = time.perf_counter()
    groups = transitive_groups(len(texts), pairs)
    t4 = time.perf_counter()
    return {
        "seconds": t4 - t0,
        "read_s": t1 - t0,
        "segment_s": t2 - t1,
        "pairs_s": t3 - t2,
        "group_s": t4 - t3,
        "claims": len(texts),
        "scored_pairs": len(texts) * (len(texts) - 1) // 2,
        "linked_pairs": len(pairs),
        "groups": len(groups),
    }
