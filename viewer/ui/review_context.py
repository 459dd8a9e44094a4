"""Context menus of the panes, the claims list and the details panel, and the details panel's links:
each offers the review actions on what was right-clicked (with the passages picked before).

The menus reuse the window's QActions (so they show their shortcuts); while a menu is open, the actions
work on the passages it was opened on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, QUrl
from PySide6.QtWidgets import QMenu

from viewer.core.model import Claim, Disagreement


def popup(menu: QMenu, pos: QPoint) -> None:
    """Show a context menu and wait for the choice (tests put a chooser here)."""
    menu.exec(pos)


class ContextMenus(QObject):
    def __init__(self, actions: Any) -> None:  # the window's ReviewActions (which import this module)
        super().__init__(actions)
        self.a = actions
        window = actions.w
        window.strip.claim_context_requested.connect(self._on_strip_claim_context_requested)
        view = window.sidebar.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_sidebar_context_requested)
        window.details.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.details.customContextMenuRequested.connect(self._on_details_context_requested)
        window.details.anchorClicked.connect(self._on_details_anchor_clicked)

    def context_menu(self, claim_ids: list[str], article_id: str | None = None) -> QMenu:
        """The menu of actions on ``claim_ids`` (and on ``article_id``'s details)."""
        menu = QMenu(self.a.w)
        self.a._context, self.a._context_article = claim_ids, article_id
        self.a._update_enabled()
        comp = self.a.w.comparison
        menu.addAction(self.a.join_action)
        menu.addAction(self.a.separate_action)
        menu.addAction(self.a.split_action)
        menu.addSeparator()
        found = comp.disagreements_of(claim_ids[0]) if claim_ids else []
        if len(claim_ids) > 1:
            found = [d for d in found if set(claim_ids) <= set(d.claims)]
        if len(found) > 1:
            # a claim in several disagreements: one entry for each, named by the other side's article
            for title, slot in (
                ("Not a &Contradiction", self.a.dismiss),
                ("Con&firm Contradiction", self.a.confirm),
            ):
                sub = menu.addMenu(title)
                for dis in found:
                    sub.addAction(self._with(dis), lambda _=False, d=dis, s=slot: s(d))
        else:
            menu.addAction(self.a.dismiss_action)
            menu.addAction(self.a.confirm_action)
        menu.addAction(self.a.disagree_action)
        menu.addSeparator()
        menu.addAction(self.a.note_action)
        for dis in found:
            menu.addAction(
                f"Note on the Contradiction {self._with(dis)}…",
                lambda _=False, d=dis: self.a.note_disagreement(d),
            )
        if claim_ids and any(claim_ids[0] in k.claims for k in comp.dismissed):
            menu.addAction(
                "&Restore the Dismissed Contradiction", lambda _=False, c=claim_ids[0]: self.a.restore(c)
            )
        menu.addSeparator()
        menu.addAction(self.a.pick_action)
        menu.addAction(self.a.clear_pick_action)
        menu.addAction(self.a.article_action)
        return menu

    def _with(self, dis: Disagreement) -> str:
        comp = self.a.w.comparison
        arts = dict.fromkeys(comp.claim(c).article for c in dis.claims)
        return "with " + " / ".join(arts)

    def _exec_menu(self, menu: QMenu, pos: QPoint) -> None:
        try:
            popup(menu, pos)
        finally:
            self.a._context, self.a._context_article = None, None
            menu.deleteLater()
            self.a._update_enabled()

    def _on_strip_claim_context_requested(self, claim_id: object, article_id: str, pos: QPoint) -> None:
        ids: list[str] = []
        if isinstance(claim_id, str):
            # the right-clicked passage first, then those picked before
            ids = [claim_id, *(c for c in self.a.basket if c != claim_id)]
            if not self.a.basket:
                self.a.w.select_claim(claim_id)
        pane = self.a.w.strip.pane_of(article_id)
        menu = self.context_menu(ids, article_id)
        if pane is not None:
            menu.addSeparator()
            copy = menu.addAction("&Copy", pane.text.copy)
            copy.setEnabled(pane.text.textCursor().hasSelection())
        self._exec_menu(menu, pos)

    def _on_sidebar_context_requested(self, pos: QPoint) -> None:
        view = self.a.w.sidebar.view
        index = view.indexAt(pos)
        c = index.data(Qt.ItemDataRole.UserRole)
        ids = self.a.w.sidebar.selected_claims()
        if isinstance(c, Claim) and c.id not in ids:
            ids = [c.id]
        elif not isinstance(c, Claim) and index.isValid():
            # a section row: its claims (split the group, note…)
            model = index.model()
            first = model.index(0, 0, index.siblingAtColumn(0)).data(Qt.ItemDataRole.UserRole)
            ids = [first.id] if isinstance(first, Claim) else []
        article = self.a.w.comparison.claim(ids[0]).article if ids else None
        self._exec_menu(self.context_menu(ids, article), view.viewport().mapToGlobal(pos))

    def _on_details_context_requested(self, pos: QPoint) -> None:
        details = self.a.w.details
        cid = details.claim_id
        ids = [c for c in self.a.basket if c != cid] + ([cid] if cid else [])
        ids = ids[-1:] + ids[:-1]  # the claim shown first, then the picked ones
        menu = self.context_menu(ids, self.a.w.comparison.claim(cid).article if cid else None)
        menu.addSeparator()
        copy = menu.addAction("&Copy", details.copy)
        copy.setEnabled(details.textCursor().hasSelection())
        self._exec_menu(menu, details.viewport().mapToGlobal(pos))

    def _on_details_anchor_clicked(self, url: QUrl) -> None:
        """Links of the details panel's review section: review:ACTION:INDEX (a disagreement's index)."""
        if url.scheme() != "review":
            return
        action, _, rest = url.path().partition(":")
        cid = self.a.w.details.claim_id
        if cid is None:
            return
        found = self.a.w.comparison.disagreements_of(cid)
        dis = found[int(rest)] if rest.isdigit() and int(rest) < len(found) else None
        self.a._context = [cid]
        try:
            if action == "dismiss" and dis is not None:
                self.a.dismiss(dis)
            elif action == "confirm" and dis is not None:
                self.a.confirm(dis)
            elif action == "note" and dis is not None:
                self.a.note_disagreement(dis)
            elif action == "note":
                self.a.note()
            elif action == "restore":
                self.a.restore(cid)
            elif action == "separate":
                self.a.separate()
        finally:
            self.a._context = None
