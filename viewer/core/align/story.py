"""What an article's main event is, and whether two articles can tell of the same one.

Two articles of one folder can report two events of one kind: two earthquakes near one town years
apart, two generations of one laptop, two trials of one sect. Their claims share many words, so the
decision is made once per pair of *articles*, from the article's **signature** of its main event:

- its **era**: the year it was published, or else the year two or more of its own claims name, most
  often (a year named once, in passing, dates nothing), leaving out the
  claims that tell of an earlier time (:func:`background`: "in 2004", "four years ago", "last year",
  "the previous", "since 1890"). An article that names no year and has no date has no era;
- its **marks**: the numbers with a decimal point and the model names (letters with digits, "Q10",
  "9400M") that its first claims, the title and lead, state: the magnitude of the quake, the model
  launched. News states the main event's figures first and repeats them; background comes later;
- the **names** it mentions most (places, people, organisations), see :func:`principal`.

Two articles are different stories (:func:`different_stories`) when either

- both have an era, and neither era is among the years the other article's main claims name; or
- both leads state marks of one kind (figures, or model names), or both articles state several, or
  one lead names a model and the other article names models, and the two have not one mark in
  common (the 7.7 quake and the 6.1 quake; the Q10 and the 8900): two reports of one event that give
  figures share one at least; or
- the names each mentions most are (nearly) missing from the other (two quakes, in Aceh and in West
  Papua), or the two names one article keeps returning to (three times or more each: its principal
  actors and places) are never mentioned by the other (the bishop arrested in Canada, the prophet
  tried in Texas).

Each rule needs evidence on both sides: an article with no year, no lead figure, or few names is not
kept apart by that rule. Nothing here is a list of words from any data.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TypeVar

from viewer.core.claims.dates import MONTH_RX
from viewer.core.claims.textnorm import SCALE

# the first claims of an article (title, lead) state its main event
LEAD_CLAIMS = 4

_YEAR = re.compile(r"(?<![\d.,$£€-])\b(1[89]\d\d|20\d\d)\b(?![\d.,]\d)")
# "in 2004", "since 1890", "until 2010", "the 2004 tsunami", "four years ago", "last year", "previous"
_EARLIER = re.compile(
    r"\b(?:in|since|until|till|before|during|of|from)\s+(?:(?:early|late|mid)[- ])?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?"
    r"(?:1[89]\d\d|20\d\d)\b"
    r"|\bthe\s+(?:1[89]\d\d|20\d\d)\b"
    r"|\b(?:\w+|\d+)\s+(?:years?|decades?|centur(?:y|ies))\s+(?:ago|earlier|before)\b"
    r"|\b(?:last|previous|past)\s+(?:year|decade|century)\b"
    r"|\b(?:previous(?:ly)?|formerly|once|earlier)\b"
    r"|\bmore than (?:a|\w+) (?:years?|decades?|centur(?:y|ies))\b",
    re.IGNORECASE,
)
# a past form of a verb, or a perfect: what background tells of has happened
_PAST = re.compile(r"\b(?:\w{2,}ed|was|were|had|has been|have been|did|came|struck|hit|killed|took|won)\b")
_FUTURE = re.compile(r"\b(?:will|shall|to be|is to|are to|going to)\b", re.IGNORECASE)
# a number with a decimal point, as magnitudes and versions are written ("7.7", "2. 7" as some feeds
# space it; not money, a share, an amount ("1.2 million vehicles"), a unit or a date), or a model name:
# letters then digits ("Q10", "GT650M", "i5"), or digits then one capital ("9400M"); not ordinals
# ("11th"), times ("5am") or amounts ("281m")
_MARK = re.compile(
    r"(?<![\w.$£€])((?!0\d)\d+\.\s?\d+)(?![\w%]|\.\d|\s?%|\s(?:per\s?cent|" + "|".join(SCALE) + r")\b)"
    r"|(?<![\w$£€])([A-Za-z]+\d+[A-Za-z\d]*|\d+[A-Z])(?!\w)"
)


# a date to the day with its year: "3 March 2019", "March 3, 2019"
_FULL_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+{MONTH_RX}|{MONTH_RX}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+(?P<year>1[89]\d\d|20\d\d)\b"
)

K = TypeVar("K", str, int)


def most_common(counts: Counter[K], n: int) -> list[tuple[K, int]]:
    """The ``n`` most frequent keys, ties in key order: the same on every run (``Counter.most_common``
    breaks ties by insertion order, and names arrive from sets, whose order changes from run to run)."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def past_tense(text: str) -> bool:
    """Whether a claim is told in the past tense ("caused", "was", "has been")."""
    return bool(_PAST.search(text))


