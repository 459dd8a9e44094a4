"""Which pairs of articles tell different stories, judged from the groups themselves.

Articles about one event share several facts with each other and with the other reports of it. Two
articles that share only a fact or two, while each shares two or more facts with other articles of the
folder and none of those is shared with both, belong to two different stories: the one fact they share
is background that both tell (the 2004 tsunami in two reports of later quakes), or a coincidence of
words. Such pairs are kept apart, and the groups that joined them are grouped again without their links
(once: judging again the ties that the cut weakened would start a cascade through one story).

An article that shares two facts with no other article has no story of its own in the folder yet and is
never kept apart by this rule; nor is anything in a comparison of two articles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations

# two articles that share this many facts tell one story together
STRONG = 2
# a pair that shares at most this many facts is weakly tied
WEAK = 2


def separate_stories(groups: Iterable[Iterable[int]], article_of: Sequence[str]) -> set[tuple[str, str]]:
    """Pairs of articles (sorted) that share at most :data:`WEAK` groups, each with its own articles
    sharing :data:`STRONG` groups or more with it, and no such article in common."""
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for g in groups:
        arts = sorted({article_of[i] for i in g})
        for x, y in combinations(arts, 2):
            shared[(x, y)] += 1
    strong: dict[str, set[str]] = defaultdict(set)
    for (x, y), n in shared.items():
        if n >= STRONG:
            strong[x].add(y)
            strong[y].add(x)
    out: set[tuple[str, str]] = set()
    for (x, y), n in shared.items():
        if n > WEAK:
            continue
        mates_x, mates_y = strong[x] - {y}, strong[y] - {x}
        if mates_x and mates_y and not mates_x & mates_y:
            out.add((x, y))
    return out
