"""Small pieces of the comparison sheet: claim wordings, source labels, matrix cells, word differences.

Kept apart from :mod:`viewer.core.report.sheet` so each stays short; Qt-free like all of ``viewer.core``.
"""

from __future__ import annotations

import re
from html import escape

from rapidfuzz.distance import Indel

from viewer.core.model import Article, Comparison, Group

CSV_FIELDS: tuple[str, ...] = (
    "claim",
    "article",
    "source_title",
    "status",
    "group",
    "sources",
    "start",
    "end",
    "text",
)

_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"\S+")
_EDGE_PUNCT = "\"'“”‘’«»()[]{},.;:!?—–-"


def short_wording(text: str, limit: int = 90) -> str:
    """``text`` on one line, cut at a word boundary with an ellipsis when longer than ``limit``."""
    one = _SPACE.sub(" ", text).strip()
    if len(one) <= limit:
        return one
    cut = one[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:—–-") + "…"


def source_label(article: Article, title_limit: int = 60) -> str:
    """'<b>A1</b> Outlet · Title' as HTML (escaped), for headings and table headers."""
    bits = [article.outlet] if article.outlet else []
    bits.append(short_wording(article.title, title_limit))
    return f"<b>{escape(article.id)}</b> " + escape(" · ".join(bits))


def matrix_cell(comparison: Comparison, group: Group, article_id: str) -> str:
    """'states', 'omits' or 'contradicts': what one source does with one claim group."""
    mine = [cid for cid in group.claims if comparison.claim(cid).article == article_id]
    if not mine:
        return "omits"
    if any(comparison.contradictions_of(cid) for cid in mine):
        return "contradicts"
    return "states"


def _norm(token: str) -> str:
    return token.strip(_EDGE_PUNCT).casefold() or token


def differing_words(a: str, b: str) -> tuple[str, str]:
    """Both wordings as HTML, with the words that differ wrapped in ``<span class="diff"><b><u>``."""
    ta = [(m.start(), m.end()) for m in _TOKEN.finditer(a)]
    tb = [(m.start(), m.end()) for m in _TOKEN.finditer(b)]
    na = [_norm(a[s:e]) for s, e in ta]
    nb = [_norm(b[s:e]) for s, e in tb]
    marked_a: set[int] = set()
    marked_b: set[int] = set()
    for op in Indel.opcodes(na, nb):
        if op.tag != "equal":
            marked_a.update(range(op.src_start, op.src_end))
            marked_b.update(range(op.dest_start, op.dest_end))
    return _mark(a, ta, marked_a), _mark(b, tb, marked_b)


def _mark(text: str, tokens: list[tuple[int, int]], marked: set[int]) -> str:
    out: list[str] = []
    pos = 0
    i = 0
    while i < len(tokens):
        s, e = tokens[i]
        out.append(escape(_SPACE.sub(" ", text[pos:s])))
        if i in marked:
            # one span over a run of marked words, so the underline is continuous across spaces
            j = i
            while j + 1 < len(tokens) and j + 1 in marked:
                j += 1
            e = tokens[j][1]
            run = escape(_SPACE.sub(" ", text[s:e]))
            out.append(f'<span class="diff"><b><u>{run}</u></b></span>')
            i = j + 1
        else:
            out.append(escape(text[s:e]))
            i += 1
        pos = e
    out.append(escape(_SPACE.sub(" ", text[pos:])))
    return "".join(out).strip()


# What each kind of contradiction means, for a reader who does not know the finder's names.
KIND_WORDS = {
    "number": "The numbers differ",
    "date": "The dates differ",
    "role": "A person's role or title differs",
    "negation": "One source says it did not happen",
    "antonym": "The sources say the opposite",
    "entity": "They name a different person, place or body",
    "attribution": "They credit the statement to someone else",
    "quote": "The quoted words differ",
    "reviewer": "The reviewer marks a disagreement",
}


def kind_words(kind: str) -> str:
    """'The numbers differ' for 'number'; an unknown kind is written out as it is."""
    return KIND_WORDS.get(kind, kind.replace("_", " ").capitalize() or "The sources disagree")


def strength_words(strength: float) -> str:
    """How sure the finder is, in words: a clear, a likely or a possible disagreement."""
    if strength >= 0.85:
        return "clear disagreement"
    if strength >= 0.6:
        return "likely disagreement"
    return "possible disagreement; check the wording"


def matrix_wording(text: str, limit: int, notes: list[str]) -> str:
    """A claim for a coverage-matrix row (HTML, escaped): cut to ``limit`` characters, with the full
    wording in a title attribute (shown on hover) and, when cut, a numbered note added to ``notes``
    (printed under the table, where paper has no hover)."""
    full = _SPACE.sub(" ", text).strip()
    short = short_wording(full, limit)
    if short == full:
        return escape(short)
    notes.append(full)
    return f'<span title="{escape(full, quote=True)}">{escape(short)}</span><sup>{len(notes)}</sup>'


def matrix_notes(notes: list[str]) -> str:
    """The full wording of the claims the matrix cut, numbered as their rows are."""
    if not notes:
        return ""
    items = "".join(f"<li>{escape(n)}</li>" for n in notes)
    return f"<p class='small'><b>Full wording of shortened claims:</b></p><ol class='small'>{items}</ol>"
