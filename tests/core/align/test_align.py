"""Alignment: normalisation, weighting, containment, no chaining, one claim per article."""

from __future__ import annotations

import pytest
from texts import compare_texts

from viewer.core.align.aligner import DEFAULT, AlignParams, Scorer, features
from viewer.core.claims.textnorm import tokens
from viewer.core.model import Status


def norms(text: str) -> list[str]:
    return [t.norm for t in tokens(text) if t.kind != "stop"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The U.S. has ramped up", "The United States has ramped up"),
        ("Nicaragua in ’91", "Nicaragua in 1991"),
        ("revoking operating rights", "revoked operating rights"),
        ("“closed in its entirety”", '"closed in its entirety"'),
        ("decades-old equipment", "decades old equipment"),
        ("1,000 troops", "1000 troops"),
        ("a 6. 1 quake", "a 6.1 quake"),  # a decimal written with a space in detokenised copy
        # an amount written short or long
        ("revenue of $31.5bn", "revenue of $31.5 billion"),
        ("1.2m vehicles", "1.2 million vehicles"),
        ("5m people", "5 million people"),
        ("an 8bn plan", "an 8 billion plan"),
        ("up 9 per cent", "up 9%"),
        ("up 9 percent", "up 9%"),
    ],
)
def test_normalisation_makes_variants_equal(a: str, b: str) -> None:
    assert norms(a) == norms(b)


@pytest.mark.parametrize("text", ["a 10m wall", "10m from the shore", "a 10m high wall"])
def test_a_bare_m_of_a_measure_is_no_million(text: str) -> None:
    assert "million" not in norms(text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Ostrand won 41.9 percent of the vote.", {"41.9"}),
        ("Some 58% of voters took part, up from 49%.", {"58", "49"}),
        ("Two men were arrested in 2019 with 5 others.", set()),  # small counts and years tell nothing
        ("The firm will cut 3,500 jobs.", {"3500"}),
    ],
)
def test_telling_figures(text: str, figures: set[str]) -> None:
    assert set(features(text).figures) == figures


def test_a_shared_telling_figure_is_evidence_of_one_fact() -> None:
    # turnout and participation share no word, but both give 58% and 49%
    a = features("Turnout was 58%, up from 49% at the last election.")
    b = features("Participation rose to 58%, from 49% last time.")
    c = features("Participation rose sharply from last time.")
    scorer = Scorer([a, b, c])
    assert scorer.score(0, 1) >= DEFAULT.link
    assert scorer.score(0, 2) < DEFAULT.link


def test_figures_inside_one_article_are_no_evidence_of_a_repeat() -> None:
    # one article repeats its figures in sentences that say different things
    a = features("The 13-inch model starts at $1,199 with 256 GB of storage.")
    b = features("The 15-inch model has 256 GB of storage and a faster chip.")
    scorer = Scorer([a, b])
    assert scorer.score(0, 1, figures=False) < scorer.score(0, 1)


def test_a_year_before_a_full_stop_is_no_decimal() -> None:
    assert norms("in 2004. 5 people") == ["2004", "5", "peopl"]


def test_one_of_counts_nothing() -> None:
    assert norms("one of the biggest cases") == ["biggest", "case"]
    assert norms("one person died") == ["1", "person", "die"]


def score(a: str, b: str, *others: str) -> float:
    feats = [features(t) for t in (a, b, *others)]
    return Scorer(feats).score(0, 1)


FILLER = (
    "Maduro spoke to the press in Caracas.",
    "Maduro and Trump traded threats again.",
    "Venezuela and Maduro faced new sanctions.",
    "Trump said Maduro must go.",
)


def test_rare_words_weigh_more_than_common_ones() -> None:
    rare = score(
        "The cartel funds Hezbollah abroad.", "Hezbollah is funded by the cartel, Maduro said.", *FILLER
    )
    common = score("Maduro spoke in Caracas today.", "Maduro and Trump met in Caracas.", *FILLER)
    assert rare > common


