"""Hostile and broken files (issue 12): each ends in an article or in a named problem, never in a crash,
a hang, a silent fallback or a changed input. Every file is built here, small.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from pathlib import Path

import pytest

from viewer.core.pipeline import Cancelled, compare
from viewer.core.read.ingest import IngestError, expand_inputs, read_article

PROSE = (
    "A powerful storm struck the northern coast on Monday, cutting power to thousands of homes. "
    "Officials said the winds reached 120 kilometres an hour near the harbour."
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    }


# -- PDF (item 3) -------------------------------------------------------------------------------------


def pdf(lines: list[str], *, encrypt: str | None = None, user: str = "", creator: str | None = None) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    ops = ["BT /F1 11 Tf 14 TL 72 720 Td", *(f"({ln}) Tj T*" for ln in lines), "ET"]
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    if creator:
        writer.add_metadata({"/Creator": creator})
    if encrypt:
        writer.encrypt(user_password=user, owner_password="owner-secret", algorithm=encrypt)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


LINES = ["Storm hits the coast", "A powerful storm struck the northern coast on Monday.", "It was windy."]


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_aes_encrypted_pdf_without_user_password_is_read(tmp_path: Path, algorithm: str) -> None:
    art = read_article(str(write(tmp_path, "a.pdf", pdf(LINES, encrypt=algorithm))), "A1")
    assert "northern coast on Monday" in art.text


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_aes_encrypted_pdf_with_user_password_asks_for_an_open_copy(tmp_path: Path, algorithm: str) -> None:
    path = write(tmp_path, "a.pdf", pdf(LINES, encrypt=algorithm, user="secret"))
    with pytest.raises(IngestError, match="password"):
        read_article(str(path), "A1")


def test_certificate_encrypted_pdf_is_named(tmp_path: Path) -> None:
    data = pdf(LINES, encrypt="RC4-128")
    assert b"/Standard" in data
    data = data.replace(b"/Filter /Standard", b"/Filter /Adobe.PubSec")
    with pytest.raises(IngestError, match=r"Adobe\.PubSec security"):
        read_article(str(write(tmp_path, "a.pdf", data)), "A1")


@pytest.mark.parametrize("error", ["ZeroDivisionError", "LimitReachedError", "NotImplementedError"])
def test_any_pypdf_failure_is_this_pdfs_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: str
) -> None:
    import pypdf
    import pypdf.errors

    kind = getattr(pypdf.errors, error, None) or getattr(__builtins__, error, None) or ZeroDivisionError
    if error == "ZeroDivisionError":
        kind = ZeroDivisionError
    elif error == "NotImplementedError":
        kind = NotImplementedError

    def broken(self: object, *a: object, **k: object) -> str:
        raise kind("unsupported filter /JBIG2Decode")

    monkeypatch.setattr(pypdf.PageObject, "extract_text", broken)
    with pytest.raises(IngestError, match="this PDF cannot be read") as info:
        read_article(str(write(tmp_path, "a.pdf", pdf(LINES))), "A1")
    assert kind.__name__ in str(info.value)


# -- Word (items 4, 7, 9) ----------------------------------------------------------------------------


def docx_with_table() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Storm hits coast", level=1)
    document.add_paragraph(PROSE)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Wind speed"
    table.cell(0, 1).text = "120 km/h"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def rezip(data: bytes, change: dict[str, bytes]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            zf.writestr(info.filename, change.get(info.filename, src.read(info.filename)))
    return out.getvalue()


def with_content_type(data: bytes, part: str, new_type: str) -> bytes:
    types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml").decode()
    types = re.sub(rf'(PartName="/{re.escape(part)}" ContentType=")[^"]+', rf"\g<1>{new_type}", types)
    return rezip(data, {"[Content_Types].xml": types.encode()})


@pytest.mark.parametrize("part", ["docProps/core.xml", "word/styles.xml"])
def test_word_part_of_unexpected_type_still_gives_the_text(tmp_path: Path, part: str) -> None:
    data = with_content_type(docx_with_table(), part, "application/xml")
    art = read_article(str(write(tmp_path, "a.docx", data)), "A1")
    assert "northern coast on Monday" in art.text


def _document_xml(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()


@pytest.mark.parametrize(
    "span", ['<w:gridSpan w:val="abc"/>', '<w:gridSpan w:val="-3"/>', '<w:gridSpan w:val="2000000"/>']
)
def test_malformed_or_huge_table_spans_are_not_expanded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, span: str
) -> None:
    import docx.table

    data = docx_with_table()
    xml = _document_xml(data).replace("<w:tc><w:tcPr>", f"<w:tc><w:tcPr>{span}", 1)
    assert span in xml
    # python-docx's table model repeats a cell once per grid column it spans (minutes for 2,000,000)
    monkeypatch.setattr(docx.table._Row, "cells", property(lambda self: pytest.fail("spans expanded")))
    art = read_article(str(write(tmp_path, "a.docx", rezip(data, {"word/document.xml": xml.encode()}))), "A1")
    assert "Wind speed | 120 km/h" in art.text


def test_damaged_content_types_is_a_named_problem(tmp_path: Path) -> None:
    data = rezip(docx_with_table(), {"[Content_Types].xml": b"<x/>"})
    with pytest.raises(IngestError, match="not a valid Word"):
        read_article(str(write(tmp_path, "a.docx", data)), "A1")


def lying_zip(real: int, declared: int) -> bytes:
    """A real .docx whose document.xml declares ``declared`` bytes (and their CRC) over ``real`` more."""
    body = _document_xml(docx_with_table()).encode() + b" " * real
    data = bytearray(rezip(docx_with_table(), {"word/document.xml": body}))
    crc = zlib.crc32(body[:declared])
    for sig, name_len_at, name_at, crc_at, size_at in (
        (b"PK\x03\x04", 26, 30, 14, 22),
        (b"PK\x01\x02", 28, 46, 16, 24),
    ):
        pos = 0
        while (pos := data.find(sig, pos)) >= 0:
            n = int.from_bytes(data[pos + name_len_at : pos + name_len_at + 2], "little")
            if bytes(data[pos + name_at : pos + name_at + n]) == b"word/document.xml":
                data[pos + crc_at : pos + crc_at + 4] = crc.to_bytes(4, "little")
                data[pos + size_at : pos + size_at + 4] = declared.to_bytes(4, "little")
            pos += 4
    return bytes(data)


def test_zip_bomb_guard_counts_the_bytes_really_inflated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inflated = [0]
    real_decompressor = zipfile._get_decompressor  # type: ignore[attr-defined]

    class Counting:
        def __init__(self, inner: object) -> None:
            self.inner = inner

        def decompress(self, data: bytes, max_length: int = 0) -> bytes:
            out = self.inner.decompress(data, max_length)  # type: ignore[attr-defined]
            inflated[0] += len(out)
            return out

        def __getattr__(self, name: str) -> object:
            return getattr(self.inner, name)

    monkeypatch.setattr(zipfile, "_get_decompressor", lambda kind: Counting(real_decompressor(kind)))
    path = write(tmp_path, "a.docx", lying_zip(real=80 * 1024 * 1024, declared=5000))
    assert path.stat().st_size < 400_000
    with pytest.raises(IngestError, match="would unpack to more than"):  # counted, not declared
        read_article(str(path), "A1")
    assert inflated[0] < 8 * 1024 * 1024  # a few chunks, never the 80 MB stream


# -- cancel inside a file (item 7) ---------------------------------------------------------------------


def test_cancel_stops_a_file_in_progress(tmp_path: Path) -> None:
    page = "<html><body>" + "<div><b>storm</b> coast</div>" * 80_000 + "</body></html>"
    path = write(tmp_path, "big.html", page.encode())
    asked = [0]

    def cancelled() -> bool:
        asked[0] += 1
        return asked[0] > 3

    with pytest.raises(Cancelled):
        read_article(str(path), "A1", cancelled=cancelled)


def test_pipeline_passes_cancel_into_the_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from viewer.core import pipeline

    page = "<html><body>" + "<p>storm coast</p>" * 80_000 + "</body></html>"
    write(tmp_path, "big.html", page.encode())
    asked = [0]
    finished: list[str] = []
    real = pipeline.read_article
    monkeypatch.setattr(
        pipeline, "read_article", lambda path, aid, **kw: finished.append(real(path, aid, **kw).id) or None
    )

    def cancelled() -> bool:  # the pipeline asks once before the file; the reader asks inside it
        asked[0] += 1
        return asked[0] > 1

    with pytest.raises(Cancelled):
        compare([str(tmp_path)], cancelled=cancelled)
    assert finished == []  # stopped inside the file, not after it


# -- folders (items 13, 16) --------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_folder_names_dangling_links_fifos_and_specials(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", PROSE.encode())
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe")
    files, problems = expand_inputs([str(tmp_path)])
    assert files == [str(tmp_path / "a.txt")]
    reasons = {Path(p.path).name: p.reason for p in problems}
    assert "does not exist" in reasons["link.txt"]
    assert "FIFO" in reasons["pipe.txt"] and "FIFO" in reasons["pipe"]


def test_our_own_html_sheet_in_the_folder_is_left_out_with_a_note(tmp_path: Path) -> None:
    from viewer.core.report.sheet import to_html

    write(tmp_path, "a.txt", ("Storm hits coast\n" + PROSE).encode())
    write(tmp_path, "b.txt", ("Storm on the coast\n" + PROSE).encode())
    first = compare([str(tmp_path)])
    write(tmp_path, "sheet.html", to_html(first).encode())
    again = compare([str(tmp_path)])
    assert [Path(a.path or "").name for a in again.articles] == ["a.txt", "b.txt"]
    assert [(Path(p.path).name, "comparison sheet" in p.reason) for p in again.problems] == [
        ("sheet.html", True)
    ]


def test_our_own_pdf_sheet_is_recognised(tmp_path: Path) -> None:
    path = write(tmp_path, "sheet.pdf", pdf(LINES, creator="Source Viewer"))
    with pytest.raises(IngestError, match="comparison sheet"):
        read_article(str(path), "A1")


def test_part_that_lies_about_its_size_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "a.docx", lying_zip(real=200_000, declared=5000))
    with pytest.raises(IngestError, match="not the size it declares"):
        read_article(str(path), "A1")
