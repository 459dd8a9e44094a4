"""Page furniture: lines that stay in an article's text but are never claims.

"Advertisement", "Published: …", a bare date line, bylines and datelines ("By Jane Smith", "Reuters, 2 July
2013"), copyright lines, a site's navigation ("Home News Sport Subscribe now!"), promotion ("Most read: …")
and the header and footer lines a browser prints into a PDF (the date and time with the page title, the
page's address, "1/2").

Used when reading (to drop furniture from extracted pages and to mark it in the text) and when segmenting
(to skip it). The rules look at the shape of a line and at the words every news site uses for its own
furniture; none of them knows an outlet by name.
"""

from __future__ import annotations

import re

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?"
_TIME = r"\d{1,2}\s*[:.]\s*\d{2}(?:\s*[:.]\s*\d{2})?\s*(?i:[ap]\.?\s*m\.?)?\s*(?:[A-Z]{2,4}\b)?"
# a written date: "July 2, 2013", "2 July 2013", "2013-07-02", "7/2/13"
DATE = (
    rf"(?i:(?:{_WEEKDAY}\s*)?(?:{_MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{2,4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s*\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}))"
)

_BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:
        advertisement|advertising|sponsored(?:\s+content)?|
        (?:new\s+)?you\ can\ now\ listen\ to\b.*|
        (?:date|published|updated|posted|last\ updated)\b[:\s](?=.*\d).{0,100}|
        (?:click|tap)\ here\b.*|read\ more\b.{0,80}|related:?.{0,80}|
        sign\ up\b.{0,100}|subscribe\b.{0,100}|share\ (?:this|on)\b.{0,60}|follow\ us\b.{0,60}|
        by\ [A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:,.{0,40})?|
        (?:photo|image|video)(?:\ credit)?:.{0,120}|
        ©.{0,120}|\(c\)\ ?\d{4}\b.{0,120}|copyright\b.{0,120}|(?:.{0,80}\b)?all\ rights\ reserved.{0,40}|
        (?:most\ (?:read|popular|viewed|shared|watched)|trending(?:\ now)?|recommended(?:\ for\ you)?|
           you\ (?:may|might)\ also\ (?:like|enjoy)|more\ (?:from|stories|news|on\ this)\b|
           editor'?s'?\ (?:picks|choice)|top\ stories|latest\ (?:news|stories|headlines)|
           related\ (?:stories|articles|coverage|content|topics)|don'?t\ miss|popular\ now|
           (?:download|get)\ (?:the|our)\ app|newsletter)\b.{0,160}
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A line that is only a date or time ("Tuesday, July 2nd, 2013", "Tue Jul 2, 2013 1: 28PM GMT").
_DATE_ONLY = re.compile(rf"^\s*{DATE}[\s,]*(?:{_TIME})?\s*$", re.IGNORECASE)
# "Reuters, 2 July 2013", "BBC News - 3 July 2013 10:15 GMT", "By Staff Reporter | July 2, 2013": a name of
# a few capitalised words (an outlet, an author or a place), then the date
_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:of\s+|the\s+|&\s+)?[A-Z][\w&.'’-]*){0,4}"
DATELINE = re.compile(
    rf"^\s*(?:[Bb]y\s+)?(?P<names>{_NAME}(?:\s*[,|/·–—-]\s*{_NAME}){{0,2}})\s*[,|/·–—-]\s*"
    rf"(?P<date>{DATE})[\s,]*(?:{_TIME})?\s*$"
)
# What a browser prints above and below each page: "7/2/13, 10:15 AM   Page title", an address, "1/2".
_PRINT_HEADER = re.compile(rf"^\s*{DATE},?\s+{_TIME}(?:\s+(?P<title>.{{0,200}}[^.]))?\s*$")
_PRINT_FOOTER = re.compile(
    r"^\s*(?:(?:file|https?)://\S+|about:blank)(?:\s+\d{1,4}\s*/\s*\d{1,4})?\s*$|"
    r"^\s*(?:page\s+)?\d{1,4}\s*(?:/|of)\s*\d{1,4}\s*$",
    re.IGNORECASE,
)
# Words of a site's menu: a line made mostly of them is navigation ("Home News Sport Subscribe now!").
_MENU_WORDS = frozenset(
    """home news sport sports weather world business politics opinion culture lifestyle entertainment
    tech technology science health travel video videos live podcasts podcast newsletters newsletter menu
    search login log sign in register account subscribe subscription contact about more latest local
    markets money arts style food games puzzles crosswords shop jobs obituaries
    now today tv radio audio photos gallery galleries sections skip content main navigation""".split()
)
_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}$", re.IGNORECASE)
_MAX_SITE_WORDS = 5
MIN_TITLE_WORDS = 3


def looks_like_site(s: str) -> bool:
    """A site's name: a few words that start with a capital ('Andes Daily', 'BBC News') or a domain."""
    if not s or len(s) > 40:
        return False
    if _DOMAIN.match(s):
        return True
    words = s.split()
    if len(words) > _MAX_SITE_WORDS or not words[0][:1].isupper():
        return False
    # a site name has no sentence in it: no final stop, every longer word capitalised
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or len(w) <= 3)
    return not s.endswith((".", "!", "?", ":")) and capitalised == len(words)


def printed_title(line: str) -> str | None:
    """The page title in a browser's print header ("7/2/13, 10:15 AM  Quake kills 12 | Andes Daily")."""
    m = _PRINT_HEADER.match(line)
    return m["title"].strip() if m and m["title"] else None


def page_title(line: str) -> bool:
    """'Quake kills 12 in Chile | Andes Daily': a page's title with its site, as a browser prints it above
    the page (an article's own headline never names the site)."""
    head, sep, _ = line.partition(" | ")
    if not sep or len(head.split()) < MIN_TITLE_WORDS or head.rstrip().endswith((".", ":", ";")):
        return False
    return all(looks_like_site(p.strip()) for p in line.split(" | ")[1:])


_EMPHASIS = re.compile(r"^[\s*_>]+|[\s*_]+$")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+")


def is_boilerplate(line: str) -> bool:
    """True for a line that is page furniture rather than article prose."""
    s = _EMPHASIS.sub("", line.strip())  # "*Reuters, 2 July 2013*" in Markdown
    if not s:
        return True
    if len(s) > 300:
        return False
    return bool(
        _BOILERPLATE_LINE.match(s)
        or _DATE_ONLY.match(s)
        or DATELINE.match(s)
        or _PRINT_HEADER.match(s)
        or _PRINT_FOOTER.match(s)
        or _is_navigation(s)
        or page_title(s)
    )


def _is_navigation(s: str) -> bool:
    if s.endswith((".", ",", ";", ":")) or len(s) > 160:
        return False
    words = _TOKEN.findall(s)
    if len(words) < 3:
        return False
    menu = sum(1 for w in words if w.casefold() in _MENU_WORDS)
    return menu >= 0.6 * len(words)
