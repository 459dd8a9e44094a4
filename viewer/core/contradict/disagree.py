"""Pairwise contradictions -> disagreements as a reader sees them: one per disagreement, with its sides.

The finder reports pairs: A5 against A2, A5 against A4 (twice) on Trump's title. A reader wants one
line: "A5 calls Donald Trump former US President; A2 and A4 call him President". The pairs of one group
that disagree about the same thing (same kind, same slot: the counted noun, the person) and are linked
(by a shared claim, or by one value said on both) join into one disagreement. Its sides are found by
colouring: claims that say the same value stand together, and a value no pair sets against a side joins
it when the two values agree ("US President" stands with "President", both set against "former US
President"; "30 people" with "about 30 people"), or, where values do not compare on their own (a
negation), when they face one opponent. A large group reads only its closest pairs, so two values no
pair compares are never put together on that ground alone. Sides are ordered
fewest sources first; each side's value is the one most of its claims say (the shortest on a tie).

Reviewer contradictions and pairs whose values the finder did not give stay one disagreement each.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from viewer.core.claims.textnorm import fold
from viewer.core.contradict.sources import media, sources_clash
from viewer.core.contradict.text import words
from viewer.core.contradict.values import agree, quantities
from viewer.core.contradict.words import role
from viewer.core.model import Claim, Contradiction, Disagreement, Side


def disagreements_of(contradictions: Sequence[Contradiction], claims: Sequence[Claim]) -> list[Disagreement]:
    """The disagreements of a comparison, strongest first, each naming which sources say what."""
    article = {c.id: c.article for c in claims}
    text = {c.id: c.text for c in claims}
    order: dict[str, int] = {}
    for c in claims:
        order.setdefault(c.article, len(order))
    buckets: dict[tuple[str | None, str, str, str], list[Contradiction]] = {}
    out: list[Disagreement] = []
    for k in contradictions:
        if k.by != "engine" or len(k.values) != len(k.claims):
            out.append(_single(k, text))
        else:
            buckets.setdefault((k.group, k.kind, k.slot, k.by), []).append(k)
    for (group, _kind, _slot, _by), ks in buckets.items():
        for part in _linked(ks, by_value=group is not None):
            d = _join(part, article, order)
            # values that fold to one (the finder should not have paired them): each pair as it came
            out.extend([d] if len(d.sides) >= 2 else [_single(k, text) for k in part])
    out.sort(key=lambda d: -d.strength)
    return out


def _single(k: Contradiction, text: dict[str, str]) -> Disagreement:
    values = k.values if len(k.values) == len(k.claims) else tuple(text.get(c, c) for c in k.claims)
    sides = tuple(Side(v, (c,)) for v, c in zip(values, k.claims, strict=True))
    return Disagreement(k.group, k.kind, k.detail, sides, k.strength, k.by)


def _key(value: str) -> str:
    return " ".join(re.findall(r"\w+", fold(value)))


def _linked(ks: list[Contradiction], *, by_value: bool) -> list[list[Contradiction]]:
    """The pairs split into disagreements: linked by a shared claim, or (inside one group) by a value."""
    parent = list(range(len(ks)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[str, int] = {}
    for i, k in enumerate(ks):
        keys = list(k.claims) + ([f"={_key(v)}" for v in k.values] if by_value else [])
        for key in keys:
            if key in seen:
                parent[find(i)] = find(seen[key])
            else:
                seen[key] = i
    parts: dict[int, list[Contradiction]] = {}
    for i, k in enumerate(ks):
        parts.setdefault(find(i), []).append(k)
    return list(parts.values())


def _join(ks: list[Contradiction], article: dict[str, str], order: dict[str, int]) -> Disagreement:
    said: dict[str, Counter[str]] = {}
    against: dict[str, set[str]] = {}
    for k in ks:
        for cid, v, other in zip(k.claims, k.values, reversed(k.claims), strict=True):
            said.setdefault(cid, Counter())[v] += 1
            against.setdefault(cid, set()).add(other)
    value_of = {cid: _most_said(cnt) for cid, cnt in said.items()}
    # claims that say one value stand together; the commonest values are placed first
    classes: dict[str, list[str]] = {}
    for cid in sorted(said, key=lambda c: _rank(c, article, order)):
        classes.setdefault(_key(value_of[cid]), []).append(cid)
    sides: list[list[str]] = []
    kind = ks[0].kind
    for members in sorted(classes.values(), key=lambda m: -len(m)):
        opponents = {o for c in members for o in against[c]}
        for side in sides:
            if opponents & set(side):
                continue  # a pair sets them against each other
            # no pair compares them (a large group reads only its closest pairs): they stand together
            # when their values agree, or (where values do not compare) when they face one opponent
            agrees = _compatible(kind, value_of[members[0]], value_of[side[0]])
            if agrees or (agrees is None and any(o in opponents for c in side for o in against[c])):
                side.extend(members)
                break
        else:
            sides.append(list(members))
    built = []
    for side in sides:
        side.sort(key=lambda c: _rank(c, article, order))
        built.append(Side(_most_said(Counter(value_of[c] for c in side)), tuple(side)))
    built.sort(key=lambda s: (len(_articles(s, article, order)), order.get(article.get(s.claims[0], ""), 99)))
    first = ks[0]
    subject = max((k.subject for k in ks), key=len)
    detail = _detail(first.kind, subject, built, article, order)
    return Disagreement(first.group, first.kind, detail, tuple(built), max(k.strength for k in ks), first.by)


def _compatible(kind: str, x: str, y: str) -> bool | None:
    """Whether two values of one slot can both be right ("30 people" / "about 30 people", "US President"
    / "President", "per the AP" / "according to the Associated Press"); None where values do not compare
    on their own (a negation, a date read against its article's publication date)."""
    if _key(x) == _key(y):
        return True
    if kind == "number":
        qx, qy = quantities(x, words(x)), quantities(y, words(y))
        return bool(qx and qy) and agree(qx[0], qy[0])
    if kind == "attribution":
        sx, sy = media(x), media(y)
        if sx and sy:
            return not sources_clash(sx[0][0], sy[0][0])
        return None
    if kind == "role":
        # the two titles of one stand-in person: a clash of ranks or offices, or none
        return role(f"{x} Jo Doe spoke.", f"{y} Jo Doe spoke.") is None
    return None


def _rank(cid: str, article: dict[str, str], order: dict[str, int]) -> tuple[int, int, str]:
    """Article order, then reading order ("A4.c3" before "A4.c17")."""
    m = re.search(r"(\d+)$", cid)
    return order.get(article.get(cid, ""), 99), int(m.group(1)) if m else 0, cid


def _most_said(cnt: Counter[str]) -> str:
    return min(cnt, key=lambda v: (-cnt[v], len(v), v))


def _articles(side: Side, article: dict[str, str], order: dict[str, int]) -> list[str]:
    arts = {article.get(c, c.split(".")[0]) for c in side.claims}
    return sorted(arts, key=lambda a: (order.get(a, 99), a))


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _detail(
    kind: str, subject: str, sides: list[Side], article: dict[str, str], order: dict[str, int]
) -> str:
    """'A5 calls Donald Trump former US President; A2 and A4 call Trump President' for a title;
    '30 people (A2) vs 50 people (A1, A5)' for the rest."""
    if kind == "role" and subject:
        # the person's name again, by surname: a pronoun guessed from the claims could be the wrong one
        again = subject.split()[-1]
        parts = []
        for i, s in enumerate(sides):
            arts = _articles(s, article, order)
            verb = "calls" if len(arts) == 1 else "call"
            parts.append(f"{_and(arts)} {verb} {subject if i == 0 else again} {s.value}")
        return "; ".join(parts)
    quoted = kind == "quote"
    parts = []
    for s in sides:
        value = f"“{s.value}”" if quoted else s.value
        parts.append(f"{value} ({', '.join(_articles(s, article, order))})")
    about = f" for {subject}" if subject else ""
    return ("quoted as " if quoted else "") + " vs ".join(parts) + about
