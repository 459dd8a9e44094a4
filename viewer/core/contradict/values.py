"""Numbers and dates of a claim, read so that equal values compare equal however they are written.

Numbers: digits ("1,000", "6.1"), number words ("five", "twenty-five", "half a dozen"), vague amounts
("dozens", "hundreds"), scales and money ("$3 million", "$4m"), percentages, and the words that turn a
number into a range ("more than 40" = "over 40" = 40 and up; "nearly", "about", "up to", "between 30 and
40"). Each number is tied to the thing it counts ("30 people", "three main issues" -> issues).

Dates: years ("2019", "’91" = 1991), months, days of the month ("March 3", "Oct. 3"), weekdays, and
relative dates ("last week", "yesterday", "on Thursday", "mid-November"), turned into a span of calendar
days when the article's publication date is known.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from viewer.core.claims import lexicon
from viewer.core.claims.dates import MONTHS, WEEKDAYS, month_year, relative, weekday_span
from viewer.core.claims.dates import day_of_month as _day_of_month
from viewer.core.claims.dates import month_span as _month_span
from viewer.core.claims.dates import parse_published as parse_published  # the finder's and review's
from viewer.core.claims.textnorm import SCALE as SCALE  # the words that multiply a number, for sources
from viewer.core.claims.textnorm import concept, number_value
from viewer.core.contradict.text import Word

INF = math.inf
_VAGUE = {
    "dozens": (24.0, 99.0),
    "scores": (40.0, 99.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2000.0, 9999.0),
    "millions": (2e6, 9e8),
    "billions": (2e9, 9e11),
}
# words before a number that make it a range: (low factor, high factor)
_BOUNDS: dict[tuple[str, ...], tuple[float, float]] = {
    ("more", "than"): (1.0, INF),
    ("over",): (1.0, INF),
    ("at", "least"): (1.0, INF),
    ("upwards", "of"): (1.0, INF),
    ("no", "fewer", "than"): (1.0, INF),
    ("in", "excess", "of"): (1.0, INF),
    ("fewer", "than"): (0.0, 1.0),
    ("less", "than"): (0.0, 1.0),
    ("under",): (0.0, 1.0),
    ("up", "to"): (0.0, 1.0),
    ("within",): (0.0, 1.0),
    ("at", "most"): (0.0, 1.0),
    ("as", "many", "as"): (0.0, 1.0),
    ("nearly",): (0.8, 1.0),
    ("almost",): (0.8, 1.0),
    ("close", "to"): (0.8, 1.0),
    ("about",): (0.85, 1.15),
    ("around",): (0.85, 1.15),
    ("roughly",): (0.85, 1.15),
    ("approximately",): (0.85, 1.15),
    ("some",): (0.85, 1.15),
    ("an", "estimated"): (0.8, 1.2),
    ("estimated",): (0.8, 1.2),
}
_MONEY_WORDS = {"dollar": "$", "dollars": "$", "euro": "€", "euros": "€", "pound": "£", "pounds": "£"}
_SKIP_BETWEEN = frozenset(
    "a an the of more than least about around nearly almost some over other additional further".split()
)
_UNIT_STOP = frozenset(
    """percent per cent and or to of in on at by for from with who that which were was are is had have
    has be been times time""".split()
)
_ADJECTIVE_WORDS = frozenset(
    "main key major other new additional significant separate big small large few different".split()
)


@dataclass(frozen=True, slots=True)
class Quantity:
    low: float
    high: float
    bound: str  # "exact", "more" ("at least 40"), "less" ("up to 40"), "about", "vague" ("dozens")
    unit: str  # concept of the counted thing ("peopl", "soldier"), "$", "%" or ""
    surface: str  # the words as written, for the detail sentence
    first: int  # index of its first word
    last: int  # index after its last word


# the words before a rank written in words ("the second breach", "its third"), not a share ("one sixth")
_RANK_BEFORE = frozenset("the its their his her our".split())


def _num(w: Word) -> tuple[float, str] | None:
    """Value of one word and its money sign: '$4m' -> (4e6, '$'), 'five' -> (5, '')."""
    s = w.low.replace(",", "")
    money = ""
    if s[:1] in "$€£":
        money, s = s[0], s[1:]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([a-z%]*)", s)
    if m:
        suffix = m.group(2)
        if suffix in ("st", "nd", "rd", "th") and not money and "." not in m.group(1):
            return float(m.group(1)), ""  # "the 87th minute": a rank, counted as its number
        if suffix and suffix != "%" and suffix not in SCALE:
            return None  # "3pm"
        return float(m.group(1)) * SCALE.get(suffix, 1.0), money or ("%" if suffix == "%" else "")
    value = number_value(s)
    return (value, "") if value is not None and not money else None


def quantities(text: str, ws: list[Word]) -> list[Quantity]:
    """Counted things in a claim: '30 people', 'three main issues', '$50 million', 'dozens of soldiers'."""
    out: list[Quantity] = []
    i = 0
    n = len(ws)
    lows = [x.low for x in ws]
    while i < n:
        w = ws[i]
        got = _num(w)
        if (
            got is None
            and i > 0
            and lows[i - 1] in _RANK_BEFORE
            and re.fullmatch(r"\d+(?:st|nd|rd|th)", w.norm)
        ):
            # "the second breach" = "the 2nd breach": a rank, counted as its number ("one sixth" is a share)
            got = float(w.norm[:-2]), ""
        first = i
        if got is None and w.low in _VAGUE:
            low, high = _VAGUE[w.low]
            money = ""
            j = i + 1
        elif got is None and w.low == "half" and lows[i + 1 : i + 3] == ["a", "dozen"]:
            low = high = 6.0
            money, j = "", i + 3
        elif got is None and w.low in ("a", "one") and i + 1 < n and lows[i + 1] in ("dozen", "hundred"):
            low = high = 12.0 if lows[i + 1] == "dozen" else 100.0
            money, j = "", i + 2
        elif got is None:
            i += 1
            continue
        else:
            value, money = got
            if _is_year(w) or _is_day_of_month(ws, i) or _is_clock(text, ws, i):
                i += 1
                continue
            j = i + 1
            # "1,000" written "1, 000" by some wire copy
            while j < n and re.fullmatch(r"\d{3}", ws[j].low) and text[ws[j - 1].end : ws[j].start] == ", ":
                value = value * 1000 + float(ws[j].low)
                j += 1
            # "4. 5" and "4 1 / 2" in detokenised wire copy: a decimal written with a space, a mixed fraction
            if j == i + 1 and j < n and value == int(value) and value < 1000 and not money:
                gap = text[ws[i].end : ws[j].start]
                if gap == ". " and re.fullmatch(r"\d{1,3}", ws[j].low):
                    value = float(f"{int(value)}.{ws[j].low}")
                    j += 1
                elif (
                    gap == " "
                    and j + 1 < n
                    and re.fullmatch(r"\d", ws[j].low)
                    and re.fullmatch(r"\d{1,2}", ws[j + 1].low)
                    and text[ws[j].end : ws[j + 1].start].strip() == "/"
                    and 0 < int(ws[j].low) < int(ws[j + 1].low)
                ):
                    value += int(ws[j].low) / int(ws[j + 1].low)
                    j += 2
            # "twenty five", "two hundred", "three dozen"
            while (
                j < n
                and (nv := _num(ws[j])) is not None
                and not nv[1]
                and ws[j].low.isalpha()
                and text[ws[j - 1].end : ws[j].start].strip() in ("", "-")  # "12, three women": two
            ):
                value = value * nv[0] if nv[0] in (100.0, 12.0) else value + nv[0]
                j += 1
            low = high = value
        if j < n and ws[j].low in SCALE:
            low, high = low * SCALE[ws[j].low], high * SCALE[ws[j].low]
            j += 1
        # a range: "30 to 40", "30-40", "between 30 and 40" (not a change: "from 62 to 64" is two figures)
        between = first > 0 and lows[first - 1] == "between"
        change = first > 0 and lows[first - 1] == "from"
        if (
            j + 1 < n
            and not change
            and (
                lows[j] == "to"
                or (lows[j] == "and" and between)
                or text[ws[j - 1].end : ws[j].start] in ("-", "–")
            )
        ):
            k = j + 1 if lows[j] in ("to", "and") else j
            other = _num(ws[k]) if k < n else None
            # a range runs up, in one unit: "rose 18% to $2.4 billion" is a share and then an amount
            if (
                other is not None
                and not _is_year(ws[k])
                and (not money or other[1] in ("", money))
                and other[0] * (SCALE.get(lows[k + 1], 1.0) if k + 1 < n else 1.0) >= low
            ):
                high = max(high, other[0])
                j = k + 1
        bound = "vague" if low != high else "exact"
        for words_before, (lo_f, hi_f) in _BOUNDS.items():
            m = len(words_before)
            if tuple(lows[max(0, first - m) : first]) == words_before:
                if words_before == ("over",) and first >= 2 and lows[first - 2].endswith("ed"):
                    break  # "stalled over three issues": a preposition, not "more than"
                if bound == "exact":
                    bound = "more" if hi_f == INF else "less" if lo_f == 0 else "about"
                low, high = low * lo_f, high * hi_f
                first -= m
                break
        if j < n and lows[j] in _MONEY_WORDS:
            money = _MONEY_WORDS[lows[j]]
            j += 1
        if j < n and lows[j] in ("percent", "per") and not money:
            money = "%"
            j += 2 if lows[j] == "per" else 1
        unit, end = money, j
        shown = 0  # where the words as written end, when not with the unit
        if not unit and j < n and text[ws[j - 1].end : ws[j].start].strip() == "-" and ws[j].low.isalpha():
            unit, end = _compound(ws, j)
            if unit.startswith("age") and j + 2 < n and _looks_adjective(ws[j + 2].low):
                shown = j + 2  # "44-year-old", not "44-year-old former"; but "27-year-old man"
        elif not unit:
            # "… to 64, the minister said": after a comma the clause goes on, no counted thing follows
            if not (j < n and any(ch in ",;:" for ch in text[ws[j - 1].end : ws[j].start])):
                unit, end = _unit(ws, j)
            # "a crowd of 31,000", "a death toll of 14": the thing counted stands before "of"
            if not unit and first >= 2 and lows[first - 1] == "of" and ws[first - 2].low.isalpha():
                before = ws[first - 2]
                if not before.stop and before.low not in _UNIT_STOP and not _looks_adjective(before.low):
                    unit = concept(before.low)
        # a figure that is part of a name is shown with it ("Category 4 storm", not "4 storm")
        named = (
            first > 0
            and ws[first - 1].cap
            and not ws[first - 1].stop
            and not text[ws[first - 1].end : ws[first].start].strip()
        )
        begin = first - 1 if named else first
        surface = text[ws[begin].start : ws[(shown or max(end, j)) - 1].end].strip(" \"'“”,.;:")
        out.append(Quantity(low, high, bound, unit, surface, first, max(end, j)))
        i = j
    return _parts_of_wholes(out, ws, text)


def _parts_of_wholes(qs: list[Quantity], ws: list[Word], text: str) -> list[Quantity]:
    """A count of no thing before "of (the) <count> <things>" counts those things: "23 of the 45 seats"
    is 23 seats."""
    out = list(qs)
    for k in range(len(out) - 1):
        q, whole = out[k], out[k + 1]
        between = [w.low for w in ws[q.last : whole.first]]
        if not q.unit and whole.unit and between in (["of"], ["of", "the"]):
            surface = text[ws[q.first].start : ws[whole.last - 1].end].strip(" \"'“”,.;:")
            out[k] = Quantity(q.low, q.high, q.bound, whole.unit, surface, q.first, q.last)
    return out


def _unit(ws: list[Word], j: int) -> tuple[str, int]:
    k = j
    while k < len(ws) and ws[k].low in _SKIP_BETWEEN:
        k += 1
    if (
        k >= len(ws)
        or not ws[k].low.isalpha()
        or ws[k].low in _UNIT_STOP
        or number_value(ws[k].low) is not None
    ):
        return "", j  # "Three of the four soldiers": the count of a part, see _parts_of_wholes
    if ws[k].low.endswith("ed") and (first := lexicon.first_sense(ws[k].low)) is not None and first % 4 == 1:
        return "", j  # "35,000 watched": a verb, no counted thing
    cand = k
    # an adjective, or a name standing as one ("five Israeli soldiers"), before the counted noun
    if k + 1 < len(ws) and (_looks_adjective(ws[k].low) or (ws[k].cap and not ws[k + 1].cap)):
        nxt = ws[k + 1].low
        if nxt.isalpha() and nxt not in _UNIT_STOP and not ws[k + 1].stop:
            cand = k + 1
    return concept(ws[cand].low), cand + 1


def _compound(ws: list[Word], j: int) -> tuple[str, int]:
    """The unit of '27-year-old Simpson', '13-inch laptop', 'five-year plan': the compound and its noun."""
    k = j + 1
    if ws[j].low in ("year", "month", "week", "day") and k < len(ws) and ws[k].low == "old":
        head, k = "age", k + 1
    else:
        head = concept(ws[j].low)
    if k < len(ws) and ws[k].low.isalpha() and not ws[k].stop and ws[k].low not in _UNIT_STOP:
        return f"{head} {concept(ws[k].low)}", k + 1
    return head, k


def _looks_adjective(word: str) -> bool:
    """An adjective before the counted noun ("four minor candidates"): by its ending, or WordNet's most
    frequent sense of it."""
    if word in _ADJECTIVE_WORDS or word.endswith(("al", "ive", "ous", "ful", "ant", "ent", "ic", "ary")):
        return True
    first = lexicon.first_sense(word)
    return first is not None and first % 4 == 2


def _is_year(w: Word) -> bool:
    return bool(re.fullmatch(r"(1[89]|20)\d\d", w.low))


def _is_day_of_month(ws: list[Word], i: int) -> bool:
    before = ws[i - 1].norm if i else ""
    after = ws[i + 1].norm if i + 1 < len(ws) else ""
    return (
        before in MONTHS
        or after in MONTHS
        or (after == "of" and i + 2 < len(ws) and ws[i + 2].norm in MONTHS)
        # the first day of a span: "14 and 15 March", "14-15 March"
        or (
            after in ("and", "to")
            and i + 3 < len(ws)
            and ws[i + 2].low.isdigit()
            and ws[i + 3].norm in MONTHS
        )
        or (
            i + 2 < len(ws)
            and ws[i].low.isdigit()
            and int(ws[i].low) < 32
            and ws[i + 1].low.isdigit()
            and ws[i + 2].norm in MONTHS
        )
    )


def _is_clock(text: str, ws: list[Word], i: int) -> bool:
    nxt = text[ws[i].end : ws[i].end + 1]
    prev = text[ws[i].start - 1 : ws[i].start] if ws[i].start else ""
    return nxt == ":" or prev == ":" or (i + 1 < len(ws) and ws[i + 1].low in ("a.m", "p.m", "am", "pm"))


# a time of day: "2 a.m.", "11:30 pm", "2: 53 p. m." (detokenised), "14:30", "noon", "midnight"
_CLOCK = re.compile(
    r"\b(?:(?P<h>1[0-2]|0?[1-9])(?::\s?(?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?!\d|\s*[ap]\.?\s?m\b)"
    r"|(?P<word>noon|midnight))",
    re.IGNORECASE,
)


def clock_times(text: str) -> list[tuple[int, str]]:
    """The times of day a text states, as (minutes after midnight, the words as written)."""
    out = []
    for m in _CLOCK.finditer(text):
        if m.group("word"):
            minutes = 720 if m.group("word").lower() == "noon" else 0
        elif m.group("h24"):
            minutes = 60 * int(m.group("h24")) + int(m.group("m24"))
        else:
            hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
            minutes = 60 * hour + int(m.group("m") or 0)
        out.append((minutes, m.group(0).strip()))
    return out


# a stretch of time in days: "a week", "two months", "48 hours", "a 10-day"
_SPAN_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.4}
_SPAN_DAYS |= {"year": 365.25, "decade": 3652.5}
_SPAN = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+(?:\.\d+)?)"
    r"(?:\s+|-)(?P<unit>" + "|".join(_SPAN_DAYS) + r")s?\b",
    re.IGNORECASE,
)


def spans_of_time(text: str) -> list[tuple[float, str, str]]:
    """The stretches of time a text states, as (days, unit, the words as written): "a week after",
    "two months ago", "for 48 hours"."""
    out = []
    for m in _SPAN.finditer(text):
        word = m.group("n").lower()
        count = 1.0 if word in ("a", "an") else number_value(word)
        if count is not None:
            unit = m.group("unit").lower()
            out.append((count * _SPAN_DAYS[unit], unit, m.group(0)))
    return out


def agree(x: Quantity, y: Quantity) -> bool:
    """Whether two quantities can both be true (their ranges meet, with a little rounding).

    Two figures bounded the same way are the figures each source knows: "at least 40 deaths" and "at
    least 14 deaths" disagree, though both could be true of the world.
    """
    if x.bound == y.bound and x.bound in ("more", "less"):
        base_x = x.low if x.bound == "more" else x.high
        base_y = y.low if y.bound == "more" else y.high
        return abs(base_x - base_y) <= 1e-9 * max(base_x, base_y)
    if x.bound == y.bound == "exact" and _rounded(x.low, y.low):
        return True
    return x.low <= y.high * (1 + 1e-9) and y.low <= x.high * (1 + 1e-9)


def _rounded(a: float, b: float) -> bool:
    """A whole number and a fraction it rounds to: "six miles" is "6.2 miles" told roughly."""
    whole, part = (a, b) if a == int(a) else (b, a)
    return whole == int(whole) and part != int(part) and abs(whole - part) < 0.5


# -- dates ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as stated, and the span of calendar days it means where that can be known."""

    kind: str  # "year", "date" (month, maybe a day), "day" (weekday), "relative"
    surface: str
    first: int
    last: int
    year: int | None = None
    month: int | None = None
    days: tuple[int, int] | None = None  # day-of-month range within ``month``
    weekday: int | None = None
    span: tuple[date, date] | None = None  # resolved against the publication date


