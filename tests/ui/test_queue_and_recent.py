"""Cancelling drops the cancelled files; Open Recent lists what opened, and saved comparisons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from viewer.ui import menus
from viewer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 700)
    return w


def _names(paths) -> list[str]:
    return [Path(p).name for p in paths]


def test_files_of_a_cancelled_run_are_not_analysed_with_the_next_one(qtbot, window, article_files):
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        window.open_paths(article_files[:1])
    with qtbot.waitSignal(window.analyzer.cancelled, timeout=5000):
        window.add_paths(article_files[1:2])
        window.cancel_button.click()
    assert _names(window.paths) == ["one.txt"]
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        window.add_paths(article_files[2:])
    assert _names(a.path for a in window.comparison.articles) == ["one.txt", "three.txt"]


def test_open_recent_lists_only_inputs_that_opened(qtbot, window, article_files, tmp_path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        window.open_paths([article_files[0], str(bad)])
    assert _names(window.recent()) == ["one.txt"]
    folder = tmp_path / "empty"
    folder.mkdir()
    window.open_paths([str(folder)])  # nothing to read: not remembered
    assert _names(window.recent()) == ["one.txt"]
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        window.open_paths([str(Path(article_files[0]).parent)])
    assert window.recent()[0] == str(Path(article_files[0]).parent.resolve())


def test_a_cancelled_input_is_not_remembered(qtbot, window, article_files):
    with qtbot.waitSignal(window.analyzer.cancelled, timeout=5000):
        window.open_paths(article_files[:1])
        window.analyzer.cancel()
    assert window.recent() == []


def test_saved_comparisons_are_listed_in_open_recent(qtbot, window, article_files, tmp_path, monkeypatch):
    pytest.importorskip("viewer.core.session")
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        window.open_paths(article_files)
    target = tmp_path / "story.svcmp.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menus.save_session(window)
    assert window.recent_sessions() == [str(target)]

    other = MainWindow()
    qtbot.addWidget(other)
    menus.fill_recent(other)
    texts = [a.text() for a in other.recent_menu.actions()]
    assert "Comparisons" in texts and "story.svcmp.json" in texts and "one.txt" in texts
    assert texts.index("story.svcmp.json") < texts.index("one.txt")
    action = next(a for a in other.recent_menu.actions() if a.text() == "story.svcmp.json")
    with qtbot.waitSignal(other.comparison_shown, timeout=30000):
        action.trigger()
    assert _names(a.path for a in other.comparison.articles) == ["one.txt", "two.txt", "three.txt"]
    assert other.recent_sessions() == [str(target)]
    menus.fill_recent(other)
    clear = next(a for a in other.recent_menu.actions() if a.text() == "Clear Recent")
    clear.trigger()
    assert other.recent() == [] and other.recent_sessions() == []
