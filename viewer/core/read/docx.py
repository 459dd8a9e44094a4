"""A Word .docx -> its paragraphs and table rows in order (python-docx), after a zip-bomb check.

The archive is inflated here, counting the bytes it really gives (never the sizes it declares), and
python-docx is handed a copy that holds only those bytes. Paragraphs and table cells are read straight
from the document's XML: python-docx's table model repeats a cell once per grid column it spans, so a
cell declaring ``gridSpan="2000000"`` cost minutes. Any failure inside python-docx is this file's problem.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import Any

from viewer.core.read.limits import UNLIMITED, Budget, Cancelled, load_library
from viewer.core.read.text import Extracted, IngestError, clean_line, squash

MAX_DOCX_UNPACKED = 50 * 1024 * 1024
MAX_DOCX_RATIO = 100
MAX_ZIP_ENTRIES = 5000
MAX_DOCX_BLOCKS = 200_000  # paragraphs and table cells
_CHUNK = 1024 * 1024
_NOT_DOCX = "the file is not a valid Word .docx document"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _refuse_size() -> IngestError:
    return IngestError(
        f"the document would unpack to more than the {MAX_DOCX_UNPACKED // (1024 * 1024)} MB limit; "
        "it is not opened for safety"
    )


def check_zip(raw: bytes, budget: Budget = UNLIMITED) -> dict[str, bytes]:
    """The archive's members, inflated under the limits; refuses a zip bomb by what it declares (cheap,
    before inflating) and by what it really inflates to."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise IngestError(f"{_NOT_DOCX} (it is not a zip archive)") from exc
    except Exception as exc:  # NotImplementedError for a zip version or method zipfile lacks, …
        raise IngestError(f"{_NOT_DOCX} (a zip archive of a kind that cannot be opened: {exc})") from exc
    if len(infos) > MAX_ZIP_ENTRIES:
        raise IngestError(f"the document has more than {MAX_ZIP_ENTRIES} parts; it is not opened for safety")
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if unpacked > MAX_DOCX_UNPACKED:
        raise _refuse_size()
    if unpacked > 1024 * 1024 and unpacked > MAX_DOCX_RATIO * max(packed, 1):
        raise IngestError(
            f"the document is compressed more than {MAX_DOCX_RATIO} times (a possible zip bomb); "
            "it is not opened for safety"
        )
    members: dict[str, bytes] = {}
    total = 0
    try:
        for info in infos:
            if info.is_dir():
                continue
            data = _inflate(raw, info, MAX_DOCX_UNPACKED - total, budget)
            total += len(data)
            members[info.filename] = data
    except (IngestError, Cancelled):
        raise
    except Exception as exc:  # truncated stream, bad header…
        raise IngestError(f"{_NOT_DOCX} (a part of it is damaged: {exc})") from exc
    return members


