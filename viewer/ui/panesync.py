"""Synchronised scrolling of one pane to another: anchors from aligned claims, then ``map_offset``."""

from __future__ import annotations

from viewer.core.model import Comparison
from viewer.ui.pane import ArticlePane
from viewer.ui.syncmap import Anchor, map_offset


def anchors(comparison: Comparison, source: ArticlePane, target: ArticlePane) -> list[Anchor]:
    """Each claim of ``source`` aligned in ``target``, as document pixel spans in both."""
    out: list[Anchor] = []
    for c in comparison.claims_of(source.article.id):
        hits = comparison.aligned_in(c.id, target.article.id)
        if not hits:
            continue
        s0, s1 = source.claim_doc_span(c.id)
        spans = [target.claim_doc_span(h.id) for h in hits]
        out.append((s0, s1, min(y for y, _ in spans), max(y for _, y in spans)))
    return out


def sync_pane(comparison: Comparison, source: ArticlePane, target: ArticlePane) -> None:
    """Scroll ``target`` so that the passage at the middle of ``source`` is at its middle."""
    mid = source.scroll_value() + source.viewport_height() / 2
    y = map_offset(anchors(comparison, source, target), mid, source.doc_height(), target.doc_height())
    target.set_scroll_value(y - target.viewport_height() / 2)
