"""The row of article panes with connector strips between them, synchronised scrolling and focus.

When the panes do not fit, the row scrolls horizontally and each pane keeps a readable width.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QWidget

from viewer.core.model import Comparison
from viewer.ui.connectors import ConnectorStrip
from viewer.ui.pane import ArticlePane
from viewer.ui.syncmap import Anchor, map_offset


class PaneStrip(QScrollArea):
    claim_selected = Signal(str)
    article_close_requested = Signal(str)
    order_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.comparison = Comparison()
        self.panes: list[ArticlePane] = []
        self.strips: list[ConnectorStrip] = []
        self.sync_scrolling = True
        self._syncing = False  # the re-entrancy lock of synchronised scrolling
        self._selected: str | None = None
        self._container = QWidget()
        self._layout = QHBoxLayout(self._container)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.setSpacing(0)
        self.setWidget(self._container)

    # -- content -----------------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison, order: list[str] | None = None) -> None:
        """Show a comparison, articles in ``order`` (ids) where given; the selection is kept if it exists."""
        old_values = {p.article.path: p.scroll_value() for p in self.panes}
        self.comparison = comparison
        ids = [a.id for a in comparison.articles]
        if order:
            ids = [i for i in order if i in ids] + [i for i in ids if i not in order]
        # a pane whose article is unchanged is kept: only its highlights are redone
        reusable = {(p.article.id, p.article.text): p for p in self.panes}
        wanted = {(comparison.article(aid).id, comparison.article(aid).text) for aid in ids}
        for key, p in reusable.items():
            if key not in wanted:
                # an old pane must neither paint nor drive scrolling until Qt deletes it
                p.blockSignals(True)
                p.hide()
                p.deleteLater()
        while self._layout.count():
            self._layout.takeAt(0)
        self.panes = []
        for aid in ids:
            article = comparison.article(aid)
            pane = reusable.get((article.id, article.text))
            if pane is not None:
                pane.article = article
                pane.set_comparison(comparison)
            else:
                pane = ArticlePane(article, comparison)
                pane.claim_hovered.connect(self._on_pane_claim_hovered)
                pane.claim_activated.connect(self._on_pane_claim_activated)
                pane.close_requested.connect(self.article_close_requested)
                pane.move_requested.connect(self.move_article)
                pane.dropped_onto.connect(self._on_pane_dropped_onto)
                pane.scrolled.connect(self._on_pane_scrolled)
            self.panes.append(pane)
        self._relayout()
        for p in self.panes:
            if p.article.path in old_values:
                p.set_scroll_value(old_values[p.article.path])
        if self._selected and self._selected not in {c.id for c in comparison.claims}:
            self._selected = None
        self._apply_focus(self._selected, scroll=False)

    def _relayout(self) -> None:
        while self._layout.count():
            self._layout.takeAt(0)
        for s in self.strips:
            s.hide()
            s.deleteLater()
        self.strips = []
        for i, pane in enumerate(self.panes):
            if i:
                strip = ConnectorStrip()
                strip.set_panes(self.panes[i - 1], pane, self.comparison)
                self.strips.append(strip)
                self._layout.addWidget(strip)
            self._layout.addWidget(pane, 1)
            pane.set_movable(i > 0, i < len(self.panes) - 1)

    def order(self) -> list[str]:
        return [p.article.id for p in self.panes]

    def pane_of(self, article_id: str) -> ArticlePane | None:
        for p in self.panes:
            if p.article.id == article_id:
                return p
        return None

    def move_article(self, article_id: str, delta: int) -> None:
        ids = self.order()
        if article_id not in ids:
            return
        i = ids.index(article_id)
        j = i + delta
        if not 0 <= j < len(ids):
            return
        self.panes.insert(j, self.panes.pop(i))
        self._relayout()
        self.ensureWidgetVisible(self.panes[j])
        self.order_changed.emit()

    def _on_pane_dropped_onto(self, dragged: str, target: str) -> None:
        """A pane dragged onto another takes its place; the ones between move up by one."""
        ids = self.order()
        if dragged in ids and target in ids:
            self.move_article(dragged, ids.index(target) - ids.index(dragged))

    # -- focus -------------------------------------------------------------------------------------
    def selected_claim(self) -> str | None:
        return self._selected

    def select_claim(self, claim_id: str | None, scroll: bool = True) -> None:
        """Select a claim: emphasise it and its aligned passages, and scroll them into view."""
        self._selected = claim_id
        self._apply_focus(claim_id, scroll=scroll)

    def _apply_focus(self, claim_id: str | None, scroll: bool, scroll_own: bool = True) -> None:
        focus: set[str] = set()
        if claim_id is not None:
            focus = {claim_id} | {c.id for c in self.comparison.aligned(claim_id)}
        for p in self.panes:
            p.set_focus(focus, claim_id)
        for s in self.strips:
            s.set_focus(focus)
        if claim_id is None or not scroll:
            return
        own = self.comparison.claim(claim_id).article
        self._syncing = True  # scrolling to passages must not trigger a synchronised scroll
        try:
            for p in self.panes:
                if p.article.id == own:
                    if scroll_own:
                        p.scroll_to_claim(claim_id)
                    self.ensureWidgetVisible(p, 0, 0)
                else:
                    hits = self.comparison.aligned_in(claim_id, p.article.id)
                    if hits:
                        p.scroll_to_claim(hits[0].id)
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

    # -- synchronised scrolling --------------------------------------------------------------------
    def anchors(self, source: ArticlePane, target: ArticlePane) -> list[Anchor]:
        out: list[Anchor] = []
        for c in self.comparison.claims_of(source.article.id):
            hits = self.comparison.aligned_in(c.id, target.article.id)
            if not hits:
                continue
            s0, s1 = source.claim_doc_span(c.id)
            spans = [target.claim_doc_span(h.id) for h in hits]
            out.append((s0, s1, min(y for y, _ in spans), max(y for _, y in spans)))
        return out

    def _on_pane_scrolled(self) -> None:
        source = self.sender()
        if not self._syncing and self.sync_scrolling and isinstance(source, ArticlePane):
            self._syncing = True
            try:
                self.sync_from(source)
            finally:
                self._syncing = False
        for s in self.strips:
            s.update()

    def sync_from(self, source: ArticlePane) -> None:
        """Scroll every other pane so that the passage at the middle of ``source`` is at their middle."""
        mid = source.scroll_value() + source.viewport_height() / 2
        for p in self.panes:
            if p is source:
                continue
            y = map_offset(self.anchors(source, p), mid, source.doc_height(), p.doc_height())
            p.set_scroll_value(y - p.viewport_height() / 2)
