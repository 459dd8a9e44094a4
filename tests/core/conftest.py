"""Shared by the quality tests: the five samples compared once, and anchors of the hand annotation
(article prefix, verbatim substring) located on the claims that cover them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from viewer.core.model import Claim, Comparison
from viewer.core.pipeline import compare

ROOT = Path(__file__).resolve().parents[2]


def fold(s: str) -> str:
    """Case and typographic quotes and dashes folded; keeps the length, so offsets carry over."""
    return s.lower().translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"}))


@pytest.fixture(scope="session")
def samples() -> Comparison:
    return compare([str(p) for p in sorted((ROOT / "samples").glob("*.txt"))])


@pytest.fixture(scope="session")
def locate(samples: Comparison) -> Callable[[str, str], Claim]:
    """The claim of the sample ``prefix`` that overlaps the anchor ``needle`` most."""

    def find(prefix: str, needle: str) -> Claim:
        article = next(a for a in samples.articles if Path(a.path or "").name.startswith(prefix + "_"))
        folded = fold(article.text)
        assert len(folded) == len(article.text), "folding must keep offsets"
        pos = folded.find(fold(needle))
        assert pos >= 0, f"anchor not found: {needle!r}"
        start, end = pos, pos + len(needle)
        best = max(samples.claims_of(article.id), key=lambda c: min(end, c.end) - max(start, c.start))
        assert min(end, best.end) > max(start, best.start), f"no claim covers {needle!r}"
        return best

    return find
