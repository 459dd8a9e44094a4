"""A place inside another is not another entity: a capital and its country, a city and its country.

News copy names a government by its capital ("Khartoum accused…", "Washington demanded…"): WordNet's part
holonyms (:func:`viewer.core.claims.lexicon.within`) say that Khartoum is part of Sudan, so "Sudan" against
"Khartoum" in the same place of two claims is one entity. Two different countries, two different cities and
two different people still contradict. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from viewer.core.claims import lexicon
from viewer.core.contradict.finder import compare_claims
from viewer.core.model import Claim

pytestmark = pytest.mark.skipif(not lexicon.available(), reason="WordNet's data is not installed")

FRAME = "Aid workers at the camp confirmed that {} accused rebel fighters of shelling it on Tuesday."
FRAME_OF = "The delegation from {} arrived at the talks on Monday, a spokesman for the hosts said."

# (frame, name in A1, name in A2, whether it is a contradiction)
PLACES = [
    (FRAME, "Sudan", "Khartoum", False),
    (FRAME, "Khartoum", "Sudan", False),
    (FRAME, "Venezuela", "Caracas", False),
    (FRAME, "Russia", "Moscow", False),
    (FRAME, "Russia", "the Kremlin", False),
    (FRAME, "China", "Beijing", False),
    (FRAME, "the United States", "Washington", False),
    (FRAME_OF, "North Korea", "Pyongyang", False),
    (FRAME_OF, "Sudan", "Darfur", False),
    (FRAME, "France", "Germany", True),
    (FRAME, "Paris", "Berlin", True),
    (FRAME, "Russia", "Ukraine", True),
    (FRAME_OF, "Khartoum", "Venezuela", True),
    (FRAME_OF, "Moscow", "Beijing", True),
    (FRAME, "Omar Hassan", "John Garang", True),
    (FRAME, "Smith", "Jones", True),
]


def _claims(a: str, b: str) -> tuple[Claim, Claim]:
    return Claim("A1.c1", "A1", 0, len(a), a), Claim("A2.c1", "A2", 0, len(b), b)


@pytest.mark.parametrize(("frame", "name_a", "name_b", "contradicts"), PLACES)
def test_a_place_inside_the_other_is_one_entity(
    frame: str, name_a: str, name_b: str, contradicts: bool
) -> None:
    found = compare_claims(*_claims(frame.format(name_a), frame.format(name_b)))
    if contradicts:
        assert found is not None and found[0] == "entity", found
        assert name_a.removeprefix("the ") in found[1] and name_b.removeprefix("the ") in found[1]
    else:
        assert found is None, found


# (place, place it is or is not inside)
WITHIN = [
    ("khartoum", "sudan", True),
    ("caracas", "venezuela", True),
    ("kremlin", "russia", True),
    ("beijing", "china", True),
    # no part-of pointer, only the gloss: "capital of Kazakhstan"
    ("astana", "kazakhstan", True),
    ("sudan", "khartoum", False),
    ("paris", "germany", False),
    ("france", "germany", False),
    ("kiev", "russia", False),
    ("nowhereville", "sudan", False),
]


@pytest.mark.parametrize(("inner", "outer", "expected"), WITHIN)
def test_within_follows_part_holonyms_upwards_only(inner: str, outer: str, expected: bool) -> None:
    assert lexicon.within(inner, outer) is expected
