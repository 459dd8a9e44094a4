"""One amount written several ways compares equal; another amount does not ($25m, a dozen, 1.5bn).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from viewer.core.contradict.finder import judge

SAME = [
    ("The fund paid $25m to the families last year.", "The fund paid $25 million to the families last year."),
    ("The fund paid $25 mln to the families last year.", "The fund paid $25m to the families last year."),
    ("The fund paid 25 million dollars to the families.", "The fund paid $25m to the families."),
    (
        "The firm raised €3bn from investors in March.",
        "The firm raised 3 billion euros from investors in March.",
    ),
    ("The city spent $2.5bn on the new bridge.", "The city spent $2,500 million on the new bridge."),
    ("A dozen officials were charged in the case.", "12 officials were charged in the case."),
    ("More than a dozen officials were charged.", "More than 12 officials were charged."),
    ("Two dozen boats left the harbour on Monday.", "24 boats left the harbour on Monday."),
    ("About a dozen people were hurt in the blast.", "Some 12 people were hurt in the blast."),
    ("Half a dozen trucks blocked the road at dawn.", "Six trucks blocked the road at dawn."),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_one_amount_written_two_ways_is_no_contradiction(a: str, b: str) -> None:
    assert judge(a, b) is None
    assert judge(b, a) is None


OTHER = [
    ("The fund paid $25m to the families last year.", "The fund paid $20 million to the families last year."),
    ("The fund paid $25m to the families last year.", "The fund paid $25bn to the families last year."),
    ("A dozen officials were charged in the case.", "Ten officials were charged in the case."),
    ("Two dozen boats left the harbour on Monday.", "A dozen boats left the harbour on Monday."),
]


@pytest.mark.parametrize(("a", "b"), OTHER)
def test_another_amount_is_a_number_contradiction(a: str, b: str) -> None:
    f = judge(a, b)
    assert f is not None and f.kind == "number"
