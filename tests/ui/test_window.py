"""The main window: loading, highlights, selection, drops, panes, sync scrolling, settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication

from viewer.core.model import Status
from viewer.ui.main_window import MainWindow

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 700)
    return w


def _open(qtbot, window: MainWindow, paths: list[str]) -> None:
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        window.open_paths(paths)


def _send_drag(
    target, mime: QMimeData, action: Qt.DropAction, x: int = 200, y: int = 200, *, forced=None
) -> QDropEvent:
    """Deliver a drag-enter then a drop of ``mime`` on ``target``; the enter must be accepted (with
    the ``forced`` action, where given)."""
    enter = QDragEnterEvent(
        QPoint(x, y), action | Qt.DropAction.MoveAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    if forced is not None:
        assert enter.dropAction() == forced
    drop = QDropEvent(
        QPointF(x, y), action | Qt.DropAction.MoveAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(target, drop)
    return drop


def _drop(window: MainWindow, urls: list[QUrl]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls(urls)
    return _send_drag(window, mime, Qt.DropAction.CopyAction, forced=Qt.DropAction.CopyAction)


def test_loading_the_samples_shows_five_panes_with_highlights(qtbot, window):
    _open(qtbot, window, [str(SAMPLES)])
    assert window.stack.currentWidget() is window.strip
    assert len(window.strip.panes) == 5
    for pane in window.strip.panes:
        n = len(window.comparison.claims_of(pane.article.id))
        assert n > 0
        assert pane.extra_selection_count() >= n
        assert pane.text.toPlainText() == pane.article.text  # plain text, never markup
        assert len(pane.overview.marks()) == n
    assert window.sidebar.model.rowCount() == 5
    assert "5 articles compared" in window.status_label.text()


def test_selecting_a_claim_highlights_and_scrolls_aligned_passages(qtbot, window, comparison):
    window.show_comparison(comparison)
    window.show()
    qtbot.waitExposed(window)
    a2 = window.strip.pane_of("A2")
    a3 = window.strip.pane_of("A3")
    assert a2 is not None and a3 is not None
    assert not a2.is_claim_visible("A2.c41")
    window.select_claim("A1.c1")
    assert a2.focused_claims() == {"A2.c41"}
    assert a3.focused_claims() == {"A3.c42"}
    assert a2.is_claim_visible("A2.c41")
    assert a3.is_claim_visible("A3.c42")
    assert window.sidebar.selected_claim() == "A1.c1"
    assert "Second Post" in window.details.toPlainText()
    assert any(band[5] for band in window.strip.strips[0].bands())  # a focused connector


def test_clicking_a_claim_in_a_pane_selects_it_everywhere(qtbot, window, comparison):
    window.show_comparison(comparison)
    window.show()
    qtbot.waitExposed(window)
    pane = window.strip.pane_of("A1")
    y0, y1 = pane.claim_view_span("A1.c1")
    qtbot.mouseClick(pane.text.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(30, round((y0 + y1) / 2)))
    assert window.strip.selected_claim() == "A1.c1"
    assert window.sidebar.selected_claim() == "A1.c1"
    assert window.strip.pane_of("A2").is_claim_visible("A2.c41")


def test_hovering_a_claim_emphasises_its_aligned_passages(qtbot, window, comparison):
    window.show_comparison(comparison)
    window.show()
    qtbot.waitExposed(window)
    pane = window.strip.pane_of("A1")
    y0, y1 = pane.claim_view_span("A1.c1")
    pos = QPointF(30, (y0 + y1) / 2)
    move = QMouseEvent(
        QEvent.Type.MouseMove, pos, pane.text.viewport().mapToGlobal(pos),
        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(pane.text.viewport(), move)
    assert window.strip.pane_of("A3").focused_claims() == {"A3.c42"}
    assert window.strip.pane_of("A3").is_claim_visible("A3.c42")


def test_details_show_wording_differences_and_the_reason_escaped(qtbot, window, comparison):
    window.show_comparison(comparison)
    window.select_claim("A2.c42")
    text = window.details.toPlainText()
    assert "40 people evacuated versus 400 <people>" in text
    assert "Third <Times>" in text
    assert '<u class="diff">400</u>' in window.details.toHtml() or "400" in text


def test_dropping_file_urls_adds_articles(qtbot, window, article_files):
    _open(qtbot, window, article_files[:1])
    assert len(window.strip.panes) == 1
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        drop = _drop(window, [QUrl.fromLocalFile(p) for p in article_files[1:]])
        assert drop.isAccepted()
    assert len(window.strip.panes) == 3
    assert [Path(a.path).name for a in window.comparison.articles] == ["one.txt", "two.txt", "three.txt"]
    shared = [c for c in window.comparison.claims if c.status == Status.SHARED]
    assert shared, "the word-for-word sentences of one.txt and two.txt are aligned"


def test_a_bad_file_is_reported_and_the_others_stay(qtbot, window, article_files, tmp_path):
    bad = tmp_path / "notes.xyz"
    bad.write_text("not an article", encoding="utf-8")
    missing = tmp_path / "gone.txt"
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        _drop(window, [QUrl.fromLocalFile(p) for p in [*article_files[:2], str(bad), str(missing)]])
    assert len(window.strip.panes) == 2
    assert window.message_bar.isVisibleTo(window)
    assert "notes.xyz" in window.message_bar.text()
    assert "gone.txt" in window.message_bar.text()
    assert "skipped" in window.status_label.text()


def test_the_same_file_is_not_added_twice(qtbot, window, article_files):
    _open(qtbot, window, article_files[:2])
    window.add_paths([article_files[0]])
    assert not window.analyzer.busy
    assert len(window.strip.panes) == 2
    assert "Already open" in window.message_bar.text()


def test_a_dropped_web_address_gets_the_offline_message(qtbot, window):
    _drop(window, [QUrl("https://example.com/news/story.html")])
    assert not window.analyzer.busy
    assert "offline" in window.message_bar.text()
    assert window.stack.currentWidget() is window.empty


def test_empty_state_opens_the_samples(qtbot, window):
    assert window.stack.currentWidget() is window.empty
    assert window.empty.samples_button.isVisibleTo(window)
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        qtbot.mouseClick(window.empty.samples_button, Qt.MouseButton.LeftButton)
    assert len(window.strip.panes) == 5


def test_closing_a_pane_removes_the_article_and_analyses_the_rest(qtbot, window, article_files):
    _open(qtbot, window, article_files)
    pane = window.strip.pane_of("A3")
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        qtbot.mouseClick(pane.close_button, Qt.MouseButton.LeftButton)
    assert len(window.strip.panes) == 2
    assert all(Path(a.path).name != "three.txt" for a in window.comparison.articles)


def test_moving_a_pane_reorders_the_view_and_the_next_analysis(qtbot, window, article_files):
    _open(qtbot, window, article_files)
    first = window.strip.panes[0]
    assert not first.left_button.isEnabled()
    qtbot.mouseClick(first.right_button, Qt.MouseButton.LeftButton)
    assert window.strip.order() == ["A2", "A1", "A3"]
    assert [Path(p).name for p in window.paths] == ["two.txt", "one.txt", "three.txt"]
    assert len(window.strip.strips) == 2


def test_synchronised_scrolling_follows_aligned_passages_and_can_be_turned_off(qtbot, window, comparison):
    window.show_comparison(comparison)
    window.show()
    qtbot.waitExposed(window)
    a2, a3 = window.strip.pane_of("A2"), window.strip.pane_of("A3")
    assert window.sync_action.isChecked()
    assert a3.scroll_value() == 0
    # bring A2's copy of the shared sentence to the middle: A3 follows to its own copy
    y0, y1 = a2.claim_doc_span("A2.c41")
    a2.set_scroll_value((y0 + y1) / 2 - a2.viewport_height() / 2)
    assert a3.scroll_value() > 0
    assert a3.is_claim_visible("A3.c42")
    window.sync_action.setChecked(False)
    assert QSettings().value("view/sync_scrolling") in (False, "false")
    a3.set_scroll_value(0)
    a2.set_scroll_value(0)
    a2.set_scroll_value(a2.text.verticalScrollBar().maximum())
    assert a3.scroll_value() == 0


def test_overview_click_jumps_in_the_pane(qtbot, window, comparison):
    window.show_comparison(comparison)
    window.show()
    qtbot.waitExposed(window)
    pane = window.strip.pane_of("A2")
    overview = pane.overview
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=QPoint(5, overview.height() - 2))
    assert pane.scroll_value() == pane.text.verticalScrollBar().maximum()


def test_keyboard_moves_between_contradictions_and_claims(qtbot, window, comparison):
    window.show_comparison(comparison)
    assert window.next_contra_action.shortcut() == QKeySequence("F8")
    assert QKeySequence("Alt+Down") in window.next_claim_action.shortcuts()
    window.next_contra_action.trigger()
    assert window.strip.selected_claim() == "A2.c42"
    window.next_contra_action.trigger()
    assert window.strip.selected_claim() == "A3.c41"
    window.prev_contra_action.trigger()
    assert window.strip.selected_claim() == "A2.c42"
    window.next_claim_action.trigger()
    assert window.strip.selected_claim() == "A3.c1"  # next in the list: A2 is done, A3 starts


def test_settings_are_isolated_and_recent_files_recorded(qtbot, window, article_files, settings_folder):
    assert QSettings().fileName().startswith(str(settings_folder))
    _open(qtbot, window, article_files[:1])
    assert window.recent()[0] == str(Path(article_files[0]).resolve())
    window.close()
    assert QSettings().value("window/geometry") is not None


def test_dropping_a_folder_adds_its_articles(qtbot, window, article_files):
    folder = str(Path(article_files[0]).parent)
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        _drop(window, [QUrl.fromLocalFile(folder)])
    names = sorted(Path(a.path).name for a in window.comparison.articles)
    assert names == ["one.txt", "three.txt", "two.txt"]


def test_cancel_in_the_status_bar_stops_the_analysis(qtbot, window, article_files):
    results = []
    window.analyzer.finished.connect(results.append)
    with qtbot.waitSignal(window.analyzer.cancelled, timeout=5000):
        window.open_paths(article_files)
        assert window.cancel_button.isVisibleTo(window)
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert results == []
    assert "cancelled" in window.status_label.text()
    assert not window.cancel_button.isVisibleTo(window)


def test_grouping_the_sidebar_by_claim_group_is_a_view_option(qtbot, window, comparison):
    window.show_comparison(comparison)
    window.group_by_claim_action.trigger()
    assert window.sidebar.model.grouping == "group"
    assert QSettings().value("view/grouping") == "group"
    first_group = window.sidebar.proxy.index(0, 0).data()
    assert first_group.startswith("≠ G2")  # contradictions first


def test_highlights_follow_a_switch_to_a_dark_palette(qtbot, window, comparison):
    from PySide6.QtGui import QColor, QPalette

    from viewer.core.palette import style

    window.show_comparison(comparison)
    pane = window.strip.pane_of("A1")
    unique = next(s for s in pane.text.extraSelections() if s.cursor.selectedText().startswith("Filler"))
    assert unique.format.background().color() == QColor(style(Status.UNIQUE).tint_light)
    dark = QPalette(pane.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#181818"))
    pane.text.setPalette(dark)
    pane.setPalette(dark)
    unique = next(s for s in pane.text.extraSelections() if s.cursor.selectedText().startswith("Filler"))
    assert unique.format.background().color() == QColor(style(Status.UNIQUE).tint_dark)


def test_dragging_a_pane_onto_another_reorders(qtbot, window, comparison):
    from viewer.ui.pane_widgets import PANE_MIME

    window.show_comparison(comparison)
    window.show()
    qtbot.waitExposed(window)
    mime = QMimeData()
    mime.setData(PANE_MIME, b"A3")
    target = window.strip.pane_of("A1")
    drop = _send_drag(target, mime, Qt.DropAction.MoveAction, 50, 50)
    assert drop.isAccepted()
    assert window.strip.order() == ["A3", "A1", "A2"]
    assert window.sidebar.model.index(0, 0).data().startswith("A3")


def test_files_dropped_on_an_article_text_reach_the_window(qtbot, window, comparison, article_files):
    window.show_comparison(comparison)
    window.show()
    qtbot.waitExposed(window)
    target = window.strip.pane_of("A2").text.viewport()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(article_files[0])])
    with qtbot.waitSignal(window.analyzer.started, timeout=5000):
        drop = _send_drag(target, mime, Qt.DropAction.CopyAction, 40, 40)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: not window.analyzer.busy, timeout=30000)


def test_connectors_link_visible_passages_and_stub_off_screen_ends(qtbot, window, comparison):
    import math

    window.show_comparison(comparison)
    window.set_sync_scrolling(False)
    window.show()
    qtbot.waitExposed(window)
    strip = window.strip.strips[0]  # between A1 and A2
    a2 = window.strip.pane_of("A2")
    a2.set_scroll_value(0)
    bands = strip.bands()
    assert len(bands) == 1
    ly0, ly1, ry0, ry1, status, _ = bands[0]
    assert status == Status.SHARED
    assert ly1 > ly0 and math.isnan(ry0)  # A2's copy is far below: a stub on the left side only
    a2.scroll_to_claim("A2.c41")
    ly0, ly1, ry0, ry1, _, _ = strip.bands()[0]
    assert not math.isnan(ry0) and ry1 > ry0  # both ends in view: a full band


def test_adding_an_article_keeps_the_open_panes_and_refreshes_their_highlights(qtbot, window):
    files = sorted(str(p) for p in SAMPLES.glob("*.txt"))
    _open(qtbot, window, files[:2])
    before = list(window.strip.panes)

    def sources_of_a1() -> int:  # how many sources A1's claims are told by, all counted
        return sum(len(c.sources) for c in window.comparison.claims_of("A1"))

    before_sources = sources_of_a1()
    with qtbot.waitSignal(window.analyzer.finished, timeout=30000):
        window.add_paths(files[2:4])
    after = window.strip.panes
    assert len(after) == 4
    assert after[0] is before[0] and after[1] is before[1]  # not built again
    assert sources_of_a1() > before_sources  # the new articles tell some of A1's claims too
    assert after[0].comparison is window.comparison
    assert after[0].extra_selection_count() >= len(window.comparison.claims_of("A1"))


def test_a_comparison_built_in_batches_is_in_every_widget_when_shown_is_emitted(qtbot, window, comparison):
    window.strip.lazy_above = 0  # as with hundreds of articles
    window.strip.batch_seconds = 0.0
    with qtbot.waitSignal(window.comparison_shown, timeout=5000):
        window.show_comparison(comparison)
        assert window.strip.is_filling()
        assert window.sidebar.model.comparison is not comparison  # its own turn, after two batches
    assert [p.article.id for p in window.strip.panes] == ["A1", "A2", "A3"]
    assert window.sidebar.model.comparison is comparison
    window.select_claim("A2.c42")
    assert window.sidebar.selected_claim() == "A2.c42"
