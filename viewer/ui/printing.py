"""Printing the comparison sheet: the core's HTML in a ``QTextDocument``, painted page by page.

``QTextDocument.print_`` adds neither a running title nor "page N of M", so :func:`paint_pages` paints each
page itself (as qpageview does): the document is laid out at 96 dpi on a page of the body's size, each page's
slice is drawn with ``drawContents`` under a translated clip, then the header and footer lines.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from viewer.core.model import Comparison
from viewer.core.read.text import SHEET_GENERATOR
from viewer.core.report.sheet import SheetOptions, sheet_title, to_html
from viewer.core.report.writeout import write_bytes, write_text

DOC_DPI = 96.0  # the document is laid out in CSS pixels
MARGIN_MM = (14.0, 17.0, 14.0, 15.0)  # left, top (header inside), right, bottom (footer inside)
HEADER_PX = 26.0  # room between the top margin line and the body, for the running title
FOOTER_PX = 22.0
FONT_FAMILY = "DejaVu Sans"
SMALL_TABLE_ROWS = 4


def page_layout(options: SheetOptions) -> QPageLayout:
    size = QPageSize(
        QPageSize.PageSizeId.Letter if options.page_size == "Letter" else QPageSize.PageSizeId.A4
    )
    orientation = (
        QPageLayout.Orientation.Landscape
        if options.orientation == "landscape"
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def _mm(mm: float) -> float:
    return mm / 25.4 * DOC_DPI


def _page_px(layout: QPageLayout) -> QSizeF:
    pts = layout.fullRectPoints()
    return QSizeF(pts.width() * DOC_DPI / 72.0, pts.height() * DOC_DPI / 72.0)


def _body_rect(layout: QPageLayout) -> QRectF:
    """Where the document's pages go on the paper, in document pixels."""
    page = _page_px(layout)
    left, top, right, bottom = (_mm(v) for v in MARGIN_MM)
    return QRectF(
        left,
        top + HEADER_PX,
        page.width() - left - right,
        page.height() - top - bottom - HEADER_PX - FOOTER_PX,
    )


_app: QGuiApplication | None = None


def _ensure_gui() -> None:
    """The CLI writes PDFs without a window: give Qt the application object fonts need, off-screen."""
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["source-viewer"])


def build_document(comparison: Comparison, options: SheetOptions | None = None) -> QTextDocument:
    """The sheet as a paginated ``QTextDocument`` whose page size is the body of the chosen paper."""
    opts = options or SheetOptions()
    _ensure_gui()
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(9.5)
    doc.setDefaultFont(font)
    doc.setHtml(to_html(comparison, opts))
    doc.setPageSize(_body_rect(page_layout(opts)).size())
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, sheet_title(comparison, opts.title))
    return doc


@dataclass(frozen=True)
class PageSlice:
    """One printed page: the document's band ``top..bottom`` and, inside a table, its header band."""

    top: float
    bottom: float
    header: tuple[float, float] | None = None  # top, bottom of the table's header rows to repeat


def _flow_document(doc: QTextDocument, width: float) -> tuple[QTextDocument, list[float]]:
    """An unpaginated copy of ``doc`` and the places its page-break-before blocks forced breaks."""
    flow = doc.clone()
    # PySide ties the clone's life to the original's: keep the original alive as long as the clone
    flow._source = doc  # type: ignore[attr-defined]
    flow.setDefaultFont(doc.defaultFont())
    flow.setDocumentMargin(doc.documentMargin())
    forced_blocks = []
    block = flow.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            QTextCursor(block).setBlockFormat(fmt)
            forced_blocks.append(block.blockNumber())
        block = block.next()
    flow.setTextWidth(width)
    layout = flow.documentLayout()
    forced = [layout.blockBoundingRect(flow.findBlockByNumber(n)).top() for n in forced_blocks]
    return flow, forced


