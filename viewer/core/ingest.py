"""Files -> :class:`Article` values: formats, encodings and the metadata a file lets us tell."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import date

from viewer.core.model import Article, Problem

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


class IngestError(Exception):
    """A file that cannot be read as an article; the message is the reason in words."""


def expand_inputs(paths: Iterable[str]) -> tuple[list[str], list[Problem]]:
    """Files to read, in order: directories become their supported files in name order."""
    files: list[str] = []
    problems: list[Problem] = []
    for p in paths:
        if os.path.isdir(p):
            found = sorted(
                os.path.join(p, n) for n in os.listdir(p) if n.lower().endswith(SUPPORTED_SUFFIXES)
            )
            if not found:
                problems.append(Problem(p, "the folder holds no supported article files"))
            files.extend(f for f in found if os.path.isfile(f))
        else:
            files.append(p)
    return files, problems


def read_article(path: str, article_id: str) -> Article:
    """Read one file into an article, or raise :class:`IngestError` with the reason."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError as exc:
        raise IngestError("the file does not exist") from exc
    except OSError as exc:
        raise IngestError(f"the file cannot be read ({exc.strerror})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError("the file is not UTF-8 text") from exc
    return article_from_text(text, article_id=article_id, path=path)


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
_DATE_LINE = re.compile(r"^\s*(?:date|published|updated|posted)\b[: ]", re.IGNORECASE)


def find_date(line: str) -> str | None:
    """An ISO date from a line such as 'date 2025-11-30' or 'Published: Dec 1, 2025 10:45 am'."""
    m = _ISO_DATE.search(line)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    m = _WORD_DATE.search(line)
    if m and m[1].lower() in _MONTHS:
        try:
            return date(int(m[3]), _MONTHS[m[1].lower()], int(m[2])).isoformat()
        except ValueError:
            return None
    return None


_SELF_NAMING = re.compile(r"You can now listen to ([A-Z][\w&]*(?: [A-Z][\w&]*){0,3}) articles", re.UNICODE)
_DOT_OUTLET = re.compile(r"^\s*·\s*([A-Z][\w&]*(?: [A-Z][\w&]*){0,3}?)(?=[A-Z][a-z]|\s*$)", re.MULTILINE)


def article_from_text(
    text: str,
    *,
    article_id: str,
    path: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
) -> Article:
    """Build an article from plain text, telling its title, date and outlet where the text shows them."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if published is None:
        for ln in lines:
            if _DATE_LINE.match(ln) or len(ln) < 60:
                d = find_date(ln)
                if d:
                    published = d
                    break
    if outlet is None:
        m = _SELF_NAMING.search(text) or _DOT_OUTLET.search(text)
        if m:
            outlet = m[1].strip()
    if title is None:
        title = _title_from_lines(lines) or (os.path.basename(path) if path else article_id)
    return Article(article_id, path, title, outlet, published, text)


def _title_from_lines(lines: list[str]) -> str | None:
    from viewer.core.segment import is_boilerplate

    for ln in lines[:3]:
        s = ln.strip()
        if is_boilerplate(s):
            continue
        words = s.split()
        # a headline: short, no final full stop
        if 3 <= len(words) <= 16 and not s.endswith((".", ":", ",")):
            return s
        return None
    return None
