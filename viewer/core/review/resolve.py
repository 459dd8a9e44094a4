"""A passage (file name and verbatim quote) -> the claim of that article that overlaps it most.

Quotes are found in three steps, so that a decision survives an edited article or a changed segmenter:
the exact text; then the text with case, spacing, curly quotes and dashes folded; then the closest
stretch of the article by rapidfuzz's partial ratio (at least :data:`FUZZY_CUTOFF` of 100, for quotes of
:data:`FUZZY_MIN_CHARS` characters or more: a short quote is found by chance in any long text).
"""

from __future__ import annotations

import os
from functools import lru_cache

from rapidfuzz import fuzz

from viewer.core.model import Article, Comparison, Passage

FUZZY_CUTOFF = 85.0
FUZZY_MIN_CHARS = 20

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)


def file_name(article: Article) -> str:
    """How decisions name an article: its file's basename (its id when it has no file)."""
    if article.path:
        return os.path.basename(article.path.replace("\\", "/")) or article.id
    return article.id


def passage_of(comparison: Comparison, claim_id: str) -> Passage:
    """The passage a decision stores for a claim: its article's file name and the claim's text."""
    claim = comparison.claim(claim_id)
    return Passage(file_name(comparison.article(claim.article)), claim.text)


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` lower-cased with runs of spaces as one, and for each folded character its offset in text."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text.translate(_FOLD)):
        if ch.isspace():
            if out and not space:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        low = ch.lower()
        if len(low) != 1:  # 'İ'.lower() is two characters; keep offsets one to one
            low = ch
        out.append(low)
        where.append(i)
    return "".join(out), where


@lru_cache(maxsize=64)
def _folded_cached(text: str) -> tuple[str, tuple[int, ...]]:
    folded, where = _folded(text)
    return folded, tuple(where)


@lru_cache(maxsize=4096)
def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` is in ``text`` (start, end), found exactly, folded, or closely; None if nowhere."""
    if not quote.strip():
        return None
    i = text.find(quote)
    if i >= 0:
        return i, i + len(quote)
    folded, where = _folded_cached(text)
    q, _ = _folded(quote)
    q = q.strip()
    if not q or not folded:
        return None
    i = folded.find(q)
    if i >= 0:
        return where[i], where[i + len(q) - 1] + 1
    if len(q) < FUZZY_MIN_CHARS:
        return None
    hit = fuzz.partial_ratio_alignment(q, folded, score_cutoff=FUZZY_CUTOFF)
    if hit is None or hit.dest_end <= hit.dest_start:
        return None
    start, end = where[hit.dest_start], where[hit.dest_end - 1] + 1
    # the closest stretch may cut a word at either end: take the whole words
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def articles_by_name(comparison: Comparison) -> dict[str, list[Article]]:
    """The comparison's articles by the name decisions give them (file name, and id as well)."""
    out: dict[str, list[Article]] = {}
    for a in comparison.articles:
        out.setdefault(file_name(a), []).append(a)
    for a in comparison.articles:
        out.setdefault(a.id, []).append(a)
    return out


def resolve(
    comparison: Comparison, passage: Passage, names: dict[str, list[Article]] | None = None
) -> tuple[str | None, str]:
    """The id of the claim ``passage`` names, or None and the reason in words. ``names`` is
    :func:`articles_by_name` of the comparison, for callers that resolve many passages."""
    if names is None:
        names = articles_by_name(comparison)
    candidates = names.get(passage.article, [])
    if not candidates:
        return None, f"there is no article {passage.article} in the comparison"
    for article in candidates:
        span = find_quote(article.text, passage.quote)
        if span is None:
            continue
        start, end = span
        best: tuple[int, str] | None = None
        for claim in comparison.claims_in_range(article.id, start, end):
            overlap = min(end, claim.end) - max(start, claim.start)
            if best is None or overlap > best[0]:
                best = (overlap, claim.id)
        if best is not None:
            return best[1], ""
        return None, f"the quote is in {passage.article} but in none of its claims"
    return None, f"the quote “{_short(passage.quote)}” is no longer in {passage.article}"


def _short(q: str, limit: int = 40) -> str:
    q = " ".join(q.split())
    return q if len(q) <= limit else q[: limit - 1].rstrip() + "…"
