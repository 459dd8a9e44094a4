"""The view fits the task: both sides of a disagreement in view, focus mode, far connectors, narrow and
resizable panes, dimming, find in the articles, and zoom of every pane together."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from viewer.core.model import Article, Claim, Comparison, Disagreement, Group, Side, Status
from viewer.ui.findbar import find_all
from viewer.ui.main_window import MainWindow

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
FILLER = "Sentence {} of article {} is its own and says nothing the others repeat."


def five_articles(with_disagreement: bool = True) -> Comparison:
    """Five articles; all share one sentence, and A1 and A5 (far apart in the row) disagree on a count,
    stated far down in both."""
    shared = "The harbour reopened on Friday after a week of repairs."
    side_a = "The port authority said 12 ships were waiting outside."
    side_b = "The port authority said 120 ships were waiting outside."
    arts, claims = [], []
    g1, g2 = [], []
    for n in range(1, 6):
        aid = f"A{n}"
        sentences = [shared] + [FILLER.format(i, n) for i in range(30)]
        if n in (1, 5):
            sentences.append(side_a if n == 1 else side_b)
        text = ""
        for k, s in enumerate(sentences, start=1):
            start = len(text)
            text += s + "\n\n"
            cid = f"{aid}.c{k}"
            if s == shared:
                g1.append(cid)
                claims.append(Claim(cid, aid, start, start + len(s), s, Status.SHARED, "G1", ()))
            elif s in (side_a, side_b):
                g2.append(cid)
                claims.append(
                    Claim(cid, aid, start, start + len(s), s, Status.CONTRADICTED, "G2", ("A1", "A5"))
                )
            else:
                claims.append(Claim(cid, aid, start, start + len(s), s, Status.UNIQUE, None, (aid,)))
        arts.append(Article(aid, None, f"Harbour story {n}", f"Outlet {n}", "2025-02-01", text))
    claims = [
        Claim(c.id, c.article, c.start, c.end, c.text, c.status, c.group, ("A1", "A2", "A3", "A4", "A5"))
        if c.group == "G1"
        else c
        for c in claims
    ]
    groups = (Group("G1", tuple(g1), Status.SHARED), Group("G2", tuple(g2), Status.CONTRADICTED))
    dis = ()
    if with_disagreement:
        dis = (
            Disagreement(
                "G2", "number", "12 ships versus 120", (Side("12", (g2[0],)), Side("120", (g2[1],)))
            ),
        )
    return Comparison(tuple(arts), tuple(claims), groups, (), (), dis)


@pytest.fixture
def narrow(qtbot):
    """A window with room for about two panes beside the claims list."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(900, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def _shown_ids(w: MainWindow) -> list[str]:
    return [p.article.id for p in w.strip.shown_panes()]


# -- 1. both sides in view ------------------------------------------------------------------------------
@pytest.mark.parametrize("with_disagreement", [True, False], ids=["disagreement", "contradiction-only"])
def test_f8_brings_the_other_side_into_view_next_to_it(qtbot, narrow, with_disagreement):
    comp = five_articles(with_disagreement)
    if not with_disagreement:  # the older pairwise form only
        from viewer.core.model import Contradiction

        g2 = comp.group("G2").claims
        comp = Comparison(
            comp.articles, comp.claims, comp.groups, (Contradiction("G2", (g2[0], g2[1]), "number", "x"),)
        )
    narrow.show_comparison(comp)
    qtbot.wait(10)
    a5 = narrow.strip.pane_of("A5")
    assert not narrow.strip.pane_fully_visible(a5)  # far to the right at first
    qtbot.keyClick(narrow, Qt.Key.Key_F8)
    sel = narrow.strip.selected_claim()
    assert sel is not None and comp.claim(sel).status == Status.CONTRADICTED
    own = narrow.strip.pane_of(comp.claim(sel).article)
    other = narrow.strip.pane_of("A5" if own.article.id == "A1" else "A1")
    qtbot.wait(10)
    for pane in (own, other):
        assert narrow.strip.pane_fully_visible(pane)
        # the pane's geometry lies inside the strip's viewport
        top_left = pane.mapTo(narrow.strip.viewport(), QPoint(0, 0))
        assert top_left.x() >= 0 and top_left.x() + pane.width() <= narrow.strip.viewport().width()
    order = _shown_ids(narrow)
    assert abs(order.index(own.article.id) - order.index(other.article.id)) == 1  # next to each other
    other_claim = next(c.id for c in comp.aligned(sel) if c.article == other.article.id)
    assert other.is_claim_visible(other_claim) and own.is_claim_visible(sel)
    assert narrow.sidebar.model.claim_index(sel).isValid()  # the claims list follows the new order


