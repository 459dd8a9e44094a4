"""Files -> :class:`Article` values: formats, encodings and the metadata a file lets us tell.

Input is never modified: each file is opened once, read-only, and at most :data:`MAX_FILE_BYTES` are read.
Every way a file can be unusable ends in :class:`IngestError`, whose message is the reason in words (the
pipeline puts the path in front of it).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable
from datetime import date

from viewer.core.model import Article, Problem
from viewer.core.read.limits import Budget
from viewer.core.read.metadata import complete as complete_metadata
from viewer.core.read.text import (
    OWN_SHEET,
    SHEET_GENERATOR,
    Extracted,
    IngestError,
    clean_text,
    decode_with_notes,
)

__all__ = [
    "MAX_CHARS",
    "MAX_FILE_BYTES",
    "OFFLINE_MESSAGE",
    "OWN_SHEET",
    "SHEET_GENERATOR",
    "SUPPORTED_SUFFIXES",
    "IngestError",
    "article_from_text",
    "expand_inputs",
    "find_date",
    "read_article",
]

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".pdf", ".docx")
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_CHARS = 2_000_000
OFFLINE_MESSAGE = "Source Viewer works offline: save the page (File > Save Page As…) and open the saved file"
_SUPPORTED_WORDS = "plain text (.txt, .md), web pages saved as .html or .htm, PDF (.pdf) and Word (.docx)"
_OWN_HTML_SHEET = re.compile(
    rb'<meta name="generator" content="Source Viewer"'
    rb'|<p class="meta">Comparison sheet of \d+ sources? \xc2\xb7 printed'
)
_URL = re.compile(r"^(?:https?|ftp)://|^www\.", re.IGNORECASE)


def expand_inputs(paths: Iterable[str]) -> tuple[list[str], list[Problem]]:
    """Files to read, in order: folders become their supported files in name order, hidden ones skipped."""
    files: list[str] = []
    problems: list[Problem] = []
    for p in paths:
        if _URL.match(p.strip()):
            problems.append(Problem(p, OFFLINE_MESSAGE))
            continue
        p = _local_path(p)
        if not os.path.isdir(p):
            files.append(p)
            continue
        try:
            names = os.listdir(p)
        except OSError as exc:
            problems.append(Problem(p, f"the folder cannot be read ({exc.strerror or exc})"))
            continue
        visible = [n for n in names if not n.startswith(".")]
        kinds = {n: _entry_kind(os.path.join(p, n)) for n in visible}
        found = sorted(
            (n for n in visible if n.lower().endswith(SUPPORTED_SUFFIXES) and kinds[n] == "file"),
            key=_natural_key,
        )
        problems.extend(
            Problem(os.path.join(p, n), f"{kinds[n]}; it is left out")
            for n in sorted(visible, key=_natural_key)
            if kinds[n] not in ("file", "folder")
        )
        if not visible:
            problems.append(Problem(p, "the folder is empty"))
        elif not found:
            problems.append(Problem(p, f"the folder holds no article files (supported: {_SUPPORTED_WORDS})"))
        files.extend(os.path.join(p, n) for n in found)
    return files, problems


def _entry_kind(path: str) -> str:
    """'file', 'folder', or what else a folder entry is, in words (dangling links, FIFOs, devices…)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "a link to a file that does not exist" if os.path.islink(path) else "it vanished"
    except OSError as exc:
        return f"it cannot be looked at ({exc.strerror or exc})"
    return _kind_of(st.st_mode)


