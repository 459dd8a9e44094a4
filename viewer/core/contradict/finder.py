"""A group of aligned claims -> the pairs that disagree, each with a reason a reader understands.

Two claims of different articles are aligned word by word (:mod:`viewer.core.contradict.text`); harmless
variation ("U.S." / "United States", "$4m" / "$4 million", "over" / "more than", "’91" / "1991", a dropped
adjective, hyphens) aligns as equal. The places that still differ are then judged, hard facts first:

- number: the same thing counted differently ("30 people" vs "50 people", "hundreds" vs "dozens"),
  ranges read as ranges ("more than 40" agrees with "45");
- date: years, months, days, weekdays and relative dates resolved against the publication date;
- role: one person with two titles ("Vice President" vs "Foreign Minister", "former President" vs
  "President");
- negation and antonym: "has never been serviced" vs "has been regularly serviced", "rejected" vs
  "accepted";
- entity: another name in the same place of otherwise equal claims;
- attribution: another source ("told Fox News Digital" vs "told CNN");
- quote: the same quotation worded differently (soft: shown, ranked low).

A claim pair gets at most one contradiction, the strongest kind found. Each detail names both values and
both articles: "30 people (A1) vs 50 people (A2)". Numbers and dates are read in
:mod:`viewer.core.contradict.values`, negation, antonyms, names and roles judged in
:mod:`viewer.core.contradict.words`, sources and quotations in :mod:`viewer.core.contradict.sources`.
Claims that name different subjects in one place ("Shares of X fell 15 cents" / "Shares of Y rose 6
cents") are not compared on numbers or dates: they tell of two things.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import combinations

from viewer.core.claims import lexicon
from viewer.core.claims.textnorm import fold
from viewer.core.contradict import sources as cs
from viewer.core.contradict import words as cw
from viewer.core.contradict.events import dated_apart, different_events, far_apart, time_of
from viewer.core.contradict.text import Pairing, Slot, Word, pair, words
from viewer.core.contradict.values import (
    DateMention,
    Quantity,
    agree,
    clock_times,
    date_clash,
    date_label,
    dates,
    parse_published,
    quantities,
    spans_of_time,
)
from viewer.core.model import Article, Claim, Contradiction

STRENGTH = {
    "number": 1.0,
    "date": 0.95,
    "role": 0.9,
    "negation": 0.9,
    "antonym": 0.85,
    "entity": 0.8,
    "attribution": 0.6,
    "quote": 0.3,
}
Found = tuple[str, str]  # kind, detail


# A claim is read against every other claim of its group, and a story that many outlets run word for
# word repeats the same claim text: its counts and dates are read once per text.
@lru_cache(maxsize=32_768)
def _quantities_of(text: str) -> tuple[Quantity, ...]:
    return tuple(quantities(text, words(text)))


def _mark(q: Quantity) -> bool:
    """A decimal before a noun in the singular names which one: "a magnitude 6.1 earthquake", "a 7.6
    quake" (not "2.5 miles", "1.2m vehicles": plurals, measures). It is set against another such figure
    ("6.1" / "6.4"), never against a count ("two powerful earthquakes")."""
    if q.low != q.high or q.low == int(q.low) or not q.unit.isalpha():
        return False
    parts = q.surface.split()
    return len(parts) == 2 and parts[1].isalpha() and not parts[1].endswith("s")


@lru_cache(maxsize=32_768)
def _dates_of(text: str, published: date | None) -> tuple[DateMention, ...]:
    return tuple(dates(text, words(text), published))


def find_contradictions(
    group_id: str,
    claims: Sequence[Claim],
    articles: Sequence[Article],
    *,
    pairs: Iterable[tuple[str, str]] | None = None,
) -> list[Contradiction]:
    """Pairs of claims of one group (from different articles) that cannot both be right.

    ``pairs`` (claim ids) limits the search to those pairs; by default every pair of the group is read.
    """
    published = {a.id: parse_published(a.published) for a in articles}
    out: list[Contradiction] = []
    if pairs is None:
        candidates: Iterable[tuple[Claim, Claim]] = combinations(claims, 2)
    else:
        by_id = {c.id: c for c in claims}
        candidates = [(by_id[x], by_id[y]) for x, y in pairs if x in by_id and y in by_id]
    for a, b in candidates:
        if a.article != b.article:
            k = contradiction_of(group_id, a, b, published.get(a.article), published.get(b.article))
            if k is not None:
                out.append(k)
    return out


def contradiction_of(
    group_id: str | None, a: Claim, b: Claim, pub_a: date | None = None, pub_b: date | None = None
) -> Contradiction | None:
    """The contradiction between two claims, with each one's value and the slot they fill, or None."""
    f = judge(a.text, b.text, pub_a, pub_b)
    if f is None:
        return None
    detail = f.detail(a.article, b.article)
    values = (f.said_a, f.said_b)
    return Contradiction(
        group_id,
        (a.id, b.id),
        f.kind,
        detail,
        STRENGTH[f.kind],
        values=values,
        slot=f.slot,
        subject=f.subject,
    )


