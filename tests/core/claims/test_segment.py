"""Segmentation: claims with exact offsets, abbreviations, quotes, headings, bullets, boilerplate."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.claims.segment import segment
from viewer.core.read.boilerplate import is_boilerplate

SAMPLES = Path(__file__).resolve().parents[3] / "samples"


def texts(text: str) -> list[str]:
    spans = segment(text)
    for s in spans:
        assert text[s.start : s.end] == s.text
    return [s.text for s in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations never end a sentence
        (
            "The U.S. Armed Forces would begin soon. Officials agreed.",
            ["The U.S. Armed Forces would begin soon.", "Officials agreed."],
        ),
        (
            "It arrived on Nov. 16 as planned. Then it left.",
            ["It arrived on Nov. 16 as planned.", "Then it left."],
        ),
        (
            "The USS Gerald R. Ford is the largest carrier. It is deployed.",
            ["The USS Gerald R. Ford is the largest carrier.", "It is deployed."],
        ),
        (
            "They killed 80 people since Sept. 1, claiming success. Others disagree.",
            ["They killed 80 people since Sept. 1, claiming success.", "Others disagree."],
        ),
        # "U.S." ends a sentence only before a new subject
        (
            "He wanted forgiveness, but the U.S. said no. This shows guilt.",
            ["He wanted forgiveness, but the U.S. said no.", "This shows guilt."],
        ),
        # a quotation followed by its attribution stays one claim, on one line or across two
        (
            "“I think the operations will start imminently,” she said. The end came.",
            ["“I think the operations will start imminently,” she said.", "The end came."],
        ),
        (
            "“The targets are well mapped and the plan is ready,”\nNeumann said.\nNext line here is prose.",
            [
                "“The targets are well mapped and the plan is ready,”\nNeumann said.",
                "Next line here is prose.",
            ],
        ),
        # a line that introduces a quotation with a colon stays with the quotation's first sentence
        (
            "Senator Dave McCormick stated:\n- “We have a war on our hands. It is coming north.”\nNext.",
            [
                "Senator Dave McCormick stated:\n- “We have a war on our hands.",
                "It is coming north.”",
                "Next.",
            ],
        ),
        (
            "He spoke briefly. Trump told Maduro:\n“You must leave the country now.”",
            ["He spoke briefly.", "Trump told Maduro:\n“You must leave the country now.”"],
        ),
        # headings stay whole; bullets lose their marker
        (
            "Safe Passage Offered — But Maduro Refuses\nThe report states that safe passage was offered.",
            ["Safe Passage Offered — But Maduro Refuses", "The report states that safe passage was offered."],
        ),
        (
            "He demanded:\n- Global amnesty for himself and senior members\n• The right to retain control",
            ["He demanded:", "Global amnesty for himself and senior members", "The right to retain control"],
        ),
        # boilerplate lines are skipped but stay in the text
        (
            "Advertisement\nThe call stalled.\nPublished: Dec 1, 2025 10:45 am",
            ["The call stalled."],
        ),
        ("Tuesday, July 2nd, 2013\n\nA quake struck.", ["A quake struck."]),
        # two statements joined in one sentence become two claims
        (
            "He warned that operations could commence very soon and explicitly ordered all aircraft to "
            "avoid the airspace.",
            [
                "He warned that operations could commence very soon",
                "explicitly ordered all aircraft to avoid the airspace.",
            ],
        ),
        (
            "The talks failed over three issues; the two sides agreed to meet again next week.",
            ["The talks failed over three issues;", "the two sides agreed to meet again next week."],
        ),
        # a section heading between paragraphs is not a claim; the headline (the first line) is one
        (
            "Quake strikes the north\nThe quake hit at dawn.\nAn Offer Refused, Talks Collapse\n"
            "Rescuers searched all night.\nWhat Happens Next?\nThe army will help.",
            [
                "Quake strikes the north",
                "The quake hit at dawn.",
                "Rescuers searched all night.",
                "The army will help.",
            ],
        ),
        (
            "# Quake strikes the north\n\nThe quake hit at dawn.\n\n## Rescue Efforts\n\n"
            "Crews dug all night.",
            ["Quake strikes the north", "The quake hit at dawn.", "Crews dug all night."],
        ),
        (
            "Headline of the day\nThe quake hit at dawn.\nSafe Passage Offered — But Rescuers Wait\n"
            "They waited.",
            ["Headline of the day", "The quake hit at dawn.", "They waited."],
        ),
        # a line in sentence case with a verb states something, heading-shaped or not
        (
            "Headline of the day\nThe quake hit at dawn.\nRescuers found two survivors in the rubble\n"
            "They live.",
            [
                "Headline of the day",
                "The quake hit at dawn.",
                "Rescuers found two survivors in the rubble",
                "They live.",
            ],
        ),
        # the last line keeps its claim even without a stop (nothing follows it)
        (
            "Headline of the day\nThe quake hit at dawn.\nFor Now, The Town Waits",
            ["Headline of the day", "The quake hit at dawn.", "For Now, The Town Waits"],
        ),
        # bylines, datelines, navigation, promotion, copyright and print lines are never claims
        (
            "Home News Sport Subscribe now!\nQuake strikes the north\n*Reuters, 2 July 2013*\n"
            "By Staff Reporter, July 2, 2013\nThe quake hit at dawn.\nMost read: Celebrity gossip…\n"
            "© 2013 Andes Daily. All rights reserved.",
            ["Quake strikes the north", "The quake hit at dawn."],
        ),
        (
            "7/2/13, 10:15 AM Quake strikes the north | Andes Daily\nQuake strikes the north\n"
            "The quake hit at dawn.\nfile:///home/reporter/quake.html 1/1",
            ["Quake strikes the north", "The quake hit at dawn."],
        ),
        # a dateline before the first sentence stays in the text but is no part of the claim
        (
            "Quake strikes the north\nLIMA, July 2 - The quake hit at dawn.",
            ["Quake strikes the north", "The quake hit at dawn."],
        ),
        (
            "Quake strikes the north\nNEW YORK, 2 July 2013 (AP) — The quake hit at dawn.",
            ["Quake strikes the north", "The quake hit at dawn."],
        ),
        # a place in capitals only: "Lima, July 2 - …" is a sentence that starts with a name
        (
            "Quake strikes the north\nLima, July 2 - the quake hit at dawn.",
            ["Quake strikes the north", "Lima, July 2 - the quake hit at dawn."],
        ),
        # detokenised numbers and times are not sentence ends
        (
            "The 6. 1 - magnitude quake struck at 07: 37 a. m. UTC today.",
            ["The 6. 1 - magnitude quake struck at 07: 37 a. m. UTC today."],
        ),
    ],
)
def test_segment(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("line", "boiler"),
    [
        ("Advertisement", True),
        (" date 2025-11-30 NEW You can now listen to Fox News articles!", True),
        ("Published: Dec 1, 2025 10:45 am", True),
        ("Tue Jul 2, 2013 1: 28PM GMT", True),
        ("By Jane Smith", True),
        ("The call lasted an hour.", False),
        ("Date of the talks was not given, officials said.", False),
        ("Reuters, 2 July 2013", True),
        ("*Reuters, 2 July 2013*", True),
        ("BBC News, 3 July 2013", True),
        ("By Staff Reporter, July 2, 2013", True),
        ("Home News Sport Subscribe now!", True),
        ("Most read: Celebrity gossip…", True),
        ("© 2013 Andes Daily. All rights reserved.", True),
        ("(c) 2013 Andes Daily", True),
        ("7/2/13, 10:15 AM Quake strikes the north | Andes Daily", True),
        ("2013-07-02 10:15 Quake strikes the north", True),
        ("file:///home/reporter/quake.html 1/1", True),
        ("https://andes.example/news/quake 1/2", True),
        ("1/1", True),
        ("Page 2 of 3", True),
        # prose that shares words or shapes with furniture
        ("Officials said on Monday, July 2, 2013", False),
        ("The quake struck on July 2, 2013.", False),
        ("Home prices fell in the region after the quake", False),
        ("World leaders sent aid to the town on Tuesday", False),
        ("News of the quake spread quickly through the town", False),
        ("At 10:15 the second tremor hit the port.", False),
    ],
)
def test_is_boilerplate(line: str, boiler: bool) -> None:
    assert is_boilerplate(line) is boiler


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's own question asks the reader: it stays in the text but is no claim
        (
            "The company built a new chip. Will it run older software? Engineers say it will.",
            ["The company built a new chip.", "Engineers say it will."],
        ),
        ("Do you think the mayor made the right call?", []),
        # a question someone is quoted asking is reported speech: a claim
        (
            'The mayor spoke to reporters. "Why not?" she asked the council.',
            ["The mayor spoke to reporters.", '"Why not?" she asked the council.'],
        ),
        ('She asked: "Who will pay for the bridge?"', ['She asked: "Who will pay for the bridge?"']),
        ("“Will the bridge ever open?", ["“Will the bridge ever open?"]),  # a quotation that goes on
        # a quoted word inside the writer's own question leaves it a question
        ('The storm broke records. Is this the "new normal" for the coast?', ["The storm broke records."]),
        ("Was the “final offer” really final?", []),
        # a question mark inside a sentence that goes on does not end a claim's statement
        (
            "Who pays for the bridge was never settled, the council said.",
            ["Who pays for the bridge was never settled, the council said."],
        ),
    ],
)
def test_a_question_of_the_writer_is_no_claim(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_yahoo_prefix_is_not_part_of_the_claim() -> None:
    text = "Headline here now\n· Yahoo NewsAs Washington prepares to launch attacks, a call took place."
    assert texts(text)[1].startswith("As Washington prepares")


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_samples_offsets_exact_ordered_and_clean(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    spans = segment(text)
    assert len(spans) >= 20
    prev_end = 0
    for s in spans:
        assert text[s.start : s.end] == s.text
        assert s.start >= prev_end
        assert s.text == s.text.strip()
        assert s.text != "Advertisement"
        prev_end = s.end


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Quake strikes the north\nThe quake hit at dawn.\nRescuers Dig Through Night\nCrews dug.", "Quake"),
        ("# Quake strikes the north\n\nThe quake hit at dawn.", "Quake"),
        ("By Jo Doe, 2 July 2013\n\nQuake strikes the north\n\nThe quake hit at dawn.", "Quake"),
        # a first line that is a sentence is prose, not a headline
        ("The quake hit at dawn. Crews dug all night.\nRescuers found two survivors", None),
    ],
)
def test_the_first_line_of_prose_is_the_headline(text: str, headline: str | None) -> None:
    marked = [s.text for s in segment(text) if s.headline]
    assert marked == ([] if headline is None else [next(s.text for s in segment(text))])
    if headline is not None:
        assert marked[0].startswith(headline)