def _inflate(raw: bytes, info: zipfile.ZipInfo, room: int, budget: Budget) -> bytes:
    """One member's bytes, inflated here a chunk at a time and counted as they come: zipfile would
    inflate a whole stream that lies about its size before it finds out."""
    if info.flag_bits & 0x1:
        raise IngestError(f"{_NOT_DOCX} (a part of it is encrypted)")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise IngestError(f"{_NOT_DOCX} (a part of it uses a compression Word does not)")
    header = raw[info.header_offset : info.header_offset + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise IngestError(f"{_NOT_DOCX} (a part of it is damaged)")
    start = (
        info.header_offset
        + 30
        + int.from_bytes(header[26:28], "little")
        + int.from_bytes(header[28:30], "little")
    )
    packed = raw[start : start + info.compress_size]
    if info.compress_type == zipfile.ZIP_STORED:
        if len(packed) > room:
            raise _refuse_size()
        out = packed
    else:
        inflater = zlib.decompressobj(-15)
        parts: list[bytes] = []
        size = 0
        pending = packed
        while pending and not inflater.eof:
            chunk = inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
            size += len(chunk)
            if size > room:
                raise _refuse_size()
            parts.append(chunk)
            budget.check()
        out = b"".join(parts)
    if len(out) != info.file_size or zlib.crc32(out) != info.CRC:
        raise IngestError(
            f"{_NOT_DOCX} (a part of it is not the size it declares: damaged, or a possible zip bomb); "
            "it is not opened for safety"
        )
    return out


def _stored(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def read_docx(raw: bytes, budget: Budget = UNLIMITED) -> Extracted:
    """A Word document's paragraphs (and table rows) in order; title from its properties or first heading."""
    members = check_zip(raw, budget)
    docx = load_library("docx", "a Word document")
    try:
        document = docx.Document(io.BytesIO(_stored(members)))
        body = document.element.body
    except Exception as exc:  # python-docx raises many kinds for a damaged package
        raise IngestError(f"{_NOT_DOCX} ({type(exc).__name__}: {_short(exc)})") from exc
    names = _style_names(document)
    paragraphs: list[str] = []
    heading: str | None = None
    blocks = 0
    try:
        for el in body.iterchildren():
            blocks += 1
            if el.tag == f"{_W}tbl":
                for row in _table_rows(el, budget):
                    blocks += len(row)
                    if row:
                        paragraphs.append(" | ".join(row))
                    if blocks > MAX_DOCX_BLOCKS:
                        break
            elif el.tag == f"{_W}p":
                t = _paragraph_text(el)
                if t:
                    style = names.get(_style_id(el), _style_id(el))
                    if heading is None and (style == "Title" or style.startswith(("Heading", "heading"))):
                        heading = t
                    paragraphs.append(t)
            if blocks > MAX_DOCX_BLOCKS:
                break
            if blocks % 500 == 0:
                budget.check()
    except (IngestError, Cancelled):
        raise
    except Exception as exc:
        raise IngestError(f"{_NOT_DOCX} ({type(exc).__name__}: {_short(exc)})") from exc
    if not paragraphs:
        raise IngestError("the Word document has no text")
    try:
        core_title = clean_line(document.core_properties.title)
    except Exception:  # a core.xml of an unexpected type says nothing about the text
        core_title = None
    notes: tuple[str, ...] = ()
    if blocks > MAX_DOCX_BLOCKS:
        notes = (
            f"the document has more than {MAX_DOCX_BLOCKS:,} paragraphs and cells; the rest is left out",
        )
    return Extracted("\n\n".join(paragraphs) + "\n", core_title or heading, notes=notes)


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or "no reason given"


def _style_names(document: Any) -> dict[str, str]:
    """Style id -> name ('Heading1' -> 'Heading 1'); empty when styles.xml cannot be read."""
    try:
        return {s.style_id: s.name or "" for s in document.styles if s.style_id}
    except Exception:
        return {}


def _style_id(p: Any) -> str:
    style = p.find(f"{_W}pPr/{_W}pStyle")
    return str(style.get(f"{_W}val") or "") if style is not None else ""


def _paragraph_text(p: Any) -> str:
    bits: list[str] = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        bits.append(el.text or "" if el.tag == f"{_W}t" else " ")
    return squash("".join(bits).replace("\n", " ").replace("\v", " "))


def _table_rows(tbl: Any, budget: Budget) -> list[list[str]]:
    """Each row's cell texts, merged cells once (a cell's grid span is not expanded)."""
    rows: list[list[str]] = []
    for n, tr in enumerate(tbl.iter(f"{_W}tr"), start=1):
        cells: list[str] = []
        for tc in tr.iterchildren(f"{_W}tc"):
            t = squash(" ".join(_paragraph_text(p) for p in tc.iterchildren(f"{_W}p")))
            if t and (not cells or cells[-1] != t):
                cells.append(t)
        rows.append(cells)
        if n % 200 == 0:
            budget.check()
        if n > MAX_DOCX_BLOCKS:
            break
    return rows
