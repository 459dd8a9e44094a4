"""The strip of article panes: connectors between them, synchronised scrolling, the selection and
the panes that hold its other side, the focus mode, and the view options every pane shares.

When the panes do not fit, the row scrolls horizontally and each pane keeps a readable width; building
the row, widths and loading are :class:`~viewer.ui.panerow.PaneRow`'s job.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal

from viewer.core.model import Status
from viewer.ui import panesync, sides
from viewer.ui.connectors import ConnectorStrip
from viewer.ui.pane import ArticlePane
from viewer.ui.panerow import MARGIN, PaneRow
from viewer.ui.rowgeometry import RowGeometry
from viewer.ui.syncmap import Anchor


class PaneStrip(PaneRow):
    claim_selected = Signal(str)
    claim_toggled = Signal(str)  # Ctrl+click on a passage
    claim_context_requested = Signal(object, str, QPoint)  # claim id or None, article id, screen point
    article_close_requested = Signal(str)
    basket: frozenset[str] = frozenset()  # passages picked for a reviewer's action

    def _connect_pane(self, pane: ArticlePane) -> None:
        pane.claim_hovered.connect(self._on_pane_claim_hovered)
        pane.claim_activated.connect(self._on_pane_claim_activated)
        pane.claim_toggled.connect(self.claim_toggled)
        pane.claim_context_requested.connect(self.claim_context_requested)
        pane.set_basket(self.basket)
        pane.close_requested.connect(self.article_close_requested)
        pane.move_requested.connect(self.move_article)
        pane.dropped_onto.connect(self._on_pane_dropped_onto)
        pane.scrolled.connect(self._on_pane_scrolled)
        pane.loaded.connect(self._on_pane_loaded)

    def show_far_pane(self, article_id: str) -> None:
        """A far stub was clicked: scroll the row to that pane, at the selected claim's passage there."""
        shown = self.shown_panes()
        i = next((k for k, p in enumerate(shown) if p.article.id == article_id), None)
        if i is None:
            return
        self.reveal_pane(i)
        if self._selected is not None:
            other = sides.counterpart(self.comparison, self._selected, article_id)
            if other is not None:
                self._syncing = True
                try:
                    shown[i].scroll_to_claim(other)
                finally:
                    self._syncing = False
        self._load_timer.start()

    def _after_filled(self) -> None:
        if self._selected and self._selected not in {c.id for c in self.comparison.claims}:
            self._selected = None
        self._apply_focus(self._selected, scroll=False)

    def _on_pane_loaded(self, positioned: bool) -> None:
        pane, source = self.sender(), self._sync_source
        if positioned or not isinstance(pane, ArticlePane) or pane is source:
            return
        if self.sync_scrolling and source is not None and source.is_loaded():
            # a pane that comes into view joins the others at the passage they show
            self._syncing = True
            try:
                self._sync_pane(source, pane)
            finally:
                self._syncing = False

    def move_article(self, article_id: str, delta: int) -> None:
        ids = self.order()
        if article_id not in ids:
            return
        shown = [p.article.id for p in self.shown_panes()]
        if self._only is not None and article_id in shown:  # focus mode: past the next pane in view
            k = shown.index(article_id) + delta
            if not 0 <= k < len(shown):
                return
            delta = ids.index(shown[k]) - ids.index(article_id)
        i = ids.index(article_id)
        j = i + delta
        if not 0 <= j < len(ids):
            return
        self.panes.insert(j, self.panes.pop(i))
        self._relayout()
        shown = self.shown_panes()
        if self.panes[j] in shown:
            self.reveal_pane(shown.index(self.panes[j]))
        self.order_changed.emit()

    def _on_pane_dropped_onto(self, dragged: str, target: str) -> None:
        """A pane dragged onto another takes its place; the ones between move up by one."""
        ids = self.order()
        if dragged in ids and target in ids:
            self.move_article(dragged, ids.index(target) - ids.index(dragged))

    def selected_claim(self) -> str | None:
        return self._selected

    def set_basket(self, claim_ids: frozenset[str]) -> None:
        """Mark the passages picked for a reviewer's action (a dashed frame in their panes)."""
        self.basket = claim_ids
        for p in self._all_panes():
            p.set_basket(claim_ids)

    def select_claim(self, claim_id: str | None, scroll: bool = True) -> None:
        """Select a claim: emphasise it and its aligned passages, scroll them into view, and bring the
        panes that hold its other side next to it."""
        self._selected = claim_id
        self._apply_focus(claim_id, scroll=scroll)
        if claim_id is not None and scroll:
            self.bring_partners(claim_id)

    def bring_partners(self, claim_id: str) -> None:
        """Show the panes of the claim's other side beside its own. The row scrolls to show them when
        they fit in the viewport together; panes that disagree with it and do not fit are moved next to
        it (aligned panes only scroll into view: with many sources, the stubs lead to the others)."""
        comp = self.comparison
        own_id = comp.claim(claim_id).article
        shown = [p.article.id for p in self.shown_panes()]
        if own_id not in shown:
            return
        disagreeing = [a for a in sides.disagreeing_articles(comp, claim_id) if a in shown]
        partners = [a for a in sides.partner_articles(comp, claim_id) if a in shown]
        view = self.viewport().width()
        fits = max(1, (view - 2 * MARGIN + ConnectorStrip.WIDTH) // (self._pane_width + ConnectorStrip.WIDTH))
        wanted = [own_id, *disagreeing[: max(0, fits - 1)]]
        if not self._fit(shown, wanted, view):
            # too far apart: the disagreeing panes go to the right of the claim's (left at the row's end)
            order = [a for a in shown if a not in wanted[1:]]
            at = order.index(own_id) + 1
            if at + len(wanted) - 1 > len(order) and at - 1 >= len(wanted) - 1:
                at -= 1
            order[at:at] = wanted[1:]
            self._reorder(order + [p.article.id for p in self.panes if p.article.id not in order])
            shown = order
        # then as many aligned panes as fit beside them, nearest first
        rest = sorted(
            (a for a in partners if a not in wanted), key=lambda a: abs(shown.index(a) - shown.index(own_id))
        )
        for a in rest:
            if self._fit(shown, [*wanted, a], view):
                wanted.append(a)
        self.reveal_panes([shown.index(a) for a in wanted], keep=shown.index(own_id))
        self._load_timer.start()

    def _fit(self, shown: list[str], ids: list[str], view: int) -> bool:
        """These panes of the row fit in the viewport together."""
        geo = RowGeometry(
            [self._width_of(self.comparison.article(a)) for a in shown], ConnectorStrip.WIDTH, MARGIN
        )
        idx = [shown.index(a) for a in ids]
        return geo.x(max(idx)) + geo.widths[max(idx)] - geo.x(min(idx)) + 2 * MARGIN <= view

    def _apply_focus(self, claim_id: str | None, scroll: bool, scroll_own: bool = True) -> None:
        focus: set[str] = set()
        if claim_id is not None:
            focus = {claim_id} | {c.id for c in self.comparison.aligned(claim_id)}
        self._focus_set = focus
        for p in self.panes:
            p.set_focus(focus, claim_id)
        for s in self.strips:
            s.set_focus(focus)
        if claim_id is None or not scroll:
            return
        self.finish_filling()
        own = self.comparison.claim(claim_id).article
        self._syncing = True  # scrolling to passages must not trigger a synchronised scroll
        try:
            for i, p in enumerate(self.shown_panes()):
                if p.article.id == own:
                    if scroll_own:
                        p.scroll_to_claim(claim_id)
                        self.reveal_pane(i)
                else:
                    other = sides.counterpart(self.comparison, claim_id, p.article.id)
                    if other is not None:
                        p.scroll_to_claim(other)
        finally:
            self._syncing = False
        for s in self.strips:
            s.update()

    def _on_pane_claim_hovered(self, claim_id: str | None) -> None:
        if claim_id is None:
            self._apply_focus(self._selected, scroll=False)
        else:
            # the pointer is on the passage: move the others, never the pane under the pointer
            self._apply_focus(claim_id, scroll=True, scroll_own=False)

    def _on_pane_claim_activated(self, claim_id: str) -> None:
        self.select_claim(claim_id)
        self.claim_selected.emit(claim_id)

    def focus_mode(self) -> list[str] | None:
        """The articles shown side by side in focus mode, or None when every pane is shown."""
        return None if self._only is None else list(self._only)

    def set_focus_mode(self, article_ids: list[str] | None) -> None:
        """Show only these articles' panes, side by side, or every pane again (None)."""
        self.finish_filling()
        if article_ids is not None:
            article_ids = [p.article.id for p in self.panes if p.article.id in set(article_ids)]
            if len(article_ids) < 1:
                article_ids = None
        if article_ids == self._only:
            return
        self._only = article_ids
        self._relayout()
        self.horizontalScrollBar().setValue(0)
        if self._selected is not None:
            self._apply_focus(self._selected, scroll=True)
            shown = self.shown_panes()
            own = self.comparison.claim(self._selected).article
            keep = next((i for i, p in enumerate(shown) if p.article.id == own), None)
            if keep is not None:
                self.reveal_pane(keep)
        self.focus_mode_changed.emit()

    def set_text_size(self, point_size: float, compact: bool) -> None:
        """The text size of every pane (zoom) and the density of their headers."""
        self.text_size = (point_size, compact)
        for p in self._all_panes():
            p.set_text_size(point_size, compact)
        self._load_timer.start()

    def set_dimmed(self, statuses: frozenset[Status]) -> None:
        """Claims of these statuses are drawn without tint in every pane (and faint between them)."""
        self.dimmed = frozenset(statuses)
        for p in self._all_panes():
            p.set_dimmed(self.dimmed)
        for s in self.strips:
            s.set_dimmed(self.dimmed)

    def anchors(self, source: ArticlePane, target: ArticlePane) -> list[Anchor]:
        return panesync.anchors(self.comparison, source, target)

    def _on_pane_scrolled(self) -> None:
        source = self.sender()
        if not self._syncing and self.sync_scrolling and isinstance(source, ArticlePane):
            self._sync_source = source
            self._syncing = True
            try:
                self.sync_from(source)
            finally:
                self._syncing = False
        for s in self.strips:
            s.update()

    def sync_from(self, source: ArticlePane) -> None:
        """Scroll every other pane so that the passage at the middle of ``source`` is at their middle.

        Panes whose text is not loaded yet are left alone: they follow when they load."""
        for p in self.panes:
            if p is not source and p.is_loaded():
                self._sync_pane(source, p)

    def _sync_pane(self, source: ArticlePane, p: ArticlePane) -> None:
        panesync.sync_pane(self.comparison, source, p)
