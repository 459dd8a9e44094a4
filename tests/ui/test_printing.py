"""Printing the comparison sheet to PDF and reading its text back; the sheet options dialog."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument

from viewer.core.model import Article, Claim, Comparison, Contradiction, Group, Status
from viewer.core.pipeline import compare
from viewer.core.report.sheet import Section, SheetOptions, sheet_title
from viewer.ui.printing import build_document, export_html, export_pdf, write_pdf
from viewer.ui.sheet_dialog import SheetOptionsDialog

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _flat(text: str) -> str:
    # NFKC undoes the "fi"/"ff" ligatures the PDF's text layer holds (and turns "…" into "...")
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def _pdf_pages(path: Path) -> list[str]:
    return [_flat(page.extract_text() or "") for page in PdfReader(str(path)).pages]


def _contradicting() -> Comparison:
    """Two sources that disagree twice, each disagreement with its own detail sentence."""
    t1 = "The fire started at 3 a.m. on Tuesday. Two hundred homes were evacuated."
    t2 = "The fire started at 11 p.m. on Monday. Fifty homes were evacuated."
    a1 = Article("A1", "/n/a1.txt", "Wildfire forces evacuations", "Valley Times", "2025-08-01", t1)
    a2 = Article("A2", "/n/a2.txt", "Wildfire evacuations ordered", "Ridge Herald", "2025-08-02", t2)
    claims = (
        Claim("A1.c1", "A1", 0, 38, t1[:38], Status.CONTRADICTED, "G1", ("A1", "A2")),
        Claim("A1.c2", "A1", 39, len(t1), t1[39:], Status.CONTRADICTED, "G2", ("A1", "A2")),
        Claim("A2.c1", "A2", 0, 38, t2[:38], Status.CONTRADICTED, "G1", ("A1", "A2")),
        Claim("A2.c2", "A2", 39, len(t2), t2[39:], Status.CONTRADICTED, "G2", ("A1", "A2")),
    )
    groups = (
        Group("G1", ("A1.c1", "A2.c1"), Status.CONTRADICTED),
        Group("G2", ("A1.c2", "A2.c2"), Status.CONTRADICTED),
    )
    contradictions = (
        Contradiction("G2", ("A1.c2", "A2.c2"), "number", "Valley Times counts two hundred homes.", 0.9),
        Contradiction("G1", ("A1.c1", "A2.c1"), "time", "The start time differs by four hours.", 0.6),
    )
    return Comparison((a1, a2), claims, groups, contradictions)


@pytest.fixture(scope="module")
def samples() -> Comparison:
    c = compare([str(SAMPLES)])
    assert len(c.articles) == 5
    return c


def test_samples_pdf(qapp, tmp_path: Path, samples: Comparison) -> None:
    out = tmp_path / "sheet.pdf"
    pages = write_pdf(samples, str(out))
    texts = _pdf_pages(out)
    assert len(texts) == pages >= 2
    everything = " ".join(texts)
    for a in samples.articles:
        # long titles are shortened with "…" in some places, never in the sources table
        assert _flat(a.title) in everything, a.title
    for heading in (
        "Sources",
        "Summary",
        "Coverage matrix",
        "Contradictions",
        "Shared claims",
        "Unique claims",
    ):
        assert heading in everything
    title = sheet_title(samples)
    for n, text in enumerate(texts, start=1):
        assert f"page {n} of {pages}" in text
        assert _flat(title) in text
    assert "page 1 of" in texts[0]
    assert not list(tmp_path.glob(".sheet-*"))  # the temporary file was renamed


def test_contradiction_details_in_pdf(qapp, tmp_path: Path) -> None:
    c = _contradicting()
    out = tmp_path / "k.pdf"
    write_pdf(c, str(out), title="Fire sheet")
    everything = " ".join(_pdf_pages(out))
    for k in c.contradictions:
        assert _flat(k.detail) in everything
    assert everything.index("two hundred homes") < everything.index("four hours")  # strongest first
    assert everything.count("four hours") == 1  # no clipped, invisible copy on a neighbouring page
    assert "Fire sheet" in everything and "page 1 of 1" in everything


@pytest.mark.parametrize(
    ("size", "orientation", "wider"),
    [("A4", "portrait", False), ("Letter", "portrait", False), ("A4", "landscape", True)],
)
def test_page_size_and_orientation(qapp, tmp_path: Path, size: str, orientation: str, wider: bool) -> None:
    opts = SheetOptions(page_size=size, orientation=orientation)
    out = tmp_path / "p.pdf"
    export_pdf(_contradicting(), str(out), opts)
    box = PdfReader(str(out)).pages[0].mediabox
    w, h = float(box.width), float(box.height)
    assert (w > h) is wider
    expected = (612.0, 792.0) if size == "Letter" else (595.3, 841.9)
    assert sorted((round(w), round(h))) == sorted(round(v) for v in expected)


def test_build_document_paginates(qapp, samples: Comparison) -> None:
    doc = build_document(samples, SheetOptions(sections=frozenset(Section)))
    assert isinstance(doc, QTextDocument)
    assert doc.pageSize() != QSizeF(-1, -1) and doc.pageSize().width() > 500
    assert doc.pageCount() >= 3
    assert "Full texts" in doc.toPlainText()


def test_export_html_is_atomic_and_complete(tmp_path: Path) -> None:
    out = tmp_path / "sheet.html"
    out.write_text("old")
    export_html(_contradicting(), str(out), SheetOptions(title="Fire"))
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<h1>Fire</h1>" in text
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.html"]


def test_dialog_returns_options(qtbot) -> None:
    dlg = SheetOptionsDialog(None, {"contradicted"})
    qtbot.addWidget(dlg)
    opts = dlg.options()
    assert opts.statuses == frozenset({Status.CONTRADICTED})
    assert Section.FULL_TEXTS not in opts.sections and Section.MATRIX in opts.sections
    dlg.section_boxes[Section.FULL_TEXTS].setChecked(True)
    dlg.section_boxes[Section.SHARED].setChecked(False)
    dlg.only_filtered.setChecked(False)
    dlg.page_size.setCurrentText("Letter")
    dlg.orientation.setCurrentIndex(1)
    dlg.title_edit.setText("  Meeting copy ")
    opts = dlg.options()
    assert opts.statuses == frozenset(Status)
    assert Section.FULL_TEXTS in opts.sections and Section.SHARED not in opts.sections
    assert (opts.page_size, opts.orientation, opts.title) == ("Letter", "landscape", "Meeting copy")


def test_dialog_without_filter_disables_the_option(qtbot) -> None:
    dlg = SheetOptionsDialog(None, None)
    qtbot.addWidget(dlg)
    assert not dlg.only_filtered.isEnabled()
    assert dlg.options().statuses == frozenset(Status)


def test_printer_path_follows_the_printers_paper(qapp, tmp_path: Path) -> None:
    """What the print dialog hands over is a QPrinter; its paper wins over the options'."""
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    from viewer.ui.printing import _paint_on_printer, page_layout

    out = tmp_path / "printer.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setFullPage(True)
    layout = page_layout(SheetOptions(page_size="Letter"))
    layout.setOrientation(QPageLayout.Orientation.Landscape)
    printer.setPageLayout(layout)
    _paint_on_printer(printer, _contradicting(), SheetOptions(page_size="A4", title="Printed"))
    reader = PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)
    text = _flat(reader.pages[0].extract_text() or "")
    assert "Printed" in text and re.search(r"page 1 of \d", text)
    assert _flat(_contradicting().contradictions[0].detail) in text