@dataclass(frozen=True, slots=True)
class Finding:
    """What two wordings disagree about: the kind, each value as said, and the slot they fill.

    ``slot`` names the thing both values are of, so that the pairs of a group that disagree about the
    same thing join into one disagreement: the counted noun of a number, the person of a role, "" for
    the statement itself. ``subject`` is that thing as written, where the detail names it ("Donald Trump").
    """

    kind: str
    said_a: str
    said_b: str
    slot: str = ""
    subject: str = ""

    def detail(self, art_a: str, art_b: str) -> str:
        """'30 people (A1) vs 50 people (A2)', 'President (A2) vs former President (A5) for Donald Trump'."""
        if self.kind == "quote":
            return f"quoted as “{self.said_a}” ({art_a}) vs “{self.said_b}” ({art_b})"
        about = f" for {self.subject}" if self.subject else ""
        return f"{self.said_a} ({art_a}) vs {self.said_b} ({art_b}){about}"


def compare_claims(a: Claim, b: Claim, pub_a: date | None = None, pub_b: date | None = None) -> Found | None:
    """The strongest disagreement between two claims, or None when they can both be right."""
    f = judge(a.text, b.text, pub_a, pub_b)
    return None if f is None else (f.kind, f.detail(a.article, b.article))


# Stories that many outlets run word for word pair the same two wordings again and again.
@lru_cache(maxsize=65_536)
def judge(a_text: str, b_text: str, pub_a: date | None = None, pub_b: date | None = None) -> Finding | None:
    """The strongest disagreement between two wordings, or None when they can both be right (or tell of
    two different events: :mod:`viewer.core.contradict.events`)."""
    f = _judge(a_text, b_text, pub_a, pub_b)
    # two values that read the same letter for letter ("HP ’ s ability" / "HP's ability") are one value
    if f is None or _letters(f.said_a) == _letters(f.said_b):
        return None
    return f


def _letters(value: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(value))


def _judge(a_text: str, b_text: str, pub_a: date | None, pub_b: date | None) -> Finding | None:
    p = pair(a_text, b_text)
    if p.shared == 0 and _common(p) < 2:
        return None  # (the word alignment may find no stretch in common where a reworded claim reorders)
    # claims that name different people, firms or places tell of different things: their figures and
    # dates may differ ("National City shares were down 15 cents" / "EDS shares closed up 6 cents")
    other_names = _other_names(p, a_text, b_text)
    da, db = _dates_of(a_text, pub_a), _dates_of(b_text, pub_b)
    counts = _numbers(a_text, b_text, p, da, db)
    apart = dated_apart(da, db)
    if different_events(dated_far=apart, counts_differing=len(counts), names_differ=other_names):
        return None
    if other_names:
        counts = []  # figures of two subjects may differ ("Shares of X fell 15 cents" / "of Y rose 6")
    if counts:
        x, y = counts[0]
        return Finding("number", x.surface, y.surface, x.unit)
    if not other_names and (dt := _date(p, da, db, strict=apart) or _loose_date(p, da, db)) is not None:
        return Finding("date", dt[0], dt[1])
    if not other_names and (ck := _clock(p, a_text, b_text)) is not None:
        return Finding("date", ck[0], ck[1])
    if not other_names and (sp := _span(p, a_text, b_text)) is not None:
        return Finding("number", sp[0], sp[1], "time")
    if apart:
        return None  # the same words told of two times: two events, whatever else differs
    if (r := cw.role(a_text, b_text)) is not None:
        return Finding("role", r[0], r[1], fold(r[2].split()[-1]), r[2])
    if (at := cs.attribution(p, a_text, b_text)) is not None:
        return Finding("attribution", at[0], at[1], "source")
    ng = cw.negation(p, a_text, b_text)
    an = cw.antonym(p, a_text, b_text) if ng is None else None
    if other_names and (ng or an):
        return None  # another name and a negation or an antonym: two things told, not one denied
    if ng is not None:
        return Finding("negation", ng[0], ng[1])
    if an is not None:
        return Finding("antonym", an[0], an[1])
    if (en := cw.entity(p, a_text, b_text)) is not None:
        return Finding("entity", en[0], en[1])
    if (q := cs.quote(a_text, b_text, p.similarity)) is not None:
        return Finding("quote", q[0], q[1])
    return None


