"""The engine's comparison + the reviewer's decisions -> the comparison the reviewer stands behind.

:func:`apply_decisions` is pure: it resolves each decision's passages to claims
(:mod:`viewer.core.review.resolve`), accepts the decisions that do not contradict a later one (the later
wins, as in the window's history), regroups under "same" and "different"
(:mod:`viewer.core.review.regroup`), reads the pairs that a join brought together for contradictions (the
engine's own finder), applies "not_contradiction" (dismiss), "contradiction" (confirm the engine's, or add
the reviewer's with ``by="user"``) and notes, and recomputes statuses, sources and disagreements.
Each decision comes back as an :class:`AppliedDecision` saying whether it applied, and why not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from viewer.core.contradict.disagree import disagreements_of
from viewer.core.contradict.finder import contradiction_of
from viewer.core.contradict.values import parse_published
from viewer.core.model import (
    AppliedDecision,
    Article,
    ArticleEdit,
    Claim,
    Comparison,
    Contradiction,
    Decision,
    Disagreement,
    Group,
    Status,
)
from viewer.core.review.accept import accept, constraints, partly
from viewer.core.review.regroup import regroup
from viewer.core.review.resolve import articles_by_name, file_name, resolve

USER_KIND = "reviewer"  # the kind of a contradiction the reviewer added


def apply_decisions(
    comparison: Comparison, decisions: Iterable[Decision], *, edits: Iterable[ArticleEdit] = ()
) -> Comparison:
    """The comparison with the reviewer's decisions and corrected article details applied.

    ``comparison`` is the engine's result; a comparison that decisions were already applied to is
    taken back to the engine's (its ``unreviewed``), so calling this again with other decisions (undo,
    redo) never stacks them. With no decisions and no edits the engine's comparison comes back as it is.
    The problems (unreadable inputs) are those of ``comparison``.
    """
    base = comparison.unreviewed or comparison
    if base.problems != comparison.problems:  # the caller's word on the inputs is the latest
        base = replace(base, problems=comparison.problems)
    decisions = tuple(decisions)
    edits = tuple(edits)
    if not decisions and not edits:
        return base
    articles = _edited(base.articles, edits)
    names = articles_by_name(base)
    resolved = [[resolve(base, p, names)[0] for p in d.passages] for d in decisions]
    verdict = accept(base, decisions, resolved, names)
    joined, apart = constraints(decisions, resolved, verdict)
    if joined or apart:
        group_lists = regroup(base.claims, base.groups, joined, apart)
    else:
        group_lists = [list(g.claims) for g in base.groups]
    groups = _name_groups(base.groups, group_lists)
    found = _contradictions(base, articles, groups)
    said: dict[int, str] = {}  # what became of decisions that apply but changed nothing
    contradictions, dismissed = _overrides(decisions, resolved, verdict, found, groups, said)
    claims, final_groups = _statuses(base, articles, groups, contradictions)
    disagreements = _disagreements(contradictions, claims)
    applied = tuple(
        AppliedDecision(
            d, not why, why or said.get(i) or partly(base, d, cids, names), tuple(c or "" for c in cids)
        )
        for i, (d, cids, why) in enumerate(zip(decisions, resolved, verdict, strict=True))
    )
    return replace(
        base,
        articles=articles,
        claims=claims,
        groups=final_groups,
        contradictions=contradictions,
        disagreements=disagreements,
        decisions=applied,
        dismissed=dismissed,
        edits=edits,
        unreviewed=base,
    )


# -- articles -----------------------------------------------------------------------------------------
def _edited(articles: Sequence[Article], edits: Sequence[ArticleEdit]) -> tuple[Article, ...]:
    by_name = {e.article: e for e in edits}
    out: list[Article] = []
    for a in articles:
        e = by_name.get(file_name(a)) or by_name.get(a.id)
        if e is None:
            out.append(a)
            continue
        out.append(
            replace(
                a,
                title=e.title if e.title and e.title.strip() else a.title,
                outlet=(e.outlet or None) if e.outlet is not None else a.outlet,
                published=(e.published or None) if e.published is not None else a.published,
            )
        )
    return tuple(out)


def _name_groups(old: Sequence[Group], lists: Sequence[list[str]]) -> list[Group]:
    """Groups keep the engine's id when their claims did not change, and otherwise take the id of the
    engine's group most of their claims come from, so a view's selection follows them."""
    old_by_set = {frozenset(g.claims): g for g in old}
    old_of = {cid: g.id for g in old for cid in g.claims}
    taken = {old_by_set[frozenset(m)].id for m in lists if frozenset(m) in old_by_set}
    numbers = [int(g.id[1:]) for g in old if g.id[1:].isdigit()]
    next_id = max(numbers, default=0) + 1
    out: list[Group] = []
    for m in lists:
        same = old_by_set.get(frozenset(m))
        if same is not None:
            out.append(same)
            continue
        votes: dict[str, int] = {}
        for cid in m:
            if cid in old_of:
                votes[old_of[cid]] = votes.get(old_of[cid], 0) + 1
        gid = next((g for g, _ in sorted(votes.items(), key=lambda kv: -kv[1]) if g not in taken), None)
        if gid is None:
            gid = f"G{next_id}"
            next_id += 1
        taken.add(gid)
        out.append(Group(gid, tuple(m), Status.SHARED, reviewed=True))
    return out


# -- contradictions -----------------------------------------------------------------------------------
@lru_cache(maxsize=65_536)
def _judge(a: Claim, b: Claim, pub_a: str | None, pub_b: str | None) -> Contradiction | None:
    return contradiction_of(None, a, b, parse_published(pub_a), parse_published(pub_b))


def _contradictions(
    base: Comparison, articles: Sequence[Article], groups: Sequence[Group]
) -> list[Contradiction]:
    """The engine's contradictions of pairs still grouped together, and the finder's word on pairs a
    reviewer's join brought together (or, in every group, on pairs of an article whose date the
    reviewer corrected: relative dates read from it)."""
    pub = {a.id: a.published for a in articles}
    redated = {a.id for a, b in zip(articles, base.articles, strict=True) if a.published != b.published}
    of_group: dict[str | None, list[Contradiction]] = {}
    for k in base.contradictions:
        of_group.setdefault(k.group, []).append(k)
    # a count or an attribution compared across groups (contradict.frames) belongs to no group: it
    # holds whatever the reviewer did to the groups
    out: list[Contradiction] = list(of_group.get(None, ()))
    for g in groups:
        if not g.reviewed and not redated:
            out.extend(of_group.get(g.id, ()))
            continue
        # the claims of one engine group (or a claim in none) were judged together already
        parts: dict[str, list[Claim]] = {}
        for cid in g.claims:
            c = base.claim(cid)
            parts.setdefault(c.group or cid, []).append(c)
        members = set(g.claims)
        for key, part in parts.items():
            for k in of_group.get(key, ()):
                if k.claims[0] in members and k.claims[1] in members:
                    if redated and (
                        base.claim(k.claims[0]).article in redated
                        or base.claim(k.claims[1]).article in redated
                    ):
                        continue
                    out.append(k if k.group == g.id else replace(k, group=g.id))
            if redated:
                out.extend(_judged(g.id, part, part, pub, redated, within=True))
        listed = list(parts.values())
        for i, left in enumerate(listed):
            for right in listed[i + 1 :]:
                out.extend(_judged(g.id, left, right, pub, None))
    return out


def _judged(
    gid: str,
    left: Sequence[Claim],
    right: Sequence[Claim],
    pub: dict[str, str | None],
    only: set[str] | None,
    *,
    within: bool = False,
) -> list[Contradiction]:
    """The finder's contradictions between claims of ``left`` and ``right`` (of one list: ``within``),
    of different articles; with ``only``, pairs with a claim of those articles."""
    out: list[Contradiction] = []
    for i, a in enumerate(left):
        for b in left[i + 1 :] if within else right:
            if a.article == b.article:
                continue
            if only is not None and a.article not in only and b.article not in only:
                continue
            found = _judge(a, b, pub[a.article], pub[b.article])
            if found is not None:  # with each side's value, so that disagreements join them
                out.append(replace(found, group=gid))
    return out


def _overrides(
    decisions: Sequence[Decision],
    resolved: Sequence[list[str | None]],
    verdict: list[str],
    found: list[Contradiction],
    groups: Sequence[Group],
    said: dict[int, str],
) -> tuple[tuple[Contradiction, ...], tuple[Contradiction, ...]]:
    """Dismissals, confirmations, the reviewer's own contradictions and notes on them."""
    by_pair: dict[frozenset[str], Contradiction] = {frozenset(k.claims): k for k in found}
    group_of = {cid: g.id for g in groups for cid in g.claims}
    dismissed: list[Contradiction] = []
    for i, (d, cids) in enumerate(zip(decisions, resolved, strict=True)):
        if verdict[i] or d.action not in ("contradiction", "not_contradiction", "note"):
            continue
        a, b = cids[0], cids[1] if len(cids) > 1 else None
        if a is None or (d.action == "note" and b is None):
            continue  # a note on one claim: read by Comparison.notes_of
        assert b is not None
        key = frozenset((a, b))
        k = by_pair.get(key)
        if d.action == "not_contradiction":
            if k is None or k.by == "user":
                # it holds (they do not disagree), there is just nothing to dismiss now
                said[i] = "nothing to dismiss: the engine finds no contradiction between these passages"
                continue
            dismissed.append(by_pair.pop(key))
        elif d.action == "contradiction":
            if k is not None:
                # a reason that only repeats the engine's words (the window's Confirm) is no note
                reason = d.reason if d.reason.strip() != k.detail.strip() else ""
                by_pair[key] = replace(k, confirmed=True, note=_join(k.note, reason))
            else:
                g = group_of.get(a)
                by_pair[key] = Contradiction(
                    g if g is not None and g == group_of.get(b) else None,
                    (a, b),
                    USER_KIND,
                    d.reason.strip() or "the reviewer marked these passages as disagreeing",
                    1.0,
                    by="user",
                )
        else:  # a note on the disagreement between two passages
            if k is None:
                verdict[i] = (
                    "these passages do not disagree (a note on two passages is on their disagreement)"
                )
                continue
            by_pair[key] = replace(k, note=_join(k.note, d.note or d.reason))
    out = sorted(by_pair.values(), key=lambda k: -k.strength)
    return tuple(out), tuple(dismissed)