def future_tense(text: str) -> bool:
    """Whether a claim is told in the future ("will", "is to")."""
    return bool(_FUTURE.search(text))


def background(text: str) -> bool:
    """Whether a claim tells of an earlier time than its article's event: past tense with an earlier
    year, "… ago", "last year", "the previous …" ("Mormons renounced polygamy in 1890")."""
    return bool(_EARLIER.search(text)) and bool(_PAST.search(text)) and not future_tense(text)


# "the 2001 Authorization", "the 2004 tsunami", "Japan's 2011 quake": a year naming another event
_NAMING_YEAR = re.compile(
    r"(?:\bthe|['’]s)\s+(?:[A-Z][a-z]+\.?\s+)?(1[89]\d\d|20\d\d)\s+[A-Za-z]", re.IGNORECASE
)


def own_years(text: str) -> list[int]:
    """The years a claim dates itself by: not those that name another event ("the 2004 tsunami")."""
    naming = {m.start(1) for m in _NAMING_YEAR.finditer(text)}
    return [int(m.group(1)) for m in _YEAR.finditer(text) if m.start(1) not in naming]


# a phrase that tells of another thing than the claim's own event: "(a region) hit by the 2004 tsunami",
# "(a region) that was devastated in 2004"; to the next comma
_MODIFIER = re.compile(
    r"\b(?P<head>[a-z]+)\s+(?:\w{2,}ed|hit|struck|shaken|swept|torn|stricken|hurt)\s+by\b[^,;]*"
    r"|\b(?:that|which)\s+(?:was|were|had|has|have)\b[^,;]*"
)
_AUXILIARY = frozenset("is are was were be been being has have had get gets got not never also".split())


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(1[89]\d\d|20\d\d)\b")


def undated_years(text: str) -> set[int]:
    """Years a claim names without dating itself: those of a phrase describing something else ("Quake
    strikes region hit by 2004 tsunami" does not date the quake) and the start of a time running up to
    the claim's own ("the worst crash since 2009", "closed since 2019")."""
    out = {int(y) for y in _SINCE.findall(text)}
    for m in _MODIFIER.finditer(text):
        if m.group("head") in _AUXILIARY:
            continue  # "was hit by": the claim's own verb
        out.update(int(y) for y in _YEAR.findall(m.group(0)))
    return out


def marks(text: str) -> set[str]:
    """The decimal numbers and model names of a text, normalised ("2. 7" -> "2.7", "q10")."""
    out = set()
    for m in _MARK.finditer(text):
        if m.group(1):
            out.add(m.group(1).replace(" ", ""))
        elif not _YEAR.fullmatch(m.group(2)):
            out.add(m.group(2).lower())
    return out