def _other_names(p: Pairing, a_text: str, b_text: str) -> bool:
    """Both claims name someone or somewhere, and no name is shared, or another name fills one place."""
    na = {w.norm for k, w in enumerate(p.a) if cw.is_name(p.a, k, a_text)}
    nb = {w.norm for k, w in enumerate(p.b) if cw.is_name(p.b, k, b_text)}
    if na and nb and not (na & nb):
        return True
    # or one name stands where the other claim has another ("Shares of Northwind" / "Shares of Contoso")
    return cw.entity(p, a_text, b_text, loose=True) is not None


def _numbers(
    a_text: str, b_text: str, p: Pairing, da: Sequence[DateMention] = (), db: Sequence[DateMention] = ()
) -> list[tuple[Quantity, Quantity]]:
    """Things counted differently in claims that otherwise say much the same, each count once; two
    figures of far-apart times (``da``, ``db``: the claims' dates) are not one count, nor is a figure
    that names which thing (a quake's magnitude) one count."""
    return [(x, y) for x, y in _counted(a_text, b_text, p, da, db) if _mark(x) == _mark(y)]


def _counted(
    a_text: str, b_text: str, p: Pairing, da: Sequence[DateMention] = (), db: Sequence[DateMention] = ()
) -> list[tuple[Quantity, Quantity]]:
    if p.shared < 2 and (p.similarity >= 0.3 or _common(p) < 2):
        return []
    qa, qb = _quantities_of(a_text), _quantities_of(b_text)
    if p.similarity < 0.3:
        # reworded claims of one fact ("Three people were killed" / "killing five people"): only a thing
        # each counts once, and figures that cannot both hold; read from either claim (a figure that
        # names nothing pairs with the other's one figure of a thing, whichever claim states which)
        out = _reworded_counts(p, qa, qb, a_text, b_text, da, db)
        if not out:
            back = _reworded_counts(_swapped(p), qb, qa, b_text, a_text, db, da)
            out = [(x, y) for y, x in back]
        return out
    out = []
    used: set[int] = set()
    for x in qa:
        if not x.unit:
            # a count of no named thing ("Of those, 87 have been confirmed"), in the same place of claims
            # that say the rest alike
            y = _bare_count(p, x, qb)
            if y is not None and y.first not in used:
                used.add(y.first)
                out.append((x, y))
            continue
        # loosely worded claims must state the two numbers in the same place, or each state just one
        # count of that thing
        same_unit = [y for y in qb if y.unit == x.unit and (p.similarity >= 0.45 or _same_slot(p, x, y))]
        y_only = None if same_unit else _only_other_count(x, qa, qb, p)
        if y_only is not None and not _near(x, y_only) and _told_alike(p, x, y_only, a_text, b_text):
            same_unit = [y_only]
        if not same_unit or any(
            agree(x, y) or _cut_to(y.low, x.low) or _cut_to(x.low, y.low) for y in same_unit
        ):
            continue
        # the other claim may state x's value for another thing; then the two are not about one count
        # (a value is stated by a figure, not by an open range: "more than 80 deaths" states no 85%)
        if any(_states(y, x) for y in qb):
            continue
        # the count in the same place of the other claim, else its first count of that thing
        free = [y for y in same_unit if y.first not in used] or same_unit
        y = next((y for y in free if _same_slot(p, x, y)), free[0])
        if any(_states(z, y) for z in qa):
            continue
        if y.first in used or _versions_differ(p, x, y, a_text, b_text):
            continue  # "FireWire 800" / "USB 2.0": two names, no count ("Category 4" / "Category 3": one)
        if not _one_measure(p, x, y, a_text, b_text, da, db):
            continue
        used.add(y.first)
        out.append((x, y))
    return out


