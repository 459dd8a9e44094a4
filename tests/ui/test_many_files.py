"""A thousand files dropped at once: progress is shown, the window stays responsive, cancel works."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from viewer.ui.main_window import MainWindow

TOPICS = ["harbour", "bridge", "library", "orchard", "stadium", "museum", "airport", "quarry", "ferry", "dam"]


@pytest.fixture(scope="module")
def thousand_files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("thousand")
    paths = []
    for i in range(1000):
        topic = TOPICS[i % len(TOPICS)]
        p = folder / f"note_{i:04d}.txt"
        p.write_text(
            f"Report {i} on the {topic}\n\nThe {topic} in district {i} reopened on a weekday after repairs. "
            f"Officials counted {i + 3} visitors at the {topic} gate.\n",
            encoding="utf-8",
        )
        paths.append(str(p))
    return paths


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 700)
    return w


def _probe(qtbot) -> tuple[QTimer, list[float]]:
    """A 10 ms timer on the GUI thread: its ticks show how long the event loop was ever blocked."""
    ticks: list[float] = [time.perf_counter()]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    return timer, ticks


def test_a_thousand_files_are_read_with_progress_and_the_window_stays_responsive(
    qtbot, window, thousand_files
):
    progress: list[tuple[int, int, str]] = []
    window.analyzer.progressed.connect(lambda i, n, msg: progress.append((i, n, msg)))
    timer, ticks = _probe(qtbot)
    with qtbot.waitSignal(window.analyzer.finished, timeout=120_000):
        window.open_paths([str(Path(thousand_files[0]).parent)])
        assert window.cancel_button.isVisibleTo(window)
    timer.stop()
    assert len(window.comparison.articles) == 1000
    assert any(n == 1000 and msg.startswith("Reading") for _, n, msg in progress)
    # the GUI thread kept turning: many ticks, and no gap near the length of the analysis
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 20
    assert max(gaps) < 0.5 * (ticks[-1] - ticks[0])


def test_a_thousand_files_can_be_cancelled(qtbot, window, thousand_files):
    results = []
    window.analyzer.finished.connect(results.append)
    with qtbot.waitSignal(window.analyzer.cancelled, timeout=30_000):
        window.open_paths(thousand_files)
        assert window.cancel_button.isVisibleTo(window)
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert results == []
    assert not window.cancel_button.isVisibleTo(window)
    assert "cancelled" in window.status_label.text()
