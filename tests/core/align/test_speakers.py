"""Words that only say who is speaking (and the verb of saying) weigh little in alignment, in every tense
and person of the reporting verb. Sentences written for these tests."""

from __future__ import annotations

import pytest

from viewer.core.align.aligner import DEFAULT, Scorer, features


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
