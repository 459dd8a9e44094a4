"""Dates a claim states, read as spans of calendar days against its article's publication date.

Shared by alignment (two claims dated far apart tell of different events) and the contradiction
finder (two dates in the same place of two claims disagree). Relative dates ("yesterday", "on
Sunday", "last June", "last year", "two years ago", "this week", "earlier this month") mean a span
only when the publication date is known; an undated article's relative dates stay unresolved (None),
never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from viewer.core.claims.textnorm import number_value

MONTHS = "january february march april may june july august september october november december".split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# a month's name as a regular expression, written out or cut short ("March", "Sept.")
MONTH_RX = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ABBREV = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_UNITS = {"day": 1, "week": 7, "month": 30, "year": 365}
# how far an "N units ago" may be off, by unit: "two years ago" is a year give or take half of one
_AGO_SLACK = {"day": 0, "week": 3, "month": 15, "year": 182}

Span = tuple[date, date]


def parse_published(published: str | None) -> date | None:
    """An ISO publication date ('2013-07-02', or with a time) as a date, or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def day_of_month(low: str) -> int | None:
    """'16' or '16th' -> 16; None for other words and for numbers no month has ('0', '45')."""
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", low)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None


def month_span(year: int, month: int, days: tuple[int, int] | None) -> Span:
    """The days ``days`` (or the whole month) of ``month`` in ``year``."""
    last_day = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    lo, hi = days if days is not None else (1, last_day)
    return date(year, month, min(lo, last_day)), date(year, month, min(hi, last_day))


def month_year(month: int, published: date, before: str = "") -> int:
    """The year a month named without one falls in: 'last June' is the June before publication,
    'next June' the one after; a bare month is this year's unless it lies more than a month ahead."""
    if before == "last":
        return published.year if month < published.month else published.year - 1
    if before == "next":
        return published.year if month > published.month else published.year + 1
    return published.year if month <= published.month + 1 else published.year - 1


def weekday_span(weekday: int, published: date, before: str = "") -> Span:
    """'Sunday' / 'on Sunday' / 'last Sunday': the latest such day up to publication; 'next Sunday' after."""
    if before == "next":
        day = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    else:
        day = published - timedelta(days=(published.weekday() - weekday) % 7)
    return day, day


