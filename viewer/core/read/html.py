"""A saved web page -> its main text, title, site name and date (trafilatura, with a simple fallback).

Nothing here touches the network: trafilatura only ever sees the saved page as a string.
"""

from __future__ import annotations

import re

from viewer.core.read.metadata import split_site
from viewer.core.read.text import (
    Extracted,
    IngestError,
    clean_line,
    clean_text,
    decode_text,
    iso_date,
    squash,
)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def read_html(raw: bytes) -> Extracted:
    """A saved web page -> its main text (title first, paragraphs apart), title, site name and date."""
    m = _META_CHARSET.search(raw[:4096])
    html = clean_text(decode_text(raw, declared=m[1].decode("ascii") if m else None))
    if not html.strip():
        raise IngestError("the page is empty")
    html = _unwrap_source_lines(html)
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
        title = clean_line(doc.title)
        outlet = clean_line(doc.sitename)
        published = iso_date(doc.date)
    fallback = _SimpleHtml.parse(html)
    if not body.strip():
        body = fallback.text
    title = title or fallback.title
    outlet = outlet or fallback.outlet
    published = published or fallback.published
    title, site = split_site(title)  # "Quake strikes Chile | Andes Daily": the site is the outlet
    outlet = outlet or site
    paragraphs = [squash(p) for p in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise IngestError("the page has no article text that could be found")
    # the headline is shown once: a menu line may stand above the page's own heading
    if title and all(p.casefold() != title.casefold() for p in paragraphs[:3]):
        paragraphs.insert(0, title)
    return Extracted("\n\n".join(paragraphs) + "\n", title, outlet, published)


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
        parser.feed(html)
        parser.close()
        out.text = "".join(parts)
        out.title = out.title or clean_line("".join(title))
        return out