def dates(text: str, ws: list[Word], published: date | None) -> list[DateMention]:
    """Years, months, days, weekdays and relative dates of a claim."""
    out: list[DateMention] = []
    norms = [w.norm for w in ws]
    i = 0
    while i < len(ws):
        w = ws[i]
        nrm = norms[i]
        if re.fullmatch(r"(1[89]|20)\d\d", nrm) and re.fullmatch(r"\d{4}|'\d\d", w.low):
            year = int(nrm)
            span = (date(year, 1, 1), date(year, 12, 31))
            out.append(DateMention("year", w.surface, i, i + 1, year=year, span=span))
            i += 1
            continue
        if nrm in MONTHS and (w.cap or w.low != "may"):
            month = MONTHS.index(nrm) + 1
            first, last = i, i + 1
            part = None
            if i >= 1 and ws[i - 1].low in ("early", "mid", "late"):
                part = ws[i - 1].low
                first = i - 1
            days: tuple[int, int] | None = None
            if part == "early":
                days = (1, 10)
            elif part == "mid":
                days = (10, 20)
            elif part == "late":
                days = (20, 31)
            if i + 1 < len(ws) and (d := _day_of_month(ws[i + 1].low)) is not None:
                days, last = (d, d), i + 2
            elif i >= 1 and (d := _day_of_month(ws[i - 1].low)) is not None:
                days, first = (d, d), i - 1
            stated: int | None = None  # the year as written; else the one of the publication date
            assumed: int | None = None
            if last < len(ws) and re.fullmatch(r"(1[89]|20)\d\d", norms[last]):
                stated = assumed = int(norms[last])
                last += 1
            elif published is not None:
                assumed = month_year(month, published, ws[first - 1].low if first else "")
            month_span = _month_span(assumed, month, days) if assumed is not None else None
            surface = text[ws[first].start : ws[last - 1].end].strip(" ,.")
            out.append(DateMention("date", surface, first, last, stated, month, days, span=month_span))
            i = last
            continue
        if nrm in WEEKDAYS:
            wd = WEEKDAYS.index(nrm)
            day_span: tuple[date, date] | None = None
            if published is not None:
                day_span = weekday_span(wd, published, ws[i - 1].low if i else "")
            out.append(DateMention("day", w.surface, i, i + 1, weekday=wd, span=day_span))
            i += 1
            continue
        rel = relative([x.low for x in ws], i, published)
        if rel is not None:
            n, rel_span = rel
            surface = text[ws[i].start : ws[i + n - 1].end]
            out.append(DateMention("relative", surface, i, i + n, span=rel_span))
            i += n
            continue
        i += 1
    return out