def test_the_panes_are_not_moved_when_both_sides_fit(qtbot, comparison):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1600, 900)
    w.show()
    qtbot.waitExposed(w)
    w.show_comparison(comparison)
    w.select_claim("A2.c42")
    assert _shown_ids(w) == ["A1", "A2", "A3"]
    assert all(w.strip.pane_fully_visible(p) for p in w.strip.panes)


def test_focus_mode_shows_only_the_two_sides_and_esc_leaves_it(qtbot, narrow):
    narrow.show_comparison(five_articles())
    narrow.select_claim("A1.c32")
    before = _shown_ids(narrow)  # A5 moved next to A1 already: the window has room for two panes
    narrow.compare_action.trigger()
    assert _shown_ids(narrow) == ["A1", "A5"]
    assert narrow.focus_banner.isVisible() and "A5" in narrow.focus_banner.label.text()
    assert not narrow.strip.pane_of("A3").isVisible()
    a1, a5 = narrow.strip.pane_of("A1"), narrow.strip.pane_of("A5")
    assert len(narrow.strip.strips) == 1 and (narrow.strip.strips[0].left, narrow.strip.strips[0].right) == (
        a1,
        a5,
    )
    qtbot.wait(10)
    assert narrow.strip.pane_fully_visible(a1) and narrow.strip.pane_fully_visible(a5)  # side by side
    assert a1.width() > 200  # the two share the row
    qtbot.keyClick(narrow, Qt.Key.Key_Escape)
    assert narrow.strip.focus_mode() is None
    assert _shown_ids(narrow) == before and len(before) == 5
    assert not narrow.focus_banner.isVisible()


def test_focus_mode_needs_a_claim_in_two_articles(qtbot, narrow):
    narrow.show_comparison(five_articles())
    narrow.compare_action.trigger()
    assert narrow.strip.focus_mode() is None and "Select a claim" in narrow.status_label.text()
    narrow.select_claim("A2.c3")  # unique
    narrow.compare_action.trigger()
    assert narrow.strip.focus_mode() is None


def test_connectors_mark_the_far_panes_of_the_selected_group(qtbot, comparison):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1600, 900)
    w.show()
    qtbot.waitExposed(w)
    w.show_comparison(comparison)
    w.select_claim("A1.c1")  # aligned in A2 (the neighbour) and A3 (not a neighbour of A1)
    first, second = w.strip.strips
    assert any(side == "right" and label == "A3" for side, _, _, label, _ in first.far_stubs())
    assert any(side == "left" and label == "A1" for side, _, _, label, _ in second.far_stubs())
    w.select_claim("A2.c1")  # unique: nothing leads anywhere
    assert first.far_stubs() == [] and second.far_stubs() == []


# -- 2. five panes on one screen -------------------------------------------------------------------------
def test_the_five_samples_and_the_claims_list_fit_in_1600_pixels(qtbot):
    w = MainWindow(use_settings=False)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    with qtbot.waitSignal(w.analyzer.finished, timeout=60000):
        w.open_paths([str(SAMPLES)])
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(20)
    assert len(w.strip.panes) == 5
    assert all(w.strip.pane_fully_visible(p) for p in w.strip.panes)
    assert w.claims_dock.isVisible() and w.claims_dock.width() >= 260


