"""Comparison -> the JSON document of schema ``viewer.comparison/1`` (and back, for session files)."""

from __future__ import annotations

from typing import Any

from viewer.core.model import SCHEMA_ID, Comparison


def to_json(comparison: Comparison) -> dict[str, Any]:
    """The comparison as the plain JSON object the schema describes (nothing more, nothing less)."""
    return {
        "schema": SCHEMA_ID,
        "articles": [
            {
                "id": a.id,
                "path": a.path,
                "title": a.title,
                "outlet": a.outlet,
                "published": a.published,
                "text": a.text,
            }
            for a in comparison.articles
        ],
        "claims": [
            {
                "id": c.id,
                "article": c.article,
                "start": c.start,
                "end": c.end,
                "text": c.text,
                "status": c.status.value,
                "group": c.group,
                "sources": list(c.sources),
            }
            for c in comparison.claims
        ],
        "groups": [
            {"id": g.id, "claims": list(g.claims), "status": g.status.value} for g in comparison.groups
        ],
        "contradictions": [
            {"group": k.group, "claims": list(k.claims), "kind": k.kind, "detail": k.detail}
            | ({"by": k.by} if k.by != "engine" else {})
            for k in comparison.contradictions
        ],
        "disagreements": [
            {
                "group": d.group,
                "kind": d.kind,
                "detail": d.detail,
                "sides": [{"value": s.value, "claims": list(s.claims)} for s in d.sides],
                "by": d.by,
            }
            for d in comparison.disagreements
        ],
    }