def date_clash(x: DateMention, y: DateMention) -> bool:
    """Whether two dates in the same place of two claims cannot both be right."""
    if x.year is not None and y.year is not None and x.year != y.year:
        return True
    if x.month is not None and y.month is not None:
        if x.month != y.month:
            return True
        if x.days is not None and y.days is not None:
            return x.days[1] < y.days[0] or y.days[1] < x.days[0]
        return False
    if x.weekday is not None and y.weekday is not None:
        return x.weekday != y.weekday
    if x.span is not None and y.span is not None and (x.kind != "year" and y.kind != "year"):
        # a date worked out from the publication date may be a day off (time zones, late editions)
        slack = timedelta(days=1)
        return x.span[1] + slack < y.span[0] or y.span[1] + slack < x.span[0]
    return False


def date_label(x: DateMention, other: DateMention) -> str:
    """'Saturday', or 'last week, Nov 17–30, 2025' for a relative date read against the publication date."""
    if x.span is None or x.kind not in ("relative", "day") or (x.kind == "day" and other.kind == "day"):
        return x.surface.rstrip(".,;:")
    lo, hi = x.span
    surface = x.surface.rstrip(".,;:")
    if lo == hi:
        return f"{surface}, {_fmt(lo)}"
    if lo.year == hi.year and lo.month == hi.month:
        return f"{surface}, {MONTHS[lo.month - 1][:3].title()} {lo.day}–{hi.day}, {lo.year}"
    if lo.year == hi.year:
        return f"{surface}, {_fmt(lo).rsplit(',', 1)[0]}–{_fmt(hi)}"
    return f"{surface}, {_fmt(lo)}–{_fmt(hi)}"


def _fmt(d: date) -> str:
    return f"{MONTHS[d.month - 1][:3].title()} {d.day}, {d.year}"