def test_print_preview_paints_pages(qtbot, samples: Comparison) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from viewer.ui.printing import print_preview_dialog

    dialog = print_preview_dialog(None, samples, SheetOptions())
    qtbot.addWidget(dialog)
    painted = []
    dialog.paintRequested.connect(lambda _printer: painted.append(True))
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: bool(painted) and preview.pageCount() >= 2, timeout=5000)
    dialog.close()


def test_cli_writes_all_three_sheets(qapp, tmp_path: Path) -> None:
    from viewer.cli import run_compare

    pdf, html, csv_ = tmp_path / "s.pdf", tmp_path / "s.html", tmp_path / "s.csv"
    args = [str(SAMPLES), "--pdf", str(pdf), "--html", str(html), "--csv", str(csv_), "--title", "Desk copy"]
    assert run_compare(args) == 0
    assert "<h1>Desk copy</h1>" in html.read_text(encoding="utf-8")
    assert csv_.read_text(encoding="utf-8").startswith("claim,article,source_title,status")
    assert "Desk copy" in _pdf_pages(pdf)[0]


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_pages_never_cut_through_a_line_or_a_table_row(qapp, samples: Comparison, orientation: str) -> None:
    from PySide6.QtGui import QTextCursor

    from viewer.ui.printing import _body_rect, _flow_document, page_layout, paginate

    opts = SheetOptions(sections=frozenset(Section), orientation=orientation)
    body = _body_rect(page_layout(opts))
    flow, forced = _flow_document(build_document(samples, opts), body.width())
    pages = paginate(flow, body.height(), forced)
    assert len(pages) >= 3
    cuts = [p.bottom for p in pages[:-1]]
    assert all(p.bottom - p.top <= body.height() + 0.5 for p in pages)
    layout = flow.documentLayout()
    block, checked = flow.begin(), 0
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        table = QTextCursor(block).currentTable()
        if table is not None or block.text():
            spans = [(rect.top(), rect.bottom())]
            if table is None:  # a paragraph may break between its lines, never through one
                lines = block.layout()
                spans = [
                    (rect.top() + lines.lineAt(i).y(), rect.top() + lines.lineAt(i).rect().bottom())
                    for i in range(lines.lineCount())
                ]
            for top, bottom in spans:
                assert not any(top + 1 < cut < bottom - 1 for cut in cuts), block.text()[:40]
            checked += 1
        block = block.next()
    assert checked > 100
