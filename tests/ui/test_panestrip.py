"""The strip of panes: fixed widths without a layout cascade, batched building, panes loaded when seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from viewer.core.model import Comparison
from viewer.core.pipeline import compare
from viewer.ui.connectors import ConnectorStrip
from viewer.ui.pane import PANE_MIN_WIDTH
from viewer.ui.panestrip import PaneStrip

SAMPLES = sorted(str(p) for p in (Path(__file__).resolve().parents[2] / "samples").glob("*.txt"))


@pytest.fixture
def strip(qtbot):
    s = PaneStrip()
    qtbot.addWidget(s)
    s.resize(PANE_MIN_WIDTH + 50, 500)  # room for one pane: the others are off to the right
    s.show()
    qtbot.waitExposed(s)
    return s


def _lazy(strip: PaneStrip) -> None:
    """Build every comparison in batches of one pane, and load panes only when seen."""
    strip.lazy_above = 0
    strip.batch_seconds = 0.0


class ResizeCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.count += 1
        return False


def test_panes_built_in_batches_all_arrive_in_order(qtbot, strip, comparison):
    _lazy(strip)
    strip.set_comparison(comparison, ["A3", "A1", "A2"])
    assert strip.is_filling()  # no new pane now: they come one a turn of the event loop
    assert strip.panes == []
    with qtbot.waitSignal(strip.filled, timeout=5000):
        pass
    assert not strip.is_filling()
    assert [p.article.id for p in strip.panes] == ["A3", "A1", "A2"]
    assert [(s.left, s.right) for s in strip.strips] == [
        (strip.panes[0], strip.panes[1]),
        (strip.panes[1], strip.panes[2]),
    ]
    assert not strip.panes[0].left_button.isEnabled() and strip.panes[0].right_button.isEnabled()
    assert strip.panes[2].left_button.isEnabled() and not strip.panes[2].right_button.isEnabled()


def test_a_newer_comparison_stops_the_batches_of_the_older(qtbot, strip, comparison):
    _lazy(strip)
    strip.set_comparison(comparison)
    smaller = Comparison(comparison.articles[:1], comparison.claims_of("A1"))
    strip.lazy_above = 8
    strip.set_comparison(smaller)  # small: built at once
    assert not strip.is_filling()
    qtbot.wait(50)  # the older comparison's batch timer fires, and must add nothing
    assert [p.article.id for p in strip.panes] == ["A1"]


def test_a_pane_off_screen_gets_its_text_when_scrolled_into_view(qtbot, strip, comparison):
    _lazy(strip)
    strip.set_comparison(comparison)
    strip.finish_filling()
    first, _, last = strip.panes
    assert first.is_loaded() and first.text.toPlainText() == first.article.text
    assert not last.is_loaded()
    assert last.text.toPlainText() == "" and last.extra_selection_count() == 0
    strip.horizontalScrollBar().setValue(strip.horizontalScrollBar().maximum())
    qtbot.wait(20)  # the next turns of the event loop
    assert last.is_loaded()
    assert last.text.toPlainText() == last.article.text
    assert last.extra_selection_count() >= len(comparison.claims_of("A3"))
    assert last.overview.marks()


def test_a_claim_selected_before_its_pane_loads_is_in_view_when_it_does(qtbot, strip, comparison):
    _lazy(strip)
    strip.set_comparison(comparison)
    strip.finish_filling()
    a3 = strip.pane_of("A3")
    assert not a3.is_loaded()
    strip.select_claim("A1.c1")  # shared with A3.c42, far down in A3
    assert a3.focused_claims() == {"A3.c42"}
    strip.horizontalScrollBar().setValue(strip.horizontalScrollBar().maximum())
    qtbot.waitUntil(a3.is_loaded, timeout=2000)
    assert a3.is_claim_visible("A3.c42")


def test_every_pane_has_the_same_fixed_width(qtbot, strip, comparison):
    strip.set_comparison(comparison)
    widths = {p.width() for p in strip.panes}
    assert widths == {PANE_MIN_WIDTH}  # three do not fit in 400 pixels: each keeps a readable width
    strip.resize(3 * 500 + 2 * ConnectorStrip.WIDTH + 8, 500)
    qtbot.waitUntil(lambda: {p.width() for p in strip.panes} == {500}, timeout=2000)


def test_adding_an_article_resizes_the_open_panes_at_most_once(qtbot, strip):
    """A new pane used to set off a layout cascade: each open pane was resized dozens of times."""
    four, five = compare(SAMPLES[:4]), compare(SAMPLES)
    strip.set_comparison(four)
    qtbot.wait(50)
    kept = list(strip.panes)
    counter = ResizeCounter()
    for p in kept:
        p.installEventFilter(counter)
    strip.set_comparison(five)
    qtbot.wait(200)
    assert strip.panes[:4] == kept
    assert counter.count <= len(kept)


def test_work_queued_between_batches_runs_in_a_turn_of_its_own_before_filled(qtbot, strip, comparison):
    _lazy(strip)
    strip.set_comparison(comparison)
    seen: list[int] = []
    strip.run_between_batches(lambda: seen.append(len(strip.panes)))
    assert seen == []  # not in the call that showed the comparison
    with qtbot.waitSignal(strip.filled, timeout=5000):
        pass
    assert seen == [2]  # after two batches of one pane, before the third


def test_work_queued_for_a_replaced_comparison_is_dropped(qtbot, strip, comparison):
    _lazy(strip)
    strip.set_comparison(comparison)
    seen: list[str] = []
    strip.run_between_batches(lambda: seen.append("old"))
    strip.set_comparison(comparison, ["A2", "A1", "A3"])
    with qtbot.waitSignal(strip.filled, timeout=5000):
        pass
    assert seen == []
    strip.run_between_batches(lambda: seen.append("now"))  # nothing to wait for: runs at once
    assert seen == ["now"]


def test_selecting_a_claim_right_after_a_comparison_arrives_scrolls_its_pane_into_view(
    qtbot, strip, comparison
):
    _lazy(strip)
    strip.set_comparison(comparison)
    strip.select_claim("A3.c41")  # its pane is built in this very call, not laid out yet
    bar = strip.horizontalScrollBar()
    assert bar.value() <= strip.pane_x(2) - 4
    assert strip.pane_x(2) + strip.panes[2].width() <= bar.value() + strip.viewport().width()
    a3 = strip.pane_of("A3")
    qtbot.waitUntil(a3.is_loaded, timeout=2000)
    assert a3.is_claim_visible("A3.c41")


def test_a_pane_that_loads_late_joins_synchronised_scrolling(qtbot, strip, comparison):
    _lazy(strip)
    strip.set_comparison(comparison)
    strip.finish_filling()
    a2, a3 = strip.pane_of("A2"), strip.pane_of("A3")
    assert a2.is_loaded() and not a3.is_loaded()
    qtbot.wait(100)  # the panes in view are laid out at their width
    y0, y1 = a2.claim_doc_span("A2.c41")  # the passage shared with A3.c42, far down in both
    a2.set_scroll_value((y0 + y1) / 2 - a2.viewport_height() / 2)  # as the user scrolling A2
    strip.horizontalScrollBar().setValue(strip.horizontalScrollBar().maximum())
    qtbot.waitUntil(a3.is_loaded, timeout=2000)
    assert a3.scroll_value() > 0
    assert a3.is_claim_visible("A3.c42")


def test_replaced_panes_are_hidden_at_once_and_deleted_a_few_per_turn(qtbot, strip, comparison):
    from shiboken6 import isValid

    strip.set_comparison(comparison)
    old = list(strip.panes) + list(strip.strips)
    strip.retire_per_turn = 1
    strip.set_comparison(compare(SAMPLES[:2]))  # other articles: no pane is kept
    assert all(not w.isVisible() for w in old)
    # what is queued for deletion in this turn goes now; the strip queues them a few per later turn
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert all(isValid(w) for w in old)
    strip._delete_retired()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert sum(not isValid(w) for w in old) == 1
    qtbot.waitUntil(lambda: not any(isValid(w) for w in old), timeout=5000)
    assert [p.article.id for p in strip.panes] == ["A1", "A2"]


def test_a_narrow_panes_counts_keep_symbols_and_numbers_and_lose_the_words(qtbot) -> None:
    from viewer.core.model import Status
    from viewer.ui.theme import counts_html

    counts = {Status.SHARED: 4, Status.UNIQUE: 2, Status.CONTRADICTED: 1}
    wide, short = counts_html(counts), counts_html(counts, short=True)
    assert "4 shared" in wide and "1 contradicted" in wide
    assert "shared" not in short and "contradicted" not in short
    assert all(f"</span> {n}" in short for n in (4, 2, 1))


def test_a_pane_that_grows_or_shrinks_rewrites_its_counts_without_counting_again(qtbot) -> None:
    from viewer.core.pipeline import compare_articles
    from viewer.core.read.ingest import article_from_text
    from viewer.ui.pane import SHORT_COUNTS_BELOW, ArticlePane

    comparison = compare_articles([article_from_text("The storm hit the coast on Monday.", article_id="A1")])
    pane = ArticlePane(comparison.articles[0], comparison)
    qtbot.addWidget(pane)
    calls: list[str] = []
    counts = comparison.counts
    object.__setattr__(comparison, "counts", lambda aid=None: calls.append(aid) or counts(aid))
    for width in (SHORT_COUNTS_BELOW + 100, SHORT_COUNTS_BELOW - 100, SHORT_COUNTS_BELOW + 100):
        pane.resize(width, 400)
        pane.show()
        qtbot.waitUntil(lambda w=width: pane.width() == w)
        short = pane.width() < SHORT_COUNTS_BELOW
        assert ("unique" in pane.counts_label.text()) is not short
    assert calls == []  # a comparison of hundreds of articles is not counted again on every resize
