"""The row of article panes with connector strips between them, synchronised scrolling and focus.

When the panes do not fit, the row scrolls horizontally and each pane keeps a readable width.

Every pane gets the same fixed width, worked out here from the viewport: a layout left to share the
width out by size hints went back and forth with the panes' contents, and a strip of fifty panes was
laid out dozens of times after each analysis.

A comparison of many articles is shown without blocking the window: its panes are built a few at a
time, one batch per turn of the event loop (``filled`` says when the last is there), and a pane's text
is loaded and laid out only when the pane comes near the visible part of the row.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QWidget

from viewer.core.model import Article, Comparison
from viewer.ui.connectors import ConnectorStrip
from viewer.ui.pane import PANE_MIN_WIDTH, ArticlePane
from viewer.ui.syncmap import Anchor, map_offset

MARGIN = 4  # around the row of panes


class PaneStrip(QScrollArea):
    claim_selected = Signal(str)
    claim_toggled = Signal(str)  # Ctrl+click on a passage
    claim_context_requested = Signal(object, str, QPoint)  # claim id or None, article id, screen point
    article_close_requested = Signal(str)
    order_changed = Signal()
    filled = Signal()  # the panes of a comparison built in batches are all there

    # comparisons with more articles than this are built in batches and their panes load when seen
    lazy_above = 8
    batch_seconds = 0.02  # building panes yields to the event loop after about this long
    retire_per_turn = 20  # old panes and connectors deleted in one turn of the event loop

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
        self.basket: frozenset[str] = frozenset()  # passages picked for a reviewer's action
        self._sync_source: ArticlePane | None = None  # the pane the others last followed
        self._container = QWidget()
        self._layout = QHBoxLayout(self._container)
        self._layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._layout.setSpacing(0)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.setWidget(self._container)
        self._pane_width = PANE_MIN_WIDTH
        # what is still to be built: the article ids in order, the next index, and a generation that
        # a newer comparison bumps so that batches of the old one stop
        self._plan: list[str] = []
        self._next = 0
        self._generation = 0
        self._lazy = False
        self._reusable: dict[tuple[str, str], ArticlePane] = {}
        self._old_values: dict[str | None, int] = {}
        self._batch_timer = QTimer(self)
        self._batch_timer.setSingleShot(True)
        self._batch_timer.setInterval(0)
        self._batch_timer.timeout.connect(self._on_batch_timer_timeout)
        self._steps: list[Callable[[], None]] = []  # others' work, each in a turn between two batches
        self._batches = 0
        self._retired: list[QWidget] = []  # hidden, to be deleted a few per turn
        self._retire_timer = QTimer(self)
        self._retire_timer.setSingleShot(True)
        self._retire_timer.setInterval(0)
        self._retire_timer.timeout.connect(self._delete_retired)
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(0)
        self._load_timer.timeout.connect(self.load_visible)
        # (not connected to start() itself: the value would become the timer's interval)
        self.horizontalScrollBar().valueChanged.connect(lambda _value: self._load_timer.start())

    # -- content -----------------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison, order: list[str] | None = None) -> None:
        """Show a comparison, articles in ``order`` (ids) where given; the selection is kept if it exists.

        Small comparisons are built at once. Larger ones are built in batches, one per turn of the event
        loop: ``is_filling()`` is true until the last pane is there, and then ``filled`` is emitted.
        """
        self._old_values = {p.article.path: p.scroll_value() for p in self._all_panes()}
        self.comparison = comparison
        ids = [a.id for a in comparison.articles]
        if order:
            ids = [i for i in order if i in ids] + [i for i in ids if i not in order]
        # a pane whose article is unchanged is kept: only its highlights are redone
        reusable = {(p.article.id, p.article.text): p for p in self._all_panes()}
        wanted = {(comparison.article(aid).id, comparison.article(aid).text) for aid in ids}
        for key, p in list(reusable.items()):
            if key not in wanted:
                # an old pane must neither paint nor drive scrolling until Qt deletes it
                p.blockSignals(True)
                self._retire(p)
                del reusable[key]
        self._reusable = reusable
        self._clear_layout()
        self.panes = []
        self._plan, self._next = ids, 0
        self._steps = []
        self._batches = 0
        self._generation += 1
        self._lazy = len(ids) > self.lazy_above
        self._set_pane_width(self._fitting_width(), force=True)
        if self._sync_source is not None and self._sync_source not in reusable.values():
            self._sync_source = None
        # a large comparison builds no new pane in this turn: the rest of the window shows it first
        self._build(self._generation, build_new=not self._lazy)

    def run_between_batches(self, step: Callable[[], None]) -> None:
        """Run ``step`` in a turn of the event loop of its own while the panes are built in batches,
        or now if they are all there. A newer comparison drops it. Steps wait for two batches: the
        first batch's panes are painted in the turn after it, and that turn has enough to do."""
        if self.is_filling():
            self._steps.append(step)
        else:
            step()

    def _on_batch_timer_timeout(self) -> None:
        if self._steps and self._batches >= 2:
            self._steps.pop(0)()
            if self.is_filling():
                self._batch_timer.start()
            return
        self._build(self._generation)

    def is_filling(self) -> bool:
        """Panes of the current comparison are still to be built (in later turns of the event loop)."""
        return self._next < len(self._plan)

    def finish_filling(self) -> None:
        """Build the panes that are still to come now."""
        if self.is_filling():
            self._build(self._generation, budget=None)

    def _all_panes(self) -> list[ArticlePane]:
        """The panes built so far and those kept for reuse but not yet placed again."""
        placed = set(map(id, self.panes))
        return self.panes + [p for p in self._reusable.values() if id(p) not in placed]

    def _clear_layout(self) -> None:
        while self._layout.count():
            self._layout.takeAt(0)
        for s in self.strips:
            self._retire(s)
        self.strips = []

    def _retire(self, widget: QWidget) -> None:
        """Hide a widget now and delete it in a later turn, a few at a time: deleting the panes of a
        large comparison all at once blocked the window for ~100 ms."""
        widget.hide()
        self._retired.append(widget)
        self._retire_timer.start()

    def _delete_retired(self) -> None:
        chunk, self._retired = self._retired[: self.retire_per_turn], self._retired[self.retire_per_turn :]
        for widget in chunk:
            widget.deleteLater()
        if self._retired:
            self._retire_timer.start()

    def _build(self, generation: int, budget: float | None = -1.0, build_new: bool = True) -> None:
        """Place the next panes, building the new ones (unless not ``build_new``: then it stops at the
        first); a lazy build stops after ``batch_seconds``."""
        if generation != self._generation:
            return  # a newer comparison replaced this one
        if budget is not None and budget < 0:
            budget = self.batch_seconds if self._lazy else None
        t0 = time.perf_counter()
        n, start = len(self._plan), self._next
        while self._next < n:
            i = self._next
            article = self.comparison.article(self._plan[i])
            pane = self._reusable.pop((article.id, article.text), None)
            if pane is None and not build_new:
                break
            if pane is not None:
                pane.article = article
                pane.set_comparison(self.comparison)
            else:
                pane = self._new_pane(article)
            self._place(pane, i, n)
            if pane.article.path in self._old_values:
                pane.set_scroll_value(self._old_values[pane.article.path])
            self._next += 1
            if budget is not None and time.perf_counter() - t0 > budget:
                break
        if self._next > start:
            self._batches += 1
        self.load_visible()
        if self.is_filling():
            self._batch_timer.start()  # owned by the strip: it dies with it
            return
        self._reusable, self._old_values = {}, {}
        steps, self._steps = self._steps, []
        for step in steps:
            step()
        if self._selected and self._selected not in {c.id for c in self.comparison.claims}:
            self._selected = None
        self._apply_focus(self._selected, scroll=False)
        if self._lazy:
            self.filled.emit()

    def _new_pane(self, article: Article) -> ArticlePane:
        pane = ArticlePane(article, self.comparison, load=not self._lazy)
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
        return pane

    def _place(self, pane: ArticlePane, i: int, n: int) -> None:
        """Put a pane at the end of the row (it is the i-th of n), after a connector to the one before."""
        if self.panes:
            strip = ConnectorStrip()
            strip.set_panes(self.panes[-1], pane, self.comparison)
            self.strips.append(strip)
            self._layout.addWidget(strip)
        pane.setFixedWidth(self._pane_width)
        self._layout.addWidget(pane)
        pane.set_movable(i > 0, i < n - 1)
        self.panes.append(pane)

    def _relayout(self) -> None:
        self._clear_layout()
        placed, self.panes = self.panes, []
        for i, pane in enumerate(placed):
            self._place(pane, i, len(placed))
        self._load_timer.start()

    # -- widths and loading ------------------------------------------------------------------------
    def _fitting_width(self) -> int:
        """The width of every pane: they share the viewport, but none is narrower than readable."""
        n = max(1, len(self._plan))
        room = self.viewport().width() - 2 * MARGIN - (n - 1) * ConnectorStrip.WIDTH
        return max(PANE_MIN_WIDTH, room // n)

    def _set_pane_width(self, width: int, force: bool = False) -> None:
        """Give every pane ``width`` and the row the width of all its panes, those to come included, so
        that a batch of new panes moves none of those already there."""
        if width == self._pane_width and not force:
            return
        self._pane_width = width
        n = len(self._plan)
        self._container.setFixedWidth(2 * MARGIN + n * width + max(0, n - 1) * ConnectorStrip.WIDTH)
        for p in self.panes:
            p.setFixedWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._set_pane_width(self._fitting_width())
        self._load_timer.start()

    def pane_x(self, index: int) -> int:
        """Where the index-th pane starts in the row (every pane and connector has a fixed width)."""
        return MARGIN + index * (self._pane_width + ConnectorStrip.WIDTH)

    def reveal_pane(self, index: int) -> None:
        """Scroll the row just enough to show the index-th pane whole (worked out from the fixed widths,
        so it also holds for panes that were built in this turn and are not laid out yet)."""
        bar = self.horizontalScrollBar()
        self._container.adjustSize()  # the scroll range follows the row's width now, not at its layout
        x, view = self.pane_x(index), self.viewport().width()
        if x - MARGIN < bar.value():
            bar.setValue(x - MARGIN)
        elif x + self._pane_width + MARGIN > bar.value() + view:
            bar.setValue(x + self._pane_width + MARGIN - view)

    def load_visible(self) -> None:
        """Load the text of the panes in view, and of one pane's width either side of it."""
        left = self.horizontalScrollBar().value() - self._pane_width
        right = self.horizontalScrollBar().value() + self.viewport().width() + self._pane_width
        step = self._pane_width + ConnectorStrip.WIDTH
        first = max(0, (left - MARGIN) // step)
        for i in range(first, len(self.panes)):
            x = self.pane_x(i)
            if x > right:
                break
            pane = self.panes[i]
            if x + self._pane_width >= left:
                pane.load()

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

    def order(self) -> list[str]:
        self.finish_filling()
        return [p.article.id for p in self.panes]

    def pane_of(self, article_id: str) -> ArticlePane | None:
        self.finish_filling()
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
        self.reveal_pane(j)
        self.order_changed.emit()

    def _on_pane_dropped_onto(self, dragged: str, target: str) -> None:
        """A pane dragged onto another takes its place; the ones between move up by one."""
        ids = self.order()
        if dragged in ids and target in ids:
            self.move_article(dragged, ids.index(target) - ids.index(dragged))

    # -- focus -------------------------------------------------------------------------------------
    def selected_claim(self) -> str | None:
        return self._selected

    def set_basket(self, claim_ids: frozenset[str]) -> None:
        """Mark the passages picked for a reviewer's action (a dashed frame in their panes)."""
        self.basket = claim_ids
        for p in self._all_panes():
            p.set_basket(claim_ids)

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
        self.finish_filling()
        own = self.comparison.claim(claim_id).article
        self._syncing = True  # scrolling to passages must not trigger a synchronised scroll
        try:
            for i, p in enumerate(self.panes):
                if p.article.id == own:
                    if scroll_own:
                        p.scroll_to_claim(claim_id)
                    self.reveal_pane(i)
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
        mid = source.scroll_value() + source.viewport_height() / 2
        y = map_offset(self.anchors(source, p), mid, source.doc_height(), p.doc_height())
        p.set_scroll_value(y - p.viewport_height() / 2)
