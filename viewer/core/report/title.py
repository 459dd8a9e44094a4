"""The comparison sheet's title: the user's, else the headline words most sources share."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable

from viewer.core.model import Article, Comparison

_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "with",
        "after",
        "before",
        "is",
        "are",
        "was",
        "were",
        "be",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "new",
        "says",
        "said",
        "amid",
        "over",
        "under",
        "vs",
    ]
)
_WORD = re.compile(r"[\w][\w’'.-]*")
_FILENAME = re.compile(r"^[\w.-]+\.[A-Za-z0-9]{2,5}$")


def _real_titles(articles: Iterable[Article]) -> list[str]:
    """Titles that are headlines, not file names the reader fell back to."""
    out = []
    for a in articles:
        t = a.title.strip()
        if not t or _FILENAME.match(t) or (a.path and os.path.basename(a.path) == t):
            continue
        out.append(t)
    return out


def _key(word: str) -> str:
    return word.lower().strip(".’'-…").replace(".", "")


def common_headline(articles: Iterable[Article]) -> str | None:
    """The headline words most sources share, in the order of the first headline that has them."""
    titles = _real_titles(articles)
    if not titles:
        return None
    if len(titles) == 1:
        return titles[0]
    need = max(2, math.ceil(len(titles) / 2))
    seen_in: dict[str, int] = {}
    for t in titles:
        for k in {_key(w) for w in _WORD.findall(t)}:
            seen_in[k] = seen_in.get(k, 0) + 1
    # the headline that holds most of the shared words gives their order and spelling
    best: list[str] = []
    for t in titles:
        words: list[str] = []
        keys: set[str] = set()
        for w in _WORD.findall(t):
            k = _key(w)
            if k and k not in _STOP and seen_in.get(k, 0) >= need and k not in keys:
                keys.add(k)
                words.append(w.rstrip(".,;:…"))
        if len(words) > len(best):
            best = words
    return " ".join(w[:1].upper() + w[1:] for w in best) or None


def sheet_title(comparison: Comparison, title: str | None = None) -> str:
    """The user's title, else the common headline words, else 'Comparison of N sources'."""
    if title and title.strip():
        return title.strip()
    common = common_headline(comparison.articles)
    if common:
        return common
    n = len(comparison.articles)
    return f"Comparison of {n} source{'s' if n != 1 else ''}"