def _reworded_counts(
    p: Pairing,
    qa: Sequence[Quantity],
    qb: Sequence[Quantity],
    a_text: str,
    b_text: str,
    da: Sequence[DateMention],
    db: Sequence[DateMention],
) -> list[tuple[Quantity, Quantity]]:
    out: list[tuple[Quantity, Quantity]] = []
    used: set[int] = set()
    for x in qa:
        y = _only_other_count(x, qa, qb, p)
        if (
            y is not None
            and not _near(x, y)
            and y.first not in used
            and _told_alike(p, x, y, a_text, b_text)
            and _one_measure(p, x, y, a_text, b_text, da, db)
        ):
            used.add(y.first)
            out.append((x, y))
    return out


def _swapped(p: Pairing) -> Pairing:
    """The same alignment read from the other claim."""
    tags = {"insert": "delete", "delete": "insert"}
    slots = [Slot(tags.get(s.tag, s.tag), s.j1, s.j2, s.i1, s.i2) for s in p.slots]
    return Pairing(p.b, p.a, slots, p.shared, p.similarity)


def _one_measure(
    p: Pairing,
    x: Quantity,
    y: Quantity,
    a_text: str,
    b_text: str,
    da: Sequence[DateMention],
    db: Sequence[DateMention],
) -> bool:
    """Two figures measured from one place and at one time: "13 miles east of Cloverdale" / "four miles
    southwest of Cobb" are distances from two places, and figures of far-apart times are two counts."""
    ax, ay = _anchor(p.a, x, a_text), _anchor(p.b, y, b_text)
    if ax and ay and ax != ay:
        return False
    tx, ty = time_of(x.first, da), time_of(y.first, db)
    return not (tx is not None and ty is not None and far_apart(tx, ty))


def _common(p: Pairing) -> int:
    """How many content words two claims share, wherever they stand (reworded claims reorder them)."""
    return len({w.norm for w in p.a if not w.stop} & {w.norm for w in p.b if not w.stop})


def _only_other_count(
    x: Quantity, qa: Sequence[Quantity], qb: Sequence[Quantity], p: Pairing
) -> Quantity | None:
    """The one count of ``x``'s thing in the other claim, when ``x`` is the one count of it in its own
    and the thing has a name of its own (a noun, a currency, a share). People are counted by any noun of
    people ("20,000 residents" / "12,000 people"); a whole a part is counted of ("two of the five
    carriages") is not a count of its own; and the other claim's one figure counts what ``x`` counts
    when it names nothing ("confirmed 97 of the cases" / "Of those, 87 have been confirmed"). ``p``: the
    claims' words."""
    wholes = {id(w) for w in qb for q in qb if q is not w and q.first < w.first and w.last <= q.last}
    qb = [y for y in qb if id(y) not in wholes]
    if len(qa) == 1 and len(qb) == 1:
        # each claim's one figure, one of them naming nothing, told exactly: the count both tell of
        y = qb[0]
        bare, named, ws = (x, y, p.b) if not x.unit else (y, x, p.a)
        if not bare.unit and bare.bound == "exact" and named.bound != "vague" and _named(named):
            unit = _unit_word(ws, named)
            if unit is not None and not unit.cap and not _RANK.search(bare.surface + " " + named.surface):
                return y
    # a thing named by one noun: not the measure of a thing ("13-inch model", "27-year-old man": the
    # sizes and ages of several things one story tells of)
    if not _named(x) or sum(q.unit == x.unit for q in qa) != 1:
        return None
    ys = [y for y in qb if y.unit == x.unit]
    if not ys and x.bound != "vague":
        # people, and a kind of people ("12,000 people" / "20,000 residents"); not two kinds ("members" /
        # "children" are two counts)
        ys = [
            y
            for y in qb
            if y.unit
            and y.bound != "vague"
            and {x.unit, y.unit} & _PEOPLE
            and _people(p.a, x)
            and _people(p.b, y)
        ]
    return ys[0] if len(ys) == 1 else None


def _named(q: Quantity) -> bool:
    """A figure of a thing named by one noun (or a currency, a share)."""
    return bool(q.unit) and " " not in q.unit and not (q.unit.isalpha() and len(q.unit) < 3)


_PEOPLE = frozenset(("peopl", "person"))


# a rank ("12th", "the third"), which counts nothing
_RANK = re.compile(r"\d(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|last)\b", re.IGNORECASE)


def _unit_word(ws: list[Word], q: Quantity) -> Word | None:
    """The word that names what ``q`` counts, as written."""
    return next((w for w in reversed(ws[q.first : q.last]) if w.norm == q.unit), None)


