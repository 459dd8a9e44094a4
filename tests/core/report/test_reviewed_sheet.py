"""The sheet says what was reviewed: counts, confirmed and reviewer-made disagreements, notes, dismissed."""

from __future__ import annotations

import pytest

from viewer.core.model import Article, Comparison, Decision, Passage
from viewer.core.pipeline import compare_articles
from viewer.core.report.sheet import SheetOptions, to_html
from viewer.core.review import apply_decisions

TEXTS = {
    "a.txt": "The fire broke out at the old warehouse on Monday night. At least 30 people were hurt in the "
    "blaze. The mayor visited the site on Tuesday morning.",
    "b.txt": "A fire broke out at the old warehouse on Monday night. At least 50 people were hurt in the "
    "blaze. Officials praised the firefighters for their speed.",
    "c.txt": "Flames tore through a storage building after dark. "
    "The mayor went to the scene on Tuesday morning.",
}
HURT = (Passage("a.txt", "At least 30 people"), Passage("b.txt", "At least 50 people"))
MAYOR = (Passage("a.txt", "The mayor visited"), Passage("c.txt", "The mayor went"))
FLAMES = (Passage("c.txt", "Flames tore through"), Passage("a.txt", "The fire broke out"))


@pytest.fixture(scope="module")
def engine() -> Comparison:
    arts = [Article(f"A{i}", f"/n/{n}", n, None, None, t) for i, (n, t) in enumerate(TEXTS.items(), 1)]
    return compare_articles(arts)


def sheet(c: Comparison, **options: object) -> str:
    return to_html(c, SheetOptions(**options))  # type: ignore[arg-type]


# (decisions, sheet options, words the sheet must have, words it must not have)
CASES = [
    pytest.param(
        [], {}, ["At least 30 people (A1) vs At least 50 people (A2)"], ["Reviewed", "✔", "✎"], id="engine"
    ),
    pytest.param(
        [Decision("contradiction", HURT, reason="police say 30")],
        {},
        [
            "Reviewed: 1 of 1 decision by the reviewer apply: 1 confirmed",
            "✔ confirmed by the reviewer",
            "police say 30",
        ],
        ["marked by the reviewer"],
        id="confirmed",
    ),
    pytest.param(
        [Decision("contradiction", MAYOR, reason="visited <or> went")],
        {},
        ["1 disagreement added", "✎ marked by the reviewer", "visited &lt;or&gt; went"],
        ["visited <or> went"],
        id="added-and-escaped",
    ),
    pytest.param(
        [Decision("not_contradiction", HURT)],
        {},
        ["1 dismissed", "No contradictions were found"],
        ["At least 30 people (A1) vs", "Dismissed by the reviewer"],
        id="dismissed-left-out",
    ),
    pytest.param(
        [Decision("not_contradiction", HURT)],
        {"show_dismissed": True},
        ["Dismissed by the reviewer", "At least 30 people (A1) vs At least 50 people (A2)"],
        [],
        id="dismissed-listed-on-request",
    ),
    pytest.param(
        [Decision("note", (Passage("b.txt", "Officials praised"),), note="<i>ask</i> them")],
        {},
        [
            "1 note",
            "for their speed.<br><span class='small'><b>✎ Note:</b> &lt;i&gt;ask",
        ],
        ["<i>ask</i>"],
        id="note-on-a-unique-claim",
    ),
    pytest.param(
        [Decision("note", HURT, note="two counts")],
        {},
        ["✎ Reviewer's note:</b> two counts"],
        [],
        id="note-on-disagreement",
    ),
    pytest.param(
        [Decision("same", FLAMES), Decision("note", (FLAMES[0],), note="same fire")],
        {},
        ["1 join", "grouped by the reviewer", "✎ Note (A3):</b> same fire"],
        [],
        id="join-and-note-on-shared",
    ),
    pytest.param(
        [Decision("same", (Passage("z.txt", "nothing"), FLAMES[0]))],
        {},
        ["0 of 1 decision", "1 could not be applied", "there is no article z.txt in the comparison"],
        [],
        id="not-applied-listed",
    ),
]


@pytest.mark.parametrize(("decisions", "options", "present", "absent"), CASES)
def test_sheet_shows_the_review(
    engine: Comparison,
    decisions: list[Decision],
    options: dict[str, object],
    present: list[str],
    absent: list[str],
) -> None:
    html = sheet(apply_decisions(engine, decisions), **options)
    for words in present:
        assert words in html, words
    for words in absent:
        assert words not in html, words