def _kind_of(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    return "not a regular file"


def _local_path(p: str) -> str:
    if p.startswith("file://"):
        from urllib.parse import unquote, urlparse

        return unquote(urlparse(p).path)
    return p


def _natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """'part 2' before 'part 10', case ignored."""
    return tuple((0, int(t)) if t.isdigit() else (1, t) for t in re.split(r"(\d+)", name.casefold()) if t)


def read_article(path: str, article_id: str, *, cancelled: Callable[[], bool] | None = None) -> Article:
    """Read one file into an article, or raise :class:`IngestError` with the reason.

    ``cancelled`` is asked between pieces of the work, so a long file stops at once
    (:class:`~viewer.core.read.limits.Cancelled`); the work on one file is bounded in any case."""
    if _URL.match(path.strip()):
        raise IngestError(OFFLINE_MESSAGE)
    suffix = os.path.splitext(path)[1].lower()
    _check_file(path)
    if suffix not in SUPPORTED_SUFFIXES:
        if suffix == ".doc":
            raise IngestError("old Word .doc files are not supported; save the document as .docx")
        if suffix:
            raise IngestError(f"files of type {suffix} are not supported (supported: {_SUPPORTED_WORDS})")
        raise IngestError(f"the file has no type suffix (supported: {_SUPPORTED_WORDS})")
    raw = _read_bytes(path)
    if suffix in HTML_SUFFIXES and _OWN_HTML_SHEET.search(raw[:16384]):
        raise IngestError(OWN_SHEET)
    budget = Budget(cancelled)
    reader = _READERS.get(suffix, _read_plain)
    found = reader(raw, budget)
    text = found.text
    if len(text) > MAX_CHARS:
        raise IngestError(f"the text is longer than the limit of {MAX_CHARS:,} characters")
    if not text.strip():
        raise IngestError("the file holds only whitespace, no text")
    return article_from_text(
        text,
        article_id=article_id,
        path=path,
        title=found.title,
        outlet=found.outlet,
        published=found.published,
        notes=found.notes,
    )


def _check_file(path: str) -> None:
    try:
        st = os.stat(path)
    except FileNotFoundError as exc:
        raise IngestError("the file does not exist (it may have been moved or deleted)") from exc
    except OSError as exc:
        raise IngestError(f"the file cannot be read ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(st.st_mode):
        raise IngestError("this is a folder, not a file; open the folder to compare the files in it")
    if not stat.S_ISREG(st.st_mode):
        kind = _kind_of(st.st_mode)
        raise IngestError(f"this is {kind}" if kind.startswith("a ") else "this is not a regular file")
    if st.st_size > MAX_FILE_BYTES:
        raise IngestError(f"the file is larger than the limit of {MAX_FILE_BYTES // (1024 * 1024)} MB")


def _read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise IngestError("the file vanished before it could be read") from exc
    except PermissionError as exc:
        raise IngestError("the file cannot be read: permission denied") from exc
    except IsADirectoryError as exc:
        raise IngestError("this is a folder, not a file") from exc
    except OSError as exc:
        raise IngestError(f"the file cannot be read ({exc.strerror or exc})") from exc
    if len(raw) > MAX_FILE_BYTES:  # it grew while we looked
        raise IngestError(f"the file is larger than the limit of {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if not raw:
        raise IngestError("the file is empty")
    return raw


def _read_plain(raw: bytes, budget: Budget) -> Extracted:
    text, notes = decode_with_notes(raw)
    return Extracted(clean_text(text, max_chars=MAX_CHARS), notes=notes)


def _read_markdown(raw: bytes, budget: Budget) -> Extracted:
    from viewer.core.read.markdown import read_markdown

    return read_markdown(raw, max_chars=MAX_CHARS)


def _read_html(raw: bytes, budget: Budget) -> Extracted:
    from viewer.core.read.html import read_html

    return read_html(raw, budget)


def _read_pdf(raw: bytes, budget: Budget) -> Extracted:
    from viewer.core.read.pdf import read_pdf

    return read_pdf(raw, budget)


def _read_docx(raw: bytes, budget: Budget) -> Extracted:
    from viewer.core.read.docx import read_docx

    return read_docx(raw, budget)


_READERS: dict[str, Callable[[bytes, Budget], Extracted]] = {
    **dict.fromkeys(HTML_SUFFIXES, _read_html),
    ".pdf": _read_pdf,
    ".docx": _read_docx,
    **dict.fromkeys((".md", ".markdown"), _read_markdown),
}


# -- metadata from text ---------------------------------------------------------------------------------

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORD_DATE = re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b")
_DAY_FIRST_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8})\.?,? (\d{4})\b")
_DATE_LINE = re.compile(r"^\s*(?:date|published|updated|posted|last updated)\b[: ]", re.IGNORECASE)
_DATE_LINE_ANYWHERE = re.compile(
    r"^[ \t]*(?:date|published|updated|posted|last updated)\b[: ][^\n]{0,80}", re.IGNORECASE | re.MULTILINE
)


def find_date(line: str) -> str | None:
    """An ISO date from a line such as 'date 2025-11-30' or 'Published: Dec 1, 2025 10:45 am'."""
    m = _ISO_DATE.search(line)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = _WORD_DATE.search(line)
    if m and m[1].lower() in _MONTHS:
        return _valid(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    m = _DAY_FIRST_DATE.search(line)
    if m and m[2].lower() in _MONTHS:
        return _valid(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    return None


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


_SELF_NAMING = re.compile(r"You can now listen to ([A-Z][\w&]*(?: [A-Z][\w&]*){0,3}) articles", re.UNICODE)
_DOT_OUTLET = re.compile(r"^\s*·\s*([A-Z][\w&]*(?: [A-Z][\w&]*){0,3}?)(?=[A-Z][a-z]|\s*$)", re.MULTILINE)
# metadata is looked for near the top of an article, not in its body
_HEAD_LINES = 12
_TITLE_CHARS = 80


def article_from_text(
    text: str,
    *,
    article_id: str,
    path: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    notes: tuple[str, ...] = (),
) -> Article:
    """Build an article from plain text, telling its title, date and outlet where the text shows them."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    head = [ln for ln in text[:20_000].split("\n", 200) if ln.strip()][:_HEAD_LINES]
    if published is None:
        published = _published(head, text)
    if outlet is None:
        head_text = "\n".join(head)
        m = _SELF_NAMING.search(head_text) or _DOT_OUTLET.search(head_text)
        if m:
            outlet = m[1].strip()
    meta = complete_metadata(head, title=title, outlet=outlet, published=published, find_date=find_date)
    title, outlet, published = meta.title, meta.outlet, meta.published
    if not title:
        title = _title_from_lines(head) or _first_sentence(head) or _fallback_name(path, article_id)
    return Article(article_id, path, title, outlet, published, text, _boilerplate_spans(text), notes)


_GLUED_OUTLET = re.compile(r"[ \t]*·[ \t]*[A-Z][\w&]*(?: [A-Z][\w&]*){0,3}?(?=[A-Z][a-z])")


def _boilerplate_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text is page furniture (date lines, 'Advertisement', bylines, a glued '· Outlet')."""
    from viewer.core.read.boilerplate import is_boilerplate

    spans: list[tuple[int, int]] = []
    pos = 0
    for n, line in enumerate(text.split("\n")):
        body = line.strip()
        if body and is_boilerplate(body):
            start = pos + len(line) - len(line.lstrip())
            spans.append((start, start + len(body)))
        elif body and n < _HEAD_LINES:
            m = _GLUED_OUTLET.match(line)
            if m:
                start = pos + len(m[0]) - len(m[0].lstrip())
                spans.append((start, pos + m.end()))
        pos += len(line) + 1
    return tuple(spans)


def _published(head: list[str], text: str) -> str | None:
    # a short line near the top may be a bare date; further down only a labelled one counts
    for ln in head:
        if _DATE_LINE.match(ln) or len(ln) < 60:
            d = find_date(ln)
            if d:
                return d
    for m in _DATE_LINE_ANYWHERE.finditer(text):
        d = find_date(m[0])
        if d:
            return d
    return None


def _title_from_lines(lines: list[str]) -> str | None:
    from viewer.core.read.boilerplate import is_boilerplate

    for ln in lines[:4]:
        s = ln.strip()
        if is_boilerplate(s):
            continue
        s = re.sub(r"^#{1,6}\s+", "", s).strip()
        words = s.split()
        # a headline: short, no final full stop
        if 2 <= len(words) <= 20 and len(s) <= 160 and not s.endswith((".", ":", ",", ";")):
            return s
        return None
    return None


def _first_sentence(lines: list[str]) -> str | None:
    """The first sentence of the prose, cut at a word boundary, as a readable stand-in for a headline."""
    from viewer.core.read.boilerplate import is_boilerplate

    for ln in lines:
        s = " ".join(ln.split())
        if is_boilerplate(s) or not re.search(r"\w", s):
            continue
        s = re.sub(r"^(?:[-*•·]\s+|#{1,6}\s+)", "", s)
        m = re.search(r"[.!?…](?=\s+\S)", s)
        if m and m.end() <= _TITLE_CHARS:
            return s[: m.end()]
        if len(s) <= _TITLE_CHARS:
            return s
        cut = s[: _TITLE_CHARS + 1]
        space = cut.rfind(" ")
        cut = cut[:space] if space > _TITLE_CHARS // 2 else cut[:_TITLE_CHARS]
        return cut.rstrip(" ,;:-–—") + "…"
    return None


def _fallback_name(path: str | None, article_id: str) -> str:
    if path:
        return os.path.splitext(os.path.basename(path))[0] or article_id
    return f"Article {article_id}"