def relative(norms: list[str], i: int, p: date | None) -> tuple[int, Span | None] | None:
    """'last week', 'yesterday', 'earlier this month', 'two years ago'… at ``i`` (lower-case words):
    (how many words, span or None where the publication date is unknown); None for no relative date."""
    w = norms[i]
    nxt = norms[i + 1] if i + 1 < len(norms) else ""
    if w in ("yesterday", "today", "tonight", "tomorrow"):
        if p is None:
            return 1, None
        d = p + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(w, 0))
        return 1, (d, d)
    if w in ("earlier", "later") and nxt == "this" and i + 2 < len(norms):
        found = relative(norms, i + 1, p)
        if found is None:
            return None
        n, span = found
        if span is not None:  # earlier this month: from its start to the publication day
            span = (span[0], max(span[0], p)) if w == "earlier" and p is not None else span
        return n + 1, span
    if w in ("last", "this", "next", "past") and nxt in ("week", "month", "year", "weekend"):
        if p is None:
            return 2, None
        w = "last" if w == "past" else w
        monday = p - timedelta(days=p.weekday())
        if nxt in ("week", "weekend"):
            if w == "last":
                return 2, (monday - timedelta(days=7), p)
            if w == "this":
                return 2, (monday, monday + timedelta(days=6))
            return 2, (monday + timedelta(days=7), monday + timedelta(days=13))
        if nxt == "month":
            first = p.replace(day=1)
            if w == "last":
                prev = first - timedelta(days=1)
                return 2, (prev.replace(day=1), prev)
            if w == "this":
                return 2, month_span(p.year, p.month, None)
            return 2, month_span(p.year + p.month // 12, p.month % 12 + 1, None)
        year = p.year + {"last": -1, "this": 0, "next": 1}[w]
        return 2, (date(year, 1, 1), date(year, 12, 31))
    # "two years ago", "a week ago", "three days earlier" is not anchored to publication
    if i + 2 < len(norms) and norms[i + 2] == "ago" and nxt.rstrip("s") in _UNITS:
        count = 1.0 if w in ("a", "an", "one") else number_value(w)
        if count is None or count <= 0 or count != int(count):
            return None
        if p is None:
            return 3, None
        unit = nxt.rstrip("s")
        centre = p - timedelta(days=int(count) * _UNITS[unit])
        slack = timedelta(days=_AGO_SLACK[unit])
        return 3, (centre - slack, centre + slack)
    return None


@dataclass(frozen=True, slots=True)
class When:
    """A date of a claim as a span of days; ``relative`` when read against the publication date."""

    span: Span
    relative: bool
    whole_year: bool = False  # "2013", "last year": a different year is another time


_WORD = re.compile(r"[A-Za-z]+|\d+(?:st|nd|rd|th)?")


def claim_dates(text: str, published: date | None) -> list[When]:
    """The dates of a claim as spans: years, month names (with the year stated, or the one they fall
    in relative to publication) and relative dates. Without a publication date, only what the text
    itself pins down (a year) is returned."""
    found_words = list(_WORD.finditer(text))
    raw = [m.group(0) for m in found_words]
    # whether a word runs on into the next with nothing but a space between ("Sunday Times")
    runs_on = [text[m.end() : n.start()] == " " for m, n in pairwise(found_words)]
    lows = [w.lower() for w in raw]
    out: list[When] = []
    i = 0
    while i < len(lows):
        w = lows[i]
        before = lows[i - 1] if i else ""
        if re.fullmatch(r"(1[89]|20)\d\d", w):
            y = int(w)
            out.append(When((date(y, 1, 1), date(y, 12, 31)), False, True))
            i += 1
            continue
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        month = MONTHS.index(w) + 1 if w in MONTHS else _ABBREV.get(w)
        pinned = day_of_month(nxt) is not None or re.fullmatch(r"(1[89]|20)\d\d", nxt) is not None
        # a full month name in capitals; "May", "Jan" or "Dec" only with a day or a year after them
        if (
            month is not None
            and raw[i][:1].isupper()
            and (pinned or (w in MONTHS and w != "may" and _alone(raw, runs_on, i)))
        ):
            days = None
            k = i + 1
            if (d := day_of_month(nxt)) is not None:
                days, k = (d, d), i + 2
            elif (d := day_of_month(before)) is not None:
                days = (d, d)
            if k < len(lows) and re.fullmatch(r"(1[89]|20)\d\d", lows[k]):
                out.append(When(month_span(int(lows[k]), month, days), False))
                i = k + 1
                continue
            if published is not None:
                year = month_year(month, published, before)
                out.append(When(month_span(year, month, days), True))
            i = k
            continue
        if w in WEEKDAYS and raw[i][:1].isupper() and _alone(raw, runs_on, i):
            if published is not None:
                out.append(When(weekday_span(WEEKDAYS.index(w), published, before), True))
            i += 1
            continue
        found = relative(lows, i, published)
        if found is not None:
            n, span = found
            if span is not None:
                out.append(When(span, True, lows[i + n - 1] == "year" and "ago" not in lows[i : i + n]))
            i += n
            continue
        i += 1
    return out


def _alone(raw: list[str], runs_on: list[bool], i: int) -> bool:
    """Whether a day or month name stands alone, not inside a name ("The Sunday Times", "Good
    Friday", "June Carter"): no capitalised word right after it, nor right before it (but the first)."""
    nxt = raw[i + 1] if i + 1 < len(raw) and runs_on[i] else ""
    prev = raw[i - 1] if i >= 2 and runs_on[i - 1] else ""
    named = (nxt[:1].isupper() and nxt.lower() not in MONTHS) or prev[:1].isupper()
    return not named


# a date read from the publication date may be off by days (time zones, the weekday meant, a story
# told over a few weeks); news of one event is told within a month, as with articles (STORY_DAYS)
FAR_DAYS = 31


def _far(x: When, y: When) -> bool:
    gap = max(0, (y.span[0] - x.span[1]).days, (x.span[0] - y.span[1]).days)
    return gap > FAR_DAYS or ((x.whole_year or y.whole_year) and gap > 0)


def dated_apart(a: Sequence[When], b: Sequence[When]) -> bool:
    """Whether two claims' dates cannot meet: one of them has a relative date, and every date of one
    is far (:data:`FAR_DAYS`, or another year) from every date of the other."""
    if not a or not b or not any(x.relative for x in (*a, *b)):
        return False
    return all(_far(x, y) for x in a for y in b)
