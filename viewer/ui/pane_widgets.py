"""The small widgets of an article pane: the text view, elided header labels and the drag grip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QToolTip,
    QWidget,
)

from viewer.ui.mime import CLAIM_MIME, PANE_MIME

ELIDED_HINT_WIDTH = 120  # what a title or meta line asks for, whatever its text


class ArticleText(QTextEdit):
    """Read-only plain text with claim highlights; reports pointer moves and clicks on the text.

    (Overrides rather than an event filter: a filter on the viewport outlives its Python owner while
    the window is torn down, which crashes PySide.)
    """

    pointer_moved = Signal(QPoint)  # (-1, -1) when the pointer left
    clicked = Signal(QPoint)
    zoom_requested = Signal(int)  # +1 larger, -1 smaller: the strip zooms every pane together
    context_requested = Signal(QPoint, QPoint)  # where in the viewport, where on the screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setAcceptDrops(False)  # drops go to the window, which adds the files
        self.viewport().setAcceptDrops(False)
        self.viewport().setMouseTracking(True)
        self.document().setDocumentMargin(10)
        f = self.font()
        f.setPointSizeF(10.5)
        self.setFont(f)
        self.tooltip_provider: Callable[[QPoint], str] | None = None
        self.overlay: Callable[[QPainter], None] | None = None  # paints over the text (reviewer marks)
        self.click_modifiers = Qt.KeyboardModifier.NoModifier  # of the click ``clicked`` reports
        # the claims a selection of the text covers: dragged onto a group of the claims list, they join it
        self.claims_of_selection: Callable[[int, int], list[str]] | None = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self.pointer_moved.emit(event.position().toPoint())

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.pointer_moved.emit(QPoint(-1, -1))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.click_modifiers = event.modifiers()
            self.clicked.emit(event.position().toPoint())

    def createMimeDataFromSelection(self) -> QMimeData:
        mime = super().createMimeDataFromSelection()
        cur = self.textCursor()
        if self.claims_of_selection is not None and cur.hasSelection():
            ids = self.claims_of_selection(cur.selectionStart(), cur.selectionEnd())
            if ids:
                mime.setData(CLAIM_MIME, QByteArray("\n".join(ids).encode("utf-8")))
        return mime

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_requested.emit(event.pos(), event.globalPos())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.overlay is not None:
            painter = QPainter(self.viewport())
            try:
                self.overlay(painter)
            finally:
                painter.end()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            dy = event.angleDelta().y()
            if dy:
                self.zoom_requested.emit(1 if dy > 0 else -1)
            event.accept()  # not QTextEdit's own zoom, which would change this pane alone
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_provider(event.pos()) if self.tooltip_provider else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


class ElidedLabel(QLabel):
    """A label of ``max_lines`` lines that elides its text to the width it gets (full text in the
    tooltip). The text is always plain: titles and file names are data, never markup."""

    def __init__(self, parent: QWidget | None = None, max_lines: int = 1) -> None:
        super().__init__(parent)
        self._full = ""
        self.max_lines = max_lines
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(max_lines > 1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def set_max_lines(self, n: int) -> None:
        if n != self.max_lines:
            self.max_lines = n
            self.setWordWrap(n > 1)
            self.updateGeometry()
            self._elide()

    # The size hints must not follow the elided text: the text depends on the width the layout gives,
    # so a hint that followed it made every layout pass ask for another, each a pixel narrower (a strip
    # of 50 panes was laid out about 38 times after each analysis).
    def sizeHint(self) -> QSize:
        return QSize(ELIDED_HINT_WIDTH, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._height())

    def hasHeightForWidth(self) -> bool:
        return False  # always max_lines high: a height that followed the text would move the panes

    def _height(self) -> int:
        m = self.contentsMargins()
        return (self.fontMetrics().lineSpacing() + 1) * self.max_lines + m.top() + m.bottom()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._elide()

    def _elide(self) -> None:
        fm, width = self.fontMetrics(), max(1, self.width())
        if self.max_lines <= 1:
            self.setText(fm.elidedText(self._full, Qt.TextElideMode.ElideRight, width))
            return
        text = " ".join(self._full.split())
        flags = int(Qt.TextFlag.TextWordWrap)
        room = (fm.lineSpacing() + 1) * self.max_lines  # a wrapped line's box is a pixel taller

        def fits(t: str) -> bool:
            return fm.boundingRect(QRect(0, 0, width, 10 * room), flags, t).height() <= room

        if fits(text):
            self.setText(text)
            return
        lo, hi = 0, len(text)  # the longest prefix that fits with its ellipsis
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(text[:mid].rstrip() + "…"):
                lo = mid
            else:
                hi = mid - 1
        self.setText(text[:lo].rstrip() + "…")


class DragHandle(QLabel):
    """The grip in a pane's header: drag it onto another pane to put the article there."""

    def __init__(self, article_id: str, parent: QWidget | None = None) -> None:
        super().__init__("⠿", parent)
        self.article_id = article_id
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip("Drag onto another article to reorder the panes")
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        mime = QMimeData()
        mime.setData(PANE_MIME, QByteArray(self.article_id.encode("utf-8")))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)


def tool_button(text: str, tip: str) -> QToolButton:
    """A small flat button of a pane's header, its tooltip also its accessible name."""
    b = QToolButton()
    b.setText(text)
    b.setToolTip(tip)
    b.setAccessibleName(tip)
    b.setAutoRaise(True)
    return b
