"""Words of a claim with their place in the text, and the token alignment of two claims.

The contradiction finder compares two claims word by word: each word keeps its surface (for the sentence
shown to the reader) and gets a normal form (case, accents, aliases such as "U.S." = "United States",
numbers, stems and synonyms from :mod:`viewer.core.claims.textnorm`), so that harmless variation aligns
as equal and only the slots that really differ are left to judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from viewer.core.claims import lexicon
from viewer.core.claims.dates import MONTHS, WEEKDAYS
from viewer.core.claims.textnorm import STOPWORDS, concept, fold, number_value

# words that carry no claim of their own, on top of the stop words: fillers, hedges, intensifiers
_FILLER = frozenset(
    """even also really actually very just still already reportedly allegedly officially now then
    basically indeed""".split()
)
_WORD = re.compile(r"[$€£]?\d+(?:[,.]\d+)*(?:[a-zA-Z%]+)?|['’]\d\d\b|[^\W_]+(?:['’.][^\W_]+)*\.?", re.UNICODE)
_ALIASES = {
    "us": "united_states",
    "u.s": "united_states",
    "usa": "united_states",
    "u.s.a": "united_states",
    "america": "united_states",
    "uk": "united_kingdom",
    "u.k": "united_kingdom",
    "britain": "united_kingdom",
    "un": "united_nations",
    "u.n": "united_nations",
    "eu": "european_union",
}
_PAIRS = {
    ("united", "states"): "united_states",
    ("united", "kingdom"): "united_kingdom",
    ("united", "nations"): "united_nations",
    ("european", "union"): "european_union",
}
_MONTH_ABBR = {
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
}


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a claim."""

    surface: str  # as written (for the detail sentence)
    low: str  # folded surface, without a final dot
    norm: str  # what is compared: alias, number, month, concept stem
    start: int
    end: int
    cap: bool  # written with a capital letter
    stop: bool  # a stop word or a filler, which alone never makes a contradiction


def words(text: str) -> list[Word]:
    """The words of ``text`` in order, with aliases merged ("United States" is one word)."""
    return list(_words(text))


_CLITICS = frozenset(("s", "t", "re", "ve", "ll", "d", "m"))


@lru_cache(maxsize=32_768)
def _words(text: str) -> tuple[Word, ...]:
    # a claim is compared with every other claim of its group: read its words once
    raw: list[Word] = []
    for m in _WORD.finditer(text):
        s = m.group(0)
        if raw and s.lower() in _CLITICS and text[raw[-1].end : m.start()].strip() in ("'", "’"):
            # "AMD ’ s" in detokenised copy is "AMD’s": the clitic joins the word before it
            prev = raw.pop()
            s = text[prev.start : m.end()]
            clitic = m.group(0).lower()
            low = prev.low if clitic == "s" else f"{prev.low}'{clitic}"
            norm = prev.norm if low == prev.low else _norm(low, s)
            raw.append(Word(s, low, norm, prev.start, m.end(), prev.cap, low in STOPWORDS or low in _FILLER))
            continue
        low = fold(s).rstrip(".").replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        norm = _norm(low, s)
        stop = low in STOPWORDS or low in _FILLER
        raw.append(Word(s, low, norm, m.start(), m.end(), s[:1].isupper(), stop))
    out: list[Word] = []
    i = 0
    while i < len(raw):
        w = raw[i]
        # "58 percent", "58 per cent" are "58%"
        if i + 1 < len(raw) and re.fullmatch(r"\d+(?:\.\d+)?", w.low):
            after = [x.low for x in raw[i + 1 : i + 3]]
            span = 1 if after[:1] == ["percent"] else 2 if after == ["per", "cent"] else 0
            if span:
                end = raw[i + span].end
                out.append(Word(text[w.start : end], f"{w.low}%", f"{w.norm}%", w.start, end, False, False))
                i += 1 + span
                continue
        if i + 1 < len(raw) and (w.low, raw[i + 1].low) in _PAIRS:
            nxt = raw[i + 1]
            name = _PAIRS[(w.low, nxt.low)]
            out.append(Word(text[w.start : nxt.end], name, name, w.start, nxt.end, True, False))
            i += 2
            continue
        out.append(w)
        i += 1
    return tuple(out)


