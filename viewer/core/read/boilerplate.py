"""Page furniture: lines that stay in an article's text but are never claims ("Advertisement", "Published: …",
a bare date line, bylines, copyright lines).

Used when reading (to drop furniture from extracted pages) and when segmenting (to skip it).
"""

from __future__ import annotations

import re

_BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:
        advertisement|advertising|sponsored(?:\s+content)?|
        (?:new\s+)?you\ can\ now\ listen\ to\b.*|
        (?:date|published|updated|posted|last\ updated)\b[:\s](?=.*\d).{0,100}|
        (?:click|tap)\ here\b.*|read\ more\b.{0,80}|related:?.{0,80}|
        sign\ up\b.{0,100}|subscribe\b.{0,100}|share\ (?:this|on)\b.{0,60}|follow\ us\b.{0,60}|
        by\ [A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:,.{0,40})?|
        (?:photo|image|video)(?:\ credit)?:.{0,120}|
        ©.{0,120}|copyright\b.{0,120}|all\ rights\ reserved.{0,40}
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?"
# A line that is only a date or time ("Tuesday, July 2nd, 2013", "Tue Jul 2, 2013 1: 28PM GMT").
_DATE_ONLY = re.compile(
    rf"""^\s*(?:{_WEEKDAY}\s*)?(?:
        {_MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{2,4}}|
        \d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s*\d{{2,4}}|
        \d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}
    )[\s,]*(?:\d{{1,2}}\s*[:.]\s*\d{{2}}\s*(?:[ap]\.?\s*m\.?)?\s*(?:[A-Z]{{2,4}})?)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_boilerplate(line: str) -> bool:
    """True for a line that is page furniture rather than article prose."""
    s = line.strip()
    if not s:
        return True
    return bool(_BOILERPLATE_LINE.match(s) or _DATE_ONLY.match(s))
