"""Run the benchmark suite and print measure / value / target / pass-fail; write the figures as JSON.

    .venv/bin/python bench/run.py [--only NAME ...] [--shared ../shared] [--json OUT]

NAME is one of samples, corpus, msrp, incremental, window, profile (profile is not in the default run:
it re-runs the 400-article corpus and the MSRP set under cProfile). Every measurement runs in a fresh
process, so peak memory is per corpus size and no run warms another's caches. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import corpus  # noqa: E402
from bench.window import cli_screenshot  # noqa: E402

ALL = ("samples", "corpus", "msrp", "incremental", "window")
SIZES = (25, 50, 100, 200, 400)
REPEAT = {25: 3, 50: 3, 100: 2}  # the larger sizes run once: they are long enough to time alone
# the budgets of issue 11 (a model's load time counts), and the growth target of issue 6
TARGETS = {
    "samples_s": 0.5,
    "msrp_ratio": 0.35,
    "growth_200_400": 2.5,
    "time_400_s": 15.0,
    "peak_400_mb": 800.0,
    "add_one_s": 0.5,
    "loop_gap_ms": 100.0,
    "cold_start_s": 1.5,
}


def child(
    module: str, args: list[str], timeout_s: float, env: dict[str, str] | None = None
) -> dict[str, Any]:
    """Run ``python -m module args`` in a fresh process; its last output line is JSON."""
    cmd = [sys.executable, "-m", module, *args]
    full_env = {**os.environ, **(env or {}), "PYTHONPATH": str(ROOT)}
    try:
        r = subprocess.run(cmd, cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout_s:.0f} s"}
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
    if r.returncode != 0 or not lines:
        return {"error": f"exit {r.returncode}: {(r.stderr or r.stdout)[-600:]}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def paths_file(workdir: str, name: str, paths: list[str]) -> str:
    f = os.path.join(workdir, f"{name}.paths")
    with open(f, "w", encoding="utf-8") as fh:
        fh.write("\n".join(paths) + "\n")
    return f


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), cpu)
    except OSError:
        pass
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    versions = {}
    for mod in ("PySide6", "rapidfuzz"):
        try:
            versions[mod] = __import__(mod).__version__
        except Exception:  # a missing library is a fact to record, not a reason to stop
            versions[mod] = None
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(["git", "diff", "--quiet", "HEAD"], cwd=ROOT, capture_output=True).returncode != 0
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(mem_gb, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        **versions,
        "commit": commit + (" (with uncommitted changes)" if dirty else ""),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "when_utc": time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
    }


# -- the benchmarks ------------------------------------------------------------------------------------


def bench_samples(_shared: str, _work: str) -> dict[str, Any]:
    return child("bench.core", ["samples", "--root", str(ROOT)], 120)


def bench_corpus(shared: str, work: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n in SIZES:
        paths = corpus.corpus(n, shared, work)
        f = paths_file(work, f"corpus{n}", paths)
        print(f"  corpus of {n} articles…", file=sys.stderr, flush=True)
        timeout = 240 if n >= 400 else 150
        out[str(n)] = child(
            "bench.core", ["corpus", "--paths-file", f, "--repeat", str(REPEAT.get(n, 1))], timeout
        )
    prev = None
    for n in SIZES:
        r = out[str(n)]
        if prev is not None and "seconds" in r and "seconds" in out[str(prev)]:
            p = out[str(prev)]
            r["growth_time"] = r["seconds"] / p["seconds"]
            r["growth_claims"] = r["claims"] / p["claims"]
            r["growth_all_pairs"] = r["growth_claims"] ** 2
        prev = n
    return out


def bench_msrp(shared: str, work: str) -> dict[str, Any]:
    left, right = corpus.msrp(shared, work)
    print("  MSRP, ours and the naive baseline…", file=sys.stderr, flush=True)
    ours = child("bench.core", ["msrp", "--left", left, "--right", right], 120)
    naive = child("bench.core", ["naive", "--left", left, "--right", right], 240)
    out = {"ours": ours, "naive": naive}
    if "seconds" in ours and "seconds" in naive:
        out["ratio"] = ours["seconds"] / naive["seconds"]
    return out


def bench_incremental(shared: str, work: str) -> dict[str, Any]:
    f = paths_file(work, "incremental51", corpus.corpus(51, shared, work))
    return child("bench.core", ["incremental", "--paths-file", f], 180)


def bench_coldstart(_shared: str, _work: str) -> dict[str, Any]:
    """The cold-start part of ``window`` alone (quick: about 10 s)."""
    return {"window": _cold_start()}


def _cold_start() -> dict[str, Any]:
    out: dict[str, Any] = {}
    print("  window: cold start…", file=sys.stderr, flush=True)
    out["cli_screenshot"] = cli_screenshot(str(ROOT), runs=3, timeout_s=60)
    env = {"QT_QPA_PLATFORM": "offscreen"}
    colds = []
    for _ in range(3):
        colds.append(
            child(
                "bench.window",
                ["coldstart", "--samples", str(ROOT / "samples")],
                60,
                {**env, "BENCH_T0": repr(time.time())},
            )
        )
    good = sorted((c for c in colds if "analysed_paint_s" in c), key=lambda c: c["analysed_paint_s"])
    out["coldstart"] = good[len(good) // 2] if good else colds[-1]
    out["coldstart"]["runs_s"] = [c.get("analysed_paint_s") for c in colds]
    return out


def bench_window(shared: str, work: str) -> dict[str, Any]:
    out = _cold_start()
    env = {"QT_QPA_PLATFORM": "offscreen"}
    print("  window: one article added to 50…", file=sys.stderr, flush=True)
    f51 = paths_file(work, "window51", corpus.corpus(51, shared, work))
    out["add_one"] = child("bench.window", ["add-one", "--paths-file", f51], 180, env)
    print("  window: event loop while 200 articles are analysed…", file=sys.stderr, flush=True)
    f200 = paths_file(work, "window200", corpus.corpus(200, shared, work))
    out["probe"] = child("bench.window", ["probe", "--paths-file", f200, "--timeout", "150"], 200, env)
    return out


def bench_profile(shared: str, work: str) -> dict[str, Any]:
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    f400 = paths_file(work, "profile400", corpus.corpus(400, shared, work))
    left, right = corpus.msrp(shared, work)
    fm = paths_file(work, "profilemsrp", [left, right])
    print("  profile: 400 articles, then MSRP, under cProfile…", file=sys.stderr, flush=True)
    return {
        "corpus400": child(
            "bench.core", ["profile", "--paths-file", f400, "--out", str(out_dir / "profile-400")], 480
        ),
        "msrp": child(
            "bench.core", ["profile", "--paths-file", fm, "--out", str(out_dir / "profile-msrp")], 240
        ),
    }


BENCHES = {
    "samples": bench_samples,
    "corpus": bench_corpus,
    "msrp": bench_msrp,
    "incremental": bench_incremental,
    "window": bench_window,
    "coldstart": bench_coldstart,
    "profile": bench_profile,
}

# -- the table -----------------------------------------------------------------------------------------


def _check(
    rows: list[dict[str, Any]], measure: str, value: float | None, unit: str, target: float | None
) -> None:
    ok = None if value is None or target is None else value <= target
    rows.append({"measure": measure, "value": value, "unit": unit, "target": target, "pass": ok})


def checks(res: dict[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    t = TARGETS
    if "samples" in res:
        s = res["samples"]
        _check(rows, "five samples: first analysis in a fresh process", s.get("first_s"), "s", t["samples_s"])
        _check(
            rows,
            "five samples: import of the pipeline + first analysis",
            s.get("import_plus_first_s"),
            "s",
            None,
        )
        _check(rows, "five samples: warm analysis (median of 5)", s.get("warm_median_s"), "s", None)
    if "corpus" in res:
        for n in SIZES:
            r = res["corpus"].get(str(n), {})
            note = f" ({r['error']})" if "error" in r else ""
            target = t["time_400_s"] if n == 400 else None
            _check(rows, f"corpus {n} articles: time{note}", r.get("seconds"), "s", target)
            _check(
                rows,
                f"corpus {n} articles: peak memory",
                r.get("peak_mb"),
                "MB",
                t["peak_400_mb"] if n == 400 else None,
            )
            if "growth_time" in r:
                target = t["growth_200_400"] if n == 400 else None
                _check(rows, f"growth in time to {n} from {n // 2}", r["growth_time"], "x", target)
    if "msrp" in res:
        m = res["msrp"]
        _check(rows, "MSRP (3,450 sentences): ours", m["ours"].get("seconds"), "s", None)
        _check(rows, "MSRP: naive all-pairs baseline", m["naive"].get("seconds"), "s", None)
        _check(rows, "MSRP: ours / naive", m.get("ratio"), "x", t["msrp_ratio"])
    if "incremental" in res:
        r = res["incremental"]
        _check(rows, "core: 51 articles from scratch (no cache)", r.get("recompute_51_s"), "s", None)
        if r.get("analyzer") == "available":
            label = "core: one article added to 50 (pipeline.Analyzer)"
            _check(rows, label, r.get("analyzer_add_1_s"), "s", t["add_one_s"])
        else:
            label = f"core: one article added to 50 (Analyzer {r.get('analyzer', 'missing')})"
            _check(rows, label, None, "s", t["add_one_s"])
    w = res.get("window") or res.get("coldstart", {}).get("window")
    if w:
        cold = w.get("coldstart", {})
        shot = w.get("cli_screenshot", {})
        _check(
            rows,
            "window: cold start, `source-viewer --screenshot` samples",
            shot.get("median_s"),
            "s",
            t["cold_start_s"],
        )
        _check(
            rows,
            "window: process start to analysed samples painted",
            cold.get("analysed_paint_s"),
            "s",
            t["cold_start_s"],
        )
    if w and "add_one" in w:
        add = w["add_one"]
        _check(
            rows,
            "window: one article added to 50, to comparison in widgets",
            add.get("add_1_to_shown_s"),
            "s",
            None,
        )
        _check(
            rows,
            "window: one article added to 50, to paint",
            add.get("add_1_to_paint_s"),
            "s",
            t["add_one_s"],
        )
    if w and "probe" in w:
        p = w["probe"]
        gap = t["loop_gap_ms"]
        _check(
            rows,
            "window: event loop blocked, 200 articles analysing",
            p.get("max_gap_analysing_ms"),
            "ms",
            gap,
        )
        _check(
            rows,
            "window: event loop blocked, 200-article result shown",
            p.get("max_gap_showing_ms"),
            "ms",
            gap,
        )
    return rows


def _fmt(v: float | None, unit: str) -> str:
    if v is None:
        return "n/a"
    if unit == "s":
        return f"{v:.3f} s" if v < 10 else f"{v:.1f} s"
    if unit == "x":
        return f"{v:.2f}×"
    if unit == "MB":
        return f"{v:.0f} MB"
    return f"{v:.0f} ms"


def _target(row: dict[str, Any]) -> str:
    return "" if row["target"] is None else "≤ " + _fmt(row["target"], row["unit"])


def _verdict(row: dict[str, Any]) -> str:
    return "" if row["pass"] is None else "pass" if row["pass"] else "FAIL"


def print_table(rows: list[dict[str, Any]]) -> None:
    w = max(len(r["measure"]) for r in rows)
    print(f"\n{'measure':<{w}}  {'value':>10}  {'target':>11}  result")
    print("-" * (w + 34))
    for r in rows:
        print(f"{r['measure']:<{w}}  {_fmt(r['value'], r['unit']):>10}  {_target(r):>11}  {_verdict(r)}")


def print_corpus(res: dict[str, Any]) -> None:
    head = f"{'articles':>8} {'claims':>7} {'time':>9} {'growth':>7} {'all-pairs':>9} {'peak MB':>8}"
    print(f"\n{head}  stages (s)")
    for n in SIZES:
        r = res.get(str(n), {})
        if "error" in r:
            print(f"{n:>8}  {r['error']}")
            continue
        g = f"{r['growth_time']:.2f}×" if "growth_time" in r else ""
        ap = f"{r['growth_all_pairs']:.2f}×" if "growth_all_pairs" in r else ""
        st = r.get("stages", {})
        keys = ("read_s", "segment_s", "align_s", "grouping_s", "contradictions_s", "other_s")
        stages = " ".join(f"{k[:-2]}={st[k]:.2f}" for k in keys if k in st)
        print(f"{n:>8} {r['claims']:>7} {r['seconds']:>8.2f}s {g:>7} {ap:>9} {r['peak_mb']:>8.0f}  {stages}")


def markdown(results: dict[str, Any]) -> str:
    """The README's Performance table from a results JSON."""
    m = results["machine"]
    lines = [
        "| measure | value | target | result |",
        "| --- | --- | --- | --- |",
    ]
    for r in checks(results):
        if r["target"] is None:
            continue
        measure = r["measure"].replace("|", "\\|")
        lines.append(f"| {measure} | {_fmt(r['value'], r['unit'])} | {_target(r)} | {_verdict(r)} |")
    if "msrp" in results:
        ours, naive = results["msrp"]["ours"], results["msrp"]["naive"]
        lines.append(
            f"\nMSRP: ours {_fmt(ours.get('seconds'), 's')}, naive all-pairs "
            f"{_fmt(naive.get('seconds'), 's')} ({naive.get('scored_pairs', 0):,} pairs scored)."
        )
    if "corpus" in results:
        lines += [
            "",
            "| articles | claims | time | growth | all-pairs growth | peak memory |",
            "| ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for n in SIZES:
            r = results["corpus"].get(str(n), {})
            if "seconds" not in r:
                lines.append(f"| {n} | | {r.get('error', 'n/a')} | | | |")
                continue
            g = f"{r['growth_time']:.2f}×" if "growth_time" in r else ""
            ap = f"{r['growth_all_pairs']:.2f}×" if "growth_all_pairs" in r else ""
            lines.append(
                f"| {n} | {r['claims']:,} | {_fmt(r['seconds'], 's')} | {g} | {ap} | {r['peak_mb']:.0f} MB |"
            )
    load = f"{m['load_average_at_start']} → {m.get('load_average_at_end')}"
    lines += [
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, {m['os']}; Python {m['python']}, "
        f"PySide6 {m.get('PySide6')}, rapidfuzz {m.get('rapidfuzz')}; commit {m['commit']}; "
        f"{m['when_utc']} UTC; load average {load}.",
        "",
        "Reproduce: `.venv/bin/python bench/run.py` (needs `../shared`; about a minute).",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="+", choices=sorted(BENCHES), help="run only these benchmarks")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (../shared)")
    ap.add_argument(
        "--json", default=str(ROOT / "bench" / "results" / "latest.json"), help="write figures here"
    )
    ap.add_argument("--markdown", metavar="RESULTS.json", help="print the Performance table of a past run")
    a = ap.parse_args(argv)
    if a.markdown:
        with open(a.markdown, encoding="utf-8") as fh:
            print(markdown(json.load(fh)))
        return 0
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    names = a.only or list(ALL)
    results: dict[str, Any] = {"machine": machine(), "command": "bench/run.py " + " ".join(sys.argv[1:])}
    work = tempfile.mkdtemp(prefix="sv-bench-")
    t0 = time.perf_counter()
    try:
        for name in names:
            print(f"{name}…", file=sys.stderr, flush=True)
            t = time.perf_counter()
            results[name] = BENCHES[name](a.shared, work)
            print(f"  {name} took {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results["suite_s"] = time.perf_counter() - t0
    results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    rows = checks(results)
    results["checks"] = rows
    m = results["machine"]
    print(
        f"\n{m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB; Python {m['python']}; commit {m['commit']}"
    )
    print(f"load average at start {m['load_average_at_start']}, at end {m['load_average_at_end']}")
    if "corpus" in results:
        print_corpus(results["corpus"])
    if rows:
        print_table(rows)
    notes = []
    inc = results.get("incremental", {})
    if inc.get("analyzer") == "available" and not inc.get("analyzer_same_groups"):
        notes.append(
            f"note: 50 + 1 through Analyzer gives {inc.get('analyzer_groups')} groups, all 51 at once "
            f"{inc.get('batch_groups')}: the incremental result differs from the batch one"
        )
    for line in notes:
        print(line)
    results["notes"] = notes
    if "profile" in results:
        for key, r in results["profile"].items():
            print(f"\nprofile {key}: {r.get('error') or 'bench/results/profile-*.txt'}")
            for row in r.get("top_tottime", [])[:12]:
                times = f"{row['tottime']:7.2f} s self {row['cumtime']:7.2f} s cum"
                print(f"  {times} {row['calls']:>9}  {row['func']}")
    if a.json:
        os.makedirs(os.path.dirname(os.path.abspath(a.json)), exist_ok=True)
        with open(a.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=1)
        print(f"\nfigures written to {a.json}", file=sys.stderr)
    failed = [r for r in rows if r["pass"] is False]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
