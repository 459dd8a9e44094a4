"""Is this a clause? Finite verbs and subjects told by English morphology and closed word classes.

Segmentation cuts a sentence in two only where both parts are complete clauses, each with a subject and a
finite verb of its own: "The quake destroyed the port, and rescuers searched the ruins" is two statements;
"The standoff between Chile and Peru intensified" is one, the "and" sits inside a noun phrase.

English gives three cues for a finite verb that need no dictionary of content words: the closed class of
auxiliaries and modals ("has", "was", "could"), the past tense in "-ed" (and the short closed list of
irregular past forms: "said", "took", "struck"), and a word's neighbours: after a determiner, a possessive
or a preposition a word opens or continues a noun phrase ("the alleged crimes", "for any alleged crimes"),
so it is not the verb.
"""

from __future__ import annotations

import re

from viewer.core.claims.textnorm import number_value

AUXILIARIES = frozenset(
    """is are was were am has have had do does did will would shall should can could may might must
    isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't can't cannot
    couldn't shouldn't mustn't""".split()
)
# the simple past of English irregular verbs (a closed class of the grammar)
IRREGULAR_PAST = frozenset(
    """said told took made gave went came saw knew thought found left held met sought began became struck
    brought bought caught fought taught felt kept lost meant paid ran sat sent spent stood understood won
    wrote spoke broke chose drove rose fell flew grew threw drew wore tore shook forgot got led fled fed
    sold stole swore swept withdrew overtook undertook upheld withheld arose awoke bore beat bit blew built
    dealt dug forbade forgave froze hung hid laid lent lit rang sang sank shot slept slid sprang stuck
    swam swung woke rode wove wound sped sent overcame foresaw oversaw""".split()
)
SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
DETERMINERS = frozenset(
    """the a an this that these those his her its their our my your some many most all much each every
    no any several few both either neither another such what which whose other""".split()
)
# determiners that open a subject after a conjunction ("and the army fled"); "other", "such", "several"…
# after "and" continue a list of nouns instead ("homes and other buildings")
SUBJECT_DETERMINERS = frozenset(
    """the a an this that these those his her its their our my your some many most all much each every
    no""".split()
)
# verbs of saying and thinking take a clause as their object: "officials said about 135 homes and other
# buildings were damaged" has its "and" inside that clause's subject
REPORTING_VERBS = frozenset(
    """said says told tells added adds explained explains warned warns noted notes reported reports
    confirmed confirms stated states announced announces believed believes thought thinks claimed claims
    argued argues insisted insists showed shows suggested suggests estimated estimates""".split()
)
PREPOSITIONS = frozenset(
    """of in on at by for with from to into onto over under about against between among through during
    without within across after before since until toward towards upon via per than like near despite
    amid including""".split()
)
# words that open a subordinate or relative clause, or join within a phrase: a subject stops before them
_CLAUSE_OPENERS = frozenset(
    "if when that who whom which while because although though whether and or nor".split()
)
# the closed class of what a change is measured in: fractions, units of length, money, points
_MEASURES = frozenset(
    """third half quarter fifth tenth percent point metre meter foot feet inch mile kilometre kilometer
    centimetre centimeter yard degree dollar cent penny pound euro notch""".split()
)
# common words that end in "-ed" without being a verb
_NOT_VERBS_ED = frozenset(
    """hundred bed red shed sled naked wicked sacred kindred rugged ragged need speed seed feed breed
    greed weed deed creed steed bleed wed""".split()
)
# "we're", "they've", "I'll", "didn't": a contracted auxiliary is finite
_CONTRACTED_VERBS = ("'re", "’re", "'ve", "’ve", "'ll", "’ll", "'m", "’m", "n't", "n’t")
_CONTRACTING = frozenset("it he she that there what who here where".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,]*", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def _before_blocks_verb(prev: str | None) -> bool:
    """After a determiner, possessive or preposition a word belongs to a noun phrase."""
    if prev is None:
        return False
    p = prev.casefold()
    # "regarding heightened activity": after a participle in "-ing" an "-ed" word describes its object
    return p in DETERMINERS or p in PREPOSITIONS or p.endswith(("'s", "’s", "ing"))


def _amount(word: str) -> bool:
    """A number in digits or in words ("5%", "two", "dozens")."""
    return word[:1].isdigit() or number_value(word.casefold()) is not None


