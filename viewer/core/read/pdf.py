"""A PDF -> its text layer in reading order, lines rejoined into paragraphs (pypdf)."""

from __future__ import annotations

import io
import re
from typing import Any

from viewer.core.read.boilerplate import is_boilerplate
from viewer.core.read.limits import UNLIMITED, Budget, Cancelled, load_library
from viewer.core.read.text import (
    CONTROL,
    OWN_SHEET,
    SHEET_GENERATOR,
    Extracted,
    IngestError,
    clean_line,
    squash,
)

MAX_PDF_PAGES = 5000

_PASSWORD = "the PDF is protected by a password; save an unprotected copy and open that"
# titles that PDF writers fill in by themselves say nothing about the article
_GENERATED_TITLE = re.compile(r"(?i)untitled|microsoft word.*|.*\.(?:docx?|pdf|txt)")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)


def read_pdf(raw: bytes, budget: Budget = UNLIMITED) -> Extracted:
    """A PDF's text layer in reading order, with lines rejoined into paragraphs.

    Whatever pypdf raises on a damaged or hostile file becomes "this PDF cannot be read: …"; the pages are
    read one at a time, with the budget checked between them."""
    import logging

    if b"/Encrypt" in raw:  # AES needs it; without it pypdf raises DependencyError on the common kind
        load_library("cryptography", "an encrypted PDF")
    pypdf = load_library("pypdf", "a PDF")
    errors = load_library("pypdf.errors", "a PDF")

    # pypdf logs every oddity of real-world PDFs; they say nothing to our user
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    pages: list[str] = []
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            _decrypt(reader, errors)
        count = len(reader.pages)
        if count > MAX_PDF_PAGES:
            raise IngestError(f"the PDF has {count:,} pages, more than the limit of {MAX_PDF_PAGES:,}")
        for page in reader.pages:
            budget.check()
            pages.append(page.extract_text() or "")
        meta = reader.metadata
        meta_title = meta.title if meta else None
        creator = meta.creator if meta else None
    except (IngestError, Cancelled):
        raise
    except errors.FileNotDecryptedError as exc:
        raise IngestError(_PASSWORD) from exc
    except RecursionError as exc:
        raise IngestError("this PDF cannot be read: its objects are nested too deeply") from exc
    except MemoryError as exc:
        raise IngestError("this PDF cannot be read: it needs more memory than is available") from exc
    except NotImplementedError as exc:
        if "encryption" in str(exc):  # pypdf refuses a security handler other than /Standard up front
            raise _other_security(_HANDLER.findall(raw[:1_000_000])) from exc
        raise IngestError(f"this PDF cannot be read: {_reason(exc)}") from exc
    except Exception as exc:  # pypdf raises dozens of kinds (LimitReachedError, ZeroDivisionError, …)
        raise IngestError(f"this PDF cannot be read: {_reason(exc)}") from exc
    if isinstance(creator, str) and creator.startswith(SHEET_GENERATOR):
        raise IngestError(OWN_SHEET)
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


def _decrypt(reader: Any, errors: Any) -> None:
    encrypt = reader.trailer.get("/Encrypt")
    handler = encrypt.get_object().get("/Filter") if encrypt is not None else None
    if handler is not None and handler != "/Standard":
        raise _other_security([str(handler).lstrip("/").encode()])
    try:
        opened = reader.decrypt("")
    except (errors.DependencyError, NotImplementedError) as exc:
        raise IngestError(
            f"this PDF is encrypted in a way that cannot be opened here ({_reason(exc)})"
        ) from exc
    if not opened:
        raise IngestError(_PASSWORD)


_HANDLER = re.compile(rb"/Filter\s*/((?:Adobe\.|Entrust\.)?[A-Za-z][\w.]*)")
_STREAM_FILTERS = {
    b"FlateDecode",
    b"LZWDecode",
    b"ASCIIHexDecode",
    b"ASCII85Decode",
    b"RunLengthDecode",
    b"DCTDecode",
    b"JPXDecode",
    b"JBIG2Decode",
    b"CCITTFaxDecode",
    b"Crypt",
    b"Standard",
}


def _other_security(found: list[bytes]) -> IngestError:
    names = [n.decode("ascii", "replace") for n in found if n not in _STREAM_FILTERS]
    what = f"{names[0]} security" if names else "a security handler other than a password"
    return IngestError(
        f"this PDF is encrypted with {what} (for named recipients or a certificate), which cannot be "
        "opened here; ask for an unprotected copy"
    )


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:200] or "no reason given"
    return f"{type(exc).__name__}: {text}"


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
