"""A group of aligned claims -> the pairs that disagree, each with a reason a reader understands.

Kinds found here: numbers (digits, number words, vague quantities such as "dozens" and "hundreds", money)
attached to the same thing, and dates (years, months, weekdays) in the same place of otherwise aligned
claims. Each contradiction names both values and both articles: "30 people (A2) vs 50 people (A5)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from viewer.core.model import Article, Claim, Contradiction
from viewer.core.textnorm import STOPWORDS, fold, number_value, stem

_VAGUE = {"dozens": (24, 99), "hundreds": (200, 999), "thousands": (2000, 9999), "millions": (2e6, 9e8)}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3}
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_ABBR = {m[:3]: m for m in _MONTHS} | {"sept": "september"}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WORD = re.compile(r"\$?[\w'.,%-]+", re.UNICODE)
# words between a number and the thing it counts that do not change what is counted
_SKIP_BETWEEN = STOPWORDS | {"more", "than", "least", "about", "around", "nearly", "almost", "some", "over"}
_UNIT_STOP = STOPWORDS | {"percent", "per", "cent"}


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    low: float
    high: float
    unit: str  # stem of the counted thing ("peopl", "$"); "" when none
    surface: str  # the words as written, for the detail sentence


@dataclass(frozen=True, slots=True)
class DateMention:
    kind: str  # "year", "month", "weekday"
    value: str
    context: str  # stem of the word before (e.g. "in", "announc")
    surface: str


def quantities(text: str) -> list[Quantity]:
    """Counted things in a claim: '30 people', 'three main issues', '$50 million', 'dozens of soldiers'."""
    words = [m.group(0) for m in _WORD.finditer(fold(text))]
    out: list[Quantity] = []
    i = 0
    while i < len(words):
        raw = words[i]
        if re.fullmatch(r"'\d\d", raw):  # ’91 is a year
            i += 1
            continue
        w = raw.strip(".,;:'\"")
        money = w.startswith("$")
        w = w.lstrip("$").rstrip("%")
        value = number_value(w)
        vague = _VAGUE.get(w)
        if value is None and vague is None:
            i += 1
            continue
        if vague is not None:
            low, high = vague
            value = low
        else:
            assert value is not None
            low = high = value
        j = i + 1
        if j < len(words) and words[j].strip(".,") in _SCALE:
            scale = _SCALE[words[j].strip(".,")]
            value, low, high = value * scale, low * scale, high * scale
            j += 1
        if _is_year(w, value) or (j < len(words) and words[j].startswith(":")):
            i += 1
            continue
        # the counted thing: the next content word ("30 people", "three main issues" -> issues)
        k = j
        while k < len(words) and words[k].strip(".,;:") in _SKIP_BETWEEN:
            k += 1
        unit = "$" if money else ""
        if raw.endswith("%"):
            unit = "%"
        elif not unit and k < len(words):
            cand = words[k].strip(".,;:'\"")
            if cand.isalpha() and cand not in _UNIT_STOP:
                # skip one adjective when a noun follows ("three main issues")
                if k + 1 < len(words) and _looks_adjective(cand):
                    nxt = words[k + 1].strip(".,;:'\"")
                    if nxt and nxt not in _UNIT_STOP:
                        cand = nxt
                        k += 1
                unit = stem(cand)
        end = max(k + 1, j) if unit and unit not in ("$", "%") else j
        surface = " ".join(words[i:end]).strip(".,;:")
        out.append(Quantity(value, low, high, unit, surface))
        i = j
    return out


def _looks_adjective(word: str) -> bool:
    return word.endswith(("al", "ive", "ous", "ful", "ant", "ent", "ic", "ary", "ible", "able")) or word in {
        "main",
        "key",
        "major",
        "other",
        "new",
        "additional",
        "significant",
        "separate",
    }


def _is_year(word: str, value: float) -> bool:
    return bool(re.fullmatch(r"(1[89]|20)\d\d", word)) and value == int(value)


def dates(text: str) -> list[DateMention]:
    """Years, months and weekdays in a claim, with the word before each."""
    t = fold(text)
    t = re.sub(r"(?<![\w'])'(\d\d)\b", lambda m: ("19" if int(m[1]) > 30 else "20") + m[1], t)
    words = re.findall(r"[\w]+", t)
    out: list[DateMention] = []
    for i, w in enumerate(words):
        prev = stem(words[i - 1]) if i else ""
        if re.fullmatch(r"(1[89]|20)\d\d", w):
            out.append(DateMention("year", w, prev, w))
        elif w in _MONTHS or (w in _MONTH_ABBR and i + 1 < len(words) and words[i + 1].isdigit()):
            month = _MONTH_ABBR.get(w, w)
            day = words[i + 1] if i + 1 < len(words) and words[i + 1].isdigit() else ""
            out.append(DateMention("month", f"{month} {day}".strip(), prev, f"{month.title()} {day}".strip()))
        elif w in _WEEKDAYS:
            out.append(DateMention("weekday", w, prev, w.title()))
    return out


def find_contradictions(
    group_id: str, claims: Sequence[Claim], articles: Sequence[Article]
) -> list[Contradiction]:
    """Pairs of claims of one group (from different articles) that state different numbers or dates."""
    out: list[Contradiction] = []
    for a, b in combinations(claims, 2):
        if a.article == b.article:
            continue
        found = _number_conflict(a, b) or _date_conflict(a, b)
        if found is not None:
            kind, detail, strength = found
            out.append(Contradiction(group_id, (a.id, b.id), kind, detail, strength))
    return out


def _number_conflict(a: Claim, b: Claim) -> tuple[str, str, float] | None:
    qa, qb = quantities(a.text), quantities(b.text)
    for x in qa:
        if not x.unit:
            continue
        same_unit = [y for y in qb if y.unit == x.unit]
        if not same_unit or any(_agree(x, y) for y in same_unit):
            continue
        # the other claim may state x's value for another unit; then it is not a clash
        if any(_agree(x, y) for y in qb):
            continue
        y = same_unit[0]
        if any(_agree(y, z) for z in qa):
            continue
        return "number", f"{x.surface} ({a.article}) vs {y.surface} ({b.article})", 1.0
    return None


def _agree(x: Quantity, y: Quantity) -> bool:
    return x.low <= y.high and y.low <= x.high


def _date_conflict(a: Claim, b: Claim) -> tuple[str, str, float] | None:
    da, db = dates(a.text), dates(b.text)
    for kind in ("year", "month", "weekday"):
        xa = [d for d in da if d.kind == kind]
        xb = [d for d in db if d.kind == kind]
        if not xa or not xb:
            continue
        va, vb = {d.value for d in xa}, {d.value for d in xb}
        if va & vb:
            continue
        x, y = xa[0], xb[0]
        # the same slot: same word before, or each claim states just one such date
        if x.context == y.context or (len(xa) == 1 and len(xb) == 1):
            label = {"year": "year", "month": "date", "weekday": "day"}[kind]
            return "date", f"{label} {x.surface} ({a.article}) vs {y.surface} ({b.article})", 0.9
    return None
