"""Bytes of one file -> plain text and the metadata the format carries (HTML, PDF, Word, plain text).

Every reader takes the bytes already read (the file is opened once, read-only, by :mod:`viewer.core.ingest`)
and raises :class:`IngestError` with a reason a user understands. Heavy libraries are imported inside the
reader that needs them so that starting the app does not pay for them. Nothing here touches the network:
trafilatura only ever sees the saved page as a string.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

MAX_DOCX_UNPACKED = 50 * 1024 * 1024
MAX_DOCX_RATIO = 100
MAX_ZIP_ENTRIES = 5000


class IngestError(Exception):
    """A file that cannot be read as an article; the message is the reason in words (without the path)."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a format reader found: the text to show and any metadata the file declares."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


# -- plain text -----------------------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Files that often arrive under a text name by mistake: say what they really are.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (perhaps a Word .docx document)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
)
_BINARY = "the file is not text (it looks like binary data)"


def decode_text(raw: bytes, *, declared: str | None = None) -> str:
    """Decode the bytes of a text file: BOMs, UTF-8, UTF-16 without BOM, then charset detection.

    ``declared`` is an encoding the file names itself (an HTML ``<meta charset>``); it is tried after
    UTF-8. The result is not yet normalised (line ends, NULs): see :func:`clean_text`.
    """
    # UTF-16 LE text that starts with NUL begins like the UTF-32 LE mark: UTF-32 is tried first, and
    # UTF-16 when the bytes are not valid UTF-32
    marked = [(bom, enc) for bom, enc in _BOMS if raw.startswith(bom)]
    for bom, enc in marked:
        try:
            return raw[len(bom) :].decode(enc)
        except UnicodeDecodeError:
            continue
    if marked:
        enc = marked[0][1]
        raise IngestError(f"the file starts with a {enc.upper()} mark but is not valid {enc.upper()} text")
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise IngestError(f"the file is {what}, not text")
    nuls = raw.count(0)
    if nuls > max(4, len(raw) // 20):
        text = _utf16_without_bom(raw)
        if text is None:
            raise IngestError(_BINARY)
        return text
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return raw.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return _detect(raw)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a byte-order mark shows its NULs on every other byte."""
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    half = len(raw) // 2
    if half == 0:
        return None
    enc = "utf-16-le" if odd > 0.6 * half and even < 0.1 * half else None
    if enc is None and even > 0.6 * half and odd < 0.1 * half:
        enc = "utf-16-be"
    if enc is None:
        return None
    try:
        return raw[: len(raw) // 2 * 2].decode(enc)
    except UnicodeDecodeError:
        return None


def _detect(raw: bytes) -> str:
    # charset-normalizer often names a neighbour of Windows-1252 (cp1250, mac_latin2…) for short Western
    # text, so Western text is recognised first: Windows-1252 (a superset of the printable Latin-1)
    # decodes it, most of its letters are ASCII, and no odd symbol sits inside a word.
    western = _as_cp1252(raw)
    if western is not None and _mostly_latin(western) and not _SYMBOL_IN_WORD.search(western):
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise IngestError("the file is not text, or its text encoding cannot be recognised")
    return str(best)


# a non-ASCII symbol between two letters ("wi¹zka") means the bytes were not Windows-1252
_SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])[\x80-\xbf\xd7\xf7](?=[^\W\d_])")


def _as_cp1252(raw: bytes) -> str | None:
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _mostly_latin(text: str) -> bool:
    letters = [c for c in text[:200_000] if c.isalpha()]
    if not letters:
        return True
    return sum(1 for c in letters if c > "\x7f") / len(letters) < 0.5


# C0 and C1 control codes other than tab, line feed, vertical tab, form feed and escape
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


def clean_text(text: str, *, max_chars: int | None = None) -> str:
    """Normalise line ends to LF, drop NULs and a leading BOM; refuse text that is mostly control codes.

    ``max_chars`` refuses longer text before the slower checks run.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = text.lstrip("\ufeff")
    if max_chars is not None and len(text) > max_chars:
        raise IngestError(f"the text is longer than the limit of {max_chars:,} characters")
    if text and len(_CONTROL.findall(text)) > max(2, len(text) // 50):
        raise IngestError(_BINARY)
    return text


# -- HTML -----------------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def read_html(raw: bytes) -> Extracted:
    """A saved web page -> its main text (title first, paragraphs apart), title, site name and date."""
    m = _META_CHARSET.search(raw[:4096])
    html = clean_text(decode_text(raw, declared=m[1].decode("ascii") if m else None))
    if not html.strip():
        raise IngestError("the page is empty")
    title = outlet = published = None
    body = ""
    try:
        import logging

        import trafilatura

        # trafilatura and htmldate log their doubts about a page; the user only needs our result
        for name in ("trafilatura", "htmldate"):
            logging.getLogger(name).setLevel(logging.ERROR)
        doc = trafilatura.bare_extraction(
            html,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=True,
        )
    except Exception:  # a page trafilatura chokes on still has text the fallback can take
        doc = None
    if doc is not None and not isinstance(doc, dict):
        body = str(doc.text or "")
        title = _clean_line(doc.title)
        outlet = _clean_line(doc.sitename)
        published = _iso_date(doc.date)
    fallback = _SimpleHtml.parse(html)
    if not body.strip():
        body = fallback.text
    title = title or fallback.title
    outlet = outlet or fallback.outlet
    published = published or fallback.published
    paragraphs = [_squash(p) for p in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise IngestError("the page has no article text that could be found")
    if title and paragraphs[0].casefold() != title.casefold():
        paragraphs.insert(0, title)
    return Extracted("\n\n".join(paragraphs) + "\n", title, outlet, published)


def _squash(s: str) -> str:
    return re.sub(r"[ \t\u00a0]+", " ", s).strip()


def _clean_line(s: object) -> str | None:
    if not isinstance(s, str):
        return None
    s = _squash(s.replace("\n", " "))
    return s or None


_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def _iso_date(s: object) -> str | None:
    from datetime import date

    if not isinstance(s, str):
        return None
    m = _ISO.match(s)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


_DATE_KEYS = ("article:published_time", "date", "pubdate", "dc.date", "dc.date.issued")


class _SimpleHtml:
    """A plain fallback when trafilatura finds nothing: visible text of the page minus its furniture."""

    _SKIP = frozenset(
        {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "svg", "iframe"}
    )
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote"}
    )

    def __init__(self) -> None:
        self.text = ""
        self.title: str | None = None
        self.outlet: str | None = None
        self.published: str | None = None

    @classmethod
    def parse(cls, html: str) -> _SimpleHtml:
        from html.parser import HTMLParser

        out = cls()
        parts: list[str] = []
        title: list[str] = []
        state = {"skip": 0, "in_title": False}

        class Parser(HTMLParser):
            def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
                a = {k.lower(): (v or "") for k, v in attrs}
                if tag == "meta":
                    key = (a.get("property") or a.get("name") or "").lower()
                    content = a.get("content", "")
                    if key in ("og:site_name", "application-name", "publisher") and not out.outlet:
                        out.outlet = _clean_line(content)
                    elif key in ("og:title", "twitter:title") and not out.title:
                        out.title = _clean_line(content)
                    elif key in _DATE_KEYS and not out.published:
                        out.published = _iso_date(content)
                elif tag in cls._SKIP:
                    state["skip"] = int(state["skip"]) + 1
                elif tag == "title":
                    state["in_title"] = True
                if tag in cls._BLOCK:
                    parts.append("\n")

            def handle_endtag(self, tag: str) -> None:
                if tag in cls._SKIP:
                    state["skip"] = max(0, int(state["skip"]) - 1)
                elif tag == "title":
                    state["in_title"] = False
                if tag in cls._BLOCK:
                    parts.append("\n")

            def handle_data(self, data: str) -> None:
                if state["in_title"]:
                    title.append(data)
                elif not state["skip"]:
                    parts.append(data)

        parser = Parser(convert_charrefs=True)
        parser.feed(html)
        parser.close()
        out.text = "".join(parts)
        out.title = out.title or _clean_line("".join(title))
        return out


# -- PDF ------------------------------------------------------------------------------------------------

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
    text = _CONTROL.sub("", pdf_paragraphs(pages).replace("\x00", "").translate(_LIGATURES))
    if not text.strip():
        raise IngestError(
            "the PDF has no text layer (it looks scanned); run it through OCR first and open the result"
        )
    title = _clean_line(meta_title)
    if title and (len(title) > 200 or _GENERATED_TITLE.fullmatch(title)):
        title = None
    return Extracted(text, title)


def pdf_paragraphs(pages: list[str]) -> str:
    """Rejoin the lines of PDF pages: hyphenated breaks closed, lines of a paragraph joined."""
    lines: list[str] = []
    for page in pages:
        page_lines = [ln.strip() for ln in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
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
        if not ln:
            if current:
                paragraphs.append(current)
                current = ""
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


# -- Word -----------------------------------------------------------------------------------------------


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
                    t = _squash(cell.text.replace("\n", " "))
                    if t and (not cells or cells[-1] != t):  # merged cells repeat their text
                        cells.append(t)
                if cells:
                    paragraphs.append(" | ".join(cells))
            continue
        t = _squash(block.text.replace("\n", " ").replace("\v", " "))
        if not t:
            continue
        style = (block.style.name if block.style is not None else "") or ""
        if heading is None and (style == "Title" or style.startswith("Heading")):
            heading = t
        paragraphs.append(t)
    if not paragraphs:
        raise IngestError("the Word document has no text")
    title = _clean_line(document.core_properties.title) or heading
    return Extracted("\n\n".join(paragraphs) + "\n", title)