@dataclass(slots=True)
class Signature:
    """What one article says of its main event, grown claim by claim (see the module's rules)."""

    published_year: int | None = None
    claims: int = 0
    years: Counter[int] = field(default_factory=Counter)  # years its main (not background) claims name
    lead_marks: set[str] = field(default_factory=set)
    all_marks: set[str] = field(default_factory=set)
    lead_dates: set[int] = field(default_factory=set)  # years of full dates its lead states
    named: set[int] = field(default_factory=set)  # every year it names, background included

    def add(self, text: str) -> None:
        found = marks(text)
        if self.claims < LEAD_CLAIMS:
            self.lead_marks |= found
            if not background(text):
                self.lead_dates.update(int(m.group("year")) for m in _FULL_DATE.finditer(text))
        self.all_marks |= found
        self.named.update(int(y) for y in _YEAR.findall(text))
        if not background(text):
            self.years.update(own_years(text))
        self.claims += 1

    @property
    def era(self) -> int | None:
        if self.published_year is not None:
            return self.published_year
        # the year its main claims name most, if two of them name it: a year named once, in passing, is
        # not enough to date an article, nor is a tie between two years
        ranked = most_common(self.years, 2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            # or the one year of the full dates its lead states ("broke out on 3 March 2019"): news
            # dates its own event first, to the day
            return next(iter(self.lead_dates)) if len(self.lead_dates) == 1 else None
        return ranked[0][0]

    def copy(self) -> Signature:
        return Signature(
            self.published_year,
            self.claims,
            Counter(self.years),
            set(self.lead_marks),
            set(self.all_marks),
            set(self.lead_dates),
            set(self.named),
        )


def different_eras(x: Signature, y: Signature) -> bool:
    """Both articles have an era and neither era is a year the other's main claims name."""
    if x.published_year is not None and y.published_year is not None:
        return False  # both dated: the days apart decide (a story told over New Year is one story)
    ex, ey = x.era, y.era
    if ex is None or ey is None or ex == ey:
        return False
    return ex not in y.years and ey not in x.years


# first and revised estimates of one figure differ by a few percent (a magnitude of 7.6 and 7.7, 4.2
# and 4.4); two quakes of 4.4 and 6.1 do not
FIGURE_SLACK = 0.05  # relative


def _figure(mark: str) -> float | None:
    try:
        return float(mark)
    except ValueError:
        return None


def _agree(xs: set[str], ys: set[str]) -> bool:
    """Whether two sets of marks share one: the same model name ("GT650M" and "650M" are one), or
    figures within :data:`FIGURE_SLACK`."""
    if xs & ys:
        return True
    fx = [f for f in map(_figure, xs) if f is not None]
    fy = [f for f in map(_figure, ys) if f is not None]
    if any(abs(a - b) <= FIGURE_SLACK * max(abs(a), abs(b)) for a in fx for b in fy):
        return True
    mx = [m for m in xs if _figure(m) is None]
    my = [m for m in ys if _figure(m) is None]
    return any(a.endswith(b) or b.endswith(a) for a in mx for b in my if min(len(a), len(b)) >= 3)


def _kinds(marks_: set[str]) -> tuple[int, int]:
    """How many figures, and how many model names."""
    figures = sum(_figure(m) is not None for m in marks_)
    return figures, len(marks_) - figures


# an article that states several figures (or several model names) has told its event's; two such
# articles with none in common tell of two events
SEVERAL_MARKS = 2


def different_marks(x: Signature, y: Signature) -> bool:
    """The two articles give figures (or model names), in their leads or several of them, or one's
    lead names a model and the other names models, and they have not one mark in common (figures
    within :data:`FIGURE_SLACK` count as one)."""
    lx, ly = _kinds(x.lead_marks), _kinds(y.lead_marks)
    ax, ay = _kinds(x.all_marks), _kinds(y.all_marks)
    comparable = any((lx[k] and ly[k]) or (ax[k] >= SEVERAL_MARKS and ay[k] >= SEVERAL_MARKS) for k in (0, 1))
    # a lead that names the model launched, against an article that names models but never that one
    comparable = comparable or bool((lx[1] and ay[1]) or (ly[1] and ax[1]))
    return comparable and not _agree(x.all_marks, y.all_marks)


# an article's principal names are the ones it mentions most; two articles are about different stories
# when neither mentions STORY_NAMES_SHARED of the other's principal names
PRINCIPAL_NAMES = 5
STORY_NAMES_SHARED = 2


# the names an article mentions this often are its principal actors and places
PRINCIPAL_MENTIONS = 3


def _strangers(names: Counter[str], words: set[str]) -> bool:
    """The two names an article mentions most, each at least PRINCIPAL_MENTIONS times, are both
    missing from the other article's words."""
    top = most_common(names, 2)
    return len(top) == 2 and top[1][1] >= PRINCIPAL_MENTIONS and all(n not in words for n, _k in top)


def different_names(
    names_x: Counter[str], names_y: Counter[str], words_x: set[str], words_y: set[str]
) -> bool:
    """Whether the names each article mentions most are missing from the other: fewer than
    :data:`STORY_NAMES_SHARED` of X's principal names in Y, and of Y's in X; or the two names one
    article keeps returning to are never mentioned by the other."""
    if _strangers(names_x, words_y) or _strangers(names_y, words_x):
        return True
    px = [n for n, _k in most_common(names_x, PRINCIPAL_NAMES)]
    py = [n for n, _k in most_common(names_y, PRINCIPAL_NAMES)]
    need = min(STORY_NAMES_SHARED, len(px), len(py))
    if need == 0:
        return False
    return sum(n in words_y for n in px) < need and sum(n in words_x for n in py) < need


def different_stories(
    x: Signature,
    y: Signature,
    names_x: Counter[str],
    names_y: Counter[str],
    words_x: set[str],
    words_y: set[str],
) -> bool:
    """Whether two articles tell of different events (see the module's rules)."""
    return (
        different_eras(x, y) or different_marks(x, y) or different_names(names_x, names_y, words_x, words_y)
    )
