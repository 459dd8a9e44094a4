"""Benchmarks of the Qt-free core, one per fresh process: ``python -m bench.core TASK ...``.

Each task prints one JSON object as its last line of output. Peak memory is this process's own
``ru_maxrss`` (the interpreter and its imports included), so it is per task and per corpus size. Stage
times come from thin timing wrappers put around the pipeline's module-level functions (read, segment,
align, contradictions, and the steps inside align); a name the pipeline no longer has is simply not timed.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import json
import pstats
import resource
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

_T_START = time.perf_counter()

Timers = dict[str, float]

# (module, function or Class.method, timer key). "x.y" is a part of "x"; the rest of "x" is reported as
# "x.rest". Both the older pipeline (a module-level ``align``) and the Aligner class are covered.
_STAGES = [
    ("viewer.core.pipeline", "read_article", "read"),
    ("viewer.core.pipeline", "segment", "segment"),
    ("viewer.core.pipeline", "align", "align"),
    ("viewer.core.align.aligner", "Aligner.add", "align"),
    ("viewer.core.align.aligner", "Aligner.groups", "grouping"),
    ("viewer.core.align.aligner", "_corpus_acronyms", "align.acronyms"),
    ("viewer.core.align.aligner", "features", "align.features"),
    ("viewer.core.align.aligner", "candidate_pairs", "align.candidates"),
    ("viewer.core.pipeline", "find_contradictions", "contradictions"),
]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def instrument() -> Timers:
    """Wrap the pipeline's stages with timers; returns the dict they add seconds to."""
    timers: Timers = defaultdict(float)
    depth: dict[str, int] = defaultdict(int)  # a stage calling itself (or a wrapped twin) counts once
    for mod_name, dotted, key in _STAGES:
        owner: Any = importlib.import_module(mod_name)
        *classes, func = dotted.split(".")
        for cls in classes:
            owner = getattr(owner, cls, None)
        inner = getattr(owner, func, None) if owner is not None else None
        if inner is None:
            continue

        def timed(*a: Any, _inner: Callable[..., Any] = inner, _key: str = key, **k: Any) -> Any:
            depth[_key] += 1
            t = time.perf_counter()
            try:
                return _inner(*a, **k)
            finally:
                depth[_key] -= 1
                if not depth[_key]:
                    timers[_key] += time.perf_counter() - t

        setattr(owner, func, timed)
    return timers


def _stage_report(timers: Timers, total: float) -> dict[str, float]:
    out = {f"{k}_s": round(v, 4) for k, v in sorted(timers.items())}
    for parent in {k.split(".")[0] for k in timers if "." in k}:
        inner = sum(v for k, v in timers.items() if k.startswith(parent + "."))
        out[f"{parent}.rest_s"] = round(timers.get(parent, 0.0) - inner, 4)
    outer = sum(v for k, v in timers.items() if "." not in k)
    out["other_s"] = round(total - outer, 4)  # expanding inputs, statuses, building the Comparison
    return out


def task_samples(root: str, warm: int) -> dict[str, Any]:
    t = time.perf_counter()
    from viewer.core.pipeline import compare

    import_s = time.perf_counter() - t
    timers = instrument()
    t = time.perf_counter()
    comp = compare([f"{root}/samples"])
    first = time.perf_counter() - t
    stages = _stage_report(timers, first)
    runs = []
    for _ in range(warm):
        t = time.perf_counter()
        compare([f"{root}/samples"])
        runs.append(time.perf_counter() - t)
    return {
        "import_s": import_s,
        "first_s": first,
        "import_plus_first_s": import_s + first,
        "warm_median_s": statistics.median(runs) if runs else None,
        "articles": len(comp.articles),
        "claims": len(comp.claims),
        "groups": len(comp.groups),
        "contradictions": len(comp.contradictions),
        "stages": stages,
        "peak_mb": peak_mb(),
    }


