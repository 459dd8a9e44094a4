"""Each reviewer decision as a constraint on three short articles: groups, statuses, contradictions."""

from __future__ import annotations

import pytest

from viewer.core.align.aligner import AlignParams
from viewer.core.model import Article, Comparison, Decision, Passage, Status
from viewer.core.pipeline import Analyzer, compare_articles
from viewer.core.review import USER_KIND, apply_decisions

TEXTS = {
    "a.txt": "The fire broke out at the old warehouse on Monday night. At least 30 people were hurt in the "
    "blaze. The mayor visited the site on Tuesday morning.",
    "b.txt": "A fire broke out at the old warehouse on Monday night. At least 50 people were hurt in the "
    "blaze. Officials praised the firefighters for their speed.",
    "c.txt": "Flames tore through a storage building after dark. Investigators have not named a cause yet. "
    "The mayor went to the scene on Tuesday morning.",
}
# short names for the claims: article letter and sentence number
QUOTES = {
    "a1": ("a.txt", "The fire broke out at the old warehouse"),
    "a2": ("a.txt", "At least 30 people were hurt"),
    "a3": ("a.txt", "The mayor visited the site"),
    "b1": ("b.txt", "A fire broke out"),
    "b2": ("b.txt", "At least 50 people"),
    "b3": ("b.txt", "Officials praised the firefighters"),
    "c1": ("c.txt", "Flames tore through a storage building"),
    "c2": ("c.txt", "Investigators have not named a cause"),
    "c3": ("c.txt", "The mayor went to the scene"),
}


def articles(texts: dict[str, str] = TEXTS) -> list[Article]:
    return [
        Article(f"A{i}", f"/news/{n}", n, None, "2024-05-07", t) for i, (n, t) in enumerate(texts.items(), 1)
    ]


@pytest.fixture(scope="module")
def engine() -> Comparison:
    return compare_articles(articles())


def cid(c: Comparison, name: str) -> str:
    art, quote = QUOTES[name]
    article = next(a for a in c.articles if a.path and a.path.endswith(art))
    return next(x.id for x in c.claims_of(article.id) if quote in x.text)


def decide(action: str, *names: str, reason: str = "", note: str = "") -> Decision:
    return Decision(action, tuple(Passage(*QUOTES[n]) for n in names), reason, note)


def mates(c: Comparison, name: str) -> set[str]:
    """The short names of the claims grouped with ``name`` (itself included)."""
    ids = {cid(c, n): n for n in QUOTES}
    g = c.group_of(cid(c, name))
    return {ids[m] for m in g.claims} if g else {name}


def test_the_engine_groups_these_texts_as_the_cases_assume(engine: Comparison) -> None:
    assert mates(engine, "a1") == {"a1", "b1"}
    assert mates(engine, "a2") == {"a2", "b2"}
    assert mates(engine, "a3") == {"a3", "c3"}
    assert mates(engine, "c1") == {"c1"}
    assert [(k.claims, k.kind) for k in engine.contradictions] == [
        ((cid(engine, "a2"), cid(engine, "b2")), "number")
    ]


# (decisions, {claim: its group's members}, {claim: status}, number of contradictions)
CASES = [
    pytest.param(
        [decide("same", "c1", "a1")], {"c1": {"a1", "b1", "c1"}}, {"c1": Status.SHARED}, 1, id="same-joins"
    ),
    pytest.param(
        [decide("same", "b3", "a3")],
        {"a3": {"a3", "b3", "c3"}},
        {"b3": Status.SHARED},
        1,
        id="same-adds-to-group",
    ),
    pytest.param(
        [decide("same", "b3", "a1")],
        {"a1": {"a1", "b3"}, "b1": {"b1"}},
        {"b1": Status.UNIQUE, "b3": Status.SHARED},
        1,
        id="same-the-other-claim-of-that-article-leaves",
    ),
    pytest.param(
        [decide("different", "a3", "c3")],
        {"a3": {"a3"}, "c3": {"c3"}},
        {"a3": Status.UNIQUE, "c3": Status.UNIQUE},
        1,
        id="different-splits",
    ),
    pytest.param(
        [decide("different", "a2", "b2")],
        {"a2": {"a2"}},
        {"a2": Status.UNIQUE, "b2": Status.UNIQUE},
        0,
        id="different-drops-the-contradiction-of-the-split-pair",
    ),
    pytest.param(
        [decide("not_contradiction", "a2", "b2")],
        {"a2": {"a2", "b2"}},
        {"a2": Status.SHARED, "b2": Status.SHARED},
        0,
        id="dismiss",
    ),
    pytest.param(
        [decide("contradiction", "a3", "c3", reason="visited vs went")],
        {"a3": {"a3", "c3"}},
        {"a3": Status.CONTRADICTED, "c3": Status.CONTRADICTED},
        2,
        id="they-disagree",
    ),
    pytest.param(
        [decide("contradiction", "a2", "b2", reason="30 or 50")],
        {},
        {"a2": Status.CONTRADICTED},
        1,
        id="confirm",
    ),
    pytest.param(
        [decide("same", "c1", "a1"), decide("different", "c1", "a1")],
        {"c1": {"c1"}},
        {"c1": Status.UNIQUE},
        1,
        id="a-later-different-undoes-a-same",
    ),
    pytest.param(
        [decide("same", "c1", "a1"), decide("different", "b1", "c1")],
        {"a1": {"a1", "c1"}, "b1": {"b1"}},
        {"b1": Status.UNIQUE, "a1": Status.SHARED},
        1,
        id="joined-claims-move-as-one-in-a-split",
    ),
    pytest.param(
        [decide("note", "b3", note="ask the fire brigade")],
        {},
        {"b3": Status.UNIQUE},
        1,
        id="note-changes-nothing",
    ),
]


