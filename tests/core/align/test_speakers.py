"""Words that only say who is speaking (and the verb of saying) weigh little in alignment, in every tense
and person of the reporting verb. Sentences written for these tests."""

from __future__ import annotations

import pytest

from viewer.core.align.aligner import DEFAULT, Scorer, features
from viewer.core.align.events import event_features


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("City officials argue that the bridge was never safe for heavy trucks.", {"citi", "offici", "argu"}),
        ("Engineers say the bridge was never safe for heavy trucks at night.", {"engin"}),
        ("The mayor insisted that the bridge was never safe for heavy trucks.", {"mayor", "insist"}),
        ("The bridge was never safe for heavy trucks, the engineers claimed.", {"engin"}),
        ("The bridge was never safe for heavy trucks, engineers said.", {"engin"}),
        # no reporting verb: the subject is part of what is stated
        ("City officials closed the bridge to heavy trucks on Monday.", set()),
    ],
)
def test_who_is_speaking(text: str, speaker: set[str]) -> None:
    assert set(features(text).speaker) == speaker


def test_claims_that_share_only_who_speaks_are_not_linked() -> None:
    a = "City officials argue that the river flooded the old market every spring."
    b = "City officials rejected both offers from the bus company outright."
    c = "City officials closed the old market after the river flooded it."
    scorer = Scorer([features(a), features(b), features(c)])
    assert scorer.score(0, 1) < DEFAULT.link
    # the same speaker with the same statement still links
    assert scorer.score(0, 2) >= DEFAULT.link


def test_a_piece_of_a_reported_sentence_keeps_its_speaker() -> None:
    from viewer.core.pipeline import compare_articles
    from viewer.core.read.ingest import article_from_text

    met = "Ortega and Mendez met the northern governors in the capital on Monday."
    quoted = (
        '"The army will leave the northern valley soon and the border posts will close by May," Ortega said.'
    )
    piece = "The army will leave the northern valley soon"

    def groups(other: str) -> tuple[str | None, str | None]:
        texts = (f"{met} {quoted}", f"{met} {other}")
        comp = compare_articles([article_from_text(t, article_id=f"A{i}") for i, t in enumerate(texts, 1)])
        mine = next(x for x in comp.claims if x.article == "A1" and piece in x.text)
        assert "Ortega" in mine.said
        return mine.group, next(x for x in comp.claims if x.article == "A2" and "army" in x.text).group

    # the piece was said by Ortega: it is Ortega's claim, and not Mendez's
    ours, theirs = groups("Ortega said the army will leave the northern valley soon.")
    assert ours is not None and ours == theirs
    ours, theirs = groups("Mendez said the army will leave the northern valley soon.")
    assert ours is None and theirs is None


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a name with an apposition, before the reporting verb: the speaker
        ("The harbour master, Ines Calder, said the port would stay closed until Friday.", {"calder", "ine"}),
        ("Ines Calder, the harbour master, said the port would stay closed until Friday.", {"calder", "ine"}),
        ('"The port stays shut," said Ines Calder, the harbour master.', {"calder", "ine"}),
        ("The port would stay closed until Friday, Ines Calder said.", {"calder", "ine"}),
        # after "said", a name with its own verb is who the clause is about, not who spoke
        ("The union leader, Ines Calder, said Moreau should resign.", {"calder", "ine"}),
        ("The port would stay closed, said Moreau would decide on Friday.", set()),
    ],
)
def test_who_the_attribution_names_as_speaking(text: str, speakers: set[str]) -> None:
    assert set(event_features(text).speakers) == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # what follows "said" is a clause with its own verb: what was said, which keeps its full weight
        ("The dockers walked out on Monday morning, said Moreau should resign at once.", set()),
        # what follows "said" names the speaker: it weighs little
        ("The dockers walked out on Monday morning, said Ines Calder, a union official.", {"calder", "ine"}),
    ],
)
def test_the_words_after_said_are_the_speaker_only_when_they_are_no_clause(
    text: str, speaker: set[str]
) -> None:
    assert set(features(text).speaker) >= speaker
    if not speaker:
        assert "moreau" not in features(text).speaker


def test_one_article_quoting_two_speakers_on_one_subject_gives_two_claims() -> None:
    """A call for a resignation and the refusal, in one article, share their subject and its synonyms
    ("step down" / "resign"), but two speakers make two statements: never one group."""
    from texts import compare_texts

    comp = compare_texts(
        "Dockers stayed out for a third day. The union leader, Ines Calder, said Moreau should step down. "
        "Moreau said she would not resign.",
        "Dockers stayed out for a third day. Union leader Ines Calder called on Moreau to resign.",
    )
    calder = next(c for c in comp.claims if c.article == "A1" and "Calder" in c.text)
    moreau = next(c for c in comp.claims if c.article == "A1" and c.text.startswith("Moreau"))
    assert calder.group is not None
    assert moreau.group != calder.group
