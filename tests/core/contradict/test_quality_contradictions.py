"""Contradiction quality: injected contradictions, harmless edits, and the annotated samples.

``tests/data/perturb_dev.json`` is a copy of the development set of injected edits (its "source" field
says where from): ten contradictions and four harmless edits made to a copy of one sample.
``tests/data/perturb_own.json``, ``perturb_own2.json`` and ``perturb_own3.json`` are sets written for
these tests, on three other samples, and ``perturb_own4.json`` on the invented fire report of
``tests/data/fire/``: 35 contradictions (a percentage, a title, dates restated in otherwise identical
sentences, a short quotation, WordNet opposites, "didn't", a time of day…) and 22 harmless edits (passive
voice, a dropped clause, "a thousand" in a quotation written "1,000"…). ``perturb_own5.json``, written as
a fresh check after those were passed, edits the invented rail report of ``tests/data/rail/``: of its
eleven contradictions the engine then found six; "refused to apologise", "opened by the Transport
Ministry" and "since 2011" are found now, while a changed official source ("the national weather office
said" / "the national police said") and "a stable" / "a critical condition" are still missed: so this
set's floor allows two misses. ``perturb_own6.json``, another fresh check, edits the invented quarterly
results of ``tests/data/results/``: the engine first found none of its nine contradictions, because "1.2
million vehicles" against "1.4 million" made the two copies two stories (a decimal amount was read as the
event's mark, like a quake's magnitude); it finds eight now ("rose 18% to $2.4 billion" is no range,
"Chief financial officer", "a week" / "a month", a year in a short restated claim, and, since the talks
below, a sentence restated but for its place); "beating" / "missing" forecasts are still missed.
``perturb_own7.json``, a third, edits the invented election of ``tests/data/vote/``: four of its nine were
found at first, all nine now ("23 of the 45 seats" counts seats, a quotation given to another speaker, "58
percent" lined up with "58%"). ``perturb_own8.json``, a fourth, edits invented border talks
(``tests/data/talks/``): five of eight at first, all eight now (a quotation cut in two given to another
speaker, "deputy negotiator", a sentence restated but for its name). ``perturb_own9.json``, a fifth, edits
an invented cholera outbreak (``tests/data/outbreak/``): six of eight at first, all eight now ("87" / "78"
confirmed, a count of no named thing; "on 3 May" / "on 13 May" in a restated sentence; the World Health
Organization / the Red Cross as who said it). ``perturb_own10.json``, a sixth, edits an invented football
semi-final (``tests/data/match/``): four of eight at first, six now ("the 87th minute" counted as 87, a
short sentence dated two ways); a scorer's name changed in a short sentence and "in stoppage time" / "in
the first half" are still missed. ``perturb_own11.json``, a seventh, edits an invented hurricane
(``tests/data/storm/``, winds and rain in two units): seven of eight at first, all eight now ("Category 4"
/ "Category 3": a figure of one name), with one more flag that is right (the headline's "Category 4 storm"
against the edited lead). ``perturb_own12.json``, an eighth, edits an invented emergency landing
(``tests/data/flight/``): none of seven at first, because "Airbus A321" for "A320" in the lead made the
two copies two stories (the model is the event's mark); all seven now: two articles that share many
statements word for word are one story, and one maker's two models are an entity clash.
``perturb_own13.json``, a ninth, edits an invented medical study (``tests/data/study/``): five of seven at
first, all seven now ("said lead author Dr Jonas Berg": a speaker after a title, and "Dr" is no part of
who; two journals whose names differ in their first word). ``perturb_own14.json``, a tenth, edits an
invented data breach (``tests/data/breach/``): four of seven at first, all seven now ("the weekend of 14
and 15 March": both days; "No bank details were accessed": a negator alone before the same words; "the
second" / "the third breach": a rank in words). The test builds each edited article itself, compares it
with the original and scores the comparison here. ``tests/data/seeds_gold_dev.json`` (see
tests/data/README.md) lists pairs of claims of the samples that must not be flagged.
``perturb_own15.json``, an eleventh, edits an invented protest march (``tests/data/protest/``): four of
seven at first, six now ("from 62 to 64" is a change, not a range; "Liberty Square" / "Unity Square"); a
negation is missed where one wording is cut in two and the other not. ``perturb_own16.json``, a twelfth,
edits the wire report of the invented bridge collapse (``tests/data/bridge/``, told by five outlets):
eight of ten at first, nine now ("called on Ostberg to resign" / "on Lunde": a name after "on" or "to" is
who is acted on, unless a word of saying comes first, "according to"); a changed body that is no name
("the national safety board" / "the national police") is still missed.
"""

