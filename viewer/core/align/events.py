"""Whether two claims can be about one event: years, dates, places and people, and who is speaking.

Two claims that share their words can still tell of different events: the 2013 quake and the 2004
tsunami, two climbers who died in the same park the same weekend, "Neumann said …" and "Trump said …".
Nothing here is a list of words: the features are the years and dates a claim states (or, when it
states none, the year its article was published), the capitalised names it uses (places, people,
organisations), and the names of whoever its attribution says is speaking.

A pair is **incompatible** when

- both have years and no year in common, or one has years and the other, naming none and dated by
  its weekday ("on Tuesday", "today") or told in the present or future tense, tells of its article's
  era (:mod:`viewer.core.align.story`: the year it was published, or the year its main claims name)
  in a year the first does not name;
- one tells of a time before its article's event, by a year ("In 2011 a rail bridge collapsed"), and
  the other, one of the first claims of its article (which tell its own event), names no year, in an
  article that never names that one (nor was published in it) (:func:`earlier_than`);
- both state calendar dates and none is within :data:`DATE_SLACK` days of the other's;
- each names someone or somewhere that the other's whole article never mentions (in any case): the
  same kind of event, told of different people or places;
- both say who is speaking ("…, Neumann said", "Trump said …", "The opposition leader, Karl Vinter,
  said …"; not "…, said Ostberg should resign": a name with its own verb is what was said) and the
  speakers differ (within one article too: an article repeating a statement repeats its speaker),
  unless both give one quotation word for word (of :data:`QUOTE_WORDS` words or more): then who said it
  is in dispute.

Relative dates ("yesterday", "on Sunday", "last June", "two years ago", "earlier this month") are read
against each article's publication date by :mod:`viewer.core.claims.dates` (shared with the
contradiction finder); the aligner keeps apart two claims whose dates, so read, are more than a month
apart or in different years (:func:`viewer.core.claims.dates.dated_apart`). An undated article's
relative dates are left unread: nothing is guessed.

Two articles are about different stories when they were published more than :data:`STORY_DAYS`
apart, or when their main events' signatures differ (:mod:`viewer.core.align.story`: era, lead
figures and model names, principal names); no claim of one is then linked with a claim of the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from viewer.core.align.story import future_tense, past_tense, undated_years
from viewer.core.claims import lexicon
from viewer.core.claims.clauses import has_finite_verb
from viewer.core.claims.dates import MONTH_RX
from viewer.core.claims.textnorm import STOPWORDS, fold, stem

DATE_SLACK = 3  # days

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_DAY_SPAN = re.compile(rf"\b(\d{{1,2}})\s*(?:and|to|-|–)\s*\d{{1,2}}\s+{MONTH_RX}")
_DATE = re.compile(rf"\b({MONTH_RX})\s+(\d{{1,2}})(?!\d)|\b(\d{{1,2}})\s+({MONTH_RX})\b")
_YEAR = re.compile(r"(?<![\d.,$£€-])\b(1[89]\d\d|20\d\d)\b(?![\d.,]\d)")
_CAPITAL = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*")
# the verbs that say who is speaking, in the tenses and persons news uses them
REPORTING_VERBS = (
    r"(?:said|says|say|told|tells|added|adds|explained|noted|warned|argued|argues|argue|stated|wrote"
    r"|insisted|insists|claimed|contended|contends)"
)
_REPORTING = REPORTING_VERBS
_NAME_RUN = r"[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,3}"
# "…, Neumann said." / "…,” said Sgt. Tim Shields, a media officer." / "Neumann said that …"
_SPEAKER_AFTER = re.compile(rf"[,”\"’]\s*(?:({_NAME_RUN})\s+{_REPORTING}\b|{_REPORTING}\s+({_NAME_RUN}))")
# "Neumann said …", and with an apposition: "The opposition leader, Karl Vinter, said …", "Hengky Tewu,
# a hospital director, said …"
_SPEAKER_BEFORE = re.compile(
    rf"^\s*(?:(?:[\w'’-]+\s+){{0,2}}?({_NAME_RUN})|[^,\"“”]{{1,40}},\s+({_NAME_RUN}),"
    rf"|({_NAME_RUN}),\s+[^,\"“”]{{1,50}},)\s+{_REPORTING}\b"
)
# words of address before a name say what someone is, not who
_TITLES = frozenset("Mr Mrs Ms Dr Sgt Gen Col Capt Lt Sen Rep Gov Prof President Minister".split())
_CURRENT = re.compile(
    r"\b(?:(?:on|late|early|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:today|tonight|yesterday|this (?:week|morning|afternoon|evening))\b",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(r"^\s*(?:According to|Per)\s[^,]{1,60},")


@dataclass(frozen=True, slots=True)
class EventFeatures:
    years: frozenset[int]
    dates: frozenset[int]  # day of the year, roughly: month * 31 + day
    names: frozenset[str]  # folded stems of capitalised names outside attributions
    speakers: frozenset[str]  # folded stems of the capitalised names of who is said to speak
    people: frozenset[tuple[str, ...]] = frozenset()  # runs of two or more names ("Tom Avery")
    current: bool = False  # dated the way news dates its own day: "on Tuesday", "today", "this week"
    past: bool = False  # told in the past tense ("caused", "was"), as background is
    quotes: frozenset[tuple[str, ...]] = frozenset()  # quotations of QUOTE_WORDS words or more, as words
    days: frozenset[str] = frozenset()  # the numbers that are days of its dates ("3" of "on 3 May")
    earlier: bool = False  # tells of a time before its article's event ("In 2011 a bridge collapsed")


@lru_cache(maxsize=200_000)
def _key(word: str) -> str:
    return stem(fold(word).replace("’", "'").split("'")[0])


def _names(text: str) -> list[tuple[int, str]]:
    """(offset, key) of capitalised words that are not a month or day, nor the claim's first word unless
    no dictionary word ("Blackmore was arrested"; not "Police said", "The")."""
    out = []
    first = len(text) - len(text.lstrip())
    for m in _CAPITAL.finditer(text):
        w = m.group(0)
        if w.lower().rstrip(".") in _MONTH_NAMES:
            continue
        if m.start() <= first and not _unknown_word(w):
            continue
        out.append((m.start(), _key(w)))
    return out


# where the words after a reporting verb stop naming the speaker: an apposition, a relative clause
_SPEAKER_END = re.compile(r",|\b(?:who|which|that|whose)\b|[.;:!?](?:\s|$)")


def reported_clause(after: str) -> bool:
    """Whether the words after a reporting verb ("said …") are what was said, a clause with its own verb
    ("Ostberg should step down"), rather than who said it ("Sgt. Tim Shields, a media officer",
    "reporters who had gathered")."""
    return has_finite_verb(_SPEAKER_END.split(after, maxsplit=1)[0])


def _unknown_word(word: str) -> bool:
    """A capitalised word no dictionary lists: a name even where every sentence starts with a capital."""
    low = word.lower()
    return low.isalpha() and low not in STOPWORDS and lexicon.available() and not lexicon.senses(low)


def event_features(text: str) -> EventFeatures:
    years = frozenset(int(y) for y in _YEAR.findall(text)) - undated_years(text)
    dates = set()
    days = set()
    for found in _DATE.finditer(text):
        month, day = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
        d = int(day)
        if 1 <= d <= 31:
            dates.add(_MONTHS[fold(month)[:3]] * 31 + d)
            days.add(str(d))
    # the first day of a span ("the weekend of 14 and 15 March", "14-15 March") is a day too
    days.update(m.group(1) for m in _DAY_SPAN.finditer(text))
    words = text.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    title_case = len(words) >= 4 and capitals >= 0.6 * len(words)
    speaker_spans: list[tuple[int, int]] = []
    attribution = _ATTRIBUTION.match(text)
    if attribution:
        speaker_spans.append(attribution.span())
    speakers: set[str] = set()
    for rx in (_SPEAKER_BEFORE, _SPEAKER_AFTER):
        said = rx.search(text)
        if said and rx is _SPEAKER_AFTER and said.group(2) and reported_clause(text[said.start(2) :]):
            said = None  # "…, said Ostberg should step down": Ostberg is who the clause is about
        if said:
            for g in range(1, (said.lastindex or 0) + 1):
                if said.group(g):
                    speaker_spans.append(said.span(g))
                    speakers.update(_key(w) for w in _CAPITAL.findall(said.group(g)) if w not in _TITLES)
    names = set()
    people: set[tuple[str, ...]] = set()
    if not title_case:
        run: list[str] = []
        end = -1
        for at, key in [*_names(text), (len(text) + 2, "")]:
            inside = any(a <= at < b for a, b in speaker_spans)
            if not inside and key:
                names.add(key)
            if run and (at > end + 2 or inside or not key):
                if len(run) >= 2:
                    people.add(tuple(run))
                run = []
            if key and not inside and key not in STOPWORDS:
                run.append(key)
                end = at + len(text[at:].split(None, 1)[0].rstrip(",.;:"))
    names -= STOPWORDS
    speakers -= STOPWORDS
    return EventFeatures(
        years,
        frozenset(dates),
        frozenset(names - speakers),
        frozenset(speakers),
        frozenset(people),
        bool(_CURRENT.search(text)),
        past_tense(text),
        _quotations(text),
        frozenset(days),
        _earlier(text),
    )


def _earlier(text: str) -> bool:
    """The sentence opens with the year of an earlier time and tells of it in the past tense, before any
    subordinate clause ("In 2011 a rail bridge collapsed", "In December 2004, a quake triggered a
    tsunami"): background, as news writes it. A year further on dates less surely ("Turnout was 58%, up
    from 49% in 2021"; "…the worst since a bridge fell in 2011")."""
    if not _OPENING_YEAR.match(text):
        return False
    head = _SUBORDINATE.split(text, maxsplit=1)[0]
    return past_tense(head) and not future_tense(head)


# "In 2011 …", "In December 2004, …", "Back in early 2019 …", "During 2008 …"
_OPENING_YEAR = re.compile(
    rf"\s*(?:back\s+)?(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:{MONTH_RX}\s+(?:\d{{1,2}},?\s+)?)?"
    r"(?:1[89]\d\d|20\d\d)\b",
    re.IGNORECASE,
)


# a word that opens a clause inside a sentence: what follows it is not the sentence's own statement
# ("…memories of similar quakes that hit Manokwari in 2002"; "the worst since a bridge fell in 2011")
_SUBORDINATE = re.compile(
    r"\b(?:that|which|who|whom|whose|where|when|while|since|after|before|because|although|though|until"
    r"|unless|if)\b",
    re.IGNORECASE,
)


# a quotation this long, word for word in two claims, is one quotation (whoever each says said it)
QUOTE_WORDS = 5
_QUOTATION = re.compile(r"[“\"]([^”\"]+)[”\"]")


def _quotations(text: str) -> frozenset[tuple[str, ...]]:
    """The quotations of a claim, each as its folded words, when long enough to be told apart; a claim
    cut from a longer quotation ('we cannot accept an ultimatum," Varro said') starts inside it."""
    found = [m.group(1) for m in _QUOTATION.finditer(text)]
    first = re.search(r"[“”\"]", text)
    if first and (first.group(0) == "”" or (first.group(0) == '"' and re.match(r'[^"]*[,.!?]\s*"', text))):
        found.append(text[: first.start()])
    out = set()
    for quoted in found:
        ws = tuple(re.findall(r"\w+", fold(quoted)))
        if len(ws) >= QUOTE_WORDS:
            out.add(ws)
    return frozenset(out)


def _strangers(
    people: frozenset[tuple[str, ...]], names: frozenset[str], words: set[str] | frozenset[str]
) -> bool:
    """Whether one of ``people`` is named nowhere in the other claim (``names``) nor its article."""
    return any(all(w not in names and w not in words for w in p) for p in people)


def article_words(text: str) -> set[str]:
    """Every word of a text as :func:`_key` forms it (any case): what an article mentions."""
    return {_key(w) for w in re.findall(r"[^\W\d_][\w'’-]*", text)}


def _now(f: EventFeatures) -> bool:
    """A claim that names no year and tells of its article's own time: its day, or the present."""
    return not f.years and (f.current or not f.past)


def earlier_than(a: EventFeatures, b: EventFeatures, era_b: int | None, named_b: set[int]) -> bool:
    """Claim ``a`` tells of a time before its article's event, by a year ("In 2011 a rail bridge
    collapsed"), and ``b`` names no year, in an article that never names that one (``named_b``: every
    year it names) nor has it for its era: ``b`` tells of another event, when it is one of its article's
    first claims (the lead tells the article's own event)."""
    return a.earlier and not b.years and not a.years & named_b and era_b not in a.years


def compatible(
    a: EventFeatures,
    b: EventFeatures,
    words_a: set[str] | frozenset[str],
    words_b: set[str] | frozenset[str],
    year_a: int | None = None,
    year_b: int | None = None,
) -> bool:
    """Whether claims ``a`` and ``b`` (of articles whose words are ``words_a``, ``words_b`` and whose
    publication years are ``year_a``, ``year_b``) can tell of one event. See the module's rules."""
    if a.years and b.years and not a.years & b.years:
        return False
    # a claim dated by its weekday tells of its article's day; one dated by another year, of another time
    # and so does one that names no year and is told in the present or future tense
    if (_now(b) and year_b and a.years and year_b not in a.years) or (
        _now(a) and year_a and b.years and year_a not in b.years
    ):
        return False
    if a.dates and b.dates and min(abs(x - y) for x in a.dates for y in b.dates) > DATE_SLACK:
        return False
    if (
        a.speakers
        and b.speakers
        and not a.speakers & (b.speakers | b.names)
        and not b.speakers & (a.speakers | a.names)
    ):
        return False
    if a.years & b.years or a.dates & b.dates:
        return True
    # different people: each names someone (first and last name) the other article never mentions
    if _strangers(a.people, b.names, words_b) and _strangers(b.people, a.names, words_a):
        return False
    if not a.names or not b.names or a.names & b.names:
        return True
    # no name in common, and most of each side's names are unknown to the other article
    unseen_a = sum(n not in words_b for n in a.names)
    unseen_b = sum(n not in words_a for n in b.names)
    return not (2 * unseen_a >= len(a.names) and 2 * unseen_b >= len(b.names) and unseen_a and unseen_b)


# articles published further apart than this are about different stories (news of one event is told
# within days; a month leaves room for follow-ups)
STORY_DAYS = 31


def publication_day(published: str | None) -> int | None:
    """An ISO publication date ('2013-07-02', or with a time) as a day number, or None."""
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", published or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).toordinal()
    except ValueError:
        return None
