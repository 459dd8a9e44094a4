"""One article pane: header (title, outlet, date, counts, move/close) and the read-only text with highlights.

The article text is always set as plain text; claims are marked with ``QTextEdit.ExtraSelection`` in the
status tint and underline style, so no markup ever reaches the text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from viewer.core.model import Article, Claim, Comparison, Status
from viewer.ui import highlights
from viewer.ui.overview import OverviewMap
from viewer.ui.pane_widgets import PANE_MIME, ArticleText, DragHandle, ElidedLabel, tool_button
from viewer.ui.review_marks import edited_note, paint_pane_marks
from viewer.ui.theme import counts_html, counts_text, plain_tooltip
from viewer.ui.tips import claim_tip

PANE_MIN_WIDTH = 200  # five panes and the claims list fit in 1600 pixels
SHORT_COUNTS_BELOW = 330  # pixels: a narrower pane's header counts lose their words
TEXT_POINT_SIZE = 10.5  # the articles' text at zoom 0; the compact density takes a point less


class ArticlePane(QFrame):
    """An article, its header and its overview map.

    A pane built with ``load=False`` shows its header only; its text is put in and laid out by
    ``load()``, which the strip calls when the pane comes near the visible part of the row (laying out
    two hundred articles that nobody sees is what kept a large comparison from showing). Until then
    scrolling and focus requests are remembered and applied on load.
    """

    claim_hovered = Signal(object)  # claim id or None
    claim_activated = Signal(str)
    claim_toggled = Signal(str)  # Ctrl+click: picked for a reviewer's action, or put back
    claim_context_requested = Signal(object, str, QPoint)  # claim id or None, article id, screen point
    close_requested = Signal(str)  # article id
    move_requested = Signal(str, int)  # article id, -1 left / +1 right
    dropped_onto = Signal(str, str)  # the dragged article's id, this pane's article id
    scrolled = Signal()
    loaded = Signal(bool)  # the text is in; True when a position asked for before was applied
    zoom_requested = Signal(int)  # Ctrl+wheel on the text: +1 / -1 for every pane

    def __init__(
        self, article: Article, comparison: Comparison, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        super().__init__(parent)
        self._loaded = False  # first: the frame's setters below already deliver change events
        self.article = article
        self.comparison = comparison
        self.setObjectName("ArticlePane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(PANE_MIN_WIDTH)
        self.setAcceptDrops(True)  # pane drags only; file drops go on to the window
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._claims = comparison.claims_of(article.id)
        self._spans: dict[str, tuple[float, float]] | None = None
        self.marks = highlights.PaneMarks()
        self._pending_scroll: float | None = None  # a scroll value or a claim to show, applied on load
        self._pending_claim: str | None = None

        self.title_label = ElidedLabel(max_lines=2)  # narrow panes: two lines of the title
        tf = QFont(self.font())
        tf.setBold(True)
        tf.setPointSizeF(tf.pointSizeF() * 1.1)
        self.title_label.setFont(tf)
        self.meta_label = ElidedLabel()
        self.meta_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.counts_label = QLabel()
        self._short_counts, self._counts = False, {}  # the counts, last written without their words?
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)

        self.left_button = tool_button("◀", "Move this article left")
        self.right_button = tool_button("▶", "Move this article right")
        self.close_button = tool_button("✕", "Close this article (the others are analysed again)")
        self.left_button.clicked.connect(lambda: self.move_requested.emit(self.article.id, -1))
        self.right_button.clicked.connect(lambda: self.move_requested.emit(self.article.id, 1))
        self.close_button.clicked.connect(lambda: self.close_requested.emit(self.article.id))

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.drag_handle = DragHandle(article.id)
        top.addWidget(self.drag_handle)
        top.addWidget(self.title_label, 1)
        for b in (self.left_button, self.right_button, self.close_button):
            top.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        header = QWidget()
        header.setObjectName("PaneHeader")
        hl = self._header_layout = QVBoxLayout(header)
        hl.setContentsMargins(8, 6, 4, 6)
        hl.setSpacing(2)
        hl.addLayout(top)
        hl.addWidget(self.meta_label)
        hl.addWidget(self.counts_label)

        self.text = ArticleText()
        self.overview = OverviewMap()
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.text, 1)
        body.addWidget(self.overview)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(header)
        lay.addLayout(body, 1)

        self.text.pointer_moved.connect(self._on_text_pointer_moved)
        self.text.zoom_requested.connect(self.zoom_requested)
        self.text.clicked.connect(self._on_text_clicked)
        self.text.tooltip_provider = self.tooltip_at
        self.basket: frozenset[str] = frozenset()  # passages picked for a reviewer's action
        self.text.overlay = lambda painter: paint_pane_marks(self, painter)
        self.text.context_requested.connect(self._on_text_context_requested)
        self.text.claims_of_selection = lambda start, end: [
            c.id for c in self.comparison.claims_in_range(self.article.id, start, end)
        ][:1]
        self.text.verticalScrollBar().valueChanged.connect(self._on_scrollbar_value_changed)
        self.text.verticalScrollBar().rangeChanged.connect(self._update_view_frame)
        self.overview.jump_requested.connect(self._on_overview_jump_requested)
        # claim positions depend on the layout: drop them whenever the document is laid out anew
        self._geometry_timer = QTimer(self)
        self._geometry_timer.setSingleShot(True)
        self._geometry_timer.setInterval(0)
        self._geometry_timer.timeout.connect(self.refresh_geometry)
        self.text.document().documentLayout().documentSizeChanged.connect(self._on_document_size_changed)
        self._fill_header()
        if load:
            self.load()

    def is_loaded(self) -> bool:
        return self._loaded

    def has_pending_position(self) -> bool:
        """A scroll value or claim to show was asked for before the text was loaded."""
        return self._pending_scroll is not None or self._pending_claim is not None

    def load(self) -> None:
        """Put the text in, with its highlights and overview, and go where a request asked before."""
        if self._loaded:
            return
        self._loaded = True
        self.text.setPlainText(self.article.text)
        self._apply_highlights()
        self.refresh_geometry()
        # the document layout tells the text view its new height from a timer, so the scroll range
        # would still be that of the empty text: pass the height on now, or the requests below (and a
        # strip's synchronised scrolling right after) would be clamped to the top
        layout = self.text.document().documentLayout()
        layout.documentSizeChanged.emit(layout.documentSize())
        claim, value = self._pending_claim, self._pending_scroll
        self._pending_claim = self._pending_scroll = None
        if claim is not None:
            self.scroll_to_claim(claim)
        elif value is not None:
            self.set_scroll_value(value)
        self.loaded.emit(claim is not None or value is not None)

    def set_comparison(self, comparison: Comparison) -> None:
        """Show a new comparison of the same article: highlights and counts change, the laid-out
        text stays (laying out a long article again is what makes adding one article slow)."""
        self.comparison = comparison
        self._claims = comparison.claims_of(self.article.id)
        known = {c.id for c in self._claims}
        m = self.marks
        m.focus &= known
        if m.primary not in known:
            m.primary = None
        if m.hovered not in known:
            m.hovered = None
        self._spans = None
        if self._pending_claim not in known:
            self._pending_claim = None
        self._fill_header()
        if self._loaded:
            self._apply_highlights()
            self.refresh_geometry()

    def set_text_size(self, point_size: float, compact: bool) -> None:
        """The text's size (the strip zooms all panes together) and the header's density."""
        f = self.text.font()
        if f.pointSizeF() != point_size:
            f.setPointSizeF(point_size)
            self.text.setFont(f)  # the document is laid out again: claim positions follow
        self.text.document().setDocumentMargin(5 if compact else 10)
        self._header_layout.setContentsMargins(*((6, 2, 2, 2) if compact else (8, 6, 4, 6)))
        self.meta_label.setVisible(not compact)
        self.title_label.set_max_lines(1 if compact else 2)
        # narrow panes give the title the room: the grip still moves the article
        self.left_button.setVisible(not compact)
        self.right_button.setVisible(not compact)

    def text_point_size(self) -> float:
        return self.text.font().pointSizeF()

    def _fill_header(self) -> None:
        a = self.article
        self.setAccessibleName(f"Article {a.id}: {a.title or 'untitled'}")
        self.text.setAccessibleName(f"Text of article {a.id}, {a.outlet or a.title or 'outlet unknown'}")
        self.title_label.set_full_text(a.title or "(untitled)")
        self.title_label.setToolTip(plain_tooltip(f"{a.title}\n{a.path or ''}".strip()))
        meta = [a.outlet or "Outlet unknown", a.published or "date unknown"]
        if a.path:
            meta.append(a.path.rsplit("/", 1)[-1])
        edited = edited_note(self.comparison, a)
        self.meta_label.set_full_text(("✎ " if edited else "") + f"{a.id}  ·  " + "  ·  ".join(meta))
        tip_lines = [a.path or "", edited, *(f"Note: {n}" for n in a.notes)]
        self.meta_label.setToolTip(plain_tooltip("\n".join(x for x in tip_lines if x)))
        self._counts = self.comparison.counts(a.id)
        self._write_counts()
        self.counts_label.setToolTip(counts_text(self._counts))

    def _write_counts(self) -> None:
        # a narrow pane keeps the symbols and numbers (the words are in the tooltip)
        self._short_counts = self.width() < SHORT_COUNTS_BELOW
        self.counts_label.setText(counts_html(self._counts, short=self._short_counts))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if (self.width() < SHORT_COUNTS_BELOW) != self._short_counts:
            self._write_counts()  # the counts are kept: counting a large comparison again is not cheap

    def set_movable(self, left: bool, right: bool) -> None:
        self.left_button.setEnabled(left)
        self.right_button.setEnabled(right)

    # -- geometry of claims ------------------------------------------------------------------------
    def _doc_y(self, offset: int, bottom: bool = False) -> float:
        doc = self.text.document()
        offset = max(0, min(offset, doc.characterCount() - 1))
        block = doc.findBlock(offset)
        rect = doc.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return rect.bottom() if bottom else rect.top()
        line = layout.lineForTextPosition(offset - block.position())
        if not line.isValid():
            return rect.bottom() if bottom else rect.top()
        return rect.top() + (line.y() + line.height() if bottom else line.y())

    def claim_doc_span(self, claim_id: str) -> tuple[float, float]:
        """Top and bottom of a claim in document pixels (independent of scrolling); loads the text."""
        self.load()
        if self._spans is None:
            self._spans = {}
            for c in self._claims:
                self._spans[c.id] = (self._doc_y(c.start), self._doc_y(max(c.start, c.end - 1), True))
        return self._spans.get(claim_id, (0.0, 0.0))

    def claim_view_span(self, claim_id: str) -> tuple[float, float]:
        """Top and bottom of a claim in the text viewport's coordinates."""
        y0, y1 = self.claim_doc_span(claim_id)
        v = self.text.verticalScrollBar().value()
        return y0 - v, y1 - v

    def doc_height(self) -> float:
        return max(1.0, self.text.document().size().height())

    def scroll_value(self) -> int:
        if not self._loaded and self._pending_scroll is not None:
            return round(self._pending_scroll)
        return self.text.verticalScrollBar().value()

    def set_scroll_value(self, value: float) -> None:
        if not self._loaded:
            self._pending_scroll, self._pending_claim = value, None
            return
        self.text.verticalScrollBar().setValue(round(value))

    def viewport_height(self) -> int:
        return self.text.viewport().height()

    def visible_claims(self) -> list[Claim]:
        if not self._loaded:
            return []
        top = self.scroll_value()
        bottom = top + self.viewport_height()
        out = []
        for c in self._claims:
            y0, y1 = self.claim_doc_span(c.id)
            if y1 >= top and y0 <= bottom:
                out.append(c)
        return out

    def is_claim_visible(self, claim_id: str) -> bool:
        if not self._loaded:
            return False
        y0, y1 = self.claim_view_span(claim_id)
        return y0 >= 0 and y1 <= self.viewport_height()

    def scroll_to_claim(self, claim_id: str) -> None:
        """Bring a claim into view, centred, unless it is already wholly visible."""
        if not self._loaded:
            self._pending_claim, self._pending_scroll = claim_id, None
            return
        if self.is_claim_visible(claim_id):
            return
        y0, y1 = self.claim_doc_span(claim_id)
        self.set_scroll_value((y0 + y1) / 2 - self.viewport_height() / 2)

    def scroll_to_offset(self, offset: int) -> None:
        """Bring a character offset (a find hit) into view, centred, unless it is already visible."""
        self.load()
        y0, y1 = self._doc_y(offset), self._doc_y(offset, True)
        top = self.scroll_value()
        if y0 >= top and y1 <= top + self.viewport_height():
            return
        self.set_scroll_value((y0 + y1) / 2 - self.viewport_height() / 2)

    # -- highlights --------------------------------------------------------------------------------
    def set_focus(self, claim_ids: set[str], primary: str | None) -> None:
        """Emphasise the selected claim and the passages aligned with it."""
        mine = {c.id for c in self._claims}
        focus = claim_ids & mine
        prim = primary if primary in mine else None
        if focus != self.marks.focus or prim != self.marks.primary:
            self.marks.focus, self.marks.primary = focus, prim
            if self._loaded:
                self._apply_highlights()

    def focused_claims(self) -> set[str]:
        return set(self.marks.focus)

    def _apply_highlights(self) -> None:
        doc, palette = self.text.document(), self.text.palette()
        self.text.setExtraSelections(
            highlights.selections(doc, self.article, self._claims, self.marks, palette)
        )

    def set_dimmed(self, statuses: frozenset[Status]) -> None:
        """Draw the claims of these statuses without tint, so that the others stand out."""
        if statuses != self.marks.dimmed:
            self.marks.dimmed = statuses
            if self._loaded:
                self._apply_highlights()

    def set_hits(self, hits: list[tuple[int, int]], current: int | None = None) -> None:
        """Mark find hits (start, end offsets) and the current one; the overview shows them too."""
        if hits != self.marks.hits or current != self.marks.current_hit:
            self.marks.hits, self.marks.current_hit = list(hits), current
            if self._loaded:
                self._apply_highlights()
                self._update_overview()

    def hits(self) -> list[tuple[int, int]]:
        return list(self.marks.hits)

    def extra_selection_count(self) -> int:
        return len(self.text.extraSelections())

    def _update_overview(self) -> None:
        h = self.doc_height()
        marks = []
        for c in self._claims:
            y0, y1 = self.claim_doc_span(c.id)
            marks.append((y0 / h, y1 / h, c.status))
        self.overview.set_marks(marks)
        self.overview.set_hits([self._doc_y(start) / h for start, _ in self.marks.hits])

    def refresh_geometry(self) -> None:
        """Drop cached claim positions (width or font changed) and redraw the overview."""
        self._spans = None
        if not self._loaded:
            return
        self._update_overview()
        self._update_view_frame()

    # -- events ------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(PANE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()  # files and folders: the window takes them

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(PANE_MIME):
            event.ignore()
            return
        dragged = bytes(event.mimeData().data(PANE_MIME).data()).decode("utf-8")
        event.acceptProposedAction()
        if dragged != self.article.id:
            self.dropped_onto.emit(dragged, self.article.id)

    def changeEvent(self, event: QEvent) -> None:
        # the system switched between light and dark: the tints follow
        if self._loaded and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_highlights()
        super().changeEvent(event)

    def claim_at_point(self, pos: QPoint) -> Claim | None:
        cur = self.text.cursorForPosition(pos)
        rect = self.text.cursorRect(cur)
        if abs(rect.center().y() - pos.y()) > rect.height():
            return None  # below the last line
        return self.comparison.claim_at(self.article.id, cur.position())

    def _on_text_pointer_moved(self, pos: QPoint) -> None:
        c = self.claim_at_point(pos) if pos.x() >= 0 else None
        self._set_hovered(c.id if c else None)

    def _on_text_clicked(self, pos: QPoint) -> None:
        c = self.claim_at_point(pos)
        if c is not None:
            if self.text.click_modifiers & Qt.KeyboardModifier.ControlModifier:
                self.claim_toggled.emit(c.id)
            else:
                self.claim_activated.emit(c.id)

    def _on_text_context_requested(self, pos: QPoint, global_pos: QPoint) -> None:
        c = self.claim_at_point(pos)
        self.claim_context_requested.emit(c.id if c else None, self.article.id, global_pos)

    def set_basket(self, claim_ids: frozenset[str]) -> None:
        if claim_ids != self.basket:
            self.basket = claim_ids
            self.text.viewport().update()

    def tooltip_at(self, pos: QPoint) -> str:
        c = self.claim_at_point(pos)
        return claim_tip(self.comparison, c) if c is not None else ""

    def _set_hovered(self, claim_id: str | None) -> None:
        if claim_id != self.marks.hovered:
            self.marks.hovered = claim_id
            self._apply_highlights()
            self.claim_hovered.emit(claim_id)

    def _on_document_size_changed(self, *_: object) -> None:
        self._spans = None
        self._geometry_timer.start()

    def _update_view_frame(self, *_: object) -> None:
        h = self.doc_height()
        top = self.scroll_value()
        self.overview.set_view(top / h, min(1.0, (top + self.viewport_height()) / h))

    def _on_scrollbar_value_changed(self, _value: int) -> None:
        self._update_view_frame()
        self.scrolled.emit()  # only real scrolling: a new layout must not drive synchronised scrolling

    def _on_overview_jump_requested(self, fraction: float) -> None:
        self.set_scroll_value(fraction * self.doc_height() - self.viewport_height() / 2)