def clear_caches() -> None:
    """Empty the memo caches of ``viewer.core`` (words of a text, pairs of wordings already judged)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("viewer.core"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def task_corpus(paths: Sequence[str], repeat: int) -> dict[str, Any]:
    from viewer.core.pipeline import compare

    base = rss_mb()
    timers = instrument()
    best: float | None = None
    best_stages: dict[str, float] = {}
    comp = None
    for _ in range(repeat):
        timers.clear()
        clear_caches()  # each repetition starts as cold as the first
        t = time.perf_counter()
        comp = compare(paths)
        dt = time.perf_counter() - t
        if best is None or dt < best:
            best, best_stages = dt, _stage_report(timers, dt)
    assert comp is not None
    return {
        "n": len(paths),
        "seconds": best,
        "repeat": repeat,
        "articles": len(comp.articles),
        "claims": len(comp.claims),
        "groups": len(comp.groups),
        "contradictions": len(comp.contradictions),
        "problems": len(comp.problems),
        "stages": best_stages,
        "rss_after_import_mb": base,
        "peak_mb": peak_mb(),
    }


def task_msrp(left: str, right: str) -> dict[str, Any]:
    from viewer.core.pipeline import compare

    timers = instrument()
    t = time.perf_counter()
    comp = compare([left, right])
    dt = time.perf_counter() - t
    return {
        "seconds": dt,
        "claims": len(comp.claims),
        "groups": len(comp.groups),
        "stages": _stage_report(timers, dt),
        "peak_mb": peak_mb(),
    }


def task_naive(left: str, right: str) -> dict[str, Any]:
    from bench.naive import naive_compare

    out: dict[str, Any] = dict(naive_compare([left, right]))
    out["peak_mb"] = peak_mb()
    return out


def task_incremental(paths: Sequence[str]) -> dict[str, Any]:
    """One article added to 50: without a cache (the whole 51 again), and with ``pipeline.Analyzer``."""
    from viewer.core import pipeline
    from viewer.core.read.ingest import read_article

    articles = [read_article(p, f"A{k}") for k, p in enumerate(paths, start=1)]
    old, new = articles[:-1], articles[-1:]
    t = time.perf_counter()
    pipeline.compare_articles(old)
    fifty = time.perf_counter() - t
    t = time.perf_counter()
    full = pipeline.compare_articles(articles)
    fifty_one = time.perf_counter() - t
    out: dict[str, Any] = {
        "recompute_50_s": fifty,
        "recompute_51_s": fifty_one,
        "claims_51": len(full.claims),
        "analyzer": "not available",
    }
    analyzer_cls = getattr(pipeline, "Analyzer", None)
    if analyzer_cls is not None:
        try:
            analyzer = analyzer_cls()
            t = time.perf_counter()
            analyzer.add(old)
            first = time.perf_counter() - t
            copy_s = None
            if hasattr(analyzer, "copy"):  # the window's worker starts each run from a copy
                t = time.perf_counter()
                analyzer.copy()
                copy_s = time.perf_counter() - t
            t = time.perf_counter()
            inc = analyzer.add(new)
            added = time.perf_counter() - t
            out.update(
                analyzer_copy_s=copy_s,
                analyzer="available",
                analyzer_first_50_s=first,
                analyzer_add_1_s=added,
                analyzer_claims=len(inc.claims),
                analyzer_groups=len(inc.groups),
                batch_groups=len(full.groups),
                analyzer_same_groups=[g.claims for g in inc.groups] == [g.claims for g in full.groups],
            )
        except Exception as exc:  # an API that differs from what the benchmark expects: say so
            out["analyzer"] = f"failed: {type(exc).__name__}: {exc}"
    out["peak_mb"] = peak_mb()
    return out


def task_profile(paths: Sequence[str], out: str, top: int) -> dict[str, Any]:
    from viewer.core.pipeline import compare

    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.enable()
    comp = compare(paths)
    prof.disable()
    dt = time.perf_counter() - t
    prof.dump_stats(out + ".prof")
    text = io.StringIO()
    stats = pstats.Stats(prof, stream=text).strip_dirs()
    text.write(f"# {len(paths)} inputs, {len(comp.claims)} claims, {dt:.2f} s under cProfile\n")
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    with open(out + ".txt", "w", encoding="utf-8") as fh:
        fh.write(text.getvalue())
    rows = []
    for (file, line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append({"func": f"{file}:{line}({func})", "calls": nc, "tottime": tt, "cumtime": ct})
    rows.sort(key=lambda r: -r["tottime"])
    return {"seconds_profiled": dt, "claims": len(comp.claims), "top_tottime": rows[:top]}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.core")
    ap.add_argument("task", choices=["samples", "corpus", "msrp", "naive", "incremental", "profile"])
    ap.add_argument("--root", default=".")
    ap.add_argument("--paths-file", help="a file with one input path a line")
    ap.add_argument("--left")
    ap.add_argument("--right")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--out", help="profile output prefix")
    ap.add_argument("--top", type=int, default=30)
    a = ap.parse_args(argv)
    paths: list[str] = []
    if a.paths_file:
        with open(a.paths_file, encoding="utf-8") as fh:
            paths = [ln.rstrip("\n") for ln in fh if ln.strip()]
    if a.task == "samples":
        res = task_samples(a.root, warm=5)
    elif a.task == "corpus":
        res = task_corpus(paths, a.repeat)
    elif a.task == "msrp":
        res = task_msrp(a.left, a.right)
    elif a.task == "naive":
        res = task_naive(a.left, a.right)
    elif a.task == "incremental":
        res = task_incremental(paths)
    else:
        res = task_profile(paths, a.out, a.top)
    res["process_s"] = time.perf_counter() - _T_START
    sys.stdout.write(json.dumps(res) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
