"""How fast the reviewer's decisions apply: ``python -m bench.review [--articles N] [--shared ../shared]``.

The window applies every decision again on each undo and redo, so what counts is one
``review.apply_decisions`` on an analysed comparison: with 1, half and all of a fixed set of decisions
(joins of random claims of two articles, splits of groups, dismissals, notes; seeded, so every run draws
the same), the first application (quotes found, joined groups read for contradictions) and the next
(caches warm, as after an undo). Prints one JSON object. Not part of ``bench/run.py``'s suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from typing import Any


def decisions_for(comparison: Any, seed: int = 1) -> list[Any]:
    from viewer.core.model import Decision
    from viewer.core.review import passage_of

    rng = random.Random(seed)
    out: list[Any] = []
    claims = comparison.claims
    while len(out) < 30:
        a, b = rng.sample(claims, 2)
        if a.article != b.article:
            out.append(Decision("same", (passage_of(comparison, a.id), passage_of(comparison, b.id))))
    for g in rng.sample(list(comparison.groups), min(15, len(comparison.groups))):
        out.append(Decision("different", tuple(passage_of(comparison, c) for c in g.claims[:2])))
    for k in comparison.contradictions[:10]:
        out.append(Decision("not_contradiction", tuple(passage_of(comparison, c) for c in k.claims)))
    for c in rng.sample(claims, 10):
        out.append(Decision("note", (passage_of(comparison, c.id),), note="checked"))
    return out


def run(paths: Sequence[str]) -> dict[str, Any]:
    from viewer.core.pipeline import compare
    from viewer.core.review import apply_decisions

    t = time.perf_counter()
    engine = compare(paths)
    res: dict[str, Any] = {
        "articles": len(engine.articles),
        "claims": len(engine.claims),
        "analysis_s": round(time.perf_counter() - t, 3),
    }
    every = decisions_for(engine)
    for n in (1, len(every) // 2, len(every)):
        t = time.perf_counter()
        first = apply_decisions(engine, every[:n])
        t1 = time.perf_counter() - t
        t = time.perf_counter()
        apply_decisions(first, every[:n])
        t2 = time.perf_counter() - t
        res[f"{n}_decisions"] = {
            "first_ms": round(t1 * 1000, 1),
            "again_ms": round(t2 * 1000, 1),
            "applied": sum(d.applied for d in first.decisions),
        }
    return res


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.review")
    ap.add_argument("--articles", type=int, default=200, help="ECB+ corpus size (0: the five samples)")
    ap.add_argument("--shared", default=os.path.join("..", "shared"))
    a = ap.parse_args(argv)
    if a.articles:
        from bench.corpus import corpus

        paths = corpus(a.articles, a.shared, tempfile.mkdtemp(prefix="bench-review-"))
    else:
        paths = ["samples"]
    sys.stdout.write(json.dumps(run(paths)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