def test_a_pane_is_resized_by_dragging_the_connector_to_its_right(qtbot, narrow, comparison):
    narrow.show_comparison(comparison)
    a1 = narrow.strip.pane_of("A1")
    before = a1.width()
    handle = narrow.strip.strips[0]

    def send(kind: QEvent.Type, x: float, buttons: Qt.MouseButton) -> None:
        pos = QPointF(5, 50)
        glob = QPointF(x, 300)
        ev = QMouseEvent(kind, pos, glob, Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(handle, ev)

    send(QEvent.Type.MouseButtonPress, 500, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseMove, 580, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, 580, Qt.MouseButton.NoButton)
    assert a1.width() == before + 80
    narrow.strip.reset_widths()
    assert a1.width() == before


def test_the_first_window_takes_a_large_share_of_the_screen(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    area = w.screen().availableGeometry()
    assert w.width() >= 0.8 * area.width() and w.height() >= 0.8 * area.height()
    assert w.width() <= area.width() and w.height() <= area.height()


# -- 3. show what differs ---------------------------------------------------------------------------------
def _tinted(pane, claim: Claim) -> bool:
    """The claim's passage has a background in the pane."""
    sels = pane.text.extraSelections()
    for sel in sels:
        if sel.cursor.selectionStart() == claim.start and sel.cursor.selectionEnd() == claim.end:
            return sel.format.background().style() != Qt.BrushStyle.NoBrush
    raise AssertionError(f"no selection for {claim.id}")


def test_dimming_shared_passages_leaves_the_others_tinted(qtbot, narrow, comparison):
    narrow.show_comparison(comparison)
    pane = narrow.strip.pane_of("A2")
    shared, unique, contra = (comparison.claim(c) for c in ("A2.c41", "A2.c1", "A2.c42"))
    assert _tinted(pane, shared)
    narrow.dim_action.setChecked(True)
    assert not _tinted(pane, shared)
    assert _tinted(pane, unique)
    assert _tinted(pane, contra)
    narrow.select_claim("A2.c41")  # the selected passage is shown in full even when dimmed
    assert _tinted(pane, shared)
    narrow.dim_action.setChecked(False)
    narrow.select_claim("A2.c1")
    assert _tinted(pane, shared)


def test_the_status_filter_can_apply_to_the_panes(qtbot, narrow, comparison):
    narrow.show_comparison(comparison)
    pane = narrow.strip.pane_of("A2")
    unique = comparison.claim("A2.c1")
    narrow.sidebar.status_buttons[Status.UNIQUE].setChecked(False)
    assert _tinted(pane, unique)  # the list only
    narrow.filter_panes_action.setChecked(True)
    assert not _tinted(pane, unique)
    assert narrow.strip.dimmed == frozenset({Status.UNIQUE})
    narrow.sidebar.status_buttons[Status.UNIQUE].setChecked(True)
    assert _tinted(pane, unique)


# -- 4. find in the articles -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("The Port and the port", "port", [(4, 8), (17, 21)]),
        ("a 12 ships\nwaiting", "ships waiting", [(5, 18)]),  # a phrase across a line break
        ("Ünïcode ÜNÏCODE", "ünïcode", [(0, 7), (8, 15)]),
        ("price (in $)", "(in $)", [(6, 12)]),  # no pattern syntax
        ("anything", "   ", []),
        ("nothing here", "absent", []),
    ],
)
def test_find_all_gives_exact_offsets(text, query, expected):
    assert find_all(text, query) == expected
    for s, e in expected:
        assert " ".join(text[s:e].split()).lower() == " ".join(query.split()).lower()