def test_short_claim_matches_inside_a_longer_sentence() -> None:
    short = "Global amnesty for himself and senior members of his circle"
    long = (
        "First, he sought comprehensive global amnesty for himself and his inner circle for any alleged "
        "crimes, which Washington dismissed at once, officials said."
    )
    assert score(short, long, *FILLER) >= AlignParams().link


def test_different_numbers_lower_the_score_but_same_sentence_still_links() -> None:
    same = score("You can't go after 30 people at once.", "You can't go after 30 people at once.", *FILLER)
    changed = score("You can't go after 30 people at once.", "You can't go after 50 people at once.", *FILLER)
    assert changed < same
    assert changed >= AlignParams().link


def test_groups_span_articles_and_statuses_follow() -> None:
    comp = compare_texts(
        "The cartel works with and funds Hezbollah, Neumann added. Oil prices rose sharply on Monday.",
        "The cartel is a key financier of Hezbollah, she said. A new school opened in the capital.",
    )
    by_text = {c.text.split()[1]: c for c in comp.claims}
    hez1, hez2 = (
        by_text["cartel"],
        next(c for c in comp.claims if c.article == "A2" and "Hezbollah" in c.text),
    )
    assert hez1.group is not None and hez1.group == hez2.group
    assert hez1.status is Status.SHARED and hez1.sources == ("A1", "A2")
    oil = next(c for c in comp.claims if "Oil" in c.text)
    assert oil.group is None and oil.status is Status.UNIQUE and oil.sources == ("A1",)


def test_no_chaining_through_a_middle_claim() -> None:
    # B shares words with A and with C, but A and C have nothing in common: A and C must not be grouped
    comp = compare_texts(
        "The navy deployed the aircraft carrier Gerald Ford to the Caribbean waters.",
        "The aircraft carrier Gerald Ford arrived as talks on amnesty for Maduro stalled in Caracas.",
        "Talks on amnesty for Maduro stalled in Caracas over his demands for immunity.",
    )
    first = comp.claims_of("A1")[0]
    third = comp.claims_of("A3")[0]
    assert first.group is None or first.group != third.group


def test_one_claim_per_article_unless_it_repeats_itself() -> None:
    comp = compare_texts(
        "Venezuelan airspace was closed by the order on Saturday. Markets in Asia were calm.",
        "The order closed Venezuelan airspace on Saturday. The airspace order on Saturday closed "
        "Venezuelan skies. Bakers in Paris went on strike.",
    )
    for g in comp.groups:
        arts = [comp.claim(c).article for c in g.claims]
        assert len(set(arts)) >= 2
    a2_in_groups = [c for c in comp.claims_of("A2") if c.group is not None]
    assert a2_in_groups, "the shared statement is aligned"


def test_unrelated_articles_share_nothing() -> None:
    comp = compare_texts(
        "The central bank raised interest rates by half a point to fight inflation.",
        "The football club signed a young striker from Brazil for a record fee.",
    )
    assert comp.groups == ()
    assert all(c.status is Status.UNIQUE for c in comp.claims)


def test_a_verb_and_the_noun_of_its_act_count_as_one_word() -> None:
    a = features("Residents complained about rockfalls on the line.")
    b = features("Complaints about rockfalls on the line were made.")
    assert any({x, y} == {"complain", "complaint"} for x, y, _ in Scorer._related(a, b))
    # the doer is another word
    c = features("The attacker fled the scene.")
    d = features("They attacked the scene.")
    assert not Scorer._related(c, d)
    # two verbs whose nouns share a sense ("emergence" is "growth") are two verbs
    e = features("Concerns about the airstrike have emerged.")
    f = features("Networks use their positions to grow.")
    assert not any({x, y} == {"emerg", "grow"} for x, y, _ in Scorer._related(e, f))
