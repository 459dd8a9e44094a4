"""File menu actions: saving and opening a comparison, exporting the sheet, the menus themselves."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from viewer.core.model import Status
from viewer.ui import menus
from viewer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    return w


def _menu_texts(window: MainWindow, title: str) -> list[str]:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return [a.text().replace("&", "") for a in action.menu().actions() if a.text()]
    raise AssertionError(f"no {title} menu")


def test_the_menus_offer_what_the_user_expects(window):
    file_items = _menu_texts(window, "File")
    expected = "Open… | Add Articles… | Remove Article… | Open Recent | Save Comparison… | "
    expected += "Open Comparison… | Print Preview… | Print… | Export PDF… | Export HTML… | Quit"
    for item in expected.split(" | "):
        assert item in file_items
    assert "Synchronised Scrolling" in _menu_texts(window, "View")
    assert "Keyboard Shortcuts" in _menu_texts(window, "Help")
    assert not window.print_action.isEnabled()  # nothing to print yet


@pytest.mark.parametrize("in_batches", [False, True], ids=["at-once", "in-batches"])
def test_save_and_open_a_comparison_restores_articles_and_view(
    qtbot, window, article_files, tmp_path, monkeypatch, in_batches
):
    pytest.importorskip("viewer.core.session")
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        window.open_paths(article_files)
    window.strip.move_article("A1", 1)
    window.sidebar.status_buttons[Status.UNIQUE].setChecked(False)
    window.set_sync_scrolling(False)
    shared = next(c.id for c in window.comparison.claims if c.status == Status.SHARED)
    window.select_claim(shared)
    window.dim_action.setChecked(True)
    window.compare_action.trigger()  # focus mode: the articles that share the claim
    focus = sorted(Path(window.comparison.article(a).path).name for a in window.strip.focus_mode())
    assert focus == ["one.txt", "two.txt"]
    target = tmp_path / "saved.svcmp.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menus.save_session(window)
    assert target.exists()

    other = MainWindow()
    qtbot.addWidget(other)
    if in_batches:  # as with hundreds of articles: the view is restored once every widget is filled
        other.strip.lazy_above = 0
        other.strip.batch_seconds = 0.0
    with qtbot.waitSignal(other.comparison_shown, timeout=30000):
        menus.open_session(other, str(target))
    assert [Path(a.path).name for a in other.comparison.articles] == ["two.txt", "one.txt", "three.txt"]
    assert not other.sidebar.status_buttons[Status.UNIQUE].isChecked()
    assert not other.sync_action.isChecked()
    assert other.strip.selected_claim() == shared
    assert other.sidebar.selected_claim() == shared
    assert other.strip.pane_of(shared.split(".")[0]).focused_claims() >= {shared}
    assert other.dim_action.isChecked()
    assert sorted(Path(other.comparison.article(a).path).name for a in other.strip.focus_mode()) == focus


def test_a_broken_session_file_is_reported(window, tmp_path):
    pytest.importorskip("viewer.core.session")
    bad = tmp_path / "broken.json"
    bad.write_text("{ not json", encoding="utf-8")
    menus.open_session(window, str(bad))
    assert "broken.json" in window.message_bar.text()
    assert not window.analyzer.busy


def test_export_pdf_and_html_write_the_sheet(qtbot, window, comparison, tmp_path, monkeypatch):
    pytest.importorskip("viewer.ui.printing")
    report = pytest.importorskip("viewer.core.report.sheet")
    window.show_comparison(comparison)
    monkeypatch.setattr(menus, "_sheet_options", lambda w: report.SheetOptions())
    pdf = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    window.pdf_action.trigger()
    assert pdf.read_bytes()[:4] == b"%PDF"
    html_path = tmp_path / "sheet"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(html_path), ""))
    window.html_action.trigger()
    assert "Second Post" in (tmp_path / "sheet.html").read_text(encoding="utf-8")
