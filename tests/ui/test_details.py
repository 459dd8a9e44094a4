"""The details panel's text: other sources apart from the selected article's own repeats."""

from __future__ import annotations

from viewer.core.model import Article, Claim, Comparison, Group, Status
from viewer.ui.details import details_html


def _comparison() -> Comparison:
    a1 = "The bridge reopened on Monday. The bridge is open again since Monday."
    a2 = "Officials reopened the bridge on Monday."
    arts = (
        Article("A1", None, "First report", "Daily One", None, a1),
        Article("A2", None, "Second report", "Daily Two", None, a2),
    )
    shared = Status.SHARED
    claims = (
        Claim("A1.c1", "A1", 0, 30, a1[0:30], shared, "G1", ("A1", "A2")),
        Claim("A1.c2", "A1", 31, len(a1), a1[31:], shared, "G1", ("A1", "A2")),
        Claim("A2.c1", "A2", 0, len(a2), a2, shared, "G1", ("A1", "A2")),
    )
    return Comparison(arts, claims, (Group("G1", ("A1.c1", "A1.c2", "A2.c1"), shared),))


def test_other_sources_and_the_articles_own_repeat_are_listed_apart():
    text = details_html(_comparison(), "A1.c1")
    others, repeats = text.split("How the other sources word it")[1].split("A1 also says it here")
    assert "Daily Two" in others and "Daily One" not in others
    assert "Daily One" in repeats and "Daily Two" not in repeats


def test_a_claim_aligned_only_with_its_own_article_has_no_other_source():
    comparison = _comparison()
    alone = Comparison(
        comparison.articles,
        comparison.claims[:2],
        (Group("G1", ("A1.c1", "A1.c2"), Status.SHARED),),
    )
    text = details_html(alone, "A1.c1")
    assert "No other source states this." in text
    assert "How the other sources word it" not in text
    assert "A1 also says it here" in text
