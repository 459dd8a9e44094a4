"""Who said it and how it was quoted: the attribution and quotation checks of two aligned claims.

Attribution: the medium ("told Fox News Digital", "according to the Miami Herald", "The New York Times
reported") and the speaker ("…, Neumann said") of two claims that otherwise agree. A vague source ("one
paper", "the outlet") may be the named one; initials stand for the full name ("AP" = "Associated Press").

Quotation: the same quotation worded differently by two sources, a softer kind shown below the hard facts.
Differences in articles, spelling, spacing ("data centers" / "datacenters") and a quote cut short at either
end are not counted.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from viewer.core.claims.textnorm import number_value
from viewer.core.contradict.text import Pairing, Word, acronym_of, words
from viewer.core.contradict.values import SCALE

# -- attribution ------------------------------------------------------------------------------------

_NAMED = r"((?:[A-Z][\w'’.&-]*|of|the|de|and)(?:\s+(?:[A-Z][\w'’.&-]*|of|de|and))*)"
_MEDIUM_PATTERNS = [
    re.compile(r"\b(?:told|tells|telling)\s+(?:the\s+)?" + _NAMED),
    re.compile(r"\b(?:speaking|spoke)\s+(?:on|to|with)\s+(?:the\s+)?" + _NAMED),
    re.compile(r"\bin an interview with\s+(?:the\s+)?" + _NAMED),
    # initials keep their points: "according to the U.S. Geological Survey", "U. S." in wire copy
    re.compile(
        r"\b(?:according to|per|reported by)\s+(?:the\s+)?((?:\b(?-i:[A-Z])\.\s?|[^,.;:\"“”]){2,50})",
        re.IGNORECASE,
    ),
    re.compile(r"(?:^|[,;]\s*)(?:the\s+)?" + _NAMED + r"\s+(?:reported|reports|has reported)\b"),
]
_SPEAKER_PATTERNS = [
    re.compile(_NAMED + r"\s+(?:said|says|told|explained|added|noted|warned|stated|wrote)\b"),
    # "…, said Neumann." (not "said the Denver ruling is…": what was said), "…, said lead author Dr Lund."
    re.compile(
        r"\b(?:said|says|explained|added|noted|warned)\s+(?:(?:the\s+)?[a-z]+\s+){0,3}"
        + _NAMED
        + r"(?=\s*(?:[,.;:!?\"”]|$))"
    ),
]
_GENERIC = frozenset(
    """one another other a an the paper newspaper outlet report reports source sources official officials
    people person network channel station agency outlets media different second""".split()
)
_OTHER = frozenset("another other different second".split())
_LEADING = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:[Ii]nsights from|[Ss]ources? (?:at|from|familiar with)|"
    r"(?:[Rr]eports?|[Ss]tory|[Aa]rticle|[Ii]nterview) (?:by|from|in|with))\s+(?:the\s+)?"
)


def _sources(text: str, patterns: list[re.Pattern[str]]) -> list[tuple[str, str]]:
    out = []
    for rx in patterns:
        for m in rx.finditer(text):
            src = _LEADING.sub("", m.group(1).strip()).removeprefix("the ").removeprefix("The ").strip()
            src = re.split(r"\s+(?:that|who|which|on|in|about|and|,)\s+", src)[0]
            if src and src.lower() not in ("he", "she", "they", "it", "we", "i"):
                said = m.group(0).strip(" ,;.")
                if said.startswith(("According", "Per ", "Reported")):
                    said = said[0].lower() + said[1:]
                out.append((src, said))
    return out


# words of address before a name say what someone is, not who ("Dr Petra Lund" / "Dr Jonas Berg")
_ADDRESS = frozenset("dr mr mrs ms miss sir prof professor sgt gen col capt lt sen rep gov rev".split())


def _source_words(src: str) -> set[str]:
    return {w.norm for w in words(src) if not w.stop and w.low not in _ADDRESS} - {"digit", "new", "news"}


def _clash(x: str, y: str) -> bool:
    wx, wy = {w.low for w in words(x)}, {w.low for w in words(y)}
    gx, gy = wx <= _GENERIC | _OTHER, wy <= _GENERIC | _OTHER
    if gx or gy:
        # "according to one paper" vs "per another outlet"; a vague source may be the named one
        return bool((wx | wy) & _OTHER) and x.lower() != y.lower() and (gx and gy)
    if not x[:1].isupper() or not y[:1].isupper() or acronym_of(x, y) or acronym_of(y, x):
        return False
    sx, sy = _source_words(x), _source_words(y)
    return bool(sx) and bool(sy) and not (sx & sy)


def media(text: str) -> list[tuple[str, str]]:
    """The media a claim cites, each as (source, the words that cite it): ("Miami Herald", "per the
    Miami Herald")."""
    return _sources(text, _MEDIUM_PATTERNS)


def sources_clash(x: str, y: str) -> bool:
    """Whether two cited sources are two different ones ("Fox News" / "Miami Herald"; not "AP" /
    "Associated Press", nor a vague "the outlet" against a named one)."""
    return _clash(x, y)


def attribution(p: Pairing, a_text: str, b_text: str) -> tuple[str, str] | None:
    """'told Fox News Digital' vs 'told CNN'; 'Neumann said' vs 'McCormick said'."""
    if p.similarity < 0.5 or p.shared < 3:
        return None
    for patterns in (_MEDIUM_PATTERNS, _SPEAKER_PATTERNS):
        sa, sb = _sources(a_text, patterns), _sources(b_text, patterns)
        if patterns is _SPEAKER_PATTERNS:
            # a company and its spokesman say the same thing: only people are told apart as speakers
            sa = [x for x in sa if not re.fullmatch(r"[A-Z.&]{2,8}", x[0])]
            sb = [x for x in sb if not re.fullmatch(r"[A-Z.&]{2,8}", x[0])]
        # a source that both name ("told Maduro") is no difference; the others must all clash
        ra = [x for x in sa if all(_clash(x[0], y) for y, _ in sb)]
        rb = [y for y in sb if all(_clash(x, y[0]) for x, _ in sa)]
        if ra and rb and all(_clash(x, y) for x, _ in ra for y, _ in rb):
            left = [x for x in sa if x not in ra]
            right = [y for y in sb if y not in rb]
            if all(not _clash(x, y) for x, _ in left for y, _ in right) and len(left) == len(right):
                return ra[0][1], rb[0][1]
    return None


# -- quotations -------------------------------------------------------------------------------------

_CURLY_QUOTE = re.compile(r"“([^”]{5,})”?|(?:^|\s)‘([^’]{12,})’(?!\w)")


def quotes(text: str, min_words: int = 4) -> list[str]:
    """Quoted passages of a claim (a quotation may run past the claim's end, or have begun before it)."""
    found = [next(g for g in m.groups() if g) for m in _CURLY_QUOTE.finditer(text)]
    if not found and text.count("”") == 1 and "“" not in text:
        found.append(text[: text.index("”")])  # the end of a quotation begun in an earlier sentence
    found += _straight_quotes(text)
    return [q for q in found if len(q.split()) >= min_words]


def _straight_quotes(text: str) -> list[str]:
    """Passages between straight quotation marks, paired in order: the first mark opens, the next
    closes. With an odd number, a first mark right after punctuation (…regulations, " he told) closes a
    quotation begun earlier; otherwise the last one opens a quotation that runs on."""
    marks = [k for k, ch in enumerate(text) if ch == '"']
    out: list[str] = []
    if len(marks) % 2:
        if re.search(r"[,.!?]\s*$", text[: marks[0]]):
            out.append(text[: marks[0]])
            marks = marks[1:]
        else:
            out.append(text[marks[-1] + 1 :])
            marks = marks[:-1]
    out += [text[a + 1 : b] for a, b in zip(marks[::2], marks[1::2], strict=True)]
    return out


def quote(a_text: str, b_text: str, similarity: float = 0.0) -> tuple[str, str] | None:
    """The same quotation worded differently by two sources (a soft clash: words, not facts).

    A short quotation (two or three words: 'labelling it “colonial aggression”') counts only in claims
    that say the rest alike (``similarity``, of the whole claims) and with one word of it changed."""
    if similarity >= 0.8:
        for qa in quotes(a_text, 2):
            for qb in quotes(b_text, 2):
                wa = [w for w in words(qa) if not w.stop]
                wb = [w for w in words(qb) if not w.stop]
                if len(wa) < 4 and len(wa) == len(wb):
                    changed = [(x, y) for x, y in zip(wa, wb, strict=True) if x.norm != y.norm]
                    if len(changed) == 1 and changed[0][0].low.isalpha() and changed[0][1].low.isalpha():
                        return qa.strip(" ,.!?"), qb.strip(" ,.!?")
    for qa in quotes(a_text):
        for qb in quotes(b_text):
            # articles come and go in retelling ("a lot of" / "lots of"); other words are the quote
            wa = [w for w in words(qa) if w.low not in _ARTICLES]
            wb = [w for w in words(qb) if w.low not in _ARTICLES]
            na, nb = [w.norm for w in wa], [w.norm for w in wb]
            if na == nb or _inside(na, nb) or _inside(nb, na):
                continue
            if Indel.normalized_similarity(na, nb) < 0.75:
                continue
            # changed regions: runs of edits with no equal word between them
            regions: list[list[int]] = []
            for op in Indel.opcodes(na, nb):
                if op.tag == "equal":
                    continue
                if regions and regions[-1][1] == op.src_start and regions[-1][3] == op.dest_start:
                    regions[-1][1], regions[-1][3] = op.src_end, op.dest_end
                else:
                    regions.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
            inner = [
                r
                for r in regions
                # words missing at either end only: one source quotes less of the same sentence
                if not ((r[0] == 0 or r[1] == len(na)) and r[2] == r[3])
                and not ((r[2] == 0 or r[3] == len(nb)) and r[0] == r[1])
                # "data centers" / "datacenters", "e-mail" / "email": the same letters, spaced otherwise
                and not _same_letters(wa, wb, *r)
                # "a thousand" / "1,000": one number written two ways
                and not _same_number(wa, wb, *r)
            ]
            if not inner:
                continue
            i1 = max(0, min(r[0] for r in inner) - 2)
            i2 = min(len(wa), max(r[1] for r in inner) + 1)
            j1 = max(0, min(r[2] for r in inner) - 2)
            j2 = min(len(wb), max(r[3] for r in inner) + 1)
            return _ellipsis(qa, wa, i1, i2), _ellipsis(qb, wb, j1, j2)
    return None


_ARTICLES = frozenset(("a", "an", "the"))


def _same_letters(wa: list[Word], wb: list[Word], i1: int, i2: int, j1: int, j2: int) -> bool:
    xa = "".join(w.low for w in wa[i1:i2])
    xb = "".join(w.low for w in wb[j1:j2])
    keep = re.compile(r"[^a-z0-9]")
    return keep.sub("", xa) == keep.sub("", xb)


def _same_number(wa: list[Word], wb: list[Word], i1: int, i2: int, j1: int, j2: int) -> bool:
    va, vb = _number_of(wa[i1:i2]), _number_of(wb[j1:j2])
    return va is not None and va == vb


def _number_of(ws: list[Word]) -> float | None:
    """The value of words that are all one number ("two thousand", "2,000", "thousand"), else None."""
    if not ws:
        return None
    total = current = 0.0
    for w in ws:
        low = w.low.replace(",", "")
        if low == "hundred":
            current = (current or 1.0) * 100
        elif low in SCALE:
            total, current = total + (current or 1.0) * SCALE[low], 0.0
        elif (value := number_value(low)) is not None:
            current += value
        else:
            return None
    return total + current


def _inside(small: list[str], big: list[str]) -> bool:
    n = len(small)
    return any(big[k : k + n] == small for k in range(len(big) - n + 1))


def _ellipsis(text: str, ws: list[Word], i: int, j: int) -> str:
    body = text[ws[i].start : ws[j - 1].end]
    return ("…" if i > 0 else "") + body + ("…" if j < len(ws) else "")
