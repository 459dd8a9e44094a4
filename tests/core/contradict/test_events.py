"""Never a contradiction between claims about two different events; one event misreported still is one.

News copy written for these tests: two quakes of one region, two fires, a founding year.
"""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.contradict.events import dated_apart, different_events
from viewer.core.contradict.finder import judge
from viewer.core.contradict.text import words
from viewer.core.contradict.values import dates

PUB = date(2014, 8, 25)

# two events of one kind: the finder must stay silent
TWO_EVENTS = [
    # far dates and another count
    (
        "A 6.0 quake struck the valley on 24 August 2014, toppling old brick walls.",
        "In 1989 a 6.9 quake struck the valley, toppling old brick walls.",
    ),
    # a claim that recalls an older event: its figure belongs to the older date
    (
        "A magnitude 6.0 earthquake struck the valley on 24 August 2014.",
        "The 2014 earthquake recalled 1989, when a magnitude 6.9 earthquake struck the valley.",
    ),
    # far dates, otherwise loosely alike: not one event misdated
    (
        "The warehouse fire in 2011 was set by two teenagers, police said.",
        "The warehouse fire last week was started by faulty wiring, firefighters said.",
    ),
    # every distance differs: two quakes near one town, not one misreported
    (
        "The quake was nine miles north of Marlow and six miles from Pell Lake.",
        "The quake was centred three miles south of Marlow and two miles east of Pell Lake.",
    ),
    # another name and another count: two climbers, not one misreported
    (
        "A 34-year-old climber from Denver died after a fall on Mount Ida on Saturday.",
        "A 52-year-old climber from Boulder died after a fall on Mount Ida on Saturday.",
    ),
    # another name in the same place, and a negation: two climbers, not one denied
    (
        "Climber Ann Voss was found alive near the north ridge on Sunday.",
        "Climber Tom Reyes was not found alive near the north ridge on Sunday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), TWO_EVENTS)
def test_claims_of_two_events_never_contradict(a: str, b: str) -> None:
    assert judge(a, b, PUB, PUB) is None
    assert judge(b, a, PUB, PUB) is None


# one event, one difference: still a contradiction
ONE_EVENT = [
    (
        "date",
        "The bakery was founded in 1998 by two brothers from Lyon.",
        "The bakery was founded in 1999 by two brothers from Lyon.",
    ),
    # worded apart, one year off: one indictment misdated, not two events
    (
        "date",
        "Prosecutors indicted the port director on bribery charges in 2019.",
        "Prosecutors charged the port director with bribery in 2020.",
    ),
    (
        "date",
        "The quake struck the valley on Sunday, toppling old brick walls.",
        "The quake struck the valley on Saturday, toppling old brick walls.",
    ),
    (
        "number",
        "The quake was nine miles north of Marlow, the survey said.",
        "The quake was four miles north of Marlow, the survey said.",
    ),
    (
        "negation",
        "Climber Ann Voss was found alive near the north ridge on Sunday.",
        "Climber Ann Voss was not found alive near the north ridge on Sunday.",
    ),
]


@pytest.mark.parametrize(("kind", "a", "b"), ONE_EVENT)
def test_one_event_misreported_still_contradicts(kind: str, a: str, b: str) -> None:
    f = judge(a, b, PUB, PUB)
    assert f is not None and f.kind == kind


def _dates(text: str):
    return dates(text, words(text), PUB)


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("It happened in 2004.", "It happened in 2013.", True),
        ("It happened in 2019.", "It happened in 2020.", False),  # next year: maybe one misreported
        ("It happened on 3 March 2013.", "It happened in 2013.", False),
        ("It happened on March 3.", "It happened on March 9.", False),  # a week: one time misreported
        ("It happened on March 3.", "It happened on June 3.", True),
        ("It happened last week.", "It happened in 2009.", True),
        ("It happened in 2004 and again in 2013.", "It happened in 2013.", False),  # one date agrees
        ("It happened on Sunday.", "It happened in the spring.", False),  # nothing to compare
    ],
)
def test_dated_apart(a: str, b: str, apart: bool) -> None:
    assert dated_apart(_dates(a), _dates(b)) is apart


@pytest.mark.parametrize(
    ("far", "counts", "names", "two"),
    [
        (False, 1, False, False),
        (False, 2, False, True),
        (True, 0, False, False),
        (True, 1, False, True),
        (True, 0, True, True),
        (False, 0, True, False),
        (False, 1, True, True),
    ],
)
def test_two_hard_differences_make_two_events(far: bool, counts: int, names: bool, two: bool) -> None:
    assert different_events(dated_far=far, counts_differing=counts, names_differ=names) is two


def test_a_story_and_its_background_event_never_contradict_end_to_end() -> None:
    """Two reports of a 2014 quake that both recall a 1989 one: the two quakes' figures are never set
    against each other, whatever the grouping does with the sentences; the 2014 figures still are."""
    from viewer.core.model import Article
    from viewer.core.pipeline import compare_articles

    one = (
        "A magnitude 6.0 earthquake struck the Napa valley on 24 August 2014, injuring 120 people.\n"
        "In 1989, a magnitude 6.9 quake struck the same region, killing 63 people.\n"
    )
    two = (
        "A magnitude 6.0 earthquake struck the Napa valley on 24 August 2014, injuring 200 people.\n"
        "The 2014 quake recalled 1989, when a magnitude 6.9 quake struck the region and killed 63 people.\n"
    )
    arts = [
        Article("A1", None, "Quake one", "Valley Times", "2014-08-25", one),
        Article("A2", None, "Quake two", "Coast Post", "2014-08-25", two),
    ]
    c = compare_articles(arts)
    for k in c.contradictions:
        texts = [c.claim(x).text for x in k.claims]
        assert not ("1989" in texts[0]) ^ ("1989" in texts[1]), k.detail
    assert any("120 people (A1) vs 200 people (A2)" in d.detail for d in c.disagreements)
