"""The row of article panes behind the strip: built in batches, fixed widths, loaded when seen.

Every pane gets a fixed width, worked out here from the viewport (or dragged by the user on the connector
to its right): a layout left to share the width out by size hints went back and forth with the panes'
contents, and a strip of fifty panes was laid out dozens of times after each analysis.

A comparison of many articles is shown without blocking the window: its panes are built a few at a
time, one batch per turn of the event loop (``filled`` says when the last is there), and a pane's text
is loaded and laid out only when the pane comes near the visible part of the row. In focus mode the row
holds only some of the panes; the others stay built, hidden.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QWidget

from viewer.core.model import Article, Comparison, Status
from viewer.ui.connectors import ConnectorStrip
from viewer.ui.pane import PANE_MIN_WIDTH, TEXT_POINT_SIZE, ArticlePane
from viewer.ui.rowgeometry import RowGeometry

MARGIN = 4  # around the row of panes


class PaneRow(QScrollArea):
    order_changed = Signal()
    zoom_requested = Signal(int)  # Ctrl+wheel over a pane: +1 / -1
    filled = Signal()  # the panes of a comparison built in batches are all there
    focus_mode_changed = Signal()

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
        self._sync_source: ArticlePane | None = None  # the pane the others last followed
        self._container = QWidget()
        self._layout = QHBoxLayout(self._container)
        self._layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._layout.setSpacing(0)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.setWidget(self._container)
        self._pane_width = PANE_MIN_WIDTH
        self._widths: dict[str, int] = {}  # panes the user sized, by article path (or id)
        self._only: list[str] | None = None  # focus mode: the articles shown side by side
        self._focus_set: set[str] = set()
        self.text_size: tuple[float, bool] = (TEXT_POINT_SIZE, False)
        self.dimmed: frozenset[Status] = frozenset()
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
        if self._only is not None:
            self._only = None
            self.focus_mode_changed.emit()
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
            self._update_stub_rows()  # once a batch: per pane it cost n² with hundreds of articles
        self.load_visible()
        if self.is_filling():
            self._batch_timer.start()  # owned by the strip: it dies with it
            return
        self._reusable, self._old_values = {}, {}
        steps, self._steps = self._steps, []
        for step in steps:
            step()
        self._after_filled()
        if self._lazy:
            self.filled.emit()

    def _new_pane(self, article: Article) -> ArticlePane:
        pane = ArticlePane(article, self.comparison, load=not self._lazy)
        pane.set_text_size(*self.text_size)
        pane.set_dimmed(self.dimmed)
        pane.zoom_requested.connect(self.zoom_requested)
        self._connect_pane(pane)
        return pane

    def _connect_pane(self, pane: ArticlePane) -> None:
        """Connect a new pane's signals (the strip above listens to them)."""

    def show_far_pane(self, article_id: str) -> None:
        """Bring a pane a far stub leads to into view (the strip above also shows the passage)."""

    def _after_filled(self) -> None:
        """The last pane of a comparison is placed (the strip above restores its selection)."""

    def _place(self, pane: ArticlePane, i: int, n: int) -> None:
        """Put a pane at the end of the row (it is the i-th of n), after a connector to the one before;
        in focus mode a pane outside the focus stays out of the row, hidden."""
        if self._only is not None and pane.article.id not in self._only:
            pane.hide()
            self.panes.append(pane)
            return
        prev = self.shown_panes()[-1:] if self._only is not None else self.panes[-1:]
        if prev:
            strip = ConnectorStrip()
            strip.set_panes(prev[0], pane, self.comparison)
            strip.resize_dragged.connect(self._on_connector_resize_dragged)
            strip.reset_requested.connect(self.reset_widths)
            strip.far_pane_requested.connect(self.show_far_pane)
            strip.set_focus(self._focus_set)
            strip.set_dimmed(self.dimmed)
            self.strips.append(strip)
            self._layout.addWidget(strip)
        pane.setFixedWidth(self._width_of(pane.article))
        self._layout.addWidget(pane)
        if pane.isHidden() and pane.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
            pane.show()  # hidden by a focus mode (new panes are shown by the layout, in a later turn)
        pane.set_movable(i > 0, i < n - 1)
        self.panes.append(pane)

    def _relayout(self) -> None:
        self._clear_layout()
        placed, self.panes = self.panes, []
        for i, pane in enumerate(placed):
            self._place(pane, i, len(placed))
        self._update_stub_rows()
        self._set_pane_width(self._fitting_width(), force=True)
        self._load_timer.start()

    def shown_panes(self) -> list[ArticlePane]:
        """The panes in the row: all of them, or those of the focus mode."""
        if self._only is None:
            return list(self.panes)
        return [p for p in self.panes if p.article.id in self._only]

    def _reorder(self, ids: list[str]) -> None:
        """Put the panes in this order and tell the window (the claims list follows it)."""
        if ids == [p.article.id for p in self.panes]:
            return
        by_id = {p.article.id: p for p in self.panes}
        rest = [p for p in self.panes if p.article.id not in ids]
        self.panes = [by_id[i] for i in ids if i in by_id] + rest
        self._relayout()
        self.order_changed.emit()

    def order(self) -> list[str]:
        self.finish_filling()
        return [p.article.id for p in self.panes]

    def pane_of(self, article_id: str) -> ArticlePane | None:
        self.finish_filling()
        for p in self.panes:
            if p.article.id == article_id:
                return p
        return None

    def _update_stub_rows(self) -> None:
        shown = self.shown_panes()
        row = tuple(p.article.id for p in shown)
        for s in self.strips:
            s.set_row(row)
        if self._only is not None:  # the move buttons move among the panes in view
            for k, p in enumerate(shown):
                p.set_movable(k > 0, k < len(shown) - 1)

    def _row_ids(self) -> list[str]:
        """The articles the row holds or will hold once built, in order."""
        ids = [p.article.id for p in self.panes] + self._plan[len(self.panes) :]
        if self._only is not None:
            return [i for i in ids if i in self._only]
        return ids

    def _key(self, article: Article) -> str:
        return article.path or article.id

    def _width_of(self, article: Article) -> int:
        return self._widths.get(self._key(article), self._pane_width)

    def _geometry(self) -> RowGeometry:
        widths = [self._width_of(self.comparison.article(i)) for i in self._row_ids()]
        return RowGeometry(widths, ConnectorStrip.WIDTH, MARGIN)

    def _fitting_width(self) -> int:
        """The width of every pane the user did not size: they share the viewport, but none is narrower
        than readable."""
        arts = [self.comparison.article(i) for i in self._row_ids()]
        fixed = [self._widths[self._key(a)] for a in arts if self._key(a) in self._widths]
        n = max(1, len(arts) - len(fixed))
        room = (
            self.viewport().width() - 2 * MARGIN - max(0, len(arts) - 1) * ConnectorStrip.WIDTH - sum(fixed)
        )
        return max(PANE_MIN_WIDTH, room // n)

    def _set_pane_width(self, width: int, force: bool = False) -> None:
        """Give every pane its width and the row the width of all its panes, those to come included, so
        that a batch of new panes moves none of those already there."""
        if width == self._pane_width and not force:
            return
        self._pane_width = width
        self._container.setFixedWidth(self._geometry().total())
        for p in self.shown_panes():
            p.setFixedWidth(self._width_of(p.article))

    def set_pane_width(self, article_id: str, width: int) -> None:
        """Give one article's pane a width of its own (what dragging a connector does)."""
        pane = self.pane_of(article_id)
        if pane is None:
            return
        self._widths[self._key(pane.article)] = max(PANE_MIN_WIDTH, int(width))
        self._set_pane_width(self._fitting_width(), force=True)
        self._load_timer.start()

    def reset_widths(self) -> None:
        """Panes the user sized share the viewport with the others again."""
        self._widths = {}
        self._set_pane_width(self._fitting_width(), force=True)
        self._load_timer.start()

    def _on_connector_resize_dragged(self, width: int) -> None:
        strip = self.sender()
        if isinstance(strip, ConnectorStrip) and strip.left is not None:
            self.set_pane_width(strip.left.article.id, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._set_pane_width(self._fitting_width())
        self._load_timer.start()

    def pane_x(self, index: int) -> int:
        """Where the index-th pane of the row starts (every pane and connector has a fixed width)."""
        return self._geometry().x(index)

    def reveal_pane(self, index: int) -> None:
        """Scroll the row just enough to show the index-th pane whole (worked out from the fixed widths,
        so it also holds for panes that were built in this turn and are not laid out yet)."""
        self.reveal_panes([index], keep=index)

    def reveal_panes(self, indexes: list[int], keep: int | None = None) -> None:
        """Scroll the row to show these panes whole, or pane ``keep`` when they do not all fit."""
        bar = self.horizontalScrollBar()
        self._container.adjustSize()  # the scroll range follows the row's width now, not at its layout
        bar.setValue(self._geometry().reveal(indexes, bar.value(), self.viewport().width(), keep))

    def pane_fully_visible(self, pane: ArticlePane) -> bool:
        """The pane lies wholly inside the strip's viewport (public for tests)."""
        shown = self.shown_panes()
        if pane not in shown:
            return False
        x, v = self.pane_x(shown.index(pane)), self.horizontalScrollBar().value()
        return x >= v and x + self._width_of(pane.article) <= v + self.viewport().width()

    def load_visible(self) -> None:
        """Load the text of the panes in view, and of one pane's width either side of it."""
        shown = self.shown_panes()
        v = self.horizontalScrollBar().value()
        left, right = v - self._pane_width, v + self.viewport().width() + self._pane_width
        for i in self._geometry().in_range(left, right):
            if i < len(shown):
                shown[i].load()
