"""Which of the reviewer's decisions apply: each checked on its own (its passages found, its shape
right), then against the others. Later decisions go first, as in the window's history: an earlier one
that contradicts them (a "same" that a later "different" keeps apart, a "same" that would make two
passages of one article one claim, a "contradiction" a later "not_contradiction" dismisses) is the one
left out, with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core.model import Article, Comparison, Decision
from viewer.core.review.decfile import check_decision
from viewer.core.review.regroup import UnionFind
from viewer.core.review.resolve import file_name, resolve


def _missing(
    c: Comparison, d: Decision, cids: Sequence[str | None], names: dict[str, list[Article]]
) -> list[str]:
    return [resolve(c, p, names)[1] for p, cid in zip(d.passages, cids, strict=True) if cid is None]


def partly(c: Comparison, d: Decision, cids: Sequence[str | None], names: dict[str, list[Article]]) -> str:
    """For a decision that applies to some of its passages only: which one it could not find."""
    if None not in cids:
        return ""
    return "applied to the passages still found; " + "; ".join(_missing(c, d, cids, names))


def accept(
    c: Comparison,
    decisions: Sequence[Decision],
    resolved: Sequence[list[str | None]],
    names: dict[str, list[Article]],
) -> list[str]:
    """For each decision "" when it applies, else why not. Later decisions go first: an earlier one that
    contradicts them is the one left out."""
    why: list[str] = [""] * len(decisions)
    joins = UnionFind()
    join_by: dict[str, int] = {}  # root -> a decision that joined it
    apart: list[tuple[str, str, int]] = []
    pair_said: dict[frozenset[str], tuple[str, int]] = {}
    art = {cl.id: cl.article for cl in c.claims}
    for i in reversed(range(len(decisions))):
        d, cids = decisions[i], resolved[i]
        wrong = check_decision(d)
        if wrong:
            why[i] = wrong
            continue
        found = list(dict.fromkeys(x for x in cids if x))
        missing = _missing(c, d, cids, names)
        if d.action in ("same", "different"):
            if len(found) < 2:
                why[i] = missing[0] if missing else "its passages are one claim"
                continue
        elif d.action in ("contradiction", "not_contradiction"):
            if cids[0] is None or cids[1] is None:
                why[i] = missing[0]
                continue
            if cids[0] == cids[1]:
                why[i] = "both passages are one claim"
                continue
        elif cids[0] is None or (len(cids) > 1 and cids[1] is None):
            why[i] = missing[0]
            continue
        if d.action == "same":
            roots = {joins.find(x) for x in found}
            clash = next((n for x, y, n in apart if joins.find(x) in roots and joins.find(y) in roots), None)
            if clash is not None:
                why[i] = f"a later decision ({_label(decisions[clash])}) keeps these claims apart"
                continue
            members = {x for x in joins.parent if joins.find(x) in roots} | set(found)
            arts_seen: set[str] = set()
            twice = None
            for x in sorted(members):
                if art[x] in arts_seen:
                    twice = art[x]
                    break
                arts_seen.add(art[x])
            if twice is not None:
                name = file_name(c.article(twice))
                why[i] = f"it would make two passages of {name} one claim"
                continue
            joins.union(found)
            join_by[joins.find(found[0])] = i
        elif d.action == "different":
            roots_seen: dict[str, str] = {}
            clash_d = None
            for x in found:
                r = joins.find(x)
                if r in roots_seen:
                    clash_d = join_by.get(r)
                    break
                roots_seen[r] = x
            if clash_d is not None:
                why[i] = f"a later decision ({_label(decisions[clash_d])}) makes these passages one claim"
                continue
            for a_ in range(len(found)):
                for b_ in range(a_ + 1, len(found)):
                    apart.append((found[a_], found[b_], i))
        elif d.action in ("contradiction", "not_contradiction"):
            assert cids[0] is not None and cids[1] is not None
            key = frozenset((cids[0], cids[1]))
            if key in pair_said:
                later, n = pair_said[key]
                why[i] = (
                    f"a later decision ({_label(decisions[n])}) says otherwise"
                    if later != d.action
                    else "a later decision says the same"
                )
                continue
            pair_said[key] = (d.action, i)
    return why


def _label(d: Decision) -> str:
    return d.action.replace("_", " ")


def constraints(
    decisions: Sequence[Decision], resolved: Sequence[list[str | None]], verdict: Sequence[str]
) -> tuple[list[list[str]], list[list[str]]]:
    joins = UnionFind()
    apart: list[list[str]] = []
    for d, cids, why in zip(decisions, resolved, verdict, strict=True):
        if why:
            continue
        found = list(dict.fromkeys(x for x in cids if x))
        if d.action == "same":
            joins.union(found)
        elif d.action == "different":
            apart.append(found)
    return joins.components(), apart
