"""Text from inputs is shown as text (issue 12): a headline with markup is neither rendered nor fetched,
and a session naming files outside its folder lists them before anything is opened."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from viewer.core.pipeline import compare_articles
from viewer.core.read.ingest import article_from_text
from viewer.ui import menus
from viewer.ui.main_window import MainWindow
from viewer.ui.plain import tip

HOSTILE_TITLE = '<img src="/dev/zero"> <b>Storm</b> hits the coast'


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    return w


def test_pane_title_meta_and_tooltips_are_plain_text(qtbot, window: MainWindow) -> None:
    art = article_from_text(
        f"{HOSTILE_TITLE}\nA storm struck the coast on Monday, officials said.\n",
        article_id="A1",
        path="/tmp/<b>x</b>.txt",
    )
    assert art.title == HOSTILE_TITLE
    window.show_comparison(compare_articles([art]))
    from viewer.ui.pane import ElidedLabel

    qtbot.waitUntil(lambda: bool(window.findChildren(ElidedLabel)))
    labels = window.findChildren(ElidedLabel)
    assert all(lab.textFormat() == Qt.TextFormat.PlainText for lab in labels)
    titles = [lab for lab in labels if "Storm" in lab.full_text()]
    assert titles and "&lt;img" in titles[0].toolTip() and "<img" not in titles[0].toolTip()
    assert window.status_label.textFormat() == Qt.TextFormat.PlainText
    assert window.message_bar.label.textFormat() == Qt.TextFormat.PlainText


def test_tip_escapes_markup_and_keeps_lines() -> None:
    t = tip("<b>bold</b>\nsecond & third")
    assert "<b>bold" not in t and "&lt;b&gt;bold" in t and "<br>" in t and "&amp;" in t


def test_session_with_files_outside_its_folder_asks_first(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("Storm hits coast\nA storm struck.\n", encoding="utf-8")
    session = folder / "c.json"
    session.write_text(
        json.dumps({"schema": "viewer.session/1", "articles": [str(outside)]}), encoding="utf-8"
    )
    asked: list[list[str]] = []
    opened: list[list[str]] = []
    monkeypatch.setattr(menus, "confirm_outside", lambda w, p, files: asked.append(files) or False)
    monkeypatch.setattr(window, "open_paths", lambda paths: opened.append(list(paths)))
    menus.open_session(window, str(session))
    assert asked == [[str(outside)]] and opened == []
