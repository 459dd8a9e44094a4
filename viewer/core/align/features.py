"""One claim -> what alignment compares of it: content words, numbers, word pairs, WordNet senses, who is
speaking, event features, and the words of long names (see :mod:`viewer.core.align.aligner`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from viewer.core.align.events import REPORTING_VERBS, EventFeatures, event_features, reported_clause
from viewer.core.claims import lexicon
from viewer.core.claims.textnorm import acronym_candidates, concept, fold, tokens
from viewer.core.model import Claim


@dataclass(frozen=True, slots=True)
class ClaimFeatures:
    """What alignment needs of one claim."""

    words: frozenset[str]  # content tokens (stems, names, aliases, acronyms)
    numbers: frozenset[str]
    folded: str  # folded text for rapidfuzz
    bigrams: frozenset[tuple[str, str]]
    speaker: frozenset[str] = frozenset()  # words only in the attribution ("…, said Neumann")
    senses: dict[int, str] | None = None  # WordNet sense key -> the content word that has it
    sense_keys: frozenset[int] = frozenset()  # the keys of ``senses``
    event: EventFeatures | None = None  # years, dates, names, speakers (see events.py)
    # words of a name of several words ("Fundamentalist Church of Jesus Christ"), each weighed less:
    # a long name is one thing the claims share, not one thing per word
    damped: dict[str, float] | None = None
    # WordNet: the synsets directly above each noun of few senses -> that noun ("negotiation" under
    # "discussion")
    broader: dict[int, str] | None = None
    specific: frozenset[int] = frozenset()  # the senses of nouns of few senses, a hypernym's landing
    # the figures that say which fact this is: not years (the event check reads those), not the small
    # counts every story repeats ("two", "5"), but "41.9", "58", "2000"
    figures: frozenset[str] = frozenset()
    # WordNet: the nouns of the acts its verbs name -> that verb ("complaint" for "complained"); they
    # match the other claim's own nouns only (two verbs whose nouns share a sense are two verbs)
    nominal: dict[int, str] | None = None


YEAR_NUMBER = re.compile(r"1[89]\d\d|20\d\d")


def _telling(number: str) -> bool:
    return not YEAR_NUMBER.fullmatch(number) and ("." in number or float(number) >= 10)


_REPORTING = rf"(?:{REPORTING_VERBS}|according to)"
# "…, Neumann said." / "…,” said the source, speaking on condition of anonymity."
_FINAL_ATTRIBUTION = re.compile(
    rf"[,”\"’]\s*([^,.;:\"“”]{{0,60}}?\b{_REPORTING}\b[^\"“”]{{0,90}}?)[.!?]?[\"”]?\s*$"
)
# "According to the sources, …" / "Officials said that …" / "The opposition leader, Karl Vinter, said …"
_INITIAL_ATTRIBUTION = re.compile(
    rf"^\s*(?:According to [^,]{{1,60}},|Per [^,]{{1,60}},|[^,\"“”]{{1,50}}?\b{_REPORTING}\b(?: that)?"
    rf"|[^,\"“”]{{1,40}},\s+[^,\"“”]{{1,50}},\s+{_REPORTING}\b(?: that)?)"
)
_REPORTING_WORD = re.compile(rf"\b{_REPORTING}\b")


def _speaker_words(text: str) -> frozenset[str]:
    """Content words that only name who said something, not what was said."""
    final = _FINAL_ATTRIBUTION.search(text)
    if final:
        verb = _REPORTING_WORD.search(final.group(1))
        if verb and reported_clause(final.group(1)[verb.end() :]):
            final = None  # "…, said Ostberg should step down": what was said, not who said it
    spans = [final.span(1)] if final else []
    m = _INITIAL_ATTRIBUTION.match(text)
    if m and len(text) - m.end() > 30:
        spans.append(m.span())
    if not spans:
        return frozenset()
    inside: set[str] = set()
    outside = list(text)
    for a, b in spans:
        inside.update(t.norm for t in tokens(text[a:b]) if t.kind in ("word", "name"))
        outside[a:b] = " " * (b - a)
    rest = {t.norm for t in tokens("".join(outside)) if t.kind in ("word", "name")}
    return frozenset(inside - rest)


def features(text: str, acronyms: dict[str, str] | None = None) -> ClaimFeatures:
    toks = tokens(text)
    words = {t.norm for t in toks if t.kind in ("word", "name")}
    if acronyms:
        for initials, _phrase in acronym_candidates(text):
            if initials in acronyms:
                words.add(initials)
    content = [t.norm for t in toks if t.kind in ("word", "name", "number")]
    senses: dict[int, str] = {}
    nominal: dict[int, str] = {}
    broader: dict[int, str] = {}
    specific: set[int] = set()
    for k, t in enumerate(toks):
        if t.kind != "word" or len(t.surface) < 3 or not t.surface.isalpha():
            continue
        for key in lexicon.broader(t.surface):
            broader.setdefault(key, t.norm)
        specific |= lexicon.specific_senses(t.surface)
        for key in lexicon.senses(t.surface):
            senses.setdefault(key, t.norm)
        # the adjective of a named place is that place: "Venezuelan airspace" / "the airspace above
        # Venezuela"
        for key in lexicon.named_place(t.surface):
            senses.setdefault(key, t.norm)
        # a verb and the noun of its act say one thing ("complained" / "complaints"): for words used
        # mostly as verbs (WordNet's most frequent sense), which keeps the lookups few
        first = lexicon.first_sense(t.surface)
        if first is not None and first % 4 == 1:
            for key in lexicon.nominal_senses(t.surface):
                nominal.setdefault(key, t.norm)
        # a phrasal verb or compound WordNet knows as one lemma ("shut down", "armed forces")
        if k + 1 < len(toks) and toks[k + 1].surface.isalpha() and lexicon.may_head_compound(t.surface):
            for key in lexicon.senses(f"{t.surface}_{toks[k + 1].surface}"):
                senses.setdefault(key, t.norm)
    # a shared name ("President Donald Trump") is one fact about who, not word order worth a bonus
    names = {concept(fold(w)) for w in re.findall(r"(?<=\s)[A-Z][\w'’-]+", text)}
    damped: dict[str, float] = {}
    capitals = sum(1 for w in text.split() if w[:1].isupper())
    if capitals < 0.6 * len(text.split()):  # not a headline in title case
        for run in _NAME_RUN.finditer(text):
            parts = [t.norm for t in tokens(run.group(0)) if t.kind in ("word", "name")]
            if len(parts) >= 2:
                for w in parts:
                    damped[w] = min(damped.get(w, 1.0), len(parts) ** -0.5)
    numbers = frozenset(t.norm for t in toks if t.kind == "number")
    return ClaimFeatures(
        frozenset(words),
        numbers,
        " ".join(t.norm for t in toks if t.kind != "stop"),
        frozenset((x, y) for x, y in pairwise(content) if not (x in names and y in names)),
        _speaker_words(text),
        senses,
        frozenset(senses),
        event_features(text),
        damped,
        broader,
        frozenset(specific),
        frozenset(n for n in numbers if _telling(n)),
        nominal,
    )


# a name of several capitalised words, with the particles names carry in many languages between them
_PARTICLES = "of|the|and|for|de|del|della|di|da|do|dos|du|des|la|las|le|les|los|el|van|von|der|den|al|bin|ibn"
_NAME_RUN = re.compile(rf"[A-Z][\w'’-]*(?:\s+(?:(?:{_PARTICLES})\s+)*[A-Z][\w'’-]*)+")


def _corpus_acronyms(claims: Sequence[Claim]) -> dict[str, str]:
    """Acronyms written in capitals somewhere in the corpus ('FAA'), keyed by their lower-case form."""
    found: dict[str, str] = {}
    for c in claims:
        for t in tokens(c.text):
            s = t.surface
            if t.kind == "word" and 2 <= len(s) <= 6 and s.isalpha() and s.upper() in c.text:
                found[s.lower()] = s
    return found