def test_find_marks_hits_in_panes_and_maps_and_steps_through_them(qtbot, narrow, comparison):
    narrow.show_comparison(comparison)
    narrow.find_action.trigger()
    assert narrow.find_bar.isVisible() and narrow.find_bar.field.hasFocus()
    qtbot.keyClicks(narrow.find_bar.field, "evacuated")
    assert narrow.find_bar.count_text() == "2 matches in 2 articles"
    a2, a3 = narrow.strip.pane_of("A2"), narrow.strip.pane_of("A3")
    start = comparison.article("A2").text.index("evacuated")
    assert a2.hits() == [(start, start + len("evacuated"))]
    assert len(a3.hits()) == 1 and narrow.strip.pane_of("A1").hits() == []
    assert len(a2.overview.hits()) == 1 and 0.5 < a2.overview.hits()[0] <= 1.0  # far down in A2
    qtbot.keyClick(narrow.find_bar.field, Qt.Key.Key_Return)
    assert narrow.find_bar.count_text() == "1 of 2 in 2 articles"
    assert a2.marks.current_hit == 0
    qtbot.wait(10)
    top = a2.scroll_value()
    assert top > 0  # scrolled down to the hit
    qtbot.keyClick(narrow, Qt.Key.Key_F3)
    assert narrow.find_bar.count_text() == "2 of 2 in 2 articles"
    assert a3.marks.current_hit == 0 and a2.marks.current_hit is None
    assert narrow.strip.pane_fully_visible(a3)
    qtbot.keyClick(narrow, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert narrow.find_bar.count_text() == "1 of 2 in 2 articles"
    qtbot.keyClicks(narrow.find_bar.field, "xyz")
    assert narrow.find_bar.count_text() == "No matches" and a2.hits() == []
    qtbot.keyClick(narrow.find_bar.field, Qt.Key.Key_Escape)
    assert not narrow.find_bar.isVisible()


def test_ctrl_f_finds_in_the_articles_and_another_shortcut_searches_the_claims(qtbot, narrow):
    keys = {
        a.text(): [s.toString() for s in a.shortcuts()] for a in (narrow.find_action, narrow.search_action)
    }
    assert "Ctrl+F" in keys[narrow.find_action.text()]
    assert "Ctrl+F" not in keys[narrow.search_action.text()]
    assert "Ctrl+K" in keys[narrow.search_action.text()]


# -- 5. zoom -----------------------------------------------------------------------------------------------
def test_zoom_changes_every_pane_together_and_is_remembered(qtbot, narrow, comparison):
    narrow.show_comparison(comparison)
    sizes = {p.text_point_size() for p in narrow.strip.panes}
    assert len(sizes) == 1
    base = sizes.pop()
    narrow.zoom_in_action.trigger()
    narrow.zoom_in_action.trigger()
    assert {p.text_point_size() for p in narrow.strip.panes} == {base + 2}
    pane = narrow.strip.pane_of("A2")
    wheel = QWheelEvent(
        QPointF(20, 20), QPointF(20, 20), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(pane.text.viewport(), wheel)
    assert {p.text_point_size() for p in narrow.strip.panes} == {base + 1}
    assert int(QSettings().value("view/zoom")) == 1
    again = MainWindow()
    qtbot.addWidget(again)
    again.show_comparison(comparison)
    assert {p.text_point_size() for p in again.strip.panes} == {base + 1}
    again.zoom_reset_action.trigger()
    assert {p.text_point_size() for p in again.strip.panes} == {base}


def test_compact_density_takes_less_room(qtbot, narrow, comparison):
    narrow.show_comparison(comparison)
    pane = narrow.strip.pane_of("A1")
    size = pane.text_point_size()
    narrow.compact_action.setChecked(True)
    assert pane.text_point_size() < size and not pane.meta_label.isVisible()


def test_the_other_side_is_the_passage_that_disagrees_not_the_first_aligned():
    from dataclasses import replace

    from viewer.ui import sides

    comp = five_articles()
    # A5's second sentence joins the disagreement's group without taking a side
    claims = tuple(replace(c, group="G2") if c.id == "A5.c2" else c for c in comp.claims)
    groups = (comp.groups[0], Group("G2", ("A1.c32", "A5.c2", "A5.c32"), Status.CONTRADICTED))
    comp = Comparison(comp.articles, claims, groups, (), (), comp.disagreements)
    assert [c.id for c in comp.aligned_in("A1.c32", "A5")] == ["A5.c2", "A5.c32"]
    assert sides.counterpart(comp, "A1.c32", "A5") == "A5.c32"
    assert sides.counterpart(comp, "A5.c2", "A1") == "A1.c32"  # no side: the aligned passage
    assert sides.disagreeing_articles(comp, "A1.c32") == ["A5"]
    assert sides.partner_articles(comp, "A1.c1") == ["A2", "A3", "A4", "A5"]
    assert sides.compare_set(comp, "A5.c32") == ["A1", "A5"]
    assert sides.compare_set(comp, "A3.c1") == ["A1", "A2", "A3", "A4", "A5"]  # nobody disagrees


def test_find_follows_a_new_comparison(qtbot, narrow, comparison):
    narrow.show_comparison(comparison)
    narrow.find_action.trigger()
    narrow.find_bar.field.setText("bridge")
    assert narrow.find_bar.count_text() == "3 matches in 3 articles"
    smaller = Comparison(comparison.articles[:1], comparison.claims_of("A1"))
    narrow.show_comparison(smaller)
    assert narrow.find_bar.count_text() == "1 match in 1 article"


def test_connectors_stand_out_on_a_dark_background(qtbot, comparison):
    from PySide6.QtGui import QColor, QPalette

    from viewer.ui.panestrip import PaneStrip

    def band_contrast(dark: bool) -> float:
        strip = PaneStrip()
        qtbot.addWidget(strip)
        pal = QPalette()
        bg = QColor("#1e1e1e" if dark else "#ffffff")
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            pal.setColor(role, bg)
        strip.setPalette(pal)
        strip.resize(900, 500)
        strip.show()
        qtbot.waitExposed(strip)
        strip.set_comparison(comparison)
        qtbot.wait(10)
        connector = strip.strips[0]
        connector.setPalette(pal)
        img = connector.grab().toImage()
        # how far the band pixels lie from the background, on average (0-255 per channel)
        dists = []
        for x in range(0, img.width(), 2):
            for y in range(0, img.height(), 2):
                c = QColor(img.pixel(x, y))
                d = (abs(c.red() - bg.red()) + abs(c.green() - bg.green()) + abs(c.blue() - bg.blue())) / 3
                if d > 4:
                    dists.append(d)
        assert len(dists) > 50, "no band drawn"
        return sum(dists) / len(dists)

    # the bands stand out from a dark background about as much as from a light one
    assert band_contrast(dark=True) >= 0.85 * band_contrast(dark=False)


def test_selecting_a_claim_group_in_the_list_brings_its_panes_into_view(qtbot, narrow):
    comp = five_articles()
    narrow.show_comparison(comp)
    narrow.set_grouping("group")
    sidebar = narrow.sidebar
    row = next(r for r in range(sidebar.proxy.rowCount()) if "G2" in sidebar.proxy.index(r, 0).data())
    sidebar.view.setCurrentIndex(sidebar.proxy.index(row, 0))
    assert narrow.strip.selected_claim() in comp.group("G2").claims
    qtbot.wait(10)
    assert narrow.strip.pane_fully_visible(narrow.strip.pane_of("A1"))
    assert narrow.strip.pane_fully_visible(narrow.strip.pane_of("A5"))


def test_clicking_a_far_stub_brings_that_pane_into_view(qtbot, narrow, comparison):
    narrow.resize(700, 700)  # one pane in view at a time
    narrow.show_comparison(comparison)
    narrow.select_claim("A1.c1")  # aligned in A2 and, further on, A3
    qtbot.wait(10)
    first = narrow.strip.strips[0]
    stubs = [s for s in first.far_stubs() if s[0] == "right"]
    assert stubs and stubs[0][3] == "A3"
    _, y0, y1, _, _ = stubs[0]
    assert not narrow.strip.pane_fully_visible(narrow.strip.pane_of("A3"))
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton, pos=QPoint(first.width() // 2, round((y0 + y1) / 2)))
    qtbot.wait(10)
    a3 = narrow.strip.pane_of("A3")
    assert narrow.strip.pane_fully_visible(a3)
    assert a3.is_claim_visible("A3.c42")


def test_moving_a_pane_in_focus_mode_moves_it_past_the_other_pane_in_view(qtbot, comparison):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 700)
    w.show_comparison(comparison)
    w.select_claim("A2.c42")  # A2 and A3 disagree
    w.compare_action.trigger()
    a2, a3 = w.strip.pane_of("A2"), w.strip.pane_of("A3")
    assert _shown_ids(w) == ["A2", "A3"]
    assert not a2.left_button.isEnabled() and a2.right_button.isEnabled()
    a2.right_button.click()
    assert _shown_ids(w) == ["A3", "A2"]
    assert not a3.left_button.isEnabled() and not a2.right_button.isEnabled()


def test_pane_titles_are_plain_text_on_two_lines(qtbot, narrow):
    comp = five_articles()
    art = comp.articles[0]
    title = "<b>Harbour</b> <img src='x.png'> reopens after a week of repairs, officials say on Friday"
    arts = (Article(art.id, None, title, art.outlet, art.published, art.text), *comp.articles[1:])
    narrow.show_comparison(Comparison(arts, comp.claims, comp.groups, (), (), comp.disagreements))
    label = narrow.strip.pane_of("A1").title_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text().startswith("<b>Harb")  # the tags shown as they are
    assert label.height() >= 2 * label.fontMetrics().lineSpacing()
    assert label.text().endswith("…") and label.full_text() == title