def finite_at(ws: list[str], i: int) -> bool:
    """True when ws[i] reads as a finite verb in its place."""
    w = ws[i]
    low = w.casefold()
    prev = ws[i - 1] if i > 0 else None
    if low in AUXILIARIES or low.endswith(_CONTRACTED_VERBS):
        return True
    stem, _, clitic = low.replace("’", "'").partition("'")
    if clitic == "s" and stem in _CONTRACTING:
        return True  # "it's", "there's"
    if w[:1].isupper() and i > 0:
        return False  # a capitalised word inside a sentence is a name
    if _before_blocks_verb(prev):
        return False
    nxt = ws[i + 1].casefold() if i + 1 < len(ws) else None
    if low in IRREGULAR_PAST or (len(low) >= 4 and low.endswith("ed") and low not in _NOT_VERBS_ED):
        # "schools built by the state": a participle with its agent describes a noun; "shares fell by 5%",
        # "the river rose by two metres": a verb with the amount of its change
        if nxt == "by":
            after = ws[i + 2] if i + 2 < len(ws) else ""
            # "fell by a metre", "rose by a third": one of a measure is an amount too
            measure = ws[i + 3].casefold() if i + 3 < len(ws) else ""
            one = after.casefold() in ("a", "an") and measure.rstrip("s") in _MEASURES
            return (_amount(after) or one) and "-" not in low
        return "-" not in low
    # a present tense in "-s" right after a subject pronoun: "it says", "she warns"
    return (
        prev is not None
        and prev.casefold() in {"he", "she", "it", "who", "which"}
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
    )


def has_finite_verb(text: str) -> bool:
    """Does this piece of a sentence hold a finite verb?"""
    ws = words(text)
    return any(finite_at(ws, i) for i in range(len(ws)))


def is_complete_clause(text: str) -> bool:
    """Does this piece end a complete clause? It holds a finite verb, and its last finite verb is not a
    verb of saying whose own object clause has not reached its verb yet ("the agency said about 135
    homes" goes on: "…and other buildings were damaged")."""
    ws = words(text)
    finite = [i for i in range(len(ws)) if finite_at(ws, i)]
    if not finite:
        return False
    last = finite[-1]
    if last == len(ws) - 1 and not _is_lexical(ws[last]):
        return False  # "…today is", "but that's": an auxiliary still waits for what it says
    if ws[last].casefold() not in REPORTING_VERBS or last == len(ws) - 1:
        return True
    # what was said is a quotation that has closed: complete whatever its verb
    return bool(re.search(rf"\b{re.escape(ws[last])}\b.*[”\"]", text))


def _is_lexical(word: str) -> bool:
    """A verb with a meaning of its own, not an auxiliary or a contracted one ("is", "that's")."""
    low = word.casefold().replace("’", "'")
    return low not in AUXILIARIES and "'" not in low


def last_clause(text: str) -> str:
    """The part of a sentence after its last comma, semicolon, colon, dash or bracket: where the clause
    that a conjunction continues must hold its own verb."""
    parts = re.split(r"[,;:(—–]|\s-\s", re.sub(r"\([^()]*\)", "", text))
    tail = parts[-1].strip()
    return tail if words(tail) else text


def opens_clause(text: str, *, max_subject: int = 5, bare: bool = False) -> bool:
    """Does ``text`` start with a subject followed by its finite verb ("the money has been used…",
    "Caracas refused…", "it was rejected…")? With ``bare``, a subject may also be a noun phrase without
    a determiner ("regime leaders proposed…", "rescuers searched…"): a caller allows it only where a
    clause is expected, after "while" or a comma and "and"."""
    ws = words(text)
    if len(ws) < 2:
        return False
    first = ws[0].casefold()
    if first in SUBJECT_PRONOUNS:
        j = 1
        if j < len(ws) and ws[j].casefold().endswith("ly") and len(ws) > 2:
            j += 1  # "they quickly agreed"
        return j < len(ws) and _pronoun_verb(ws, j)
    counted = ws[0][:1].isdigit() or number_value(first) is not None  # "10 houses", "ten houses"
    if not (first in SUBJECT_DETERMINERS or ws[0][:1].isupper() or counted or (bare and _bare_subject(ws))):
        return False
    for i in range(1, min(len(ws), max_subject + 1)):
        low = ws[i].casefold()
        if low in _CLAUSE_OPENERS or low in SUBJECT_PRONOUNS:
            return False
        if finite_at(ws, i):
            # "and 14 trapped under debris" leaves out its verb: after a number only an auxiliary counts
            return not counted or low in AUXILIARIES
    return False


def _bare_subject(ws: list[str]) -> bool:
    """Can the first word open a noun phrase with no determiner: a lower-case word of its own, not a
    function word, an adverb, a participle or a verb?"""
    low = ws[0].casefold()
    return (
        ws[0].isalpha()
        and ws[0].islower()
        and low not in DETERMINERS
        and low not in PREPOSITIONS
        and low not in _CLAUSE_OPENERS
        and low not in SUBJECT_PRONOUNS
        and low not in AUXILIARIES
        and not low.endswith(("ly", "ing"))
        and not finite_at(ws, 0)
    )


def _pronoun_verb(ws: list[str], j: int) -> bool:
    low = ws[j].casefold()
    if low in AUXILIARIES or low in IRREGULAR_PAST:
        return True
    if low.endswith("ed") and low not in _NOT_VERBS_ED:
        return True
    # "they say", "he says": after a subject pronoun a plain word is the verb unless it is a function word
    return (
        low not in DETERMINERS
        and low not in PREPOSITIONS
        and low not in _CLAUSE_OPENERS
        and not low.endswith("ing")
        and ws[j][:1].islower()
    )