from __future__ import annotations

import json
import re
from itertools import combinations
from pathlib import Path

import pytest

from viewer.core.contradict.finder import compare_claims, find_contradictions
from viewer.core.model import Claim, Comparison, Status
from viewer.core.pipeline import compare

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"
SETS = {
    name: json.loads((DATA / f"perturb_{name}.json").read_text(encoding="utf-8"))
    for name in (
        "dev",
        "own",
        "own2",
        "own3",
        "own4",
        "own5",
        "own6",
        "own7",
        "own8",
        "own9",
        "own10",
        "own11",
        "own12",
        "own13",
        "own14",
        "own15",
        "own16",
    )
}
EDITS = SETS["dev"]
GOLD = json.loads((DATA / "seeds_gold_dev.json").read_text(encoding="utf-8"))

# the floors: all injected contradictions of a set but one found (the 9 of 10), at most 1 false
# flag, no harmless edit flagged
MAX_MISSED = 1
MAX_FALSE = 1


def _claim_at(comp: Comparison, article: str, needle: str) -> Claim:
    text = comp.article(article).text
    start = text.find(needle)
    assert start >= 0, needle
    end = start + len(needle)
    best = max(comp.claims_of(article), key=lambda c: min(end, c.end) - max(start, c.start))
    assert min(end, best.end) - max(start, best.start) > 0, needle
    return best


@pytest.fixture(scope="module")
def injected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Comparison]:
    """Each set's edited article compared with its original, by set name."""
    out = {}
    for name, edits in SETS.items():
        # a sample of samples/, or a text of tests/data/ ("fire/wire.txt")
        base = DATA if "/" in edits["source"] else ROOT / "samples"
        original = (base / edits["source"]).read_text(encoding="utf-8")
        edited = original
        for edit in edits["contradict"] + edits["harmless"]:
            assert edited.count(edit["from"]) == 1, edit["from"]
            edited = edited.replace(edit["from"], edit["to"])
        folder = tmp_path_factory.mktemp(name)
        (folder / "original.txt").write_text(original, encoding="utf-8")
        (folder / "perturbed.txt").write_text(edited, encoding="utf-8")
        out[name] = compare([str(folder / "original.txt"), str(folder / "perturbed.txt")])
    return out


@pytest.fixture(scope="module")
def perturbed(injected: dict[str, Comparison]) -> Comparison:
    return injected["dev"]


def _flagged(comp: Comparison) -> set[frozenset[str]]:
    return {frozenset(k.claims) for k in comp.contradictions}


@pytest.mark.parametrize("name", sorted(SETS))
def test_injected_contradictions_are_found(injected: dict[str, Comparison], name: str) -> None:
    perturbed, edits = injected[name], SETS[name]
    flagged = _flagged(perturbed)
    expected = set()
    missed = []
    for edit in edits["contradict"]:
        a = _claim_at(perturbed, "A1", edit["from"])
        b = _claim_at(perturbed, "A2", edit["to"])
        expected.add(frozenset((a.id, b.id)))
        if frozenset((a.id, b.id)) not in flagged:
            missed.append(edit["kind"])
    false_flags = flagged - expected
    # a set written as a fresh check names what the engine still misses ("missed_now", with why)
    known = edits.get("missed_now", [])
    assert len(missed) <= max(MAX_MISSED, len(known)), missed
    assert not known or set(missed) <= set(known), missed
    assert len(false_flags) <= MAX_FALSE, false_flags


@pytest.mark.parametrize("name", sorted(SETS))
def test_harmless_edits_are_not_flagged(injected: dict[str, Comparison], name: str) -> None:
    perturbed = injected[name]
    flagged = _flagged(perturbed)
    for edit in SETS[name]["harmless"]:
        a = _claim_at(perturbed, "A1", edit["from"])
        b = _claim_at(perturbed, "A2", edit["to"])
        assert frozenset((a.id, b.id)) not in flagged, edit["kind"]


