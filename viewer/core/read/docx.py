"""A Word .docx -> its paragraphs and table rows in order (python-docx), after a zip-bomb check."""

from __future__ import annotations

import io

from viewer.core.read.text import Extracted, IngestError, clean_line, squash

MAX_DOCX_UNPACKED = 50 * 1024 * 1024
MAX_DOCX_RATIO = 100
MAX_ZIP_ENTRIES = 5000


def check_zip(raw: bytes) -> None:
    """Refuse an archive that would unpack to far more than its size (a zip bomb) before parsing it."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise IngestError("the file is not a valid Word .docx document (it is not a zip archive)") from exc
    if len(infos) > MAX_ZIP_ENTRIES:
        raise IngestError(f"the document has more than {MAX_ZIP_ENTRIES} parts; it is not opened for safety")
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if unpacked > MAX_DOCX_UNPACKED:
        raise IngestError(
            f"the document would unpack to more than the {MAX_DOCX_UNPACKED // (1024 * 1024)} MB limit; "
            "it is not opened for safety"
        )
    if unpacked > 1024 * 1024 and unpacked > MAX_DOCX_RATIO * max(packed, 1):
        raise IngestError(
            f"the document is compressed more than {MAX_DOCX_RATIO} times (a possible zip bomb); "
            "it is not opened for safety"
        )


def read_docx(raw: bytes) -> Extracted:
    """A Word document's paragraphs (and table rows) in order; title from its properties or first heading."""
    check_zip(raw)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # python-docx raises many kinds for a damaged package
        raise IngestError("the file is not a valid Word .docx document") from exc
    paragraphs: list[str] = []
    heading: str | None = None
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    t = squash(cell.text.replace("\n", " "))
                    if t and (not cells or cells[-1] != t):  # merged cells repeat their text
                        cells.append(t)
                if cells:
                    paragraphs.append(" | ".join(cells))
            continue
        t = squash(block.text.replace("\n", " ").replace("\v", " "))
        if not t:
            continue
        style = (block.style.name if block.style is not None else "") or ""
        if heading is None and (style == "Title" or style.startswith("Heading")):
            heading = t
        paragraphs.append(t)
    if not paragraphs:
        raise IngestError("the Word document has no text")
    title = clean_line(document.core_properties.title) or heading
    return Extracted("\n\n".join(paragraphs) + "\n", title)
