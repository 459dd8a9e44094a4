"""The claims list: counts under a filter, readable claims, copying, clear filter buttons, names."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from viewer.core.model import Status
from viewer.ui.sidebar import ClaimsSidebar


def _sidebar(qtbot, comparison) -> ClaimsSidebar:
    s = ClaimsSidebar()
    qtbot.addWidget(s)
    s.resize(360, 600)
    s.set_comparison(comparison)
    s.show()
    qtbot.waitExposed(s)
    return s


def _section_titles(s: ClaimsSidebar) -> list[str]:
    return [s.proxy.index(r, 0).data() for r in range(s.proxy.rowCount())]


def test_section_counts_follow_the_filter(qtbot, comparison, qtmodeltester):
    s = _sidebar(qtbot, comparison)
    assert _section_titles(s)[1].endswith("(42)")  # A2: 40 fillers, the shared and the counted
    s.status_buttons[Status.UNIQUE].setChecked(False)
    titles = _section_titles(s)
    assert titles[1].endswith("(2 of 42)") and titles[0].endswith("(1 of 4)")
    s.search.setText("evacuated")
    titles = _section_titles(s)
    assert len(titles) == 2 and all(t.endswith("(1 of 42)") for t in titles)
    s.search.setText("")
    s.status_buttons[Status.UNIQUE].setChecked(True)
    assert _section_titles(s)[1].endswith("(42)")
    qtmodeltester.check(s.proxy)


def test_ctrl_c_copies_the_text_of_the_selected_claims(qtbot, comparison):
    s = _sidebar(qtbot, comparison)
    sel = s.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for cid in ("A1.c1", "A2.c42"):
        sel.select(s.proxy.mapFromSource(s.model.claim_index(cid)), flags)
    s.view.setFocus()
    qtbot.keySequence(s.view, QKeySequence(QKeySequence.StandardKey.Copy))
    assert QGuiApplication.clipboard().text().splitlines() == [
        comparison.claim("A1.c1").text,
        comparison.claim("A2.c42").text,
    ]


def test_long_claims_wrap_and_the_tooltip_is_the_full_text_escaped(qtbot, comparison):
    s = _sidebar(qtbot, comparison)
    idx = s.proxy.mapFromSource(s.model.claim_index("A1.c1", 1))
    one_line = s.view.fontMetrics().lineSpacing()
    assert s.view.sizeHintForIndex(idx).height() >= 2 * one_line  # a long claim takes two lines or more
    tip = idx.data(Qt.ItemDataRole.ToolTipRole)
    assert comparison.claim("A1.c1").text in tip
    other = s.proxy.mapFromSource(s.model.claim_index("A3.c41", 1))
    assert "400 &lt;people&gt;" in other.data(Qt.ItemDataRole.ToolTipRole)  # data, never markup


def test_filter_buttons_look_different_when_off_and_have_names(qtbot, comparison):
    s = _sidebar(qtbot, comparison)
    b = s.status_buttons[Status.SHARED]
    on = b.grab().toImage()
    b.setChecked(False)
    off = b.grab().toImage()
    assert on != off
    assert b.accessibleName() == "Show shared claims"
    assert s.search.accessibleName() and s.view.accessibleName() == "Claims"
