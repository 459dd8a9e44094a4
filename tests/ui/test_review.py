"""The reviewer's actions in the window: each from its shortcut and from the context menus of the panes,
the claims list and the details panel; undo and redo; the marks; export / import; sessions.

The comparison is the hand-built one of conftest (articles A1–A3, not from files, so decisions name them
by id): G1 is the shared bridge sentence (A1.c1, A2.c41, A3.c42), G2 the contradicted count (A2.c42 says
40, A3.c41 says 400); the rest are unique filler sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from viewer.core.contradict.disagree import disagreements_of
from viewer.core.model import Comparison
from viewer.ui import review_context
from viewer.ui.article_dialog import ArticleDialog
from viewer.ui.main_window import MainWindow
from viewer.ui.review_dialogs import NoteDialog, ReasonDialog


@pytest.fixture
def window(qtbot, comparison, monkeypatch):
    # the dialogs of "They disagree", "Note" and "Edit article details" answer at once
    def reason_exec(self):
        self.set_text("one says 40, the other 400")
        return 1

    def note_exec(self):
        self.set_text("ask the agency")
        return 1

    def article_exec(self):
        self.title_edit.setText("Bridge closes")
        self.outlet_edit.setText("The Daily One")
        self.date_edit.setText("Dec 1, 2025")
        return 1

    monkeypatch.setattr(ReasonDialog, "exec", reason_exec)
    monkeypatch.setattr(NoteDialog, "exec", note_exec)
    monkeypatch.setattr(ArticleDialog, "exec", article_exec)
    w = MainWindow(use_settings=False)
    qtbot.addWidget(w)
    w.resize(1400, 800)
    # as the pipeline builds it: each contradiction is a disagreement too
    disagreements = disagreements_of(comparison.contradictions, comparison.claims)
    w.show_comparison(replace(comparison, disagreements=tuple(disagreements)))
    w.show()
    qtbot.waitExposed(w)
    return w


def _same_group(comp: Comparison, *ids: str) -> bool:
    groups = {comp.claim(c).group for c in ids}
    return len(groups) == 1 and None not in groups


def _apart(comp: Comparison, *ids: str) -> bool:
    groups = [comp.claim(c).group for c in ids]
    return all(g is None for g in groups) or len({g for g in groups if g}) == sum(1 for g in groups if g)


@dataclass(frozen=True)
class Case:
    name: str
    claims: tuple[str, ...]  # the first is the one acted on (right-clicked); the others picked before
    menu: str  # the context menu entry, without its '&'
    shortcut: str
    step: str  # the name of the undo step
    done: Callable[[Comparison], bool]


CASES = [
    Case("join", ("A1.c2", "A2.c1"), "Same Claim", "Ctrl+J", "Join 2 claims",
         lambda c: _same_group(c, "A1.c2", "A2.c1") and c.grouped_by_reviewer("A1.c2")),
    Case("take out", ("A2.c41",), "Not the Same Claim", "Ctrl+Shift+J", "Take a claim out of its group",
         lambda c: not _same_group(c, "A2.c41", "A1.c1") and _same_group(c, "A1.c1", "A3.c42")),
    Case("split", ("A1.c1",), "Split the Group", "Ctrl+Alt+J", "Split G1 (3 claims)",
         lambda c: _apart(c, "A1.c1", "A2.c41", "A3.c42")),
    Case("dismiss", ("A2.c42",), "Not a Contradiction", "Ctrl+Shift+D", "Dismiss contradiction",
         lambda c: not c.contradictions_of("A2.c42") and any("A2.c42" in k.claims for k in c.dismissed)),
    Case("confirm", ("A2.c42",), "Confirm Contradiction", "Ctrl+Shift+K", "Confirm contradiction",
         lambda c: [d.confirmed for d in c.disagreements_of("A2.c42")] == [True]),
    Case("disagree", ("A1.c2", "A2.c1"), "They Disagree…", "Ctrl+Alt+D", "Mark a contradiction",
         lambda c: any(k.by == "user" and set(k.claims) == {"A1.c2", "A2.c1"} for k in c.contradictions)),
    Case("note", ("A1.c2",), "Note…", "Ctrl+Alt+M", "Add note",
         lambda c: c.notes_of("A1.c2") == ("ask the agency",)),
    Case("article", ("A1.c2",), "Edit Article Details…", "Ctrl+I", "Edit the details of A1",
         lambda c: (c.article("A1").title, c.article("A1").outlet, c.article("A1").published)
         == ("Bridge closes", "The Daily One", "2025-12-01")),
]  # fmt: skip
IDS = [c.name for c in CASES]


def _pick(window: MainWindow, case: Case) -> None:
    """Select the first claim, Ctrl+click-pick the others (the first comes along, as in a list)."""
    window.select_claim(case.claims[0])
    for cid in case.claims[1:]:
        window.review_actions.toggle_pick(cid)


def _undo_round_trip(window: MainWindow, case: Case, before: Comparison) -> None:
    after = window.comparison
    stack = window.review.stack
    assert stack.undoText() == case.step
    stack.undo()
    assert window.comparison == before and not case.done(window.comparison)
    stack.redo()
    assert window.comparison == after and case.done(window.comparison)


def _press(qtbot, window: MainWindow, shortcut: str) -> None:
    seq = QKeySequence(shortcut)[0]
    window.activateWindow()
    qtbot.keyClick(window.strip, seq.key(), seq.keyboardModifiers())


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_each_action_by_its_shortcut_and_its_undo_and_redo(qtbot, window, case):
    before = window.comparison
    assert not case.done(before)
    _pick(window, case)
    _press(qtbot, window, case.shortcut)
    assert case.done(window.comparison), window.status_label.text()
    _undo_round_trip(window, case, before)


def _choose(monkeypatch, text: str, seen: list[str]) -> None:
    """Make context menus trigger the entry called ``text`` instead of waiting for a click."""

    def choose(menu: QMenu, _pos):
        entries = []
        for a in menu.actions():
            entries.append(a)
            if a.menu() is not None:
                entries.extend(a.menu().actions())
        labels = {a.text().replace("&", ""): a for a in entries}
        seen.extend(labels)
        target = labels.get(text)
        if target is not None and target.isEnabled():
            target.trigger()
        return target

    monkeypatch.setattr(review_context, "popup", choose)


def _claim_point(window: MainWindow, cid: str) -> tuple[object, QPoint]:
    c = window.comparison.claim(cid)
    pane = window.strip.pane_of(c.article)
    assert pane is not None
    pane.scroll_to_claim(cid)
    cur = QTextCursor(pane.text.document())
    cur.setPosition(c.start + 3)
    return pane, pane.text.cursorRect(cur).center()


def _right_click_pane(window: MainWindow, cid: str) -> None:
    pane, pos = _claim_point(window, cid)
    viewport = pane.text.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)


def _right_click_sidebar(window: MainWindow, case: Case) -> None:
    sidebar = window.sidebar
    window.select_claim(case.claims[0])
    sm = sidebar.view.selectionModel()
    for cid in case.claims[1:]:
        idx = sidebar.proxy.mapFromSource(sidebar.model.claim_index(cid))
        sm.select(idx, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    idx = sidebar.proxy.mapFromSource(sidebar.model.claim_index(case.claims[0]))
    sidebar.view.scrollTo(idx)
    pos = sidebar.view.visualRect(idx).center()
    sidebar.view.customContextMenuRequested.emit(pos)


@pytest.mark.parametrize("surface", ["pane", "claims list", "details"])
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_each_action_from_each_context_menu(qtbot, window, monkeypatch, case, surface):
    before = window.comparison
    seen: list[str] = []
    _choose(monkeypatch, case.menu, seen)
    if surface == "pane":
        for cid in case.claims[1:]:
            window.review_actions.toggle_pick(cid)
        _right_click_pane(window, case.claims[0])
    elif surface == "claims list":
        _right_click_sidebar(window, case)
    else:
        for cid in case.claims[1:]:
            window.review_actions.toggle_pick(cid)
        window.select_claim(case.claims[0])
        window.details.customContextMenuRequested.emit(QPoint(20, 20))
    assert case.menu in seen
    assert case.done(window.comparison), window.status_label.text()
    _undo_round_trip(window, case, before)


def test_ctrl_click_in_a_pane_picks_passages_and_a_plain_click_selects(qtbot, window):
    pane, pos = _claim_point(window, "A1.c3")
    qtbot.mouseClick(pane.text.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.strip.selected_claim() == "A1.c3"
    pane2, pos2 = _claim_point(window, "A2.c2")
    qtbot.mouseClick(
        pane2.text.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, pos2
    )
    assert window.review_actions.basket == ["A1.c3", "A2.c2"]
    assert pane.basket == pane2.basket == frozenset({"A1.c3", "A2.c2"})
    assert window.review_actions.join_action.isEnabled()
    qtbot.mouseClick(
        pane2.text.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, pos2
    )
    assert window.review_actions.basket == ["A1.c3"]


@pytest.mark.parametrize(
    ("dragged", "onto", "joined"),
    [
        ("A1.c2", "G2", ("A1.c2", "A2.c42")),  # a claim onto a group row
        ("A1.c3", "A2.c5", ("A1.c3", "A2.c5")),  # a claim onto an unaligned claim
    ],
)
def test_dragging_a_claim_onto_a_group_joins_it(qtbot, window, dragged, onto, joined):
    window.set_grouping("group")
    sidebar = window.sidebar
    model, proxy = sidebar.model, sidebar.proxy
    mime = model.mimeData([model.claim_index(dragged)])
    if onto.startswith("G"):
        section = next(
            r
            for r in range(model.rowCount())
            if model.claim(model.index(0, 0, model.index(r, 0))).group == onto
        )
        target = proxy.mapFromSource(model.index(section, 0))
    else:
        target = proxy.mapFromSource(model.claim_index(onto))
    assert proxy.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    proxy.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert _same_group(window.comparison, *joined)
    assert window.review.stack.undoText().startswith("Join")


def test_what_the_reviewer_decided_is_marked_in_panes_list_details_and_status_bar(qtbot, window):
    ra = window.review_actions
    window.select_claim("A2.c42")
    assert ra.confirm()
    window.select_claim("A1.c2")
    assert ra.note("ask the agency")
    comp = window.comparison
    # the details say "by you"
    window.select_claim("A2.c42")
    assert "confirmed by you" in window.details.toPlainText()
    window.select_claim("A1.c2")
    assert "Your note: ask the agency" in window.details.toPlainText()
    # the claims list: an icon and the tooltip
    model = window.sidebar.model
    from viewer.ui.claims_model import TEXT_COL

    assert model.data(model.claim_index("A1.c2", TEXT_COL), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.claim_index("A1.c3", TEXT_COL), Qt.ItemDataRole.DecorationRole) is None
    assert "Your note: ask the agency" in model.data(
        model.claim_index("A1.c2", TEXT_COL), Qt.ItemDataRole.ToolTipRole
    )
    # the pane: a bar in the reviewer's colour in the margin beside the passage, none beside the next
    pane, pos = _claim_point(window, "A1.c2")
    QApplication.processEvents()
    image = pane.text.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    colour = image.pixelColor(int(3 * ratio), int(pos.y() * ratio)).name()
    _, pos_next = _claim_point(window, "A1.c3")
    other = image.pixelColor(int(3 * ratio), int(pos_next.y() * ratio)).name()
    assert colour == "#cc79a7" and other != "#cc79a7"
    assert "by you" in pane.tooltip_at(pos) or "Your note" in pane.tooltip_at(pos)
    # the status bar counts the decisions
    assert window.decisions_button.isVisible() and window.decisions_button.text().startswith("✎ 2 decisions")
    assert comp.applied_count() == 2


def test_the_undo_history_names_each_action(qtbot, window):
    ra = window.review_actions
    window.select_claim("A1.c2")
    ra.toggle_pick("A2.c1")
    ra.join()
    window.select_claim("A2.c42")
    ra.dismiss()
    stack = window.review.stack
    assert [stack.text(i) for i in range(stack.count())] == ["Join 2 claims", "Dismiss contradiction"]
    assert window.review_actions.undo_action.text().replace("&", "") == "Undo Dismiss contradiction"
    # Ctrl+Z and Ctrl+Shift+Z
    _press(qtbot, window, "Ctrl+Z")
    assert stack.index() == 1 and window.comparison.contradictions_of("A2.c42")
    _press(qtbot, window, "Ctrl+Shift+Z")
    assert stack.index() == 2 and not window.comparison.contradictions_of("A2.c42")
    # Edit > Undo History lists the steps by name
    ra.show_history()
    assert ra._history is not None and ra._history.isVisible()
    from PySide6.QtWidgets import QUndoView

    view = ra._history.findChild(QUndoView)
    names = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert names == ["The engine's comparison", "Join 2 claims", "Dismiss contradiction"]


def test_the_menus_offer_the_review(qtbot, window):
    def texts(menu):
        return [a.text().replace("&", "") for a in menu.actions()]

    bar = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert bar[:3] == ["File", "Edit", "View"]
    edit = texts(window.edit_menu)
    for entry in ("Same Claim", "Not the Same Claim", "Not a Contradiction", "They Disagree…", "Note…",
                  "Edit Article Details…", "Undo History"):  # fmt: skip
        assert entry in edit
    file_menu = texts(window.menuBar().actions()[0].menu())
    assert "Export Decisions…" in file_menu and "Import Decisions…" in file_menu
    shortcuts = {a.text().replace("&", ""): a.shortcut().toString() for a in window.edit_menu.actions()}
    assert shortcuts["Same Claim"] == "Ctrl+J" and shortcuts["Not a Contradiction"] == "Ctrl+Shift+D"
    assert len({s for s in shortcuts.values() if s}) == len([s for s in shortcuts.values() if s])


def test_no_two_actions_of_the_window_share_a_shortcut(qtbot, window):
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            name = key.toString()
            assert seen.setdefault(name, action.text()) == action.text(), (
                f"{name}: {seen[name]} and {action.text()}"
            )
    assert {
        "Ctrl+J",
        "Ctrl+Shift+J",
        "Ctrl+Alt+J",
        "Ctrl+Shift+D",
        "Ctrl+Shift+K",
        "Ctrl+Alt+D",
        "Ctrl+Alt+M",
        "Ctrl+I",
    } <= set(seen)


@pytest.mark.parametrize(
    ("link", "done"),
    [
        ("review:dismiss:0", lambda c: not c.contradictions_of("A2.c42")),
        ("review:confirm:0", lambda c: c.disagreements_of("A2.c42")[0].confirmed),
        ("review:note:0", lambda c: c.disagreements_of("A2.c42")[0].note == "ask the agency"),
        ("review:note:", lambda c: c.notes_of("A2.c42") == ("ask the agency",)),
    ],
)
def test_the_links_of_the_details_panel_act_on_its_claim(qtbot, window, link, done):
    from PySide6.QtCore import QUrl

    window.select_claim("A2.c42")
    assert "Not a contradiction" in window.details.toPlainText()
    window.details.anchorClicked.emit(QUrl(link))
    assert done(window.comparison)
    assert "by you" in window.details.toPlainText() or "Your note" in window.details.toPlainText()


def test_a_dismissed_contradiction_can_be_restored_from_the_details(qtbot, window):
    from PySide6.QtCore import QUrl

    window.select_claim("A2.c42")
    assert window.review_actions.dismiss()
    assert "dismissed by you" in window.details.toPlainText()
    window.details.anchorClicked.emit(QUrl("review:restore:"))
    assert window.comparison.contradictions_of("A2.c42") and not window.comparison.dismissed
    assert window.review.stack.undoText() == "Restore contradiction"


def test_undo_and_redo_keys_work_with_the_focus_in_a_pane_or_the_claims_list(qtbot, window):
    window.select_claim("A2.c42")
    assert window.review_actions.dismiss()
    stack = window.review.stack
    pane = window.strip.pane_of("A2")
    for widget in (pane.text, window.sidebar.view):
        window.activateWindow()
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert stack.index() == 0
        qtbot.keyClick(
            widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        assert stack.index() == 1


def test_a_passage_selected_in_a_pane_and_dragged_onto_a_group_joins_it(qtbot, window):
    window.set_grouping("group")
    pane = window.strip.pane_of("A1")
    c = window.comparison.claim("A1.c3")
    cur = QTextCursor(pane.text.document())
    cur.setPosition(c.start + 2)
    cur.setPosition(c.end - 2, QTextCursor.MoveMode.KeepAnchor)
    pane.text.setTextCursor(cur)
    mime = pane.text.createMimeDataFromSelection()
    assert mime.text() == c.text[2:-2]  # the text still drags as text
    model, proxy = window.sidebar.model, window.sidebar.proxy
    section = next(r for r in range(model.rowCount()) if model.claim_in(r, 0).group == "G2")
    target = proxy.mapFromSource(model.index(section, 0))
    assert proxy.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    proxy.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert window.comparison.claim("A1.c3").group == window.comparison.claim("A2.c42").group
