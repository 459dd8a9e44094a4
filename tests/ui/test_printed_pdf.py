"""A page printed to PDF the way a browser does it, drawn with Qt: the date and time and the page title
above, the address and the page count below, each a text object of its own at the page's edge. Reading
it keeps those lines in the text as furniture, never as claims, and takes the outlet from the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.claims.segment import segment
from viewer.core.read.ingest import read_article

PAGE_TITLE = "Quake kills 12 in northern Chile | Andes Daily"
BODY = [
    "Quake kills 12 in northern Chile",
    "By Staff Reporter, July 2, 2013",
    "A magnitude 6.1 earthquake struck northern Chile on Tuesday, killing at least",
    "12 people in the port city of Arica.",
    "Rescue teams searched the rubble through the night, and the government",
    "declared a state of emergency in the region.",
]


def _print_page(path: Path) -> None:
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(96)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(PAGE_TITLE)
    painter = QPainter(writer)
    width, height = writer.width(), writer.height()
    left, centre, right = (
        Qt.AlignmentFlag.AlignLeft,
        Qt.AlignmentFlag.AlignHCenter,
        Qt.AlignmentFlag.AlignRight,
    )
    painter.setFont(QFont("Helvetica", 8))
    painter.drawText(QRectF(20, 10, 300, 20), left, "7/2/13, 10:15 AM")
    painter.drawText(QRectF(0, 10, width, 20), centre, PAGE_TITLE)
    painter.setFont(QFont("Helvetica", 11))
    for n, line in enumerate(BODY):
        painter.drawText(QRectF(60, 80 + 24 * n, width - 120, 24), left, line)
    painter.setFont(QFont("Helvetica", 8))
    painter.drawText(QRectF(20, height - 30, 500, 20), left, "file:///home/reporter/quake.html")
    painter.drawText(QRectF(width - 80, height - 30, 60, 20), right, "1/1")
    painter.end()


@pytest.fixture
def printed(tmp_path: Path, qapp: object) -> Path:
    path = tmp_path / "printed.pdf"
    _print_page(path)
    return path


def test_browser_print_lines_are_furniture(printed: Path) -> None:
    art = read_article(str(printed), "A1")
    assert (art.title, art.outlet, art.published) == (
        "Quake kills 12 in northern Chile",
        "Andes Daily",
        "2013-07-02",
    )
    for line in ("7/2/13, 10:15 AM", PAGE_TITLE, "file:///home/reporter/quake.html"):
        at = art.text.find(line)
        assert at >= 0, line  # still shown
        assert any(s <= at < e for s, e in art.boilerplate), line
    claims = [s.text for s in segment(art.text)]
    assert claims == [
        "Quake kills 12 in northern Chile",
        "A magnitude 6.1 earthquake struck northern Chile on Tuesday, killing at least 12 people in the port "
        "city of Arica.",
        "Rescue teams searched the rubble through the night",
        "the government declared a state of emergency in the region.",
    ]
