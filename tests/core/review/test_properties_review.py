"""Any list of decisions over the samples: applying never raises, every applied constraint holds, and
statuses, sources and contradictions agree with the groups."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core.model import ACTIONS, Comparison, Decision, Passage, Status
from viewer.core.pipeline import compare
from viewer.core.review import apply_decisions, passage_of

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=bool(os.environ.get("CI")),
)
ENGINE = compare([str(Path(__file__).resolve().parents[3] / "samples")])
# claims of contradictions and of groups come up often, so the interesting cases are drawn
NAMED = sorted(
    {c for k in ENGINE.contradictions for c in k.claims} | {c for g in ENGINE.groups[:6] for c in g.claims}
)
CLAIMS = [c.id for c in ENGINE.claims]


def passage(cid: str, cut: int) -> Passage:
    p = passage_of(ENGINE, cid)
    return Passage(p.article, p.quote[cut:] or p.quote) if cut < 3 else p


decision = st.builds(
    lambda action, ids, cuts, reason: Decision(
        action, tuple(passage(c, k) for c, k in zip(ids, cuts, strict=False)), reason, reason
    ),
    st.sampled_from(ACTIONS),
    st.lists(st.sampled_from(NAMED) | st.sampled_from(CLAIMS), min_size=1, max_size=4),
    st.lists(st.integers(0, 6), min_size=4, max_size=4),
    st.sampled_from(["", "a reason"]),
)


def check(c: Comparison) -> None:
    group_of = {cid: g.id for g in c.groups for cid in g.claims}
    assert len(group_of) == sum(len(g.claims) for g in c.groups)  # no claim in two groups
    assert all(len(g.claims) >= 2 for g in c.groups)
    contradicted = {cid for k in c.contradictions for cid in k.claims}
    for claim in c.claims:
        assert claim.group == group_of.get(claim.id)
        g = c.group_of(claim.id)
        arts = {c.claim(m).article for m in g.claims} if g else {claim.article}
        assert set(claim.sources) == arts
        want = (
            Status.CONTRADICTED
            if claim.id in contradicted
            else Status.SHARED
            if len(arts) > 1
            else Status.UNIQUE
        )
        assert claim.status is want
    dismissed = {frozenset(k.claims) for k in c.dismissed}
    assert not dismissed & {frozenset(k.claims) for k in c.contradictions}
    for d in c.decisions:
        if not d.applied:
            assert d.why_not
            continue
        found = [x for x in dict.fromkeys(d.claims) if x]
        if d.decision.action == "same":
            assert len({group_of.get(x, x) for x in found}) == 1
            assert len({c.claim(x).article for x in found}) == len(found)
        elif d.decision.action == "different":
            assert len({group_of.get(x, x) for x in found}) == len(found)
        elif d.decision.action == "not_contradiction":
            assert frozenset(d.claims[:2]) in dismissed or d.why_not.startswith("nothing to dismiss")
        elif d.decision.action == "contradiction":
            assert frozenset(d.claims[:2]) in {frozenset(k.claims) for k in c.contradictions}


@SETTINGS
@given(st.lists(decision, max_size=8))
def test_any_decisions_apply_consistently(decisions: list[Decision]) -> None:
    got = apply_decisions(ENGINE, decisions)
    assert len(got.decisions) == len(decisions)
    check(got)
    assert apply_decisions(got, decisions).decisions == got.decisions  # applying again changes nothing
