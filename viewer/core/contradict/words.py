"""Contradictions in the words of two aligned claims: negation, antonyms, names in one place, roles.

Each check looks at the places where the word alignment of two claims (:func:`contradict_text.pair`)
differs, and only when the rest of the two claims agrees, so that a paraphrase never reads as a clash.
Every check returns the two values as written, for the sentence shown to the reader, or None. Who said
it and how it was quoted are checked in :mod:`viewer.core.contradict.sources`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from viewer.core.claims import lexicon
from viewer.core.claims.dates import MONTHS, WEEKDAYS
from viewer.core.claims.textnorm import concept, fold
from viewer.core.contradict.text import Pairing, Slot, Word, acronym_of, phrase, words

# -- negation ---------------------------------------------------------------------------------------

# "nor" is left out: it goes with a "neither" or a "not" before it and adds no negation of its own
_NEGATORS = frozenset(
    """not no never none nobody nothing neither without cannot absence absent lack lacked lacking
    lacks unable fail failed fails failing refuse refused refuses deny denied denies decline declined
    declines dont doesnt didnt isnt wasnt arent werent cant couldnt wont wouldnt shouldnt aint hasnt
    havent hadnt""".split()
)


_LEXICAL = frozenset(
    """absence absent lack lacked lacking lacks unable fail failed fails failing refuse refused refuses
    deny denied denies decline declined declines""".split()
)


def _negative(ws: list[Word], k: int, text: str) -> bool:
    w = ws[k]
    if not (w.low in _NEGATORS or w.low.endswith("n't")):
        return False
    after = text[w.end : w.end + 1]
    if after == "-":
        return False  # "a not-too-subtle swipe"
    # "No. 6", "No 1 seed": a number, not a negation
    return not (w.surface[:1] == "N" and k + 1 < len(ws) and ws[k + 1].low[:1].isdigit())


def negation(p: Pairing, a_text: str, b_text: str) -> tuple[str, str] | None:
    """'has never been serviced' vs 'has been regularly serviced'; 'did not sign' vs 'signed'."""
    if p.similarity < 0.6 or p.shared < 2:
        return None
    na = sum(1 for k in range(len(p.a)) if _negative(p.a, k, a_text))
    nb = sum(1 for k in range(len(p.b)) if _negative(p.b, k, b_text))
    ea = sum(1 for k in range(len(p.a)) if _negative(p.a, k, a_text) and _plain(p.a, k))
    eb = sum(1 for k in range(len(p.b)) if _negative(p.b, k, b_text) and _plain(p.b, k))
    # a plain "not"/"never" must make the difference ("refused to", "failed to" negate the verb after
    # them as plainly); "denied" or "lack" only cancel one out
    if na % 2 == nb % 2 or ea % 2 == eb % 2:
        return None
    if _antonym_slots(p):
        return None  # "did not reject" vs "accepted": the two changes cancel out
    neg = [
        s
        for s in p.slots
        if any(_negative(p.a, k, a_text) for k in range(s.i1, s.i2))
        or any(_negative(p.b, k, b_text) for k in range(s.j1, s.j2))
    ]
    if not neg:
        return None
    # the rest of the changed place must be small: "did not return" / "anything happened to him" is
    # another statement, not the same one negated; and a clause one claim adds is not a negation
    for s in neg:
        i1, i2, j1, j2 = _region(p, s)
        ca = [w for w in p.a[i1:i2] if not w.stop and w.low not in _NEGATORS and not w.low.endswith("n't")]
        cb = [w for w in p.b[j1:j2] if not w.stop and w.low not in _NEGATORS and not w.low.endswith("n't")]
        if len(ca) + len(cb) > 3 or (i1 == i2 and cb) or (j1 == j2 and ca):
            return None
        # another verb on each side is another statement: "was found guilty" / "pleaded not guilty"
        if _actions(ca) and _actions(cb):
            return None
    # the negation must sit inside both claims, between agreeing words: a clause that only one claim
    # adds at its start or end ("…, but the U.S. said no") is not the same statement negated; at the
    # start, a negator alone may stand before the same words ("No bank details were accessed")
    for s in neg:
        if s.i2 >= len(p.a) or s.j2 >= len(p.b):
            return None
        if (s.i1 == 0 or s.j1 == 0) and not _only_negators(p, s, a_text, b_text):
            return None
    return _around(p, neg, a_text, b_text)


def _only_negators(p: Pairing, s: Slot, a_text: str, b_text: str) -> bool:
    """A changed place that holds negators only ("no" before "bank details were accessed")."""
    ka = [k for k in range(s.i1, s.i2) if not p.a[k].stop or _negative(p.a, k, a_text)]
    kb = [k for k in range(s.j1, s.j2) if not p.b[k].stop or _negative(p.b, k, b_text)]
    if not (ka or kb) or not all(_negative(p.a, k, a_text) for k in ka):
        return False
    if not all(_negative(p.b, k, b_text) for k in kb):
        return False
    # "No, the minister said, …": an interjection, set off by a comma, negates nothing after it
    return not any(
        k + 1 < len(ws) and text[ws[k].end : ws[k + 1].start].strip()
        for ks, ws, text in ((ka, p.a, a_text), (kb, p.b, b_text))
        for k in ks
    )


def _plain(ws: list[Word], k: int) -> bool:
    """A negator that denies the verb it stands by: "not", "never", or "refused to", "failed to",
    "unable to" (not "denied", "lacked": those deny a thing)."""
    return ws[k].low not in _LEXICAL or (k + 1 < len(ws) and ws[k + 1].low == "to")


def _actions(ws: list[Word]) -> bool:
    """Words of a changed place that name an action: not an adverb ("regularly") or a date."""
    return any(
        not w.low.endswith("ly") and w.norm[:1].isalpha() and w.norm not in MONTHS and w.norm not in WEEKDAYS
        for w in ws
    )


_AUXILIARIES = frozenset(
    """is are was were be been being has have had do does did will would can could should may might must
    the""".split()
)


def _region(p: Pairing, slot: Slot) -> tuple[int, int, int, int]:
    """A changed place with the changes that touch it (the aligner may split one change in two)."""
    i1, i2, j1, j2 = slot.i1, slot.i2, slot.j1, slot.j2
    changed = True
    while changed:
        changed = False
        for s in p.slots:
            if s.i1 <= i2 and s.i2 >= i1 and s.j1 <= j2 and s.j2 >= j1:
                new = min(i1, s.i1), max(i2, s.i2), min(j1, s.j1), max(j2, s.j2)
                if new != (i1, i2, j1, j2):
                    i1, i2, j1, j2 = new
                    changed = True
    return i1, i2, j1, j2


def _around(p: Pairing, slots: list[Slot], a_text: str, b_text: str) -> tuple[str, str]:
    """The changed words of both claims, widened to the auxiliary before and the content word after."""
    i1, i2 = min(s.i1 for s in slots), max(s.i2 for s in slots)
    j1, j2 = min(s.j1 for s in slots), max(s.j2 for s in slots)
    # widen over the slots that touch these ones (the aligner may split one change in two)
    for s in p.slots:
        if s.i1 <= i2 and s.i2 >= i1 and s.j1 <= j2 and s.j2 >= j1:
            i1, i2, j1, j2 = min(i1, s.i1), max(i2, s.i2), min(j1, s.j1), max(j2, s.j2)
    if i2 < len(p.a) and j2 < len(p.b) and p.a[i2].norm == p.b[j2].norm and not p.a[i2].stop:
        i2, j2 = i2 + 1, j2 + 1
    if i1 > 0 and j1 > 0 and p.a[i1 - 1].low in _AUXILIARIES and p.a[i1 - 1].norm == p.b[j1 - 1].norm:
        i1, j1 = i1 - 1, j1 - 1
    return phrase(a_text, p.a, i1, i2), phrase(b_text, p.b, j1, j2)


# -- antonyms ---------------------------------------------------------------------------------------

_OPPOSITES = """
reject rejected rejects rejection refuse refused dismiss dismissed / accept accepted accepts approve |
rise rose risen rises rising increase increased climb climbed grow grew / fall fell fallen falls falling drop
dropped decline declined decrease decreased | highest / lowest | largest biggest / smallest | most / least |
higher / lower | more / fewer less | win won wins winning victory / lose lost loses losing defeat |
gain gained gains / loss losses | open opened reopen reopened / close closed shut |
allow allowed permit permitted / ban banned forbid forbade prohibit prohibited |
support supported supports / oppose opposed opposes |
confirm confirmed confirms admit admitted admits / deny denied denies |
succeed succeeded success successful / fail failed failure unsuccessful | legal / illegal |
guilty / innocent | alive / dead killed | true / false | positive / negative | before / after |
above / below | north northern / south southern | east eastern / west western | majority / minority |
strengthen strengthened / weaken weakened | strong / weak | expand expanded / shrink shrank reduce reduced |
boost boosted / cut | buy bought / sell sold | import imported / export exported | hire hired / fire fired |
release released freed / detain detained arrest arrested jail jailed | acquit acquitted / convict convicted |
include included / exclude excluded | agree agreed / disagree disagreed | lift lifted / impose imposed |
resume resumed / suspend suspended halt halted | arrive arrived / leave left depart departed |
improve improved / worsen worsened | better / worse | rich / poor
"""


def _opposites() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for pair_text in _OPPOSITES.split("|"):
        left, right = pair_text.split("/")
        lw = {concept(w) for w in left.split()}
        rw = {concept(w) for w in right.split()}
        for w in lw:
            out.setdefault(w, set()).update(rw - lw)
        for w in rw:
            out.setdefault(w, set()).update(lw - rw)
    return {k: frozenset(v) for k, v in out.items()}


OPPOSITES = _opposites()


def _antonym_slots(p: Pairing) -> list[tuple[Slot, Word, Word]]:
    out = []
    for s in p.slots:
        if s.tag != "replace":
            continue
        for x in p.a[s.i1 : s.i2]:
            for y in p.b[s.j1 : s.j2]:
                if y.norm in OPPOSITES.get(x.norm, ()) or _wordnet_opposites(x, y):
                    out.append((s, x, y))
    return out


def _wordnet_opposites(x: Word, y: Word) -> bool:
    """Two plain words (not names or function words) that WordNet makes opposites."""
    plain = all(not w.stop and not w.cap and w.low.isalpha() and len(w.low) > 2 for w in (x, y))
    return plain and lexicon.opposed(x.low, y.low)


def antonym(p: Pairing, a_text: str, b_text: str) -> tuple[str, str] | None:
    """'that was rejected' vs 'that was accepted'; 'rose' vs 'fell'; 'highest' vs 'lowest'."""
    if p.similarity < 0.55 or p.shared < 2:
        return None
    found = _antonym_slots(p)
    if not found:
        return None
    na = sum(1 for s in p.slots for k in range(s.i1, s.i2) if _negative(p.a, k, a_text))
    nb = sum(1 for s in p.slots for k in range(s.j1, s.j2) if _negative(p.b, k, b_text))
    na -= sum(1 for s in p.slots for w in p.a[s.i1 : s.i2] if w.low in _VERB_NEG)
    nb -= sum(1 for s in p.slots for w in p.b[s.j1 : s.j2] if w.low in _VERB_NEG)
    if na % 2 != nb % 2:
        return None  # "was not accepted" vs "was rejected"
    return _around(p, [found[0][0]], a_text, b_text)


_VERB_NEG = frozenset("refuse refused refuses deny denied denies fail failed fails".split())

# -- names in the same slot -------------------------------------------------------------------------

_TITLE_OFFICES = frozenset(
    """president minister secretary senator sen representative rep governor gov mayor chancellor premier
    king queen prince princess general gen admiral colonel col lieutenant lt captain ambassador director
    chief ceo chairman chairwoman chair spokesman spokeswoman spokesperson leader judge attorney
    commissioner speaker pope cardinal bishop envoy diplomat adviser advisor commander head prosecutor
    sheriff founder candidate lawmaker congressman congresswoman officer cfo coo cto negotiator mediator
    inspector superintendent coach manager editor professor sergeant detective constable marshal""".split()
)
_TITLE_RANKS = frozenset("vice deputy former ex acting interim assistant".split())
# "chief executive officer" = "CEO": the words of the long form fold into the short one
_OFFICE_ALIASES = {"ceo": "ceo", "executive": "ceo", "sen": "senator"}
# words that describe more than name an office: "Venezuelan leader" and "President" may be one person
_OFFICE_ALIASES |= dict.fromkeys(
    """leader head chief officer diplomat adviser advisor envoy commander founder candidate lawmaker
    spokesman spokeswoman spokesperson""".split(),
    "",
)
_OFFICE_ALIASES |= {"gen": "general", "gov": "governor", "rep": "representative", "col": "colonel"}
# a firm's other chief officers, short and long: "CFO" = "chief financial officer"
_OFFICE_ALIASES |= {"cfo": "financial", "coo": "operating", "cto": "technology"}
_TITLE_MODIFIERS = frozenset(
    """prime foreign interior defense defence finance state war justice health education energy trade
    treasury homeland security national executive first lady opposition party supreme senior top press
    white house of economy labor labour transport financial operating technology""".split()
)
_TITLE_WORDS = _TITLE_OFFICES | _TITLE_RANKS | _TITLE_MODIFIERS
# a name that stands for another in news copy; a capital city standing for its country's government
# ("Khartoum accused…") is told by WordNet instead (:func:`_one_place`)
_METONYMS = {
    "gop": "republican",
    # a country's adjective stands for its name ("American forces" / "U.S. forces")
    "american": "united_states",
    "americans": "united_states",
    "british": "united_kingdom",
    "britons": "united_kingdom",
}
_REPORT_BEFORE = frozenset("told tell tells telling per said says according reported".split())
# a preposition before a name tells who said it only after a word of saying: "according to Reuters",
# "speaking on CNN", "reported by the Herald", "in an interview with Fox"; not "called on Ostberg to
# resign", "sold to Contoso", "backed by Russia"
_REPORT_PREPOSITIONS = frozenset("to by on with".split())
_SAYING = frozenset(
    "according told said says reported speaking spoke talking talked interview statement wrote posted "
    "quoted confirmed added".split()
)


def _reporting_before(ws: list[Word], i: int) -> bool:
    """The words before ws[i] say that what follows is who said something."""
    before = ws[i - 1].low
    if before in _REPORT_BEFORE:
        return True
    return before in _REPORT_PREPOSITIONS and i > 1 and ws[i - 2].low in _SAYING


def is_name(ws: list[Word], i: int, text: str) -> bool:
    """Whether ws[i] is a name: capitalised inside the sentence, not a title."""
    w = ws[i]
    if not w.cap or w.stop or w.low in _TITLE_OFFICES or w.low in _TITLE_RANKS or len(w.low) < 2:
        return False
    if w.norm in MONTHS or w.norm in WEEKDAYS:
        return False
    if i == 0:
        return False
    before = text[ws[i - 1].end : w.start]
    return not re.search(r"[.!?:\"“”]", before)


# the least likeness of two claims whose only difference is a name ("opened by the Rail Accident Board" /
# "opened by the Transport Ministry"); claims that differ elsewhere too need 0.7
_NAME_ONLY = 0.4


_AGENT_BEFORE = frozenset("by from to with for at of".split())


def _only_names_differ(p: Pairing, a_text: str, b_text: str) -> bool:
    """Every changed place of two claims holds names only, on both sides, or nothing, and the first names
    the one who acts or is acted on after a preposition ("opened by the Rail Accident Board"): a changed
    subject ("Blackmore was arrested" / "Oler was arrested") is two people, each told of."""
    first = p.slots[0] if p.slots else None
    if first is None or first.i1 == 0 or first.j1 == 0:
        return False
    k = first.i1 - 1
    if p.a[k].low == "the" and k > 0:
        k -= 1
    if p.a[k].low not in _AGENT_BEFORE:
        return False
    for s in p.slots:
        xa = [k for k in range(s.i1, s.i2) if not p.a[k].stop]
        xb = [k for k in range(s.j1, s.j2) if not p.b[k].stop]
        if not all(is_name(p.a, k, a_text) for k in xa) or not all(is_name(p.b, k, b_text) for k in xb):
            return False
    return True


def entity(p: Pairing, a_text: str, b_text: str, *, loose: bool = False) -> tuple[str, str] | None:
    """'backed by Russia and Iran' vs 'backed by Russia and Cuba': a different name, the rest the same.

    ``loose`` finds other names in the same place of claims that agree less: claims of two subjects.
    """
    if p.similarity < (0.3 if loose else _NAME_ONLY) or p.shared < (1 if loose else 2):
        return None
    if _headline(p.a) or _headline(p.b):
        return None
    # a short claim loses much of its likeness to a changed name: then the name must be all that changed
    if not loose and (p.similarity < 0.7 or p.shared < 3) and not _only_names_differ(p, a_text, b_text):
        return None
    for s in p.slots:
        if s.tag != "replace":
            continue
        xa = [k for k in range(s.i1, s.i2) if not p.a[k].stop]
        xb = [k for k in range(s.j1, s.j2) if not p.b[k].stop]
        if not xa or not xb or len(xa) > 4 or len(xb) > 4:
            continue
        if not all(is_name(p.a, k, a_text) for k in xa) or not all(is_name(p.b, k, b_text) for k in xb):
            continue
        if s.i1 > 0 and _reporting_before(p.a, s.i1):
            continue  # who said it: left to the attribution check
        # the whole names the slot is part of: "Air Transportation Stabilization Board" / "ATSB"
        ra, rb = _name_run(p.a, xa[0], xa[-1], a_text), _name_run(p.b, xb[0], xb[-1], b_text)
        na = {_METONYMS.get(w.low, w.norm) for w in ra}
        nb = {_METONYMS.get(w.low, w.norm) for w in rb}
        # one maker's two models ("Airbus A320" / "Airbus A321"): the names share words, the models differ;
        # and two names that differ in their first words share only what kind of thing they are ("Liberty
        # Square" / "Unity Square", "the Northern Journal of …" / "the Eastern Journal of …")
        distinct = all(_has_digit(p.a[k].low) for k in xa) and all(_has_digit(p.b[k].low) for k in xb)
        distinct = distinct or (
            ra[0] is p.a[xa[0]] and rb[0] is p.b[xb[0]] and _heads_only(ra, rb, xa, xb, p)
        )
        if not distinct and (
            na & nb or _prefix_alike(na, nb) or _same_name(ra, rb, a_text, b_text) or _one_place(ra, rb)
        ):
            continue
        # another form of one name: "Pacific Ocean" / "Pacific Basin", "EYP MCF" / "EYP Mission"
        if (
            not distinct
            and s.i1 > 0
            and is_name(p.a, s.i1 - 1, a_text)
            and p.a[s.i1 - 1].norm == p.b[s.j1 - 1].norm
            and not a_text[p.a[s.i1 - 1].end : p.a[s.i1].start].strip()
        ):
            continue
        # the slot must sit among agreeing words: an equal word right before or after it
        before = s.i1 > 0 and s.j1 > 0 and p.a[s.i1 - 1].norm == p.b[s.j1 - 1].norm
        after = s.i2 < len(p.a) and s.j2 < len(p.b) and p.a[s.i2].norm == p.b[s.j2].norm
        if before or after:
            # widen to the noun just after ("Ortega brothers") or else to the agreeing words just before,
            # up to one content word ("Russia and Iran")
            nxt_a, nxt_b = xa[-1] + 1, xb[-1] + 1
            if (
                nxt_a < len(p.a)
                and nxt_b < len(p.b)
                and p.a[nxt_a].norm == p.b[nxt_b].norm
                and not p.a[nxt_a].stop
                and not p.a[nxt_a].cap
            ):
                return phrase(a_text, p.a, xa[0], nxt_a + 1), phrase(b_text, p.b, xb[0], nxt_b + 1)
            k = 0
            while (
                k < 3 and s.i1 - k > 0 and s.j1 - k > 0 and p.a[s.i1 - k - 1].norm == p.b[s.j1 - k - 1].norm
            ):
                k += 1
                if not p.a[s.i1 - k].stop:
                    break
            if k and p.a[s.i1 - k].stop:
                k = 0
            # to the end of each whole name ("the Rail Accident Board", though "Board" has no counterpart)
            end_a = max(xa[-1], next(n for n, w in enumerate(p.a) if w is ra[-1])) + 1
            end_b = max(xb[-1], next(n for n, w in enumerate(p.b) if w is rb[-1])) + 1
            return phrase(a_text, p.a, xa[0] - k, end_a), phrase(b_text, p.b, xb[0] - k, end_b)
    return None


def _name_run(ws: list[Word], i: int, j: int, text: str) -> list[Word]:
    """Words ws[i..j] widened to the name they belong to ("Americans with Disabilities Act", "Wi-Fi")."""

    def joined(x: int, y: int) -> bool:
        return text[ws[x].end : ws[y].start].strip() in ("", "-")

    def part(k: int) -> bool:
        if is_name(ws, k, text):
            return True
        return ws[k].low in _CONNECTORS and 0 < k < len(ws) - 1 and is_name(ws, k + 1, text)

    while i > 0 and part(i - 1) and joined(i - 1, i):
        i -= 1
    while j + 1 < len(ws) and part(j + 1) and joined(j, j + 1):
        j += 1
    while ws[i].low in _CONNECTORS and i < j:
        i += 1
    return ws[i : j + 1]


_CONNECTORS = frozenset("of with for de del la le al von van".split())


def _same_name(ra: list[Word], rb: list[Word], a_text: str, b_text: str) -> bool:
    """'SCO Linux' / 'SCOLinux', 'ATSB' / 'Air Transportation Stabilization Board'."""
    ta = a_text[ra[0].start : ra[-1].end]
    tb = b_text[rb[0].start : rb[-1].end]
    letters = re.compile(r"[^a-z0-9]")
    la, lb = letters.sub("", fold(ta)), letters.sub("", fold(tb))
    # one name spelt two ways: "al-Qaida" / "Al Qaeda", "Gadhafi" / "Qadhafi"
    if la == lb or (min(len(la), len(lb)) >= 4 and fuzz.ratio(la, lb) >= 80):
        return True
    return acronym_of(ta, tb) or acronym_of(tb, ta)


def _place_name(run: list[Word]) -> str:
    """A name as WordNet spells its lemmas: "North Korea" -> "north korea"; "U.S." -> "united states"."""
    if len(run) == 1 and "_" in run[0].norm:
        return run[0].norm.replace("_", " ")
    return " ".join(w.low for w in run)


def _one_place(ra: list[Word], rb: list[Word]) -> bool:
    """One name a place inside the other (WordNet's part holonyms): a city and its country, a capital and
    the country whose government it stands for ("Khartoum" / "Sudan"), a region and its country."""
    a, b = _place_name(ra), _place_name(rb)
    return lexicon.within(a, b) or lexicon.within(b, a)


def _prefix_alike(xs: set[str], ys: set[str]) -> bool:
    """'Venezuela' and 'Venezuelan', 'Ark.' and 'Arkansas': one name, its adjective or abbreviation."""
    return any(
        not _has_digit(x + y)  # a model's digits tell it apart: "A320" is not "A321"
        and ((x[:5] == y[:5] and min(len(x), len(y)) >= 5) or (min(len(x), len(y)) >= 3 and x[:3] == y[:3]))
        for x in xs
        for y in ys
    )


def _heads_only(ra: list[Word], rb: list[Word], xa: list[int], xb: list[int], p: Pairing) -> bool:
    """The two names share only words after the changed ones, and the changed ones are whole words of
    their own (not "Venezuela" / "Venezuelan")."""
    changed_a = {p.a[k].norm for k in xa}
    changed_b = {p.b[k].norm for k in xb}
    rest_a = [w.norm for w in ra if w.norm not in changed_a]
    rest_b = [w.norm for w in rb if w.norm not in changed_b]
    return bool(rest_a) and rest_a == rest_b and not _prefix_alike(changed_a, changed_b)


def _has_digit(s: str) -> bool:
    return any(ch.isdigit() for ch in s)


def _headline(ws: list[Word]) -> bool:
    """Title Case headlines capitalise every word, so capitals say nothing of names there."""
    content = [w for w in ws if not w.stop]
    return len(content) >= 3 and sum(w.cap for w in content) >= 0.7 * len(content)


# -- role or title of one person ----------------------------------------------------------------------


@lru_cache(maxsize=16_384)
def _people(text: str) -> dict[str, tuple[str, str, frozenset[str], frozenset[str], str]]:
    """Person (last name) -> (full name, title as written, ranks, offices, first name) for titled names."""
    ws = words(text)
    out: dict[str, tuple[str, str, frozenset[str], frozenset[str], str]] = {}
    i = 0
    while i < len(ws):
        if not (ws[i].cap and not ws[i].stop and ws[i].low not in _TITLE_WORDS):
            i += 1
            continue
        j = i + 1
        while (
            j < len(ws)
            and ws[j].cap
            and not ws[j].stop
            and ws[j].low not in _TITLE_OFFICES
            and not text[ws[j - 1].end : ws[j].start].strip()
        ):
            j += 1
        # walk back over the title: "former US President", "Vice President", "Secretary of War"
        k = i
        while k > 0 and (
            ws[k - 1].low in _TITLE_WORDS
            or (ws[k - 1].cap and _demonym(ws[k - 1]))
            # "Chairman and CEO Larry Ellison": two offices held at once
            or (ws[k - 1].low == "and" and k >= 2 and ws[k - 2].low in _TITLE_OFFICES)
        ):
            k -= 1
        if k < i and ws[i - 1].low == "of":
            i = max(j, i + 1)
            continue  # "CEO of EYP": an organisation, not a person
        if not any(w.low in _TITLE_OFFICES for w in ws[k:i]) and j > i:
            # or after the name, set off by commas: "Ilse Varro, Corvenia's foreign minister, said"
            ak, ai, shown = _apposition(ws, j, text)
            if shown:
                entry = _titled(ws, text, ws[ak:ai], _name_start(ws, j), j, shown)
                if entry is not None:
                    out.setdefault(ws[j - 1].low, entry)
                i = max(i, j + 1)
                continue
            k = i = _name_start(ws, j)
        if j > i and k < i:
            entry = _titled(ws, text, ws[k:i], i, j, text[ws[k].start : ws[i - 1].end])
            if entry is not None:
                out.setdefault(ws[j - 1].low, entry)
        i = max(j, i + 1)
    return out


def _titled(
    ws: list[Word], text: str, title_words: list[Word], name_start: int, j: int, title_text: str
) -> tuple[str, str, frozenset[str], frozenset[str], str] | None:
    """(full name, title as written, ranks, offices, first name) of the name ws[name_start:j] with these
    title words, or None when they hold no office."""
    title = [w for w in title_words if w.low not in ("of", "and")]
    if not any(w.low in _TITLE_OFFICES for w in title):
        return None
    offices = frozenset(
        _OFFICE_ALIASES.get(w.low, w.low)
        for w in title
        if w.low in _TITLE_OFFICES or (w.low in _TITLE_MODIFIERS and w.low != "top")
    ) - {""}
    ranks = frozenset(w.low for w in title if w.low in _TITLE_RANKS)
    name = text[ws[name_start].start : ws[j - 1].end]
    first = ws[name_start].low if j - name_start >= 2 else ""
    return name, title_text, ranks, offices, first


def _name_start(ws: list[Word], j: int) -> int:
    """Where the run of capitalised words ending before ``j`` starts."""
    i = j - 1
    while i > 0 and ws[i - 1].cap and not ws[i - 1].stop and ws[i - 1].low not in _TITLE_WORDS:
        i -= 1
    return i


def _apposition(ws: list[Word], j: int, text: str) -> tuple[int, int, str]:
    """The title set off by commas right after a name ending before ``j`` ("…, the transport minister,",
    "…, Norlink's chief executive,"): (first word, word after it, the title as written), or (j, j, "")."""
    if j >= len(ws) or text[ws[j - 1].end : ws[j].start].strip() != ",":
        return j, j, ""
    k = j
    if ws[k].low in ("the", "a", "an") or (ws[k].cap and ws[k].surface.endswith(("'s", "’s"))):
        k += 1
    start = k
    while k < len(ws) and (ws[k].low in _TITLE_WORDS or (ws[k].cap and _demonym(ws[k]))) and not ws[k].stop:
        k += 1
    if k == start or not any(w.low in _TITLE_OFFICES for w in ws[start:k]):
        return j, j, ""
    if k < len(ws) and not re.match(r"\s*[,.;:]", text[ws[k - 1].end : ws[k].start] or text[ws[k - 1].end :]):
        return j, j, ""  # the title must end the apposition: "…, the minister of state for…" is more
    return start, k, text[ws[start].start : ws[k - 1].end]


def _demonym(w: Word) -> bool:
    return w.norm in ("united_states", "united_kingdom", "european_union") or bool(
        re.search(r"(an|ian|ese|ish|i)$", w.low)
    )


def role(a_text: str, b_text: str) -> tuple[str, str, str] | None:
    """'Vice President' vs 'Foreign Minister' for Delcy Rodríguez; 'former President' vs 'President'."""
    pa, pb = _people(a_text), _people(b_text)
    for last, (name, ta, ra, oa, fa) in pa.items():
        if last not in pb:
            continue
        name_b, tb, rb, ob, fb = pb[last]
        if fa and fb and fa != fb:
            continue  # two people of one family
        if ra != rb or (oa and ob and not (oa <= ob or ob <= oa)):
            return ta, tb, name if len(name) >= len(name_b) else name_b
    return None
