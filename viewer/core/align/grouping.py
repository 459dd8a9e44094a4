"""Linked claims -> groups, by average-linkage agglomeration that does not chain.

Two groups join when their best link is strong enough, their mean link (every scored pair weighs in, a
pair not scored counts 0) reaches a threshold, and most of their cross pairs link directly (score at the
merge level): A~B and B~C alone do not put A with C. A group
is one fact told by several sources: it holds one claim per article unless that article repeats itself
nearly word for word (or it is the article's headline and its lead, the headline being the lead cut
short), and never two claims known to tell of different events (``cannot``: pairs that
share words but differ in year, date, place, people or speaker, see :mod:`viewer.core.align.events`).
There is one pass: facets of one story stay apart.

Each group keeps the sum and the number of its links to every group it touches, updated as groups merge,
so judging a merge costs the pairs of claims from one article (usually none), not every cross pair.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TypeVar

V = TypeVar("V", int, float)


@dataclass(frozen=True, slots=True)
class Thresholds:
    link: float  # a pair of claims seeds a group at this score
    merge: float  # two groups merge when their mean link reaches this
    repeat: float  # a second claim of one article joins only if this like the first
    direct: float = 0.5  # two groups merge only when more than this share of their cross pairs link
    lead: float = 1.0  # an article's headline and its first sentence join as repeats at this score


def agglomerate(
    n: int,
    edges: dict[tuple[int, int], float],
    article_of: Sequence[str],
    t: Thresholds,
    cannot: Collection[tuple[int, int]] = (),
    leads: Collection[tuple[int, int]] = (),
) -> list[set[int]]:
    """Groups of the claims 0…n-1 (singletons included) from the scored pairs ``edges`` (i < j); no group
    holds both claims of a pair in ``cannot``. ``leads``: pairs (i < j) of an article's headline and its
    first sentence, which restate one fact (the headline is its lead cut short) and join as repeats at
    ``t.lead``."""
    clusters = _Clusters(n, edges, article_of, cannot, {p: t.lead for p in leads}, direct_at=t.merge)
    clusters.merge_pass(t.link, t.merge, repeat=t.repeat, direct=t.direct)
    return list(clusters.members.values())


class _Clusters:
    def __init__(
        self,
        n: int,
        edges: dict[tuple[int, int], float],
        article_of: Sequence[str],
        cannot: Collection[tuple[int, int]],
        restates: dict[tuple[int, int], float] | None = None,
        direct_at: float = 0.0,
    ) -> None:
        self.edges = edges
        self.restates = restates or {}
        self.lead_members = {x for pair in self.restates for x in pair}
        self.article_of = article_of
        self.cannot: dict[int, list[int]] = defaultdict(list)
        for i, j in cannot:
            self.cannot[i].append(j)
            self.cannot[j].append(i)
        self.sim: dict[int, dict[int, float]] = defaultdict(dict)
        for (i, j), s in edges.items():
            self.sim[i][j] = s
            self.sim[j][i] = s
        self.members: dict[int, set[int]] = {i: {i} for i in range(n)}
        self.owner = list(range(n))
        # per group: its members by article, and the sum and count of its links to each other group
        self.by_article: dict[int, dict[str, list[int]]] = {i: {article_of[i]: [i]} for i in range(n)}
        self.link_sum: dict[int, dict[int, float]] = {i: dict(self.sim[i]) for i in range(n)}
        # the pairs that link directly: scored at ``direct_at`` or more
        self.link_count: dict[int, dict[int, int]] = {
            i: {j: 1 for j, v in self.sim[i].items() if v >= direct_at} for i in range(n)
        }

    def merge_pass(self, link: float, merge: float, *, repeat: float, direct: float) -> None:
        heap = [(-s, i, j) for (i, j), s in self.edges.items() if s >= link]
        heapq.heapify(heap)
        # a refusal depends only on the two groups' members: remember it until either group changes
        version: dict[int, int] = defaultdict(int)
        refused: set[tuple[int, int, int, int]] = set()
        while heap:
            _neg, i, j = heapq.heappop(heap)
            ci, cj = self.owner[i], self.owner[j]
            if ci == cj:
                continue
            a, b = self.members[ci], self.members[cj]
            key = (ci, version[ci], cj, version[cj]) if ci < cj else (cj, version[cj], ci, version[ci])
            if key in refused:
                continue
            if not self._may_merge(ci, cj, merge, repeat, direct):
                refused.add(key)
                continue
            keep, drop = (ci, cj) if len(a) >= len(b) else (cj, ci)
            self._join(keep, drop)
            version[keep] += 1

    def _may_merge(self, ci: int, cj: int, merge: float, repeat: float, direct: float) -> bool:
        pairs = len(self.members[ci]) * len(self.members[cj])
        if self.link_sum[ci].get(cj, 0.0) / pairs < merge:
            return False
        # most cross pairs must link directly: B~A and B~C alone do not put A with C
        if self.link_count[ci].get(cj, 0) <= direct * pairs:
            return False
        # never two claims that tell of different events
        small, other = (ci, cj) if len(self.members[ci]) <= len(self.members[cj]) else (cj, ci)
        owner = self.owner
        if any(owner[y] == other for x in self.members[small] for y in self.cannot.get(x, ())):
            return False
        # one claim per article, unless the article repeats itself nearly word for word (or its headline
        # restates its lead)
        arts_i, arts_j = self.by_article[ci], self.by_article[cj]
        common = arts_i.keys() & arts_j.keys()
        if common:
            sim, restates, leads = self.sim, self.restates, self.lead_members
            for art in common:
                for x in arts_i[art]:
                    row = sim[x]
                    for y in arts_j[art]:
                        need = repeat
                        if x in leads and y in leads:
                            need = restates.get((x, y) if x < y else (y, x), repeat)
                        if row.get(y, 0.0) < need:
                            return False
            # a group is about several sources: an article's repeats only join one that spans others
            if len(arts_i.keys() | arts_j.keys()) < 2:
                return False
        return True

    def _join(self, keep: int, drop: int) -> None:
        moved = self.members.pop(drop)
        self.members[keep] |= moved
        for x in moved:
            self.owner[x] = keep
        for art, xs in self.by_article.pop(drop).items():
            self.by_article[keep].setdefault(art, []).extend(xs)
        _fold_row(self.link_sum, keep, drop, 0.0)
        _fold_row(self.link_count, keep, drop, 0)


def _fold_row(table: dict[int, dict[int, V]], keep: int, drop: int, zero: V) -> None:
    """Group ``drop`` became part of ``keep``: add its row (and column) of ``table`` to keep's."""
    mine, theirs = table[keep], table.pop(drop)
    theirs.pop(keep, None)
    mine.pop(drop, None)
    for other, v in theirs.items():
        row = table[other]
        del row[drop]
        total = mine.get(other, zero) + v
        mine[other] = total
        row[keep] = total