@pytest.mark.parametrize(("decisions", "groups", "statuses", "contradictions"), CASES)
def test_each_action_as_a_constraint(
    engine: Comparison,
    decisions: list[Decision],
    groups: dict[str, set[str]],
    statuses: dict[str, Status],
    contradictions: int,
) -> None:
    got = apply_decisions(engine, decisions)
    for name, want in groups.items():
        assert mates(got, name) == want, name
    for name, status in statuses.items():
        assert got.claim(cid(got, name)).status is status, name
    assert len(got.contradictions) == contradictions
    assert len(got.disagreements) == contradictions
    assert got.decisions[-1].applied, got.decisions[-1].why_not
    # the claims' sources follow their groups
    for c in got.claims:
        g = got.group_of(c.id)
        assert set(c.sources) == ({got.claim(m).article for m in g.claims} if g else {c.article})


def test_dismissed_contradiction_is_kept_aside(engine: Comparison) -> None:
    got = apply_decisions(engine, [decide("not_contradiction", "b2", "a2")])
    assert got.contradictions == () and got.disagreements == ()
    assert [k.claims for k in got.dismissed] == [engine.contradictions[0].claims]


def test_the_reviewers_contradiction_is_theirs(engine: Comparison) -> None:
    got = apply_decisions(engine, [decide("contradiction", "a3", "c3", reason="visited vs went")])
    mine = [k for k in got.contradictions if k.by == "user"]
    assert len(mine) == 1 and mine[0].kind == USER_KIND and mine[0].detail == "visited vs went"
    assert [d.by for d in got.disagreements if cid(got, "a3") in d.claims] == ["user"]


def test_confirming_keeps_the_engines_reason_and_marks_it(engine: Comparison) -> None:
    got = apply_decisions(engine, [decide("contradiction", "a2", "b2", reason="the police say 30")])
    (k,) = got.contradictions
    assert k.by == "engine" and k.confirmed and k.detail == engine.contradictions[0].detail
    assert k.note == "the police say 30"
    assert got.disagreements[0].confirmed


def test_notes_of_claims_and_of_disagreements(engine: Comparison) -> None:
    got = apply_decisions(
        engine,
        [decide("note", "b3", note="ask the fire brigade"), decide("note", "a2", "b2", note="two counts")],
    )
    assert got.notes_of(cid(got, "b3")) == ("ask the fire brigade",)
    assert got.notes_of(cid(got, "a2")) == ()
    assert got.contradictions[0].note == "two counts" and got.disagreements[0].note == "two counts"


def test_a_join_is_read_for_contradictions() -> None:
    # an engine that links nothing: every group is the reviewer's
    blind = Analyzer(AlignParams(link=2.0, merge=2.0)).add(articles())
    assert blind.groups == ()
    got = apply_decisions(blind, [decide("same", "a2", "b2"), decide("same", "a1", "b1")])
    assert [(k.claims, k.kind) for k in got.contradictions] == [((cid(got, "a2"), cid(got, "b2")), "number")]
    assert got.claim(cid(got, "a2")).status is Status.CONTRADICTED
    assert got.claim(cid(got, "a1")).status is Status.SHARED


def test_reviewed_marks(engine: Comparison) -> None:
    got = apply_decisions(engine, [decide("same", "c1", "a1")])
    assert got.grouped_by_reviewer(cid(got, "c1")) and got.grouped_by_reviewer(cid(got, "a1"))
    assert not got.grouped_by_reviewer(cid(got, "b1"))  # in the group, but not named by the reviewer
    assert got.group_of(cid(got, "a1")).reviewed
    assert not got.group_of(cid(got, "a2")).reviewed
    assert got.group_of(cid(got, "a1")).id == engine.group_of(cid(engine, "a1")).id  # the id follows


def test_applying_again_does_not_stack_and_none_gives_the_engines(engine: Comparison) -> None:
    once = apply_decisions(engine, [decide("different", "a3", "c3")])
    again = apply_decisions(once, [decide("same", "c1", "a1")])
    assert mates(again, "a3") == {"a3", "c3"}  # the first decision is gone
    assert apply_decisions(again, []) is engine


