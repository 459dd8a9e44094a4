"""A saved web page -> its main text, title, site name and date (trafilatura, with a simple fallback).

Nothing here touches the network: trafilatura only ever sees the saved page as a string.
"""

from __future__ import annotations

import re
from typing import Any

from viewer.core.read.limits import UNLIMITED, Budget, strict_imports
from viewer.core.read.metadata import split_site
from viewer.core.read.text import (
    Extracted,
    IngestError,
    clean_line,
    clean_text,
    decode_with_notes,
    iso_date,
    squash,
)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# trafilatura's time and memory grow fast with the number of elements (a 4 MB page of small repeated
# elements took a minute and 2.6 GB): larger pages go to the simple extraction, with a note
MAX_EXTRACT_ELEMENTS = 60_000
MAX_EXTRACT_BYTES = 8 * 1024 * 1024
_TAG = re.compile(r"<[A-Za-z]")
# an internal DTD subset (<!DOCTYPE html [ <!ENTITY lol "lol"> … ]>) is not HTML: parsers show its end
# and its entity references as text, and an XML parser would expand them (a billion laughs)
_INTERNAL_DTD = re.compile(r"<!DOCTYPE[^\[>]{0,1000}\[(.*?)\]\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY_DECL = re.compile(r"<!ENTITY\s+%?\s*([A-Za-z_][\w.-]*)")
_FEED_CHARS = 256 * 1024


def read_html(raw: bytes, budget: Budget = UNLIMITED) -> Extracted:
    """A saved web page -> its main text (title first, paragraphs apart), title, site name and date."""
    m = _META_CHARSET.search(raw[:4096])
    text, notes_found = decode_with_notes(raw, declared=m[1].decode("ascii") if m else None)
    html = _without_internal_dtd(clean_text(text))
    if not html.strip():
        raise IngestError("the page is empty")
    html = _unwrap_source_lines(html)
    notes = list(notes_found)
    explained = len(notes)  # notes past this one already say why the simple extraction was used
    title = outlet = published = None
    body = ""
    doc = None
    elements = len(_TAG.findall(html))
    if elements > MAX_EXTRACT_ELEMENTS or len(html) > MAX_EXTRACT_BYTES:
        notes.append(
            f"the page has {elements:,} elements, too many for the main-text extraction; a simpler "
            "extraction was used, which may keep menus and other page furniture"
        )
    else:
        doc = _trafilatura(html, notes)
    budget.check()
    if doc is not None and not isinstance(doc, dict):
        body = str(doc.text or "")
        title = clean_line(doc.title)
        outlet = clean_line(doc.sitename)
        published = iso_date(doc.date)
    fallback = _SimpleHtml.parse(html, budget)
    if not body.strip():
        body = fallback.text
        if len(notes) == explained:
            notes.append("the main-text extraction found no article text; the page's visible text was used")
    title = title or fallback.title
    outlet = outlet or fallback.outlet
    published = published or fallback.published
    title, site = split_site(title)  # "Quake strikes Chile | Andes Daily": the site is the outlet
    if site is None:  # trafilatura gives the headline without the suffix; the page's <title> keeps it
        site = split_site(fallback.title)[1]
    outlet = outlet or site
    paragraphs = [squash(p) for p in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise IngestError("the page has no article text that could be found")
    # the headline is shown once: a menu line may stand above the page's own heading
    if title and all(p.casefold() != title.casefold() for p in paragraphs[:3]):
        paragraphs.insert(0, title)
    return Extracted("\n\n".join(paragraphs) + "\n", title, outlet, published, tuple(notes))


def _trafilatura(html: str, notes: list[str]) -> Any:
    """trafilatura's extraction, or None (with a note) when it is missing or fails on this page."""
    import logging

    try:
        import trafilatura
    except ImportError as exc:
        if strict_imports():
            raise
        notes.append(
            f"the main-text extraction (trafilatura) cannot be loaded ({exc}); a simpler one was used"
        )
        return None
    # trafilatura and htmldate log their doubts about a page; the user only needs our result
    for name in ("trafilatura", "htmldate"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        return trafilatura.bare_extraction(
            html,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=True,
        )
    except (RecursionError, MemoryError, Exception) as exc:  # the fallback still has the page's text
        if isinstance(exc, ImportError) and strict_imports():
            raise
        notes.append(
            f"the main-text extraction failed on this page ({type(exc).__name__}); a simpler one was used"
        )
        return None


def _without_internal_dtd(html: str) -> str:
    """The page without an internal DTD subset, and without references to the entities it declared."""
    start = html[:4096].lower().find("<!doctype")
    m = _INTERNAL_DTD.match(html, start, start + 200_000) if start >= 0 else None
    if m is None:
        return html
    names = set(_ENTITY_DECL.findall(m[1]))
    rest = html[: m.start()] + "<!DOCTYPE html>" + html[m.end() :]
    if names:
        rest = re.sub(r"&([A-Za-z_][\w.-]*);", lambda r: "" if r[1] in names else r[0], rest)
    return rest


_PRE = re.compile(r"(<pre\b.*?</pre\s*>)", re.IGNORECASE | re.DOTALL)


def _unwrap_source_lines(html: str) -> str:
    """A line break in the page's source is a space to a browser (outside <pre>): a paragraph written
    over two source lines is one paragraph, not two."""
    parts = _PRE.split(html)
    return "".join(p if i % 2 else re.sub(r"[ \t]*\n[ \t]*", " ", p) for i, p in enumerate(parts))


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
    def parse(cls, html: str, budget: Budget = UNLIMITED) -> _SimpleHtml:
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
                        out.outlet = clean_line(content)
                    elif key in ("og:title", "twitter:title") and not out.title:
                        out.title = clean_line(content)
                    elif key in _DATE_KEYS and not out.published:
                        out.published = iso_date(content)
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
        try:
            for start in range(0, len(html), _FEED_CHARS):
                budget.check()
                parser.feed(html[start : start + _FEED_CHARS])
            parser.close()
        except (AssertionError, ValueError, IndexError):  # html.parser gives up on some broken markup
            pass  # the text before that point is kept

        out.text = "".join(parts)
        out.title = out.title or clean_line("".join(title))
        return out