def _people(ws: list[Word], q: Quantity) -> bool:
    """A count of people: "people", "persons", or a noun of people ("residents")."""
    if q.unit in _PEOPLE:
        return True
    unit = _unit_word(ws, q)
    return unit is not None and not unit.cap and lexicon.kind_of_person(unit.low)


def _near(x: Quantity, y: Quantity) -> bool:
    """Two figures that can both hold, read loosely: their ranges meet, within a twentieth, or one is the
    other cut to its last digits ("$13 billion" for "$13.9 billion"). Two bounds of one side meet when
    the smaller is most of the larger (:data:`BOUNDS_NEAR`: "more than 640" / "more than 600" are the
    counts of two moments, not a dispute; "more than 20,000" / "more than 12,000" are two counts)."""
    if agree(x, y):
        return True
    if x.bound == y.bound and x.bound in ("more", "less"):
        base_x = x.low if x.bound == "more" else x.high
        base_y = y.low if y.bound == "more" else y.high
        if min(base_x, base_y) >= BOUNDS_NEAR * max(base_x, base_y):
            return True
    elif x.low <= y.high * 1.05 and y.low <= x.high * 1.05:
        return True
    return _cut_to(x.low, y.low) or _cut_to(y.low, x.low)


# two bounds of one side ("more than …") are one count told at two moments when the smaller is this share
# of the larger at least
BOUNDS_NEAR = 0.8


def _cut_to(rough: float, exact: float) -> bool:
    """Whether ``rough`` is ``exact`` with its last digits dropped ("$13 billion" for "$13.9 billion"):
    a figure of two significant digits or more ("2" for "2.4" may be a dispute)."""
    if rough <= 0 or exact <= 0:
        return False
    step = 10.0 ** math.floor(math.log10(rough))
    while step > 1 and rough % step:
        step /= 10
    if rough / step < 10:
        return False  # one significant digit
    return rough <= exact < rough + step


# what a stretch of time counts is read by its own rule (the same number of days from two publication
# days is two dates); reworded claims are not compared on it
_TIME_UNITS = frozenset("minut hour day week month year decad".split())


def _told_alike(p: Pairing, x: Quantity, y: Quantity, a_text: str, b_text: str) -> bool:
    """Reworded claims count the same thing when the words around the two figures tell of one act or
    state ("were killed" / "killing"): a content word by each, equal or of one WordNet sense."""
    if x.unit in _TIME_UNITS or _version(p.a, x, a_text) or _version(p.b, y, b_text):
        return False
    near_a = _around_words(p.a, x)
    near_b = _around_words(p.b, y)
    if near_a & near_b:
        return True
    return any(lexicon.senses(u) & lexicon.senses(v) or lexicon.above(u, v) for u in near_a for v in near_b)


def _version(ws: list[Word], q: Quantity, text: str) -> bool:
    """A figure right after a name is part of it, no count: "USB 2.0", "FireWire 800", "Apollo 11" (not
    "Gadera, 17 miles from Tel Aviv")."""
    k = q.first - 1
    return k > 0 and ws[k].cap and not ws[k].stop and not text[ws[k].end : ws[q.first].start].strip()


def _versions_differ(p: Pairing, x: Quantity, y: Quantity, a_text: str, b_text: str) -> bool:
    """Either figure is part of a name, and the names differ."""
    va, vb = _version(p.a, x, a_text), _version(p.b, y, b_text)
    if not va and not vb:
        return False
    return not (va and vb and p.a[x.first - 1].norm == p.b[y.first - 1].norm)


def _around_words(ws: list[Word], q: Quantity, reach: int = 4) -> set[str]:
    lo, hi = max(0, q.first - reach), min(len(ws), q.last + reach)
    return {w.norm for w in ws[lo:hi] if not w.stop and not w.norm[:1].isdigit() and w.norm != q.unit}


def _bare_count(p: Pairing, x: Quantity, qb: Sequence[Quantity]) -> Quantity | None:
    """The count of no named thing in the other claim that stands where ``x`` stands and disagrees."""
    if p.similarity < 0.6:
        return None
    for y in qb:
        if not y.unit and _same_slot(p, x, y) and not agree(x, y):
            return y
    return None


def _states(q: Quantity, value: Quantity) -> bool:
    """Does figure ``q`` state ``value`` (a range that only bounds it, or a vague amount, does not)?"""
    return q.bound in ("exact", "about") and agree(q, value)


# two times of day this far apart (minutes) are two statements of when, not one rounded
CLOCK_APART = 60