def _join(a: str, b: str) -> str:
    b = b.strip()
    if not b or b == a:
        return a
    return f"{a}\n{b}" if a else b


# -- statuses -----------------------------------------------------------------------------------------
def _statuses(
    base: Comparison,
    articles: Sequence[Article],
    groups: Sequence[Group],
    contradictions: Sequence[Contradiction],
) -> tuple[tuple[Claim, ...], tuple[Group, ...]]:
    """Each claim's status, group and sources, and each group's status. Only the claims a decision
    touched (in a changed group, out of one, or contradicted now and not before or the other way round)
    are built again; the rest are the engine's own values."""
    contradicted = {cid for k in contradictions for cid in k.claims}
    flipped = contradicted ^ {cid for k in base.contradictions for cid in k.claims}
    kept = {g.id for g in groups if not g.reviewed}
    touched = set(flipped)
    for bg in base.groups:
        if bg.id not in kept:
            touched.update(bg.claims)
    order = {a.id: i for i, a in enumerate(articles)}
    group_of: dict[str, str] = {}
    sources_of: dict[str, tuple[str, ...]] = {}
    out_groups: list[Group] = []
    for g in groups:
        if g.reviewed:
            srcs = tuple(sorted({base.claim(c).article for c in g.claims}, key=order.__getitem__))
            touched.update(g.claims)
            for cid in g.claims:
                group_of[cid] = g.id
                sources_of[cid] = srcs
        else:
            srcs = base.claim(g.claims[0]).sources
        status = _status(any(c in contradicted for c in g.claims), srcs)
        out_groups.append(g if g.status is status else replace(g, status=status))
    if not touched:
        return base.claims, tuple(out_groups)
    claims: list[Claim] = []
    for c in base.claims:
        if c.id not in touched:
            claims.append(c)
            continue
        if c.id in group_of:
            gid: str | None = group_of[c.id]
            srcs = sources_of[c.id]
        elif c.group in kept:
            gid, srcs = c.group, c.sources
        else:
            gid, srcs = None, (c.article,)
        status = _status(c.id in contradicted, srcs)
        if c.status is status and c.group == gid and c.sources == srcs:
            claims.append(c)
        else:
            claims.append(replace(c, status=status, group=gid, sources=srcs))
    return tuple(claims), tuple(out_groups)


def _status(contradicted: bool, sources: Sequence[str]) -> Status:
    if contradicted:
        return Status.CONTRADICTED
    return Status.SHARED if len(sources) > 1 else Status.UNIQUE


def _disagreements(
    contradictions: Sequence[Contradiction], claims: Sequence[Claim]
) -> tuple[Disagreement, ...]:
    """The disagreements as the engine builds them, marked confirmed and noted from their pairs."""
    built = disagreements_of(contradictions, claims)
    of_group: dict[tuple[str | None, str], list[Contradiction]] = {}
    for k in contradictions:
        of_group.setdefault((k.group, k.kind), []).append(k)
    out: list[Disagreement] = []
    for d in built:
        members = set(d.claims)
        pairs = [k for k in of_group.get((d.group, d.kind), ()) if set(k.claims) <= members]
        confirmed = any(k.confirmed for k in pairs)
        note = "\n".join(dict.fromkeys(k.note for k in pairs if k.note))
        by = "user" if any(k.by == "user" for k in pairs) else d.by
        if confirmed != d.confirmed or note != d.note or by != d.by:
            d = replace(d, confirmed=confirmed, note=note, by=by)
        out.append(d)
    return tuple(out)
