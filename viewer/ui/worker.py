"""Background analysis: the pure pipeline on a QThreadPool, results delivered back by signals.

Each run gets a generation number; a result whose generation is not the latest is dropped, so a quick
second drop never shows the first analysis over the second (qpageview's ``SingleRun``).
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Sequence

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from viewer.core.model import Comparison
from viewer.core.pipeline import Analyzer as PipelineAnalyzer
from viewer.core.pipeline import Cancelled

PROGRESS_INTERVAL = 0.1  # seconds between progress signals


class _WhileRunning:
    """A setting changed while analyses run: on when the first starts, back when the last ends
    (analyses may overlap, one per worker thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0

    def __enter__(self) -> None:
        with self._lock:
            if self._running == 0:
                self._first_in()
            self._running += 1

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._running -= 1
            if self._running == 0:
                self._last_out()

    def _first_in(self) -> None:
        raise NotImplementedError

    def _last_out(self) -> None:
        raise NotImplementedError


class _CollectorPause(_WhileRunning):
    """Switches Python's cyclic garbage collector off while analyses run.

    A full collection walks every object the analysis has built and holds the interpreter lock the
    whole time (a 100 ms stall of the window with 200 articles). The analysis makes almost no reference
    cycles, so nothing accumulates while it is off; it is switched on again when the last run ends.

    Everything the run allocated is still counted in the youngest generation then, so the first
    allocation after switching on set off a collection that walked it all (~90 ms with 200 articles,
    just as the window built the result's panes). What exists when the run ends is frozen instead
    (``gc.freeze``: left out of later collections; reference counting still frees it), as the analysis
    makes almost no cycles for a collection to find.
    """

    def __init__(self) -> None:
        super().__init__()
        self._was_enabled = True
        self._frozen_runs = 0  # runs frozen since the last tidy

    def _first_in(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()

    def _last_out(self) -> None:
        if self._was_enabled:
            gc.freeze()
            gc.enable()
            self._frozen_runs += 1

    def tidy(self) -> bool:
        """Collect what earlier runs left in reference cycles (frozen, they are never looked at): one
        full pass, ~80 ms with 200 articles held, so the window calls this when it is idle. False when
        a run is going on, nothing was frozen since, or the collector is off."""
        with self._lock:
            if self._running or not self._frozen_runs or not gc.isenabled():
                return False
            gc.unfreeze()
            gc.collect()
            gc.freeze()  # what is left is long-lived: keep it out of the young collections again
            self._frozen_runs = 0
            return True


collector_paused = _CollectorPause()


class _QuickHandoff(_WhileRunning):
    """Makes the interpreter lock change threads every millisecond while analyses run (Python's default
    is every 5 ms).

    Each time the GUI thread runs Python (a timer, a progress slot, a paint override) it waits for the
    worker to hand the lock over; one turn of the event loop can need that several times, so at 5 ms
    a turn waited up to 70–90 ms with 200 articles, and at 1 ms about 20 ms. The analysis takes about
    5 % longer. The previous interval comes back when the last run ends.
    """

    INTERVAL = 0.001

    def __init__(self) -> None:
        super().__init__()
        self._previous = sys.getswitchinterval()

    def _first_in(self) -> None:
        self._previous = sys.getswitchinterval()
        sys.setswitchinterval(min(self._previous, self.INTERVAL))

    def _last_out(self) -> None:
        sys.setswitchinterval(self._previous)


quick_handoff = _QuickHandoff()


class AnalysisSignals(QObject):
    """Carries a task's news from the worker thread to the main thread."""

    progressed = Signal(int, int, int, str)  # generation, i, n, message
    finished = Signal(int, object)  # generation, (Comparison, the pipeline analyzer that made it)
    failed = Signal(int, str)  # generation, message
    cancelled = Signal(int)


class AnalysisTask(QRunnable):
    """One analysis of ``paths``; touches no widget.

    It works on a copy of the previous run's pipeline analyzer, so files already analysed are not read
    or scored again and a cancelled run leaves the previous state untouched.
    """

    def __init__(
        self,
        generation: int,
        paths: Sequence[str],
        signals: AnalysisSignals,
        base: PipelineAnalyzer | None = None,
    ) -> None:
        super().__init__()
        self.generation = generation
        self.paths = list(paths)
        self.signals = signals
        self.base = base
        self._last_progress = 0.0
        self.stop = threading.Event()
        self.setAutoDelete(True)

    def _progress(self, i: int, n: int, message: str) -> None:
        # Every signal sent to the GUI thread makes it wait for the interpreter lock this thread holds:
        # a burst of hundreds (one per file) would stall the window, so send about ten a second.
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_INTERVAL or i + 1 >= n:
            self._last_progress = now
            self.signals.progressed.emit(self.generation, i, n, message)

    def run(self) -> None:
        gen = self.generation
        try:
            with collector_paused, quick_handoff:
                state = self.base.copy() if self.base is not None else PipelineAnalyzer()
                result = state.update(self.paths, progress=self._progress, cancelled=self.stop.is_set)
        except Cancelled:
            self.signals.cancelled.emit(gen)
        except Exception as exc:  # the pipeline's bugs must reach the user, not kill the thread
            self.signals.failed.emit(gen, f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(gen, (result, state))


class Analyzer(QObject):
    """Starts analyses and forwards only the latest one's news."""

    started = Signal()
    progressed = Signal(int, int, str)
    finished = Signal(object)  # Comparison
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._generation = 0
        self._task: AnalysisTask | None = None
        self._state: PipelineAnalyzer | None = None  # the work behind the last finished comparison
        self._signals = AnalysisSignals(self)
        self._signals.progressed.connect(self._on_task_progressed)
        self._signals.finished.connect(self._on_task_finished)
        self._signals.failed.connect(self._on_task_failed)
        self._signals.cancelled.connect(self._on_task_cancelled)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self, paths: Sequence[str]) -> int:
        """Analyse ``paths``; a running analysis is cancelled and its result will be dropped."""
        self.cancel(quiet=True)
        self._generation += 1
        self._task = AnalysisTask(self._generation, paths, self._signals, self._state)
        self.started.emit()
        self._pool.start(self._task)
        return self._generation

    def cancel(self, quiet: bool = False) -> None:
        if self._task is not None:
            self._task.stop.set()
            self._task = None
            if not quiet:
                self._generation += 1
                self.cancelled.emit()

    def _current(self, generation: int) -> bool:
        return generation == self._generation and self._task is not None

    def _on_task_progressed(self, generation: int, i: int, n: int, message: str) -> None:
        if self._current(generation):
            self.progressed.emit(i, n, message)

    def _on_task_finished(self, generation: int, payload: tuple[Comparison, PipelineAnalyzer]) -> None:
        if self._current(generation):
            self._task = None
            result, self._state = payload
            self.finished.emit(result)

    def _on_task_failed(self, generation: int, message: str) -> None:
        if self._current(generation):
            self._task = None
            self.failed.emit(message)

    def _on_task_cancelled(self, generation: int) -> None:
        if self._current(generation):
            self._task = None
            self.cancelled.emit()
