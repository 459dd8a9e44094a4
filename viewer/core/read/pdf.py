"""A PDF -> its text layer in reading order, lines rejoined into paragraphs (pypdf)."""

from __future__ import annotations

import io
import re

from viewer.core.read.boilerplate import is_boilerplate
from viewer.core.read.text import CONTROL, Extracted, IngestError, clean_line, squash

_PASSWORD = "the PDF is protected by a password; save an unprotected copy and open that"
# titles that PDF writers fill in by themselves say nothing about the article
_GENERATED_TITLE = re.compile(r"(?i)untitled|microsoft word.*|.*\.(?:docx?|pdf|txt)")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)


def read_pdf(raw: bytes) -> Extracted:
    """A PDF's text layer in reading order, with lines rejoined into paragraphs."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    # pypdf logs every oddity of real-world PDFs; they say nothing to our user
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise IngestError("the PDF is encrypted in a way that cannot be opened here") from exc
            if not opened:
                raise IngestError(_PASSWORD)
        pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = reader.metadata.title if reader.metadata else None
    except IngestError:
        raise
    except FileNotDecryptedError as exc:
        raise IngestError(_PASSWORD) from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise IngestError(f"the file is not a readable PDF ({exc})") from exc
    if not pages:
        raise IngestError("the PDF has no pages")
    text = CONTROL.sub("", pdf_paragraphs(pages).replace("\x00", "").translate(_LIGATURES))
    if not text.strip():
        raise IngestError(
            "the PDF has no text layer (it looks scanned); run it through OCR first and open the result"
        )
    title = clean_line(meta_title)
    if title and (len(title) > 200 or _GENERATED_TITLE.fullmatch(title)):
        title = None
    return Extracted(text, title)


def pdf_paragraphs(pages: list[str]) -> str:
    """Rejoin the lines of PDF pages: hyphenated breaks closed, lines of a paragraph joined."""
    lines: list[str] = []
    for page in pages:
        # words of some writers' PDFs (Qt's among them) come out tab-separated: one space between words
        page_lines = [squash(ln) for ln in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        # a bare page number at the top or bottom of a page is not part of the article
        while page_lines and (not page_lines[-1] or _PAGE_NUMBER.match(page_lines[-1])):
            page_lines.pop()
        while page_lines and (not page_lines[0] or _PAGE_NUMBER.match(page_lines[0])):
            page_lines.pop(0)
        lines.extend(page_lines)
    widths = sorted(len(ln) for ln in lines if ln)
    full = widths[int(len(widths) * 0.8)] if widths else 0
    paragraphs: list[str] = []
    current = ""
    for ln in lines:
        if not ln or is_boilerplate(ln):
            # a browser's print header or footer ("7/2/13, 10:15 AM  Title", "https://… 1/1") is a line
            # of its own, never joined to the prose around it
            if current:
                paragraphs.append(current)
                current = ""
            if ln:
                paragraphs.append(ln)
            continue
        if not current:
            current = ln
        elif re.search(r"[^\W\d_][-\u00ad]$", current) and ln[:1].islower():
            current = current[:-1] + ln
        else:
            current = f"{current} {ln}"
        # a line well short of the column's width ends its paragraph, unless it breaks mid-phrase
        short = len(ln) < 0.8 * full
        if short and (ln[-1] in '.!?:"”’)' or (len(ln) < 0.6 * full and ln[-1] not in ",;-–\u00ad")):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""
