"""Pairwise contradictions -> disagreements as a reader sees them (one per disagreement, with its sides).

For now each contradicting pair is one disagreement with two sides of one claim each; joining the pairs of
one group that disagree about the same thing into one disagreement with several sources per side is the
job of this module.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core.model import Claim, Contradiction, Disagreement, Side


def disagreements_of(contradictions: Sequence[Contradiction], claims: Sequence[Claim]) -> list[Disagreement]:
    """One :class:`Disagreement` for each contradiction, its sides named by the claims' wording."""
    text = {c.id: c.text for c in claims}
    return [
        Disagreement(
            k.group,
            k.kind,
            k.detail,
            tuple(Side(text.get(cid, cid), (cid,)) for cid in k.claims),
            k.strength,
            k.by,
        )
        for k in contradictions
    ]
