"""The overview map beside a pane's scrollbar: where the article's claims lie, by status.

Rendered once into a cached pixmap (Meld's ``chunkmap.py``); the cache is dropped on resize, on new
results and on a palette change. Clicking or dragging on it asks the pane to jump there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from viewer.core.model import Status
from viewer.ui.theme import colour, find_colour, is_dark

Mark = tuple[float, float, Status]  # start and end as fractions of the document height


class OverviewMap(QWidget):
    jump_requested = Signal(float)  # fraction of the document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(14)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Overview of this article's claims: click to jump there")
        self._marks: list[Mark] = []
        self._hits: list[float] = []  # find hits, as fractions of the document height
        self._view: tuple[float, float] = (0.0, 1.0)
        self._cache: QPixmap | None = None

    def sizeHint(self) -> QSize:
        return QSize(14, 100)

    def set_marks(self, marks: list[Mark]) -> None:
        self._marks = list(marks)
        self._cache = None
        self.update()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def set_hits(self, hits: list[float]) -> None:
        """Find hits, drawn as ticks across the map over the claim marks."""
        if hits != self._hits:
            self._hits = list(hits)
            self._cache = None
            self.update()

    def hits(self) -> list[float]:
        return list(self._hits)

    def set_view(self, top: float, bottom: float) -> None:
        """The visible part of the document, drawn as a frame over the cached marks."""
        if (top, bottom) != self._view:
            self._view = (top, bottom)
            self.update()

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        self._cache = None
        super().resizeEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._cache = None
        super().changeEvent(event)

    def _render(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pm = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
        pm.setDevicePixelRatio(ratio)
        pm.fill(self.palette().color(QPalette.ColorRole.Base))
        p = QPainter(pm)
        h = self.height()
        w = self.width()
        # contradictions last, so they are never hidden under other marks
        order = {Status.UNIQUE: 0, Status.SHARED: 1, Status.CONTRADICTED: 2}
        for f0, f1, st in sorted(self._marks, key=lambda m: order.get(m[2], 0)):
            y0 = f0 * h
            y1 = max(y0 + 2, f1 * h)
            # the shape of the mark repeats the status: full width, right half or left edge
            x0 = 2 if st == Status.CONTRADICTED else (w / 2 if st == Status.UNIQUE else 3)
            p.fillRect(QRectF(x0, y0, w - x0 - 2, y1 - y0), colour(st))
        hit = find_colour(is_dark(self.palette()), current=True)
        for f in self._hits:
            p.fillRect(QRectF(0, min(h - 3.0, f * h), w, 3), hit)
        p.end()
        return pm

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._cache is None or self._cache.size() != self.size() * self.devicePixelRatioF():
            self._cache = self._render()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._cache)
        top, bottom = self._view
        frame = QColor(self.palette().color(QPalette.ColorRole.Text))
        frame.setAlpha(90)
        p.setPen(QPen(frame, 1))
        fill = QColor(frame)
        fill.setAlpha(30)
        p.setBrush(fill)
        h = self.height()
        p.drawRect(QRectF(0.5, top * h, self.width() - 1, max(4.0, (bottom - top) * h)))
        p.end()

    def _jump(self, event: QMouseEvent) -> None:
        if self.height() > 0:
            self.jump_requested.emit(max(0.0, min(1.0, event.position().y() / self.height())))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._jump(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._jump(event)