# (decisions, index of the decision left out, words of its why_not); the later decision always wins
CONFLICTS = [
    pytest.param(
        [decide("same", "a1", "b1"), decide("same", "b1", "a3")],
        0,
        "two passages of a.txt",
        id="same-twice-one-article",
    ),
    pytest.param(
        [decide("different", "a1", "c1"), decide("same", "c1", "a1")],
        0,
        "later decision (same)",
        id="different-then-same",
    ),
    pytest.param(
        [decide("contradiction", "a2", "b2", reason="r"), decide("not_contradiction", "b2", "a2")],
        0,
        "later decision (not contradiction)",
        id="confirm-then-dismiss",
    ),
    pytest.param(
        [decide("different", "a1", "b1"), decide("same", "a1", "c1"), decide("same", "c1", "b1")],
        0,
        "makes these passages one claim",
        id="transitive",
    ),
    pytest.param(
        [decide("same", "c1", "a2"), decide("different", "a2", "b2", "c1")],
        0,
        "keeps these claims apart",
        id="same-then-different-of-three",
    ),
]


@pytest.mark.parametrize(("decisions", "left_out", "words"), CONFLICTS)
def test_conflicting_decisions_keep_the_later(
    engine: Comparison, decisions: list[Decision], left_out: int, words: str
) -> None:
    got = apply_decisions(engine, decisions)
    for i, d in enumerate(got.decisions):
        if i == left_out:
            assert not d.applied and words in d.why_not, d.why_not
        else:
            assert d.applied, d.why_not
    # every applied must-link holds and every applied cannot-link holds
    for d in got.decisions:
        if not d.applied:
            continue
        groups = {got.claim(c).group or c for c in d.claims}
        if d.decision.action == "same":
            assert len(groups) == 1
        if d.decision.action == "different":
            assert len(groups) == len(d.claims)


def test_splitting_a_group_sends_each_claim_to_the_closer_side() -> None:
    texts = {
        "a.txt": "Rescuers pulled two children from the rubble of the school on Friday.",
        "b.txt": "Two children were found alive in the rubble of the school by rescue dogs.",
        "c.txt": "On Friday rescuers pulled two children from the rubble of the school.",
    }
    engine = compare_articles(articles(texts))
    assert len(engine.groups) == 1 and len(engine.groups[0].claims) == 3
    apart = Decision("different", (Passage("a.txt", "Rescuers pulled"), Passage("b.txt", "found alive")))
    got = apply_decisions(engine, [apart])
    (g,) = got.groups
    assert [got.claim(c).article for c in g.claims] == ["A1", "A3"]
    b = next(c for c in got.claims if c.article == "A2")
    assert b.group is None and b.status is Status.UNIQUE


def test_dismissing_what_the_engine_does_not_find_holds_and_says_so(engine: Comparison) -> None:
    got = apply_decisions(engine, [decide("not_contradiction", "a3", "c3")])
    (d,) = got.decisions
    assert d.applied and d.why_not.startswith("nothing to dismiss")
    assert got.dismissed == () and len(got.contradictions) == 1


def test_a_join_judged_by_the_finder_gives_a_disagreement_with_each_sides_value() -> None:
    from dataclasses import replace

    texts = {
        "a.txt": "At least 30 people were hurt in the warehouse fire.",
        "b.txt": "At least 45 people were hurt in the fire, the brigade said.",
    }
    grouped = compare_articles(articles(texts))
    # the same claims as the engine would leave them had it not grouped them
    claims = tuple(replace(c, status=Status.UNIQUE, group=None, sources=(c.article,)) for c in grouped.claims)
    engine = Comparison(grouped.articles, claims)
    a, b = (engine.claims_of(x.id)[0] for x in engine.articles)
    joined = apply_decisions(
        engine, [Decision("same", (Passage("a.txt", "30 people"), Passage("b.txt", "45")))]
    )
    [d] = joined.disagreements
    # each side holds the value as said, as in the engine's own disagreements, not the claim's wording
    assert sorted(s.value for s in d.sides) == ["At least 30 people", "At least 45 people"]
    assert {c for s in d.sides for c in s.claims} == {a.id, b.id}


def test_a_contradiction_across_groups_survives_the_reviewers_regrouping() -> None:
    from viewer.core.model import Contradiction

    engine = compare_articles(articles())
    a3, c2 = cid(engine, "a3"), cid(engine, "c2")
    frame = Contradiction(None, (a3, c2), "count", "three issues (A1) vs two demands (A3)", 0.8)
    base = Comparison(
        engine.articles, engine.claims, engine.groups, (*engine.contradictions, frame), engine.problems
    )
    after = apply_decisions(base, [decide("different", "a1", "b1")])
    assert frame in after.contradictions