def paginate(flow: QTextDocument, height: float, forced: Sequence[float] = ()) -> list[PageSlice]:
    """Cut the laid-out ``flow`` into pages of ``height`` only between lines and between table rows.

    A heading is kept with what follows it; a page that starts inside a table repeats its header rows.
    """
    layout = flow.documentLayout()
    total = flow.size().height()
    safe: set[float] = set()
    rows: dict[tuple[int, int], float] = {}  # (table, row) -> top of the row
    tables: dict[int, tuple[float, int, float]] = {}  # table -> top, header rows, bottom
    small: set[int] = set()  # tables of a few rows (a contradiction) are never split
    block = flow.begin()
    previous_heading = False
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        if table is None:
            lines = block.layout()
            if not previous_heading:
                safe.add(rect.top())
            for i in range(1, lines.lineCount()):
                safe.add(rect.top() + lines.lineAt(i).y())
            # a heading stays with what follows it, and so does a one-line note right under it
            is_heading = block.blockFormat().headingLevel() > 0
            previous_heading = is_heading or (previous_heading and lines.lineCount() <= 2)
        else:
            fmt = table.format()
            key = table.firstPosition()
            top = rect.top() - fmt.cellPadding() - fmt.border()
            row = table.cellAt(cursor).row()
            rows[(key, row)] = min(rows.get((key, row), top), top)
            if key not in tables:
                frame = layout.frameBoundingRect(table)
                tables[key] = (frame.top(), fmt.headerRowCount(), frame.bottom())
                if table.rows() <= SMALL_TABLE_ROWS:
                    small.add(key)
            previous_heading = False
        block = block.next()
    headers = [(t, rows[(k, h)], b) for k, (t, h, b) in tables.items() if h and (k, h) in rows]
    # the empty block Qt puts after a table reports a place inside the table: no cuts inside tables ...
    safe = {y for y in safe if not any(t + 0.5 < y < b - 0.5 for t, _h, b in tables.values())}
    for key, (_top, head, _bottom) in tables.items():
        # ... but between rows, never between the header rows nor just under them
        if key not in small:
            safe.update(y for (k, r), y in rows.items() if k == key and r > max(head, 0))
    cuts = sorted(y for y in safe if 0 < y < total)
    pages: list[PageSlice] = []
    y = 0.0
    while y < total - 0.5:
        header = None
        for top, head_bottom, bottom in headers:
            if head_bottom - 0.5 <= y < bottom - 0.5:
                header = (top, head_bottom)
        room = height - (header[1] - header[0] if header else 0.0)
        limit = y + room
        must = [f for f in forced if y + 0.5 < f <= limit]
        if must:
            end = must[0]
        elif limit >= total:
            end = total
        else:
            fits = [c for c in cuts if y + room * 0.3 < c <= limit]
            end = fits[-1] if fits else limit
        pages.append(PageSlice(y, end, header))
        y = end
    return pages or [PageSlice(0.0, max(total, 1.0))]


def paint_pages(doc: QTextDocument, device: QPagedPaintDevice, options: SheetOptions, title: str) -> int:
    """Paint every page of ``doc`` on ``device`` (a QPdfWriter or QPrinter); returns the page count.

    The paper is the device's (the user may have changed it in the print dialog), not the options'.
    """
    body = _body_rect(device.pageLayout())
    page = _page_px(device.pageLayout())
    printed = str(options.printed or datetime.date.today())
    flow, forced = _flow_document(doc, body.width())
    slices = paginate(flow, body.height(), forced)
    count = len(slices)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(f"cannot paint on {type(device).__name__}")
    try:
        scale = device.logicalDpiX() / DOC_DPI
        painter.scale(scale, device.logicalDpiY() / DOC_DPI)
        if isinstance(device, QPrinter) and not device.fullPage():
            # a printer that keeps its own margins has moved the origin in by them already
            painter.translate(-device.pageLayout().paintRectPixels(device.resolution()).topLeft() / scale)
        for n, piece in enumerate(slices):
            if n:
                device.newPage()
            painter.save()
            painter.translate(body.left(), body.top())
            if piece.header is not None:
                h_top, h_bottom = piece.header
                _draw_band(painter, flow, h_top, h_bottom, body.width())
                painter.translate(0, h_bottom - h_top)
            _draw_band(painter, flow, piece.top, piece.bottom, body.width())
            painter.restore()
            _header_footer(painter, page, title, f"printed {printed}", f"page {n + 1} of {count}")
    finally:
        painter.end()
    return count


def _draw_band(painter: QPainter, doc: QTextDocument, top: float, bottom: float, width: float) -> None:
    """Draw ``doc``'s band ``top..bottom`` at the painter's origin."""
    painter.save()
    painter.translate(0, -top)
    painter.setClipRect(QRectF(-2, top, width + 4, bottom - top))
    # a hair inside the band: lines that only touch its edges belong to the neighbouring page, and
    # drawing them clipped would still put their (invisible) text into the PDF's text layer
    doc.drawContents(painter, QRectF(-2, top + 0.5, width + 4, bottom - top - 1.0))
    painter.restore()


