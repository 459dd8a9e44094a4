"""Pairwise contradictions joined into disagreements with sides, and the sentence that names them.

Every row is news copy written for these tests: a harbour strike, a mayor, a flood.
"""

from __future__ import annotations

import pytest

from viewer.core.contradict.disagree import disagreements_of
from viewer.core.contradict.finder import find_contradictions
from viewer.core.model import Article, Claim, Contradiction


def _claims(*texts: str) -> list[Claim]:
    """One claim per text, each of its own article A1, A2, …; "A3+" puts a second claim in A3."""
    out = []
    for n, t in enumerate(texts, start=1):
        out.append(Claim(f"A{n}.c1", f"A{n}", 0, len(t), t, group="G1"))
    return out


def _articles(claims: list[Claim]) -> list[Article]:
    return [Article(c.article, None, c.article, None, "2025-03-04", c.text) for c in claims]


def _found(*texts: str) -> tuple[list[Claim], list[Contradiction]]:
    cs = _claims(*texts)
    return cs, find_contradictions("G1", cs, _articles(cs))


# (claims of A1, A2, …; the sides as {value: articles}, fewest sources first; the detail)
MERGED = [
    (
        [
            "Mayor Helen Ortiz opened the new ferry terminal on the east bank.",
            "Former Mayor Helen Ortiz opened the new ferry terminal on the east bank.",
            "Mayor Helen Ortiz opened the new ferry terminal on the east bank.",
        ],
        [("Former Mayor", ["A2"]), ("Mayor", ["A1", "A3"])],
        "A2 calls Helen Ortiz Former Mayor; A1 and A3 call Ortiz Mayor",
    ),
    (
        [
            "The strike closed the harbour for 30 days, the union said.",
            "The strike closed the harbour for 45 days, the union said.",
            "The strike closed the harbour for 45 days, the union said.",
            "The strike closed the harbour for 30 days, the union said.",
        ],
        [("30 days", ["A1", "A4"]), ("45 days", ["A2", "A3"])],
        "30 days (A1, A4) vs 45 days (A2, A3)",
    ),
    (
        # three counts that all differ: three sides
        [
            "The flood forced 200 families from their homes in the valley.",
            "The flood forced 350 families from their homes in the valley.",
            "The flood forced 500 families from their homes in the valley.",
        ],
        [("200 families", ["A1"]), ("350 families", ["A2"]), ("500 families", ["A3"])],
        "200 families (A1) vs 350 families (A2) vs 500 families (A3)",
    ),
]


@pytest.mark.parametrize(("texts", "sides", "detail"), MERGED)
def test_pairs_of_one_slot_join_into_one_disagreement(
    texts: list[str], sides: list[tuple[str, list[str]]], detail: str
) -> None:
    cs, ks = _found(*texts)
    assert len(ks) >= 2, ks  # several pairs…
    ds = disagreements_of(ks, cs)
    assert len(ds) == 1, ds  # …one disagreement
    d = ds[0]
    got = [(s.value, sorted({c.split(".")[0] for c in s.claims})) for s in d.sides]
    assert got == sides
    assert d.detail == detail
    assert d.strength == max(k.strength for k in ks)


def test_compatible_values_stand_on_one_side() -> None:
    """'US President' and 'President' are not set against each other: one side against 'former'."""
    texts = [
        "President Dana Kell signed the water bill on Tuesday evening.",
        "Former US President Dana Kell signed the water bill on Tuesday evening.",
        "US President Dana Kell signed the water bill on Tuesday evening.",
    ]
    cs, ks = _found(*texts)
    (d,) = disagreements_of(ks, cs)
    assert [s.claims for s in d.sides] == [("A2.c1",), ("A1.c1", "A3.c1")]
    assert d.sides[1].value in ("President", "US President")
    assert d.detail.startswith("A2 calls Dana Kell Former US President; A1 and A3 call Kell ")


def test_the_same_claim_of_one_article_never_stands_on_two_sides() -> None:
    cs = _claims("x", "y", "z")
    ks = [
        Contradiction(
            "G1", ("A1.c1", "A2.c1"), "number", "", 1.0, values=("3 ships", "5 ships"), slot="ship"
        ),
        Contradiction(
            "G1", ("A3.c1", "A2.c1"), "number", "", 1.0, values=("3 ships", "5 ships"), slot="ship"
        ),
    ]
    (d,) = disagreements_of(ks, cs)
    assert [s.claims for s in d.sides] == [("A2.c1",), ("A1.c1", "A3.c1")]
    assert d.detail == "5 ships (A2) vs 3 ships (A1, A3)"


def test_different_slots_and_groups_stay_apart() -> None:
    cs = _claims("x", "y", "z")
    ks = [
        Contradiction(
            "G1", ("A1.c1", "A2.c1"), "number", "", 1.0, values=("3 ships", "5 ships"), slot="ship"
        ),
        Contradiction("G1", ("A1.c1", "A3.c1"), "number", "", 1.0, values=("9 crew", "12 crew"), slot="crew"),
        Contradiction("G2", ("A2.c1", "A3.c1"), "date", "", 0.95, values=("Monday", "Friday")),
        Contradiction("G1", ("A2.c1", "A3.c1"), "date", "", 0.95, values=("May 3", "May 9")),
    ]
    ds = disagreements_of(ks, cs)
    assert len(ds) == 4
    assert ds[0].strength == 1.0 and ds[-1].kind == "date"


