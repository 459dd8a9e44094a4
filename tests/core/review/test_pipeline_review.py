"""The pipeline applies decisions (compare, the incremental Analyzer) and corrected article details."""

from __future__ import annotations

from pathlib import Path

from viewer.core.model import Article, ArticleEdit, Comparison, Decision, Passage, Status
from viewer.core.pipeline import Analyzer, compare, compare_articles, read_inputs
from viewer.core.report.export import to_json
from viewer.core.review import apply_decisions

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
A1, A3 = "000_7d34f9c427cc0b97.txt", "002_cc70823455dab6ca.txt"
JOIN = Decision("same", (Passage(A1, "The call didn’t end well."), Passage(A3, "quickly reached an impasse")))


def shape(c: Comparison) -> object:
    return (
        [(x.id, x.status, x.group, x.sources) for x in c.claims],
        [(g.id, g.claims, g.status, g.reviewed) for g in c.groups],
        [(k.claims, k.kind, k.by) for k in c.contradictions],
        [(d.applied, d.claims) for d in c.decisions],
    )


def test_compare_with_decisions_is_the_engines_with_them_applied() -> None:
    engine = compare([str(SAMPLES)])
    reviewed = compare([str(SAMPLES)], decisions=[JOIN])
    assert shape(reviewed) == shape(apply_decisions(engine, [JOIN]))
    assert reviewed.decisions[0].applied
    assert reviewed.unreviewed is not None and shape(reviewed.unreviewed) == shape(engine)


def test_the_analyzer_keeps_decisions_through_review_copy_and_update() -> None:
    articles, _ = read_inputs([str(SAMPLES)])
    analyzer = Analyzer()
    analyzer.add(articles[:3])
    first = analyzer.review([JOIN])
    (d,) = first.decisions
    assert d.applied and first.claim(d.claims[0]).group == first.claim(d.claims[1]).group
    twin = analyzer.copy()
    grown = twin.add(articles[3:])
    assert grown.decisions[0].applied and len(grown.articles) == 5
    assert grown.claim(d.claims[0]).group == grown.claim(d.claims[1]).group
    updated = analyzer.update([str(SAMPLES)])
    assert updated.decisions[0].applied and len(updated.articles) == 5
    assert analyzer.review([]).decisions == ()


def test_corrected_details_show_and_a_corrected_date_rereads_relative_dates() -> None:
    texts = {
        "a.txt": "The warehouse fire broke out yesterday, officials said.",
        "b.txt": "The warehouse fire broke out on Monday, officials said.",
    }
    arts = [
        Article(f"A{i}", f"/n/{n}", n, None, "2024-05-07", t) for i, (n, t) in enumerate(texts.items(), 1)
    ]
    engine = compare_articles(arts)
    assert engine.contradictions == ()  # published Tuesday: yesterday is Monday
    edit = ArticleEdit("a.txt", title="Fire at the depot", outlet="The Post", published="2024-05-10")
    got = apply_decisions(engine, [], edits=[edit])
    assert (got.articles[0].title, got.articles[0].outlet, got.articles[0].published) == (
        "Fire at the depot",
        "The Post",
        "2024-05-10",
    )
    assert got.edits == (edit,)
    assert [k.kind for k in got.contradictions] == ["date"]
    assert {c.status for c in got.claims} == {Status.CONTRADICTED}
    # empty values clear the outlet and date; an empty title keeps the file's
    cleared = apply_decisions(engine, [], edits=[ArticleEdit("a.txt", title="", outlet="", published="")])
    assert (cleared.articles[0].title, cleared.articles[0].outlet, cleared.articles[0].published) == (
        "a.txt",
        None,
        None,
    )


def test_json_lists_decisions_with_their_claims_and_confirmations() -> None:
    engine = compare([str(SAMPLES)])
    k = engine.contradictions[0]
    pa, pb = (
        Passage(Path(engine.article(engine.claim(x).article).path or "").name, engine.claim(x).text)
        for x in k.claims
    )
    confirm = Decision(
        "contradiction", (pa, pb), reason="Trump is President again", made="2025-12-01T10:00:00Z"
    )
    doc = to_json(apply_decisions(engine, [confirm, JOIN]))
    first = doc["decisions"][0]
    assert first["applied"] is True and "why_not" not in first and first["claims"] == list(k.claims)
    assert first["made"] == "2025-12-01T10:00:00Z" and first["reason"] == "Trump is President again"
    mine = next(x for x in doc["contradictions"] if x["claims"] == list(k.claims))
    assert mine["confirmed"] is True and mine["note"] == "Trump is President again" and "by" not in mine
    assert any(d.get("confirmed") for d in doc["disagreements"])
    assert "dismissed" not in doc