_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
# "twelfth" and "12th" are one word
_ORDINALS = {
    w: f"{n}{'th' if 10 <= n % 100 <= 20 else _SUFFIX.get(n % 10, 'th')}"
    for n, w in enumerate(_ORDINAL_WORDS, start=1)
}
# "MySpace.com" names the site "MySpace" does
_DOMAIN = re.compile(r"([a-z0-9][a-z0-9-]*)\.(?:com|org|net|gov|edu|co\.uk|io)")


@lru_cache(maxsize=65_536)
def _norm(low: str, surface: str) -> str:
    if low in _ORDINALS:
        return _ORDINALS[low]
    if m := _DOMAIN.fullmatch(low):
        low = m.group(1)
    if low in _ALIASES and (surface.isupper() or "." in surface or low == "america" or low == "britain"):
        return _ALIASES[low]
    if re.fullmatch(r"'\d\d", low):
        return ("19" if int(low[1:]) > 30 else "20") + low[1:]
    if low in _MONTH_ABBR:
        return _MONTH_ABBR[low]
    if low in MONTHS or low in WEEKDAYS:
        return low
    value = number_value(low)
    if value is not None:
        return str(int(value)) if value == int(value) else f"{value:g}"
    if low[:1].isdigit() or low[:1] == "$":
        return low.replace(",", "")
    plain = low.replace(".", "").replace("-", "")
    return concept(lexicon.irregular_verb(plain) or _spelling(plain))


_BRITISH = [
    (re.compile(r"(?<=\w{2})our(s?)$"), r"or\1"),
    (re.compile(r"(?<=\w{3})ence(s?)$"), r"ense\1"),
    (re.compile(r"(?<=\w{2})is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w{2})ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w{2})tre(s?)$"), r"ter\1"),
    (re.compile(r"(?<=\w{2}[ea])ll(ed|ing|er)$"), r"l\1"),
]


def _spelling(word: str) -> str:
    """British spellings in their American form ('offence' -> 'offense', 'organised' -> 'organized')."""
    if len(word) < 5:
        return word
    for rx, rep in _BRITISH:
        word = rx.sub(rep, word)
    return word


@dataclass(frozen=True, slots=True)
class Slot:
    """One place where two claims differ: words a[i1:i2] stand where b has b[j1:j2]."""

    tag: str  # "replace", "insert", "delete"
    i1: int
    i2: int
    j1: int
    j2: int


@dataclass(frozen=True, slots=True)
class Pairing:
    """Two claims aligned word by word."""

    a: list[Word]
    b: list[Word]
    slots: list[Slot]
    shared: int  # content words in equal stretches, not counting numbers and dates
    similarity: float  # shared content words over the mean content length (0..1)


def pair(a_text: str, b_text: str) -> Pairing:
    """Align two claims word by word (Levenshtein opcodes over normal forms)."""
    a, b = words(a_text), words(b_text)
    ops = Levenshtein.opcodes([w.norm for w in a], [w.norm for w in b])
    slots: list[Slot] = []
    shared = equal = 0
    for op in ops:
        if op.tag == "equal":
            same = [w for w in a[op.src_start : op.src_end] if not w.stop]
            shared += sum(1 for w in same if _telling(w))
            equal += len(same)
        else:
            slots.append(Slot(op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end))
    ca = sum(1 for w in a if not w.stop)
    cb = sum(1 for w in b if not w.stop)
    sim = 2 * equal / (ca + cb) if ca + cb else 0.0
    return Pairing(a, b, slots, shared, sim)


def _telling(w: Word) -> bool:
    return w.norm[:1].isalpha() and w.norm not in MONTHS and w.norm not in WEEKDAYS


def content(ws: list[Word]) -> list[Word]:
    return [w for w in ws if not w.stop]


def phrase(text: str, ws: list[Word], i: int, j: int) -> str:
    """The text of words ws[i:j] as written (punctuation inside kept, outer quotes dropped)."""
    if i >= j:
        return ""
    return text[ws[i].start : ws[j - 1].end].strip(" \"'“”‘’,.;:")


def acronym_of(short: str, long: str) -> bool:
    """'AP' for 'Associated Press', 'USGS' for 'US Geological Survey'."""
    if not re.fullmatch(r"[A-Z.]{2,8}", short):
        return False
    letters = "".join(w if w.isupper() else w[0] for w in re.findall(r"[A-Z][\w]*", long))
    return short.replace(".", "") == letters