def _clock(p: Pairing, a_text: str, b_text: str) -> tuple[str, str] | None:
    """One time of day in each of two claims that say much the same, an hour or more apart ("shortly after
    2 a.m." / "shortly after 4 a.m.")."""
    if p.similarity < 0.5 or p.shared < 2:
        return None
    ta, tb = clock_times(a_text), clock_times(b_text)
    if len(ta) != 1 or len(tb) != 1:
        return None
    gap = abs(ta[0][0] - tb[0][0])
    return (ta[0][1], tb[0][1]) if min(gap, 1440 - gap) >= CLOCK_APART else None


# two stretches of time this many times apart are two statements of how long, not one rounded
SPAN_APART = 1.5


def _span(p: Pairing, a_text: str, b_text: str) -> tuple[str, str] | None:
    """One stretch of time in each of two claims that say much the same, told in different units and
    far apart ("a week after" / "a month after"); the same unit is a count, read as a number."""
    if p.similarity < 0.5 or p.shared < 2:
        return None
    sa, sb = spans_of_time(a_text), spans_of_time(b_text)
    if len(sa) != 1 or len(sb) != 1 or sa[0][1] == sb[0][1]:
        return None
    (da, _ua, wa), (db, _ub, wb) = sa[0], sb[0]
    return (wa, wb) if max(da, db) >= SPAN_APART * min(da, db) else None


def _anchor(ws: list[Word], q: Quantity, text: str) -> str:
    """The place a distance is measured from, when a name follows it ("13 miles east of Cloverdale", "5 km
    from Linwood"), else ""."""
    k = q.last
    if k < len(ws) and ws[k].low in _DIRECTIONS:
        k += 1
    elif q.unit not in _DISTANCES:
        return ""
    if k >= len(ws) or ws[k].low not in ("of", "from"):
        return ""
    k += 1
    if k < len(ws) and ws[k].low == "the":
        k += 1
    return ws[k].norm if k < len(ws) and cw.is_name(ws, k, text) else ""


_DISTANCES = frozenset(("mile", "kilometr", "km", "metr", "m", "yard", "feet", "foot"))
_DIRECTIONS = frozenset(f"{a}{b}" for a in ("", "north", "south") for b in ("", "east", "west") if a or b) | {
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "off",
    "outside",
    "away",
}


def _same_slot(p: Pairing, x: Quantity, y: Quantity) -> bool:
    return any(s.i1 <= x.first < s.i2 and s.j1 <= y.first < s.j2 for s in p.slots)


def _date(
    p: Pairing, da: Sequence[DateMention], db: Sequence[DateMention], *, strict: bool = False
) -> tuple[str, str] | None:
    """Two dates in the same place of two claims that cannot both be right.

    ``strict``: the dates lie far apart, so the rest of the claims must say the same for the two to be
    one event misdated rather than two events.
    """
    if p.similarity < (0.6 if strict else 0.4) or p.shared < 2:
        return None
    if not da or not db:
        return None
    for s in p.slots:
        xs = [d for d in da if d.first < s.i2 and d.last > s.i1]
        ys = [d for d in db if d.first < s.j2 and d.last > s.j1]
        for x in xs:
            for y in ys:
                if date_clash(x, y) and not _also_stated(x, db) and not _also_stated(y, da):
                    return date_label(x, y), date_label(y, x)
    return None


def _loose_date(p: Pairing, da: Sequence[DateMention], db: Sequence[DateMention]) -> tuple[str, str] | None:
    """Reworded claims of one fact that each state one date, of one kind, that cannot both be right, the
    words by each telling of one act ("talks ended on Friday" / "when talks ended on Sunday")."""
    if p.similarity >= 0.4 or _common(p) < 2 or len(da) != 1 or len(db) != 1:
        return None
    x, y = da[0], db[0]
    if x.kind != y.kind or x.kind == "relative" or not date_clash(x, y):
        return None
    near_a = {w.norm for w in p.a[max(0, x.first - 3) : x.first] if not w.stop}
    near_b = {w.norm for w in p.b[max(0, y.first - 3) : y.first] if not w.stop}
    if not near_a & near_b:
        return None
    return date_label(x, y), date_label(y, x)


def _also_stated(x: DateMention, others: Sequence[DateMention]) -> bool:
    """The other claim names this date too, elsewhere: the claims may order events differently."""
    return any(not date_clash(x, o) and (o.kind == x.kind) for o in others)
