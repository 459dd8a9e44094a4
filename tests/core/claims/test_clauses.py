"""Clause cues: finite verbs, subjects, and where a sentence may be cut into two statements."""

from __future__ import annotations

import pytest

from viewer.core.claims.clauses import has_finite_verb, last_clause, opens_clause
from viewer.core.claims.segment import segment


@pytest.mark.parametrize(
    ("piece", "finite"),
    [
        ("The standoff between Chile and Peru", False),  # a noun phrase, no verb
        ("a long-awaited phone call between the mayor", False),
        ("The standoff intensified", True),  # past tense in -ed
        ("the port authority said", True),  # irregular past
        ("the damage is severe", True),  # auxiliary
        ("for any alleged crimes", False),  # "-ed" after a determiner is an adjective
        ("comprehensive amnesty for his accused aides", False),  # after a possessive
        ("schools built by the state", False),  # a participle with its agent
        ("alerts regarding heightened activity", False),  # "-ed" after an "-ing" word
        ("it says", True),
        ("a hundred homes", False),  # "-ed" that is no verb
    ],
)
def test_has_finite_verb(piece: str, finite: bool) -> None:
    assert has_finite_verb(piece) is finite


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("the fishermen lost their boats overnight", True),
        ("Caracas refused the offer on Monday", True),
        ("they quickly agreed to meet", True),
        ("his inner circle for any alleged crimes", False),
        ("Peru intensified", True),  # a clause on its own; whether to cut is the left side's call
        ("several high-ranking allies of the mayor", False),
        ("injuring dozens of people in the town", False),
        ("who fled the town rebuilt it", False),
        # a count in words opens a clause as one in digits does
        ("ten houses were damaged in the port", True),
        ("ten trapped under the rubble", False),  # after a count, only an auxiliary is its verb
        # a verb with the amount of its change, not a participle with its agent
        ("the river rose by two metres overnight", True),
        ("the index fell by 5% on Monday", True),
        ("the schools built by the state", False),
        # one of a measure is an amount too; one of anything else is an agent
        ("the river fell by a metre overnight", True),
        ("the index rose by a third in a year", True),
        ("the house struck by a car", False),
    ],
)
def test_opens_clause(text: str, opens: bool) -> None:
    assert opens_clause(text) is opens


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        # a subject with no determiner, where a clause is expected
        ("rescuers searched the ruins for two days", True),
        ("farm workers were evacuated from the valley", True),
        ("opposition leaders proposed a vote on Friday", True),
        # not a subject: a participle, an adverb, a verb, a function word
        ("rising waters cut the road", False),
        ("only if he agreed to go", False),
        ("killed three people", False),
        ("several high-ranking allies of the mayor", False),
        ("money laundering through the state oil company", False),  # no verb
    ],
)
def test_opens_clause_with_a_bare_subject(text: str, opens: bool) -> None:
    assert opens_clause(text, bare=True) is opens
    if opens:  # only where the caller allows it
        assert opens_clause(text) is False


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("As the town slept, a call between the mayor", "a call between the mayor"),
        ("The mayor said", "The mayor said"),
        ("Rescuers came (from the capital", "from the capital"),
    ],
)
def test_last_clause(text: str, tail: str) -> None:
    assert last_clause(text) == tail