def test_unlinked_pairs_of_one_slot_outside_groups_stay_apart() -> None:
    """Two count disagreements found across groups (no group) share no claim: two disagreements."""
    cs = _claims("a", "b", "c", "d")
    ks = [
        Contradiction(
            None, ("A1.c1", "A2.c1"), "number", "", 0.9, values=("two demands", "three issues"), slot="count"
        ),
        Contradiction(
            None, ("A3.c1", "A4.c1"), "number", "", 0.9, values=("two demands", "four goals"), slot="count"
        ),
    ]
    assert len(disagreements_of(ks, cs)) == 2


def test_reviewer_contradictions_stay_as_they_are() -> None:
    cs = _claims("a", "b")
    k = Contradiction("G1", ("A1.c1", "A2.c1"), "user", "marked by the reviewer", 1.0, by="user")
    (d,) = disagreements_of([k], cs)
    assert d.by == "user" and d.detail == "marked by the reviewer"
    assert [s.value for s in d.sides] == ["a", "b"]


def test_the_finder_gives_each_pair_its_values_and_slot() -> None:
    _, (k,) = _found(
        "The storm cut power to 4,000 homes along the coast.",
        "The storm cut power to 9,000 homes along the coast.",
    )
    assert k.values == ("4,000 homes", "9,000 homes")
    assert k.slot and k.detail == "4,000 homes (A1) vs 9,000 homes (A2)"


def _pair(x: str, y: str, kind: str, vx: str, vy: str, slot: str = "") -> Contradiction:
    return Contradiction("G1", (x, y), kind, "", 1.0, values=(vx, vy), slot=slot)


@pytest.mark.parametrize(
    ("pairs", "sides"),
    [
        # pairs that never compared A1 with A3 (a large group reads its closest pairs only): 30 and 40
        # disagree, so they are not put on one side
        (
            [("A1.c1", "A2.c1", "30 people", "50 people"), ("A3.c1", "A2.c1", "40 people", "50 people")],
            [("A1.c1",), ("A2.c1",), ("A3.c1",)],
        ),
        # …while 30 and "about 30" agree
        (
            [
                ("A1.c1", "A2.c1", "30 people", "50 people"),
                ("A3.c1", "A2.c1", "about 30 people", "50 people"),
            ],
            [("A2.c1",), ("A1.c1", "A3.c1")],
        ),
    ],
)
def test_values_no_pair_compares_stand_together_only_when_they_agree(pairs, sides) -> None:
    cs = _claims("x", "y", "z")
    ks = [_pair(x, y, "number", vx, vy, "peopl") for x, y, vx, vy in pairs]
    (d,) = disagreements_of(ks, cs)
    assert sorted(s.claims for s in d.sides) == sorted(sides)


def test_sources_no_pair_compares_stay_apart_and_one_source_worded_twice_stands_together() -> None:
    cs = _claims("w", "x", "y", "z")
    ks = [
        _pair("A1.c1", "A2.c1", "attribution", "according to the Harbour Gazette", "per the Coastal Herald"),
        _pair("A3.c1", "A2.c1", "attribution", "the Valley Tribune reported", "per the Coastal Herald"),
        _pair("A4.c1", "A1.c1", "attribution", "according to the Coastal Herald", "per the Harbour Gazette"),
    ]
    (d,) = disagreements_of(ks, cs)
    assert sorted(s.claims for s in d.sides) == [("A1.c1",), ("A2.c1", "A4.c1"), ("A3.c1",)]


def test_a_negation_worded_two_ways_faces_one_opponent_on_one_side() -> None:
    cs = _claims("x", "y", "z")
    ks = [
        _pair("A1.c1", "A2.c1", "negation", "did not sign", "signed"),
        _pair("A1.c1", "A3.c1", "negation", "did not sign the", "signed the deal"),
    ]
    (d,) = disagreements_of(ks, cs)
    assert [s.claims for s in d.sides] == [("A1.c1",), ("A2.c1", "A3.c1")]
    assert d.detail == "did not sign (A1) vs signed (A2, A3)"


def test_values_that_fold_to_one_never_make_a_one_sided_disagreement() -> None:
    cs = _claims("x", "y", "z")
    ks = [
        _pair("A1.c1", "A2.c1", "quote", "HP ’ s ability", "HP's ability"),
        _pair("A3.c1", "A2.c1", "quote", "HP ’ s ability", "HP's ability"),
    ]
    ds = disagreements_of(ks, cs)
    assert all(len(d.sides) == 2 for d in ds) and len(ds) == 2


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "“This boosts HP ’ s ability to compete,” he said.",
            "“This boosts HP's ability to compete,” he said.",
        ),
        ("U.S. President Dana Kell signed the bill.", "US President Dana Kell signed the bill."),
    ],
)
def test_the_finder_never_pairs_two_values_that_read_the_same(a: str, b: str) -> None:
    from viewer.core.contradict.finder import judge

    assert judge(a, b) is None