# the kind each injected edit must be reported as (the set's own names, mapped to the finder's)
KIND = {
    "year": "date",
    "weekday": "date",
    "month": "date",
    "relative-date": "date",
    "quantity-word": "number",
    "percent": "number",
    "number-big": "number",
    "role-drop": "role",
    "negation-never": "negation",
    "entity-person": "entity",
    "antonym-2": "antonym",
    "clock-time": "date",
    "negation-2": "negation",
    "number-2": "number",
    "refusal": "negation",
    "condition": "antonym",
    "money": "number",
    "antonym-beat": "antonym",
    "antonym-fell": "antonym",
    "place": "entity",
    "time-span": "number",
    "quote-never": "negation",
    "seats": "number",
    "speaker": "attribution",
    "age": "number",
    "since": "date",
    "score": "number",
    "minute": "number",
    "category": "number",
    "measure": "number",
    "weekday-2": "date",
    "model": "entity",
    "flight": "number",
    "duration": "number",
    "ordinal": "number",
    "number-3": "number",  # "has never been stronger" / "has rarely been": a denial taken back
}


@pytest.mark.parametrize(
    ("name", "edit"),
    [
        pytest.param(
            name,
            edit,
            marks=[pytest.mark.xfail(strict=True, reason=SETS[name]["missed_why"])]
            if edit["kind"] in SETS[name].get("missed_now", [])
            else [],
        )
        for name in sorted(SETS)
        for edit in SETS[name]["contradict"]
    ],
    ids=lambda v: str(v["kind"]) if isinstance(v, dict) else str(v),
)
def test_each_injected_contradiction_has_its_kind_and_both_values(
    injected: dict[str, Comparison], name: str, edit: dict
) -> None:
    perturbed = injected[name]
    a = _claim_at(perturbed, "A1", edit["from"])
    b = _claim_at(perturbed, "A2", edit["to"])
    found = [k for k in perturbed.contradictions if set(k.claims) == {a.id, b.id}]
    assert found, edit["kind"]
    k = found[0]
    assert k.kind == KIND.get(edit["kind"], edit["kind"])
    assert k.group is not None and a.group == b.group == k.group
    assert a.status is b.status is Status.CONTRADICTED
    assert "(A1)" in k.detail and "(A2)" in k.detail
    # the detail names a word of each side that the edit changed
    # (a side where the edit only took words out or put words in has none of its own to name)
    before, after = _changed_words(edit["from"], edit["to"])
    assert before or after
    assert not before or any(w in k.detail.casefold() for w in before), (before, k.detail)
    assert not after or any(w in k.detail.casefold() for w in after), (after, k.detail)


def _changed_words(a: str, b: str) -> tuple[set[str], set[str]]:
    wa = set(re.findall(r"[\w’']+", a.casefold()))
    wb = set(re.findall(r"[\w’']+", b.casefold()))
    return wa - wb, wb - wa


def test_strength_puts_hard_facts_above_quotes(perturbed: Comparison) -> None:
    strengths = {k.kind: k.strength for k in perturbed.contradictions}
    for hard in ("number", "date", "role", "negation", "antonym", "entity"):
        assert strengths[hard] >= 0.8, hard
    assert 0.5 <= strengths["attribution"] < 0.8
    # the comparison lists contradictions strongest first, for the sidebar and the sheet
    listed = [k.strength for k in perturbed.contradictions]
    assert listed == sorted(listed, reverse=True)


# -- the five samples against the hand annotation -------------------------------------------------


def test_no_must_not_conflict_pair_is_flagged(samples: Comparison, locate) -> None:
    flagged = _flagged(samples)
    for pair in GOLD["must_not_conflict"]:
        a, b = locate(*pair["a"]), locate(*pair["b"])
        assert frozenset((a.id, b.id)) not in flagged, pair["id"]


