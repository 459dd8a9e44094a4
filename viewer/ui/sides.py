"""Which articles hold the other side of a selected claim: what the strip brings into view next to it.

Qt-free, so that it could move to the core: the disagreements (sides of sources) come first, then the
passages aligned with the claim in other articles.
"""

from __future__ import annotations

from viewer.core.model import Comparison


def disagreeing_articles(comparison: Comparison, claim_id: str) -> list[str]:
    """Articles whose claims take another side than ``claim_id`` in one of its disagreements (or, where
    the comparison has no disagreements, in one of its pairwise contradictions), in article order."""
    own = comparison.claim(claim_id).article
    found: set[str] = set()
    disagreements = comparison.disagreements_of(claim_id)
    for d in disagreements:
        mine = next((s for s in d.sides if claim_id in s.claims), None)
        for side in d.sides:
            if side is mine:
                continue
            found.update(comparison.claim(c).article for c in side.claims)
    if not disagreements:
        for k in comparison.contradictions_of(claim_id):
            found.update(comparison.claim(c).article for c in k.claims if c != claim_id)
    found.discard(own)
    return [a.id for a in comparison.articles if a.id in found]


def partner_articles(comparison: Comparison, claim_id: str) -> list[str]:
    """Every other article that holds the claim's other side: the disagreeing ones first, then the
    articles where the passage is aligned."""
    own = comparison.claim(claim_id).article
    out = disagreeing_articles(comparison, claim_id)
    for c in comparison.aligned(claim_id):
        if c.article != own and c.article not in out:
            out.append(c.article)
    return out


def compare_set(comparison: Comparison, claim_id: str) -> list[str]:
    """The articles a focus on ``claim_id`` shows side by side: its own and the disagreeing ones (or the
    aligned ones when nobody disagrees), in article order."""
    own = comparison.claim(claim_id).article
    others = disagreeing_articles(comparison, claim_id) or partner_articles(comparison, claim_id)
    wanted = {own, *others}
    return [a.id for a in comparison.articles if a.id in wanted]


def counterpart(comparison: Comparison, claim_id: str, article_id: str) -> str | None:
    """The passage of ``article_id`` to show beside ``claim_id``: one that takes another side of its
    disagreement, else the first passage aligned with it there, else None."""
    for d in comparison.disagreements_of(claim_id):
        for side in d.sides:
            if claim_id in side.claims:
                continue
            for c in side.claims:
                if comparison.claim(c).article == article_id:
                    return c
    for k in comparison.contradictions_of(claim_id):
        for c in k.claims:
            if c != claim_id and comparison.claim(c).article == article_id:
                return c
    hits = comparison.aligned_in(claim_id, article_id)
    return hits[0].id if hits else None
