"""The details panel's text: other sources apart from the selected article's own repeats; a disagreement
once, with its sides (and the sidebar's group title naming it)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from viewer.core.model import Article, Claim, Comparison, Contradiction, Disagreement, Group, Side, Status
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


def _disagreeing() -> Comparison:
    texts = {
        "A1": "Mayor Ida Lenz opened the ferry pier.",
        "A2": "Former Mayor Ida Lenz opened the ferry pier.",
        "A3": "Mayor Ida Lenz opened the ferry pier.",
    }
    arts = tuple(Article(a, None, f"Report {a}", f"Paper {a}", None, t) for a, t in texts.items())
    k = Status.CONTRADICTED
    claims = tuple(Claim(f"{a}.c1", a, 0, len(t), t, k, "G1", ("A1", "A2", "A3")) for a, t in texts.items())
    sides = (Side("Former Mayor", ("A2.c1",)), Side("Mayor", ("A1.c1", "A3.c1")))
    detail = "A2 calls Ida Lenz Former Mayor; A1 and A3 call Lenz Mayor"
    pairs = tuple(
        Contradiction("G1", (x, "A2.c1"), "role", f"pair {x}", 0.9, values=("Mayor", "Former Mayor"))
        for x in ("A1.c1", "A3.c1")
    )
    return Comparison(
        arts,
        claims,
        (Group("G1", tuple(c.id for c in claims), k),),
        pairs,
        disagreements=(Disagreement("G1", "role", detail, sides, 0.9),),
    )


def test_a_disagreement_is_shown_once_with_its_sides_and_the_claims_side_marked():
    text = details_html(_disagreeing(), "A3.c1")
    assert text.count("Sources disagree") == 1
    assert "A2 calls Ida Lenz Former Mayor; A1 and A3 call Lenz Mayor" in text
    assert "pair A1.c1" not in text and "pair A3.c1" not in text  # the pairs stay in the JSON only
    assert "A1 (Paper A1), A3 (Paper A3)" in text and "A2 (Paper A2)" in text
    mine = text.split("A1 (Paper A1), A3 (Paper A3)")[1].split("</tr>")[0]
    assert "<b>Mayor</b>" in mine
    assert "▶" in text.split("A1 (Paper A1), A3 (Paper A3)")[0].rsplit("<tr>", 1)[1]


def test_sidebar_group_titles_name_the_disagreement():
    from viewer.ui.claims_model import ClaimsModel

    model = ClaimsModel()
    model.set_comparison(_disagreeing())
    model.set_grouping(ClaimsModel.BY_GROUP)
    title = model.index(0, 0).data()
    assert "G1" in title and "A2 calls Ida Lenz Former Mayor; A1 and A3 call Lenz Mayor" in title
    tip = model.index(0, 1, model.index(0, 0)).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.count("≠") == 1 and "A1 and A3 call Lenz Mayor" in tip


def test_a_disagreement_across_groups_has_its_own_section_and_names_itself_in_each_group():
    from viewer.ui.claims_model import ClaimsModel

    texts = {"A1": "Three snags held up the deal.", "A2": "Two demands sank the talks."}
    arts = tuple(Article(a, None, f"Report {a}", None, None, t) for a, t in texts.items())
    k = Status.CONTRADICTED
    claims = (
        Claim("A1.c1", "A1", 0, len(texts["A1"]), texts["A1"], k, None, ("A1",)),
        Claim("A2.c1", "A2", 0, len(texts["A2"]), texts["A2"], k, "G1", ("A2",)),
    )
    detail = "Three snags (A1) vs Two demands (A2)"
    d = Disagreement(
        None, "number", detail, (Side("Three snags", ("A1.c1",)), Side("Two demands", ("A2.c1",))), 0.9
    )
    comp = Comparison(arts, claims, (Group("G1", ("A2.c1",), k),), disagreements=(d,))
    model = ClaimsModel()
    model.set_comparison(comp)
    model.set_grouping(ClaimsModel.BY_GROUP)
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    group = next(t for t in titles if t.startswith("≠ G1"))
    assert detail in group  # the group it touches names it
    across = next(t for t in titles if t.startswith("≠ number · 2 passages"))
    assert detail in across
    assert not any(t.startswith("Not aligned") for t in titles)  # A1.c1 is listed in its section
    assert "≠ Sources disagree (number)" in details_html(comp, "A1.c1")


def test_a_piece_of_a_reported_sentence_shows_who_said_it():
    from viewer.core.pipeline import compare_articles
    from viewer.core.read.ingest import article_from_text
    from viewer.ui.tips import claim_tip

    text = (
        '"The army will leave the northern valley soon and the border posts will close by May," Ortega said.'
    )
    comp = compare_articles([article_from_text(text, article_id="A1")])
    piece = next(c for c in comp.claims if c.text.startswith('"The army'))
    assert "— Ortega said" in details_html(comp, piece.id)
    assert "— Ortega said" in claim_tip(comp, piece)
    # the piece that holds the attribution already shows it
    rest = next(c for c in comp.claims if c.id != piece.id)
    assert "—" not in claim_tip(comp, rest)