def test_no_false_contradiction_among_annotated_claims(samples: Comparison, locate) -> None:
    annotated = {locate(*an).id for g in GOLD["groups"] for an in g["anchors"]}
    allowed = {
        frozenset((locate(*c["a"]).id, locate(*c["b"]).id))
        for c in GOLD["conflicts"] + GOLD["soft_conflicts"]
    }
    wrong = [
        k for k in samples.contradictions if set(k.claims) <= annotated and frozenset(k.claims) not in allowed
    ]
    assert not wrong, [k.detail for k in wrong]


def test_real_disagreements_of_the_samples_are_explained(samples: Comparison, locate) -> None:
    # one outlet calls Trump a former president; the others call him President
    former = locate("004", "former US President Donald Trump reportedly issued")
    current = locate("001", "President Donald Trump delivered a stern ultimatum")
    found = compare_claims(current, former)
    assert found == ("role", "President (A2) vs former US President (A5) for Donald Trump")
    if former.group is not None and former.group == current.group:
        assert any(set(k.claims) == {current.id, former.id} for k in samples.contradictions)
    # every contradiction joins claims of two articles, each of them marked contradicted, and of one
    # group, but for a count or a source compared through the story's frame (frames.py)
    for k in samples.contradictions:
        a, b = (samples.claim(c) for c in k.claims)
        assert a.article != b.article
        if k.group is None:
            assert k.slot in ("count", "source")
            assert a.group is None or a.group != b.group
        else:
            assert a.group == b.group == k.group
        assert a.status is b.status is Status.CONTRADICTED
        assert f"({a.article})" in k.detail and f"({b.article})" in k.detail


def test_contradictions_stay_within_groups_once_each(samples: Comparison, locate) -> None:
    """Every contradiction joins claims of its own group, and no pair of claims is reported twice. (How
    fast the search is, is measured in bench/, not here.)"""
    found = [
        k
        for g in samples.groups
        for k in find_contradictions(g.id, [samples.claim(c) for c in g.claims], samples.articles)
    ]
    assert found
    for k in found:
        assert all(samples.claim(c).group == k.group for c in k.claims)
    pairs = [frozenset(p) for k in samples.contradictions for p in combinations(k.claims, 2)]
    assert len(pairs) == len(set(pairs))


# -- contradictions between reworded claims ---------------------------------------------------------

REWORDED = json.loads((DATA / "reworded_contradictions.json").read_text(encoding="utf-8"))["edits"]
# of the 22 edits the engine flags 12 (at 8139a6c, 2: it compared near-identical wordings only; 10 until
# people were counted by any noun of people, "12,000 people" / "20,000 residents", and a figure naming
# nothing was paired with the other claim's one figure, "Of those, 87 have been confirmed" / "confirmed
# 97 of the cases", whichever claim comes first): the other grouped ones are told too differently ("Two of
# its five carriages overturned" / "Three carriages flipped over", "lift its profit goal" / "raise its
# profit target", "a two-day meeting" / "lasted three days"), and five changed claims are not aligned
REWORDED_FOUND = 12


@pytest.fixture(scope="module")
def reworded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Comparison, list[Claim]]]:
    """Each story with its daily report edited: the comparison, and the claims the edits changed."""
    out = {}
    for story, edits in REWORDED.items():
        folder = tmp_path_factory.mktemp(story)
        for name in ("wire.txt", "daily.txt", "weekly.txt"):
            text = (DATA / story / name).read_text(encoding="utf-8")
            if name == "daily.txt":
                for before, after in edits:
                    assert text.count(before) == 1, before
                    text = text.replace(before, after)
            (folder / name).write_text(text, encoding="utf-8")
        comp = compare([str(folder / n) for n in ("wire.txt", "daily.txt", "weekly.txt")])
        daily = next(a for a in comp.articles if (a.path or "").endswith("daily.txt"))
        out[story] = (comp, [_claim_at(comp, daily.id, after) for _before, after in edits])
    return out


def test_contradictions_between_reworded_claims(reworded: dict[str, tuple[Comparison, list[Claim]]]) -> None:
    found = other = 0
    for comp, changed in reworded.values():
        ids = {c.id for c in changed}
        for c in changed:
            found += any(c.id in k.claims for k in comp.contradictions)
        other += sum(1 for k in comp.contradictions if not ids & set(k.claims))
    assert found >= REWORDED_FOUND
    assert other == 0