def claims(text: str) -> list[str]:
    spans = segment(text)
    for s in spans:
        assert text[s.start : s.end] == s.text
    return [s.text for s in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" inside a noun phrase never cuts
        (
            "The tense diplomatic standoff between Chile and Peru intensified sharply over the border.",
            ["The tense diplomatic standoff between Chile and Peru intensified sharply over the border."],
        ),
        (
            "As the aftershocks went on, a long phone call between the mayor and the governor settled the "
            "plan for the night.",
            [
                "As the aftershocks went on, a long phone call between the mayor and the governor "
                "settled the plan for the night."
            ],
        ),
        (
            "First, he asked for shelter for himself and his extended family for any alleged losses.",
            ["First, he asked for shelter for himself and his extended family for any alleged losses."],
        ),
        (
            "Officials said the quake damaged homes and schools built by the state in the 1990s.",
            ["Officials said the quake damaged homes and schools built by the state in the 1990s."],
        ),
        (
            "At least ten fire engines, a rescue helicopter and two army trucks are now at the scene.",
            ["At least ten fire engines, a rescue helicopter and two army trucks are now at the scene."],
        ),
        # two complete clauses, each with its subject and verb, are two claims
        (
            "The quake destroyed the old harbour wall, and the town's fishermen lost their boats overnight.",
            ["The quake destroyed the old harbour wall", "the town's fishermen lost their boats overnight."],
        ),
        (
            "Rescue teams searched the rubble through the night, but the mayor said no survivors were found.",
            [
                "Rescue teams searched the rubble through the night",
                "the mayor said no survivors were found.",
            ],
        ),
        # a speaker at the end said both: two statements, the first keeping who said it (below)
        (
            "At least five people were injured and 10 houses were damaged in the port, said a spokesman "
            "of the agency.",
            [
                "At least five people were injured",
                "10 houses were damaged in the port, said a spokesman of the agency.",
            ],
        ),
        (
            "Rescue teams searched the rubble through the night, but the mayor found no survivors, the "
            "governor told reporters.",
            [
                "Rescue teams searched the rubble through the night",
                "the mayor found no survivors, the governor told reporters.",
            ],
        ),
        (
            "At least five people were injured and 10 houses were damaged in the old port on Tuesday.",
            ["At least five people were injured", "10 houses were damaged in the old port on Tuesday."],
        ),
        (
            '"Many homes were damaged and their roofs fell onto the people inside," said a resident, a '
            "teacher at the village school.",
            [
                '"Many homes were damaged and their roofs fell onto the people inside," said a resident, a '
                "teacher at the village school."
            ],
        ),
        # "and" inside the object clause of a verb of saying joins that clause's subject
        (
            "The agency said about 135 homes and other buildings were badly damaged in the quakes.",
            ["The agency said about 135 homes and other buildings were badly damaged in the quakes."],
        ),
        # "other…" after "and" continues a list of nouns
        (
            "Charges were brought against the bishop and other members of the church were questioned.",
            ["Charges were brought against the bishop and other members of the church were questioned."],
        ),
        # a number with a verb left out ("and 14 [were] trapped") is not a clause of its own
        (
            "Officials counted six children who were killed and 14 trapped under debris in the mosque.",
            ["Officials counted six children who were killed and 14 trapped under debris in the mosque."],
        ),
        # "shortly after" binds the clause to the time phrase of the main one
        (
            "Residents rushed to higher ground shortly after the first quake struck the coast.",
            ["Residents rushed to higher ground shortly after the first quake struck the coast."],
        ),
        (
            "Residents rushed from their homes to higher ground after the first quake struck the coast.",
            ["Residents rushed from their homes to higher ground", "the first quake struck the coast."],
        ),
        # a contracted auxiliary is a finite verb; a bracket at the end of a clause is not the clause
        (
            "It's a long way down to the harbour, and the town's fishermen walked there every day.",
            ["It's a long way down to the harbour", "the town's fishermen walked there every day."],
        ),
        (
            "The memory was doubled to 4GB (the most it takes), and the hard drive has grown to 320GB.",
            ["The memory was doubled to 4GB (the most it takes)", "the hard drive has grown to 320GB."],
        ),
        # an auxiliary at the end of the left side still waits for its complement
        (
            "The reason the food trucks were stopped at the border today is because the road was closed.",
            ["The reason the food trucks were stopped at the border today is because the road was closed."],
        ),
        # a participle clause ("killing…", "injuring…") belongs to its sentence
        (
            "The quake struck the coast at dawn, killing twelve people and injuring dozens in the port.",
            ["The quake struck the coast at dawn, killing twelve people and injuring dozens in the port."],
        ),
        # a decimal written with a space is not a list marker or a sentence end
        (
            "5. 9 Earthquake Jolts Iran\nThe quake hit at noon.",
            ["5. 9 Earthquake Jolts Iran", "The quake hit at noon."],
        ),
        # a bare noun subject after "while" or ", and" opens a clause; after a bare "and" it joins nouns
        (
            "The council asked residents to leave the valley at once, while farm workers were told to "
            "stay with the herds.",
            [
                "The council asked residents to leave the valley at once",
                "farm workers were told to stay with the herds.",
            ],
        ),
        (
            "The storm destroyed the old harbour wall, and rescuers searched the beach for two days.",
            ["The storm destroyed the old harbour wall", "rescuers searched the beach for two days."],
        ),
        # "that" or "this" alone as the subject stands for the clause before it: no cut
        (
            "The union asked for a four-day week for all its members, and that was turned down at once.",
            ["The union asked for a four-day week for all its members, and that was turned down at once."],
        ),
        (
            "The union asked for a four-day week for all its members, and that offer was turned down.",
            ["The union asked for a four-day week for all its members", "that offer was turned down."],
        ),
        (
            "The general ordered tanks and troops moved to the northern border within hours.",
            ["The general ordered tanks and troops moved to the northern border within hours."],
        ),
        (
            "1. The first point is here.\n2. The second one follows.",
            ["The first point is here.", "The second one follows."],
        ),
    ],
)
def test_split_only_between_clauses(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "At least five people were injured and 10 houses were damaged in the port, said a spokesman "
            "of the agency.",
            ["said a spokesman of the agency", ""],
        ),
        (
            '"The old dam held through the storm and the river returned to its banks overnight," '
            "the engineer added.",
            ["the engineer added", ""],
        ),
        # the second clause is the report itself: nobody else is speaking for the first
        (
            "Rescue teams searched the rubble through the night, but the mayor said no survivors were found.",
            ["", ""],
        ),
        ("The old dam held through the storm and the river returned to its banks overnight.", ["", ""]),
    ],
)
def test_a_cut_sentence_keeps_who_said_it(sentence: str, said: list[str]) -> None:
    assert [s.said for s in segment(sentence)] == said
