"""The reviewer's actions in the window: QActions with shortcuts, the Edit menu, and the context menus of
the panes, the claims list and the details panel.

An action works on the passages picked for it: the right-clicked passage (with those picked before), the
passages picked in the panes with Ctrl+click (the "selection", drawn with a dashed frame), the claims
selected in the list, or else the selected claim. Each action becomes a step on the window's one undo
stack (:mod:`viewer.ui.undo`); the views refresh from the comparison with the decisions applied.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QVBoxLayout

from viewer.core.model import Disagreement
from viewer.ui import review_edits as edits
from viewer.ui.article_dialog import ArticleDialog
from viewer.ui.review_dialogs import NoteDialog, ReasonDialog

if TYPE_CHECKING:
    from viewer.ui.window_api import WindowApi

SHORTCUTS = (
    ("Ctrl+click", "Pick a passage for an action (again: put it back)"),
    ("Ctrl+B / Ctrl+Shift+B", "Pick the selected claim / clear the picked passages"),
    ("Ctrl+J", "Same claim: join the picked passages"),
    ("Ctrl+Shift+J", "Not the same claim: take a claim out of its group"),
    ("Ctrl+Alt+J", "Split the selected claim's group"),
    ("Ctrl+Shift+D", "Not a contradiction: dismiss it"),
    ("Ctrl+Shift+K", "Confirm the contradiction"),
    ("Ctrl+Alt+D", "They disagree: mark two passages as contradicting"),
    ("Ctrl+Alt+M", "Note on the claim"),
    ("Ctrl+I", "Edit the article's details"),
    ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo a decision"),
    ("Drag", "A claim of the list, or a passage's selected text, onto a group joins it"),
)


class ReviewActions(QObject):
    """The review actions of one window; ``window.review`` is its :class:`~viewer.ui.undo.ReviewStore`."""

    def __init__(self, window: WindowApi) -> None:
        super().__init__(window)
        self.w = window
        self.store = window.review
        self.basket: list[str] = []  # passages picked in the panes, in the order picked
        self._context: list[str] | None = None  # while a context menu is open: what it acts on
        self._context_article: str | None = None
        self._history: QDialog | None = None
        self._build_actions()
        self.store.changed.connect(self._update_enabled)
        self.store.stack.indexChanged.connect(self._update_enabled)
        window.comparison_shown.connect(self._on_window_comparison_shown)
        window.strip.claim_toggled.connect(self.toggle_pick)
        # a plain click on a passage or a claim selects it alone: the picked passages are put back
        window.strip.claim_selected.connect(self.clear_picks)
        window.sidebar.claim_selected.connect(self._on_sidebar_claim_selected)
        window.sidebar.view.selectionModel().selectionChanged.connect(self._update_enabled)
        window.sidebar.model.claims_dropped.connect(self._on_sidebar_claims_dropped)
        from viewer.ui.review_context import ContextMenus

        self.menus = ContextMenus(self)
        self._update_enabled()

    # -- actions -------------------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: str | list[str], tip: str) -> QAction:
        a = QAction(text, self.w)
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        a.setShortcuts([QKeySequence(k) for k in keys])
        a.setStatusTip(tip)
        a.setToolTip(tip)
        a.triggered.connect(lambda _=False: slot())
        self.w.addAction(a)  # the shortcut works wherever the focus is in the window
        return a

    def _build_actions(self) -> None:
        stack = self.store.stack
        self.undo_action = stack.createUndoAction(self.w, "&Undo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = stack.createRedoAction(self.w, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for a in (self.undo_action, self.redo_action):
            self.w.addAction(a)
        self.join_action = self._action(
            "&Same Claim",
            self.join,
            "Ctrl+J",
            "Join the picked passages (of different articles) into one claim",
        )
        self.separate_action = self._action(
            "&Not the Same Claim",
            self.separate,
            "Ctrl+Shift+J",
            "Take the claim out of its group (or keep the picked claims apart)",
        )
        self.split_action = self._action(
            "S&plit the Group",
            self.split_group,
            "Ctrl+Alt+J",
            "No two claims of this group are the same claim",
        )
        self.dismiss_action = self._action(
            "Not a &Contradiction", self.dismiss, "Ctrl+Shift+D", "Dismiss the contradiction the engine found"
        )
        self.confirm_action = self._action(
            "Con&firm Contradiction", self.confirm, "Ctrl+Shift+K", "You stand behind this contradiction"
        )
        self.disagree_action = self._action(
            "They &Disagree…",
            self.disagree,
            "Ctrl+Alt+D",
            "Mark two passages as contradicting, with your reason",
        )
        self.note_action = self._action("N&ote…", self.note, "Ctrl+Alt+M", "Your note on the claim")
        self.article_action = self._action(
            "Edit &Article Details…", self.edit_article, "Ctrl+I", "Correct the title, outlet or date"
        )
        self.pick_action = self._action(
            "Pic&k for an Action",
            self.pick_current,
            "Ctrl+B",
            "Add the selected claim to the picked passages",
        )
        self.clear_pick_action = self._action(
            "C&lear Picked Passages", self.clear_picks, "Ctrl+Shift+B", "Put back every picked passage"
        )
        self.history_action = QAction("Undo &History", self.w)
        self.history_action.triggered.connect(self.show_history)

    def review_actions(self) -> list[QAction]:
        return [
            self.join_action,
            self.separate_action,
            self.split_action,
            self.dismiss_action,
            self.confirm_action,
            self.disagree_action,
            self.note_action,
        ]

    def fill_edit_menu(self, menu: QMenu) -> None:
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        menu.addActions(self.review_actions())
        menu.addSeparator()
        menu.addActions([self.pick_action, self.clear_pick_action])
        menu.addSeparator()
        menu.addAction(self.article_action)
        menu.addSeparator()
        menu.addAction(self.history_action)

    # -- what an action works on ---------------------------------------------------------------------
    def targets(self) -> list[str]:
        """The claims the next action works on (see the module's docstring)."""
        known = {c.id for c in self.w.comparison.claims}
        if self._context is not None:
            return [c for c in self._context if c in known]
        if self.basket:
            return [c for c in self.basket if c in known]
        listed = self.w.sidebar.selected_claims()
        if len(listed) > 1:
            return [c for c in listed if c in known]
        cur = self.w.strip.selected_claim()
        return [cur] if cur in known else []

    def disagreement(self, claim_ids: list[str] | None = None) -> Disagreement | None:
        """The disagreement the targets are in (of both, where two are given), strongest first."""
        ids = self.targets() if claim_ids is None else claim_ids
        if not ids:
            return None
        found = self.w.comparison.disagreements_of(ids[0])
        if len(ids) > 1:
            found = [d for d in found if set(ids) <= set(d.claims)]
        return found[0] if found else None

    def _article_of_action(self) -> str | None:
        if self._context_article is not None:
            return self._context_article
        ids = self.targets()
        return self.w.comparison.claim(ids[0]).article if ids else None

    # -- picking passages ----------------------------------------------------------------------------
    def toggle_pick(self, claim_id: str) -> None:
        """Ctrl+click: the passage joins the picked ones (with the selected claim, when it is the first
        pick, as Ctrl+click in a list keeps what was selected), or leaves them."""
        if claim_id in self.basket:
            self.basket.remove(claim_id)
        else:
            if not self.basket:
                cur = self.w.strip.selected_claim()
                if cur is not None and cur != claim_id:
                    self.basket.append(cur)
            self.basket.append(claim_id)
        self._basket_changed()

    def pick_current(self) -> None:
        cur = self.w.strip.selected_claim()
        if cur is not None and cur not in self.basket:
            self.basket.append(cur)
            self._basket_changed()

    def clear_picks(self, *_: object) -> None:
        if self.basket:
            self.basket = []
            self._basket_changed(quiet=True)

    def _basket_changed(self, quiet: bool = False) -> None:
        self.w.strip.set_basket(frozenset(self.basket))
        self._update_enabled()
        if quiet:
            return
        n = len(self.basket)
        if n:
            arts = ", ".join(dict.fromkeys(self.w.comparison.claim(c).article for c in self.basket))
            self.w.status_label.setText(
                f"{n} passage{'s' if n != 1 else ''} picked ({arts}): Ctrl+J joins them, Ctrl+Alt+D marks "
                "two as contradicting, Ctrl+Shift+B puts them back"
            )
        else:
            self.w.status_label.setText("No passage picked")

    def _on_sidebar_claim_selected(self, _claim_id: str) -> None:
        self.clear_picks()
        self._update_enabled()

    def _on_window_comparison_shown(self) -> None:
        known = {c.id for c in self.w.comparison.claims}
        if any(c not in known for c in self.basket):
            self.basket = [c for c in self.basket if c in known]
            self.w.strip.set_basket(frozenset(self.basket))
        self._update_enabled()

    # -- doing the actions ---------------------------------------------------------------------------
    def _do(self, step: edits.Step) -> bool:
        if not step.ok:
            self.w.status_label.setText(step.text)
            return False
        assert step.review is not None
        self.store.push(step.text, step.review)
        self.basket = []
        self.w.strip.set_basket(frozenset())
        self.w.status_label.setText(f"{step.text}; Ctrl+Z undoes it")
        return True

    def join(self) -> bool:
        return self._do(edits.join(self.w.comparison, self.store.review, self.targets()))

    def separate(self) -> bool:
        ids = self.targets()
        comp, review = self.w.comparison, self.store.review
        if len(ids) == 1:
            return self._do(edits.take_out(comp, review, ids[0]))
        if not ids:
            return self._do(edits.refused("Select a claim to take it out of its group"))
        return self._do(edits.split(comp, review, ids))

    def split_group(self) -> bool:
        ids = self.targets()
        if not ids:
            return self._do(edits.refused("Select a claim of the group to split"))
        return self._do(edits.split(self.w.comparison, self.store.review, ids[:1]))

    def dismiss(self, dis: Disagreement | None = None) -> bool:
        dis = dis or self.disagreement()
        if dis is None:
            return self._do(edits.refused("The selected claim is in no contradiction"))
        return self._do(edits.dismiss(self.w.comparison, self.store.review, dis))

    def confirm(self, dis: Disagreement | None = None) -> bool:
        dis = dis or self.disagreement()
        if dis is None:
            return self._do(edits.refused("The selected claim is in no contradiction"))
        return self._do(edits.confirm(self.w.comparison, self.store.review, dis))

    def disagree(self, reason: str | None = None) -> bool:
        ids = self.targets()
        comp = self.w.comparison
        if len(ids) != 2:
            return self._do(edits.refused("Pick two passages (Ctrl+click) to mark them as contradicting"))
        if comp.claim(ids[0]).article == comp.claim(ids[1]).article:
            return self._do(edits.refused("Pick passages of two different articles"))
        if reason is None:
            dialog = ReasonDialog(self.w, comp, ids[0], ids[1])
            if not dialog.exec():
                return False
            reason = dialog.text()
        return self._do(edits.disagree(comp, self.store.review, ids[0], ids[1], reason))

    def note(self, text: str | None = None, claim_ids: list[str] | None = None) -> bool:
        ids = claim_ids if claim_ids is not None else self.targets()
        if not ids:
            return self._do(edits.refused("Select a claim to write a note on it"))
        comp = self.w.comparison
        if text is None:
            from viewer.core.review import passage_of

            old = edits.current_note(self.store.review, [passage_of(comp, c) for c in ids])
            dialog = NoteDialog(self.w, comp, ids, old)
            if not dialog.exec():
                return False
            text = dialog.text()
        return self._do(edits.note(comp, self.store.review, ids, text))

    def note_disagreement(self, dis: Disagreement) -> bool:
        pair = edits._pairs(dis)[:1]
        return self.note(claim_ids=list(pair[0])) if pair else False

    def restore(self, claim_id: str) -> bool:
        """Take back the dismissal of the contradictions of this claim."""
        return self._do(edits.restore(self.w.comparison, self.store.review, claim_id))

    def edit_article(self, article_id: str | None = None) -> bool:
        comp = self.w.comparison
        aid = article_id or self._article_of_action() or (comp.articles[0].id if comp.articles else None)
        if aid is None:
            return False
        shown = comp.article(aid)
        engine = self.store.engine
        read = engine.article(aid) if aid in {a.id for a in engine.articles} else shown
        dialog = ArticleDialog(self.w, read, shown)
        if not dialog.exec():
            return False
        edit = dialog.edit()
        return self._do(edits.Step(self.store.review.with_edit(edit), f"Edit the details of {aid}"))

    def join_dropped(self, claim_ids: list[str], target: str) -> bool:
        comp = self.w.comparison
        gid = comp.claim(target).group
        if gid is not None and len(claim_ids) == 1:
            return self._do(edits.join_with_group(comp, self.store.review, claim_ids[0], gid))
        return self._do(edits.join(comp, self.store.review, [*claim_ids, target]))

    def _on_sidebar_claims_dropped(self, claim_ids: list[str], target: str) -> None:
        self.join_dropped(list(claim_ids), target)

    # -- enabled state -------------------------------------------------------------------------------
    def _update_enabled(self, *_: object) -> None:
        comp = self.w.comparison
        ids = self.targets()
        dis = self.disagreement(ids)
        in_group = bool(ids) and comp.claim(ids[0]).group is not None
        self.join_action.setEnabled(len(ids) >= 2)
        self.separate_action.setEnabled(in_group or len(ids) >= 2)
        self.split_action.setEnabled(in_group)
        self.dismiss_action.setEnabled(dis is not None)
        self.confirm_action.setEnabled(dis is not None and dis.by != "user")
        self.confirm_action.setText(
            "Un&confirm Contradiction" if dis is not None and dis.confirmed else "Con&firm Contradiction"
        )
        self.disagree_action.setEnabled(len(ids) == 2)
        self.note_action.setEnabled(bool(ids))
        self.article_action.setEnabled(bool(comp.articles))
        self.pick_action.setEnabled(bool(ids))
        self.clear_pick_action.setEnabled(bool(self.basket))

    # -- history -------------------------------------------------------------------------------------
    def show_history(self) -> None:
        """Edit > Undo History: every decision of this session by name; clicking one goes back to it."""
        if self._history is None:
            from PySide6.QtWidgets import QUndoView

            self._history = QDialog(self.w)
            self._history.setWindowTitle("Undo History")
            self._history.resize(360, 420)
            lay = QVBoxLayout(self._history)
            view = QUndoView(self.store.stack)
            view.setEmptyLabel("The engine's comparison")
            lay.addWidget(view)
        self._history.show()
        self._history.raise_()
