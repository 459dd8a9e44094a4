"""Counts of one list and sources of one reported fact, compared across claims worded too differently to
be grouped (viewer.core.contradict.frames). News copy written for these tests: a dock strike.

Each article is a list of paragraphs, each paragraph a list of (claim text, group or None).
"""

from __future__ import annotations

import pytest

from viewer.core.contradict.disagree import disagreements_of
from viewer.core.contradict.frames import frame_contradictions
from viewer.core.model import Article, Claim

Para = list[tuple[str, str | None]]


def _build(*docs: list[Para]) -> tuple[list[Article], list[Claim]]:
    articles, claims = [], []
    for n, paras in enumerate(docs, start=1):
        aid, text, k = f"A{n}", "", 0
        for para in paras:
            for sentence, group in para:
                start = len(text)
                text += sentence + " "
                k += 1
                claims.append(Claim(f"{aid}.c{k}", aid, start, start + len(sentence), sentence, group=group))
            text = text.rstrip() + "\n"
        articles.append(Article(aid, None, aid, None, "2024-05-02", text))
    return articles, claims


LIST_3 = [
    [("Union leaders said three key grievances kept the dockers out.", None)],
    [
        ("First, they want pay to keep up with prices.", "G1"),
        ("Second, they object to longer night shifts.", "G2"),
        ("The third grievance is the new cameras on the cranes.", "G3"),
    ],
]
LIST_3_AGAIN = [
    [("The walkout turned on three points, a shop steward said.", None)],
    [
        ("First, wages must follow inflation.", "G1"),
        ("Second, night shifts must not grow longer.", "G2"),
        ("Third, the crane cameras must go.", "G3"),
    ],
]
LIST_2 = [
    [("The dockers put forward two central demands on Monday.", "G9")],
    [
        ("- Pay that keeps pace with prices.", "G1"),
        ("- No longer night shifts.", "G2"),
    ],
]


def test_counts_of_one_list_disagree_across_groups() -> None:
    arts, cs = _build(LIST_3, LIST_3_AGAIN, LIST_2)
    ks = frame_contradictions(arts, cs)
    assert sorted(k.claims for k in ks) == [("A1.c1", "A3.c1"), ("A2.c1", "A3.c1")]
    assert {k.kind for k in ks} == {"number"} and all(k.group is None for k in ks)
    (d,) = disagreements_of(ks, cs)
    assert d.detail == "two central demands (A3) vs three key grievances (A1, A2)" or d.detail == (
        "two central demands (A3) vs three points (A1, A2)"
    )
    assert [s.claims for s in d.sides] == [("A3.c1",), ("A1.c1", "A2.c1")]


@pytest.mark.parametrize(
    "other",
    [
        # the same count: no disagreement
        LIST_3_AGAIN,
        # a count with no enumeration after it is no list
        [[("The dockers put forward two central demands on Monday.", None)], [("Pay must rise.", "G1")]],
        # an enumeration of other things (no item shares a group)
        [
            [("Police named two suspects in the theft.", None)],
            [("First, a crane driver.", "G7"), ("Second, a clerk.", "G8")],
        ],
    ],
)
def test_no_count_disagreement(other: list[Para]) -> None:
    arts, cs = _build(LIST_3, other)
    assert frame_contradictions(arts, cs) == []


def test_a_pair_already_judged_in_its_group_is_not_read_again() -> None:
    arts, cs = _build(LIST_3, LIST_2)
    assert frame_contradictions(arts, cs, known={frozenset(("A1.c1", "A2.c1"))}) == []


def _cited(lead: str, group: str | None = "G5") -> list[Para]:
    return [[(lead, group), ("The port authority offered a two percent rise.", "G6")]]


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "According to the Harbour Gazette, talks broke down after midnight.",
            "Per the Coastal Herald, negotiators walked out before dawn.",
            ("according to the Harbour Gazette", "per the Coastal Herald"),
        ),
        (
            "Talks broke down after midnight, the Harbour Gazette reported.",
            "Negotiators walked out before dawn, union members told Channel Nine.",
            ("the Harbour Gazette reported", "told Channel Nine"),
        ),
    ],
)
def test_one_fact_from_two_media_disagrees_on_the_source(a: str, b: str, values: tuple[str, str]) -> None:
    # the attributed claims fall in different groups; their paragraphs share the offer (G6)
    arts, cs = _build(_cited(a, "G5"), _cited(b, "G8"))
    (k,) = frame_contradictions(arts, cs)
    assert k.kind == "attribution" and k.values == values
    assert k.detail == f"{values[0]} (A1) vs {values[1]} (A2)"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one medium, written two ways
        ("According to the AP, talks broke down.", "Per the Associated Press, negotiators walked out."),
        # a vague source may be the named one
        ("According to the Harbour Gazette, talks broke down.", "According to the paper, negotiators left."),
        # the other claim names the first one's source as its speaker
        ("According to Mara Lind, talks broke down.", "Mara Lind told Channel Nine that talks broke down."),
        # the two passages share no fact
        (
            "According to the Harbour Gazette, talks broke down.",
            "Per the Coastal Herald, the docks reopened.",
        ),
    ],
)
def test_no_source_disagreement(a: str, b: str) -> None:
    second = _cited(b) if "reopened" not in b else [[(b, "G8")]]
    arts, cs = _build(_cited(a), second)
    assert frame_contradictions(arts, cs) == []


def test_two_facts_dated_far_apart_are_two_events() -> None:
    arts, cs = _build(
        _cited("According to the Harbour Gazette, the 2009 strike ended after a month."),
        _cited("Per the Coastal Herald, the strike ended on Tuesday."),
    )
    assert frame_contradictions(arts, cs) == []


def test_a_medium_named_again_by_the_report_or_the_outlet_is_the_one_named_last() -> None:
    first = [
        [("Per the Coastal Herald, the mayor phoned the union late on Friday.", "G4")],
        [("The report states that the port authority offered a two percent rise.", "G6")],
    ]
    second = [[("According to the Harbour Gazette, the offer was two percent.", "G6")]]
    arts, cs = _build(first, second)
    (k,) = frame_contradictions(arts, cs)
    assert k.claims == ("A1.c2", "A2.c1")
    assert k.values == ("per the Coastal Herald", "according to the Harbour Gazette")


def test_no_medium_to_name_again_and_the_one_told_is_no_medium() -> None:
    # "the report" with no medium named before it cites nobody in particular
    alone = [[("The report states that the port authority offered a two percent rise.", "G6")]]
    told = [[("According to the Harbour Gazette, the mayor told Dana Voss the offer stood.", "G6")]]
    arts, cs = _build(alone, _cited("Per the Coastal Herald, talks broke down."))
    assert frame_contradictions(arts, cs) == []
    # the claim cites the Gazette (not Dana Voss, who was told): one source, set against the Herald
    arts, cs = _build(told, _cited("Per the Coastal Herald, talks broke down."))
    (k,) = frame_contradictions(arts, cs)
    assert k.values == ("according to the Harbour Gazette", "per the Coastal Herald")
