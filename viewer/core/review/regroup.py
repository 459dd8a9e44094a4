"""Grouping under the reviewer's constraints: "same" as must-link, "different" as cannot-link.

Starts from the engine's groups. Each set of claims joined by "same" decisions (closed over shared
claims) ends up in one group: the groups its claims were in are merged, and the other claims of those
articles in it leave (the reviewer named which passage of that article states the claim). Then each
"different" decision splits every group that holds two of its claims: its claims seed the parts, and each
other claim (or set of joined claims, which move as one) goes to the part it is most like by the
aligner's pair score.
The constraints were checked against each other before (:mod:`viewer.core.review.apply`), so no joined
set holds two claims that must be apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from viewer.core.align.aligner import ClaimFeatures, Scorer, features
from viewer.core.model import Claim, Group


class UnionFind:
    """Claims joined by "same" decisions."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        root = parent.setdefault(x, x)
        while root != parent[root]:
            root = parent[root]
        while x != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def union(self, xs: Sequence[str]) -> None:
        roots = [self.find(x) for x in xs]
        for r in roots[1:]:
            self.parent[r] = roots[0]

    def components(self) -> list[list[str]]:
        out: dict[str, list[str]] = {}
        for x in list(self.parent):
            out.setdefault(self.find(x), []).append(x)
        return [m for m in out.values() if len(m) > 1]


@lru_cache(maxsize=16_384)
def _features(text: str) -> ClaimFeatures:
    return features(text)


def regroup(
    claims: Sequence[Claim],
    groups: Sequence[Group],
    joined: Sequence[Sequence[str]],
    apart: Sequence[Sequence[str]],
) -> list[list[str]]:
    """The groups (claim ids, two or more each) after the must-links ``joined`` (each a set of claims
    that are one claim) and the cannot-links ``apart`` (each a set of which no two are one claim)."""
    by_id = {c.id: c for c in claims}
    members: dict[int, list[str]] = {}
    where: dict[str, int] = {}
    for n, g in enumerate(groups):
        members[n] = list(g.claims)
        for cid in g.claims:
            where[cid] = n
    fresh = len(groups)

    def key_of(cid: str) -> int:
        nonlocal fresh
        if cid not in where:
            members[fresh] = [cid]
            where[cid] = fresh
            fresh += 1
        return where[cid]

    unit_of: dict[str, tuple[str, ...]] = {}
    for comp in joined:
        unit = tuple(comp)
        for cid in unit:
            unit_of[cid] = unit
    for comp in joined:
        keys = list(dict.fromkeys(key_of(cid) for cid in comp))
        pooled = [cid for k in keys for cid in members.pop(k)]
        inside = set(comp)
        arts = {by_id[cid].article for cid in comp}
        stay = [c for c in pooled if c in inside or c in unit_of or by_id[c].article not in arts]
        leave = [c for c in pooled if c not in set(stay)]
        members[fresh] = stay
        for cid in stay:
            where[cid] = fresh
        fresh += 1
        for cid in leave:
            del where[cid]
    for sep in apart:
        for k in list(dict.fromkeys(where[c] for c in sep if c in where)):
            seeds = [c for c in sep if where.get(c) == k]
            if len(seeds) < 2:
                continue
            parts = _split(members.pop(k), seeds, unit_of, by_id)
            for part in parts:
                members[fresh] = part
                for cid in part:
                    where[cid] = fresh
                fresh += 1
    order = {c.id: i for i, c in enumerate(claims)}
    out = [sorted(m, key=order.__getitem__) for m in members.values() if len(m) > 1]
    out.sort(key=lambda m: order[m[0]])
    return out


def _split(
    pooled: list[str],
    seeds: Sequence[str],
    unit_of: Mapping[str, tuple[str, ...]],
    by_id: Mapping[str, Claim],
) -> list[list[str]]:
    """Split one group so that no two ``seeds`` share a part: each other claim (or joined set) goes to
    the part it is most like by the aligner's own pair score (rarity weighted over this group, so the
    words all of them share count little), the surest placements first."""
    here = set(pooled)
    index = {cid: n for n, cid in enumerate(pooled)}
    scorer = Scorer([_features(by_id[cid].text) for cid in pooled])
    parts: list[list[str]] = []
    placed: set[str] = set()
    for s in seeds:
        unit = [c for c in unit_of.get(s, (s,)) if c in here]
        parts.append(unit)
        placed.update(unit)
    units: list[list[str]] = []
    for cid in pooled:
        if cid not in placed:
            unit = [c for c in unit_of.get(cid, (cid,)) if c in here]
            placed.update(unit)
            units.append(unit)

    def link(unit: list[str], part: list[str]) -> float:
        return max(scorer.score(index[u], index[p]) for u in unit for p in part)

    # links[k][n]: how like unit k is to part n (its best pair); kept up to date as parts grow
    links = [[link(unit, part) for part in parts] for unit in units]
    while units:
        best, into, take = -1.0, 0, 0
        for k, row in enumerate(links):
            for n, score in enumerate(row):
                if score > best:
                    best, into, take = score, n, k
        moved = units.pop(take)
        links.pop(take)
        parts[into].extend(moved)
        for unit, row in zip(units, links, strict=True):
            row[into] = max(row[into], link(unit, moved))
    return parts
