"""The tooltip of a claim, the same in the panes and the claims list: its status in words, how many
sources tell it, each disagreement it takes part in and what the reviewer decided about it."""

from __future__ import annotations

from viewer.core.model import Claim, Comparison
from viewer.core.palette import style
from viewer.ui.plain import tip
from viewer.ui.review_marks import review_lines


def claim_tip(comparison: Comparison, claim: Claim, *, with_text: bool = False) -> str:
    """Escaped rich text (the claim's words are data, never markup); ``with_text`` adds its wording."""
    s = style(claim.status)
    lines = [f"{s.label}: {s.description}"]
    if with_text:
        lines.append(f"{claim.text} — {claim.said}" if claim.said else claim.text)
    elif claim.said:
        lines.append(f"— {claim.said}")
    lines.append(comparison.sources_label(claim.id))
    lines.extend(f"≠ {d.detail}" for d in comparison.disagreements_of(claim.id))
    lines.extend(review_lines(comparison, claim.id))
    return tip("\n".join(lines))