def _header_footer(
    painter: QPainter,
    page: QSizeF,
    title: str,
    printed: str,
    number: str,
) -> None:
    left, top, right, bottom = (_mm(v) for v in MARGIN_MM)
    width = page.width() - left - right
    font = QFont(FONT_FAMILY)
    font.setPixelSize(11)  # document pixels: the painter is already scaled from 96 dpi to the device
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(QColor("#333333"), 0.6))
    head = QRectF(left, top, width, HEADER_PX - 8)
    flags = Qt.AlignmentFlag.AlignVCenter
    elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(width * 0.75))
    painter.drawText(head, int(flags | Qt.AlignmentFlag.AlignLeft), elided)
    painter.drawText(head, int(flags | Qt.AlignmentFlag.AlignRight), "Source Viewer comparison sheet")
    painter.drawLine(QPointF(left, top + HEADER_PX - 6), QPointF(left + width, top + HEADER_PX - 6))
    y = page.height() - bottom - FOOTER_PX + 6
    painter.drawLine(QPointF(left, y), QPointF(left + width, y))
    foot = QRectF(left, y + 2, width, FOOTER_PX - 6)
    painter.drawText(foot, int(flags | Qt.AlignmentFlag.AlignLeft), printed)
    painter.drawText(foot, int(flags | Qt.AlignmentFlag.AlignRight), number)
    painter.restore()


def _prepare_printer(printer: QPrinter, options: SheetOptions) -> None:
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(options))


def write_pdf(
    comparison: Comparison, path: str, options: SheetOptions | None = None, *, title: str | None = None
) -> int:
    """Write the sheet to a PDF file at ``path`` (atomically); returns the number of pages."""
    opts = options or SheetOptions()
    if title is not None:
        opts = dataclasses.replace(opts, title=title)
    heading = sheet_title(comparison, opts.title)
    doc = build_document(comparison, opts)
    # painted into memory, then written by the core's safe writer: the umask is honoured, a symlink is
    # kept, a device is written directly, and no temporary file is left behind
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(heading)
    writer.setCreator(SHEET_GENERATOR)
    writer.setPageLayout(page_layout(opts))
    pages = paint_pages(doc, writer, opts, heading)
    del writer  # flushes the PDF into the buffer
    buffer.close()
    write_bytes(path, bytes(buffer.data().data()))
    return pages


def export_pdf(comparison: Comparison, path: str, options: SheetOptions | None = None) -> int:
    return write_pdf(comparison, path, options)


def export_html(comparison: Comparison, path: str, options: SheetOptions | None = None) -> None:
    """Write the sheet as one HTML file (atomically, see :mod:`viewer.core.report.writeout`)."""
    write_text(path, to_html(comparison, options))


def _paint_on_printer(printer: QPrinter, comparison: Comparison, options: SheetOptions) -> None:
    # the paper comes from the printer: the user may have changed it in the dialog
    paint_pages(build_document(comparison, options), printer, options, sheet_title(comparison, options.title))


def print_preview_dialog(
    parent: QWidget | None, comparison: Comparison, options: SheetOptions | None = None
) -> QPrintPreviewDialog:
    """A print preview of the sheet, painted by the same page painter as the PDF (not yet shown)."""
    opts = options or SheetOptions()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare_printer(printer, opts)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle("Print preview — comparison sheet")
    dialog.paintRequested.connect(lambda p: _paint_on_printer(p, comparison, opts))
    dialog._printer = printer  # type: ignore[attr-defined]  # the dialog does not own it
    return dialog


def show_print_preview(
    parent: QWidget | None, comparison: Comparison, options: SheetOptions | None = None
) -> None:
    """Open the modal print preview; printing from it prints the sheet."""
    print_preview_dialog(parent, comparison, options).exec()


def show_print_dialog(
    parent: QWidget | None, comparison: Comparison, options: SheetOptions | None = None
) -> bool:
    """Ask for a printer, then print; returns whether anything was printed."""
    opts = options or SheetOptions()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare_printer(printer, opts)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print comparison sheet")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _paint_on_printer(printer, comparison, opts)
    return True
