"""Normalised word tokens for comparing claims: case, quotes, dashes, accents, numbers, stems, aliases.

No synonyms here: which different words mean the same comes from WordNet (:mod:`viewer.core.claims.lexicon`).

Both alignment and contradiction detection read claims through these tokens, so "U.S." and "United States",
"’91" and "1991", "revoking" and "revoked" look alike to both.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

_stemmer = snowballstemmer.stemmer("english")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each either few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself neither no nor not now of off on once only or other our ours ourselves out
    over own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who whom
    why will with would you your yours yourself yourselves us s t don shall may might must let lets yet
    per via upon amid among toward towards whose across onto within without whether though although
    however thus also even still just""".split()
)
# Reporting words say who said something, not what was said: they are left to the contradiction finder.
REPORTING = frozenset(
    """said says say saying told tell tells according reported reports report reportedly added adds noted
    explained continued warned stated asserted claimed claims wrote""".split()
)

_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12,
}  # fmt: skip

# Names that mean the same thing in news copy.
_ALIASES = {
    "us": "united_states",
    "usa": "united_states",
    "u.s": "united_states",
    "u.s.a": "united_states",
    "uk": "united_kingdom",
    "u.k": "united_kingdom",
    "un": "united_nations",
    "u.n": "united_nations",
    "eu": "european_union",
}
_PHRASE_ALIASES = [
    (re.compile(r"\bunited states(?: of america)?\b"), " united_states "),
    (re.compile(r"\bunited kingdom\b"), " united_kingdom "),
    (re.compile(r"\bunited nations\b"), " united_nations "),
    (re.compile(r"\beuropean union\b"), " european_union "),
]

# an amount written short or long is one amount: "$31.5bn" = "$31.5 billion", "9 per cent" = "9%"; a bare
# "m" is a million only after a currency or before a noun ("1.2m vehicles", "5m people"; not "a 10m wall",
# "10m from the shore")
_SCALE_WORDS = {"bn": "billion", "b": "billion", "mn": "million", "mln": "million", "m": "million"}
_SCALE_WORDS |= {"k": "thousand", "tn": "trillion", "trn": "trillion"}
_MONEY_SCALE = re.compile(r"([$€£]\s?\d+(?:\.\d+)?)\s?(bn|b|mn|mln|m|k|tn|trn)\b")
_BARE_SCALE = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)(bn|mn|mln|tn)\b"
    r"|(?<![\w.])(?<!\ba )(?<!\ban )(\d+(?:\.\d+)?)(m)"
    r"(?= (?!(?:tall|high|long|deep|wide|away|from|above|below|under|over|in|of|to|and|or)\b)[a-z]{3,})"
)
_PERCENT = re.compile(r"(?<=\d)\s?(?:per ?cent|pct)\b")

_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'}
)
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_TOKEN = re.compile(r"[^\W_]+(?:[._'][^\W_]+)*\.?|\$|%", re.UNICODE)
_SPACED_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3})\. (\d{1,3})\b(?![.,]\d)")
_SHORT_YEAR = re.compile(r"(?<![\w'])'(\d\d)\b")
_ACRONYM_ORIG = re.compile(r"\b(?:[A-Z]\.){2,4}|\b[A-Z]{2,6}s?\b")


def fold(text: str) -> str:
    """Case, accents, quotes and dashes folded; whitespace kept (same length is NOT guaranteed)."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = t.translate(_QUOTES)
    t = _DASHES.sub("-", t)
    return t.casefold()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return str(_stemmer.stemWord(word))


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a claim: its normal form (stem, number or alias) and what kind of word it is."""

    norm: str
    kind: str  # "word", "number", "name", "stop", "report"
    surface: str


# the words that multiply the number before them ("2.4 million", "$31.5bn")
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3}
SCALE |= {"mn": 1e6, "mln": 1e6, "b": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12}


def number_value(word: str) -> float | None:
    """'1,000' -> 1000, 'three' -> 3, '6.1' -> 6.1; None for other words."""
    w = word.replace(",", "")
    if w in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[w])
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    return None


def tokens(text: str) -> list[Token]:
    """The normalised tokens of a claim, in order."""
    return list(_tokens(text))


@lru_cache(maxsize=65_536)
def _tokens(text: str) -> tuple[Token, ...]:
    orig_acronyms = {m.group(0).rstrip("s").replace(".", "").lower() for m in _ACRONYM_ORIG.finditer(text)}
    t = fold(text)
    for rx, rep in _PHRASE_ALIASES:
        t = rx.sub(rep, t)
    t = re.sub(r"(?<=\d),(?=\d{3}\b)", "", t)  # 1,000 -> 1000
    t = _MONEY_SCALE.sub(lambda m: f"{m[1]} {_SCALE_WORDS[m[2]]}", t)
    t = _BARE_SCALE.sub(lambda m: f"{m[1] or m[3]} {_SCALE_WORDS[m[2] or m[4]]}", t)
    t = _PERCENT.sub(" %", t)
    t = _SPACED_DECIMAL.sub(r"\1.\2", t)  # "6. 1" in detokenised wire copy -> 6.1
    t = _SHORT_YEAR.sub(lambda m: ("19" if int(m[1]) > 30 else "20") + m[1], t)  # ’91 -> 1991
    out: list[Token] = []
    for m in _TOKEN.finditer(t):
        w = m.group(0)
        if w in ("$", "%"):
            out.append(Token(w, "word", w))
            continue
        w = w.rstrip(".")
        if w.endswith("'s"):
            w = w[:-2]
        w = w.strip("'")
        if not w:
            continue
        if w in _ALIASES and (w.replace(".", "") in orig_acronyms or "." in w):
            out.append(Token(_ALIASES[w], "name", w))
            continue
        if "_" in w:
            out.append(Token(w, "name", w))
            continue
        if w == "one" and t[m.end() : m.end() + 4] == " of ":
            out.append(Token(w, "stop", w))  # "one of the biggest cases" counts nothing
            continue
        value = number_value(w)
        if value is not None:
            out.append(Token(_fmt_number(value), "number", w))
            continue
        if w in STOPWORDS:
            out.append(Token(w, "stop", w))
        elif w in REPORTING:
            out.append(Token(stem(w), "report", w))
        else:
            out.append(Token(concept(w.replace(".", "")), "word", w))
    return tuple(out)


@lru_cache(maxsize=200_000)
def concept(word: str) -> str:
    """The form words are compared in: the stem ('dismissed' -> 'dismiss'). Words that mean the same are
    matched by :mod:`viewer.core.claims.lexicon` (WordNet), not here."""
    return stem(word)


def _fmt_number(v: float) -> str:
    return str(int(v)) if v == int(v) else f"{v:g}"


def acronym_candidates(text: str) -> list[tuple[str, str]]:
    """(initials, phrase) for runs of capitalised words: 'Federal Aviation Administration' -> ('faa', …)."""
    out = []
    for m in re.finditer(r"\b[A-Z][\w'’-]+(?:\s+(?:of|and|for|the|de|los|del)?\s*[A-Z][\w'’-]+){1,5}", text):
        words = [w for w in re.split(r"\s+", m.group(0)) if w[:1].isupper()]
        if len(words) >= 2:
            out.append(("".join(w[0] for w in words).lower(), m.group(0)))
    return out
