"""Benchmarks of the window, each in a fresh process: ``python -m bench.window TASK ...``.

coldstart  from process start (the parent's clock just before it spawns us) to the first paint of the main
           window showing the analysed samples, through the real start-up path (``viewer.ui.app.run_app``);
           also the first paint of any kind, and which heavy libraries were imported by then.
add-one    50 articles analysed and shown; one more added with ``MainWindow.add_paths``: time to the new
           comparison in every widget (``MainWindow.comparison_shown``, which a large comparison emits only
           when the strip's last pane is built) and to the first paint after that.
probe      a 10 ms QTimer on the main thread records every tick while ``MainWindow.open_paths`` analyses
           200 articles through the UI's worker (``viewer.ui.worker.Analyzer`` on QThreadPool); the largest
           gap between ticks is the longest time the event loop was blocked. The gaps while the analysis
           runs and those while the finished comparison is put into the widgets (from the result's arrival
           to the first paint after ``comparison_shown``, all batches of panes included) are reported apart.

Qt runs offscreen (``QT_QPA_PLATFORM=offscreen``) and settings go to a throw-away folder, never to the
user's. Each task prints one JSON object as its last line.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from typing import Any

_T_READY = time.time()

HEAVY = (
    "rapidfuzz",
    "snowballstemmer",
    "trafilatura",
    "lxml",
    "charset_normalizer",
    "pypdf",
    "docx",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
    "PySide6.QtPdf",
)


def _env() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "BENCH_CONFIG" not in os.environ:
        os.environ["BENCH_CONFIG"] = tempfile.mkdtemp(prefix="sv-bench-config-")
    os.environ["XDG_CONFIG_HOME"] = os.environ["BENCH_CONFIG"]


def _app() -> Any:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    QCoreApplication.setOrganizationName("SourceViewerBench")
    QCoreApplication.setApplicationName("Source Viewer Bench")
    return app


def _paint_watch(on_paint: Any) -> Any:
    """An application-wide event filter calling ``on_paint(widget)`` for every paint event."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    class PaintWatch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
                on_paint(obj)
            return False

    return PaintWatch()


def task_coldstart(samples: str) -> dict[str, Any]:
    t0 = float(os.environ.get("BENCH_T0", _T_READY))
    marks: dict[str, float] = {"python_ready_s": _T_READY - t0}
    from PySide6.QtCore import QTimer

    app = _app()
    marks["qapplication_s"] = time.time() - t0
    state: dict[str, Any] = {}

    def on_paint(w: Any) -> None:
        now = time.time() - t0
        state.setdefault("first_paint_s", now)
        win = w.window()
        if "watching" not in state and hasattr(win, "comparison_shown"):
            state["watching"] = True  # when the analysed comparison reaches the widgets
            win.comparison_shown.connect(lambda: state.setdefault("analysis_shown_s", time.time() - t0))
        comp = getattr(win, "comparison", None)
        if comp is not None and comp.articles and "analysed_paint_s" not in state:
            state["analysed_paint_s"] = now
            state["heavy_modules_at_paint"] = [m for m in HEAVY if m in sys.modules]
            QTimer.singleShot(0, app.quit)

    watch = _paint_watch(on_paint)
    app.installEventFilter(watch)
    from viewer.ui.app import run_app

    marks["viewer_ui_imported_s"] = time.time() - t0
    QTimer.singleShot(30_000, app.quit)  # a safety net: the result then says what did not happen
    run_app([samples])
    state.pop("watching", None)
    return {**marks, **state}


def _wait(app: Any, done: Any, timeout_s: float) -> bool:
    """Run the event loop (a real one: a busy loop would compete with the worker for the GIL) until
    ``done()``, checked every 5 ms, or ``timeout_s``."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return True
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(5)
    check.timeout.connect(lambda: done() and loop.quit())
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    check.start()
    loop.exec()
    check.stop()
    return bool(done())


def _window(app: Any) -> tuple[Any, dict[str, Any]]:
    from viewer.ui.main_window import MainWindow

    win = MainWindow(use_settings=False)
    win.resize(1600, 1000)
    state: dict[str, Any] = {"shown": 0, "paint_after_show": None}

    def on_shown() -> None:
        state["shown"] += 1
        state["shown_at"] = time.perf_counter()
        state["paint_after_show"] = None

    def on_paint(w: Any) -> None:
        if w.window() is win and state["paint_after_show"] is None and state["shown"]:
            state["paint_after_show"] = time.perf_counter()

    win.comparison_shown.connect(on_shown)
    state["watch"] = _paint_watch(on_paint)
    app.installEventFilter(state["watch"])
    win.show()
    return win, state


def task_add_one(paths: Sequence[str], timeout_s: float) -> dict[str, Any]:
    app = _app()
    win, st = _window(app)
    t = time.perf_counter()
    win.open_paths(list(paths[:-1]))
    ok = _wait(app, lambda: st["shown"] >= 1 and st["paint_after_show"] is not None, timeout_s)
    first = time.perf_counter() - t
    if not ok:
        return {"error": f"the first {len(paths) - 1} articles were not shown in {timeout_s:.0f} s"}
    t = time.perf_counter()
    win.add_paths([paths[-1]])
    ok = _wait(app, lambda: st["shown"] >= 2 and st["paint_after_show"] is not None, timeout_s)
    if not ok:
        return {"error": "the added article was not shown in time"}
    return {
        "open_50_s": first,
        "add_1_to_shown_s": st["shown_at"] - t,
        "add_1_to_paint_s": st["paint_after_show"] - t,
        "articles": len(win.comparison.articles),
    }


def task_probe(paths: Sequence[str], timeout_s: float, interval_ms: int) -> dict[str, Any]:
    from PySide6.QtCore import QTimer

    app = _app()
    win, st = _window(app)
    _wait(app, lambda: False, 0.3)  # let the empty window settle and paint
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(interval_ms)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    show: dict[str, float] = {}
    inner_show = win._show_comparison

    def timed_show(comparison: Any) -> None:
        show["begin"] = time.perf_counter()
        inner_show(comparison)
        show["end"] = time.perf_counter()

    win._show_comparison = timed_show
    stages: list[tuple[float, str]] = []
    win.analyzer.progressed.connect(lambda i, n, msg: stages.append((time.perf_counter(), msg)))
    timer.start()
    _wait(app, lambda: len(ticks) >= 5, 2.0)
    t_open = time.perf_counter()
    win.open_paths(list(paths))  # on the main thread, as a drop or the Open dialog would do it
    open_call = time.perf_counter() - t_open
    ok = _wait(app, lambda: st["shown"] >= 1 and st["paint_after_show"] is not None, timeout_s)
    _wait(app, lambda: False, 0.2)  # a few more ticks after the result is painted
    timer.stop()
    if not ok:
        return {"error": f"{len(paths)} articles were not shown in {timeout_s:.0f} s", "ticks": len(ticks)}
    begin, end = show["begin"], show["end"]
    gaps = [(b - a, a, b) for a, b in itertools.pairwise(ticks) if b > t_open]
    analysing = [g for g, _a, b in gaps if b <= begin]
    showing = [g for g, a, b in gaps if b > begin and a < st["paint_after_show"]]

    def stage_at(t: float, until: float) -> str:
        if until > begin:
            return "showing the result"
        before = [msg for when, msg in stages if when <= t]
        return (before[-1] if before else "starting").split(" /")[0][:60]

    worst = sorted(gaps, reverse=True)[:5]
    return {
        "worst_gaps": [
            {"ms": round(1000 * g, 1), "at_s": round(a - t_open, 3), "during": stage_at(a, b)}
            for g, a, b in worst
        ],
        "open_paths_call_ms": 1000 * open_call,
        "articles": len(win.comparison.articles),
        "interval_ms": interval_ms,
        "ticks": len(ticks),
        "analysis_s": begin - t_open,
        "max_gap_analysing_ms": 1000 * max(analysing, default=0.0),
        "median_gap_analysing_ms": 1000 * statistics.median(analysing) if analysing else None,
        "gaps_over_100ms_analysing": sum(1 for g in analysing if g > 0.1),
        "show_comparison_ms": 1000 * (end - begin),  # the call; panes may follow in later turns
        "show_to_all_panes_ms": 1000 * (st["shown_at"] - begin),
        "max_gap_showing_ms": 1000 * max(showing, default=0.0),
        "max_gap_overall_ms": 1000 * max((g for g, _a, _b in gaps), default=0.0),
    }


def cli_screenshot(root: str, runs: int, timeout_s: float) -> dict[str, Any]:
    """``source-viewer --screenshot OUT.png samples/`` timed end to end (fresh process each run)."""
    exe = os.path.join(os.path.dirname(sys.executable), "source-viewer")
    cmd = [exe] if os.path.exists(exe) else [sys.executable, "-m", "viewer"]
    times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="sv-bench-shot-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": tmp}
        for k in range(runs):
            out = os.path.join(tmp, f"shot{k}.png")
            t = time.perf_counter()
            r = subprocess.run(
                [*cmd, "--screenshot", out, os.path.join(root, "samples")],
                env=env,
                capture_output=True,
                timeout=timeout_s,
            )
            dt = time.perf_counter() - t
            if r.returncode != 0 or not os.path.exists(out):
                return {"error": f"exit {r.returncode}: {r.stderr.decode(errors='replace')[-300:]}"}
            times.append(dt)
    return {"runs_s": times, "median_s": statistics.median(times), "min_s": min(times)}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.window")
    ap.add_argument("task", choices=["coldstart", "add-one", "probe"])
    ap.add_argument("--samples", default="samples")
    ap.add_argument("--paths-file")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--interval-ms", type=int, default=10)
    ap.add_argument("--profile", metavar="OUT.txt", help="cProfile the main thread (figures then inflate)")
    a = ap.parse_args(argv)
    _env()
    paths: list[str] = []
    if a.paths_file:
        with open(a.paths_file, encoding="utf-8") as fh:
            paths = [ln.rstrip("\n") for ln in fh if ln.strip()]
    prof = cProfile.Profile() if a.profile else None
    if prof is not None:
        prof.enable()
    if a.task == "coldstart":
        res = task_coldstart(a.samples)
    elif a.task == "add-one":
        res = task_add_one(paths, a.timeout)
    else:
        res = task_probe(paths, a.timeout, a.interval_ms)
    if prof is not None:
        prof.disable()
        with open(a.profile, "w", encoding="utf-8") as fh:
            stats = pstats.Stats(prof, stream=fh).strip_dirs()
            stats.sort_stats("cumulative").print_stats(40)
            stats.sort_stats("tottime").print_stats(25)
    sys.stdout.write(json.dumps(res) + "\n")
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown: nothing to save, and it is not what is measured


if __name__ == "__main__":
    main()
