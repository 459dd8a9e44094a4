"""Comparison -> the JSON document of schema ``viewer.comparison/1`` (and back, for session files)."""

from __future__ import annotations

from typing import Any

from viewer.core.model import SCHEMA_ID, AppliedDecision, Comparison, Contradiction


def to_json(comparison: Comparison) -> dict[str, Any]:
    """The comparison as the plain JSON object the schema describes (nothing more, nothing less).

    With the reviewer's decisions applied it lists them (``decisions``, each with ``applied`` and
    ``why_not``), marks confirmed contradictions and disagreements (``confirmed``, ``note``), and keeps
    the dismissed contradictions apart in ``dismissed`` (they are gone from ``contradictions``)."""
    doc = _engine_json(comparison)
    if comparison.decisions:
        doc["decisions"] = [_decision_json(d) for d in comparison.decisions]
    if comparison.dismissed:
        doc["dismissed"] = [_contradiction_json(k) for k in comparison.dismissed]
    return doc


def _review_marks(confirmed: bool, note: str) -> dict[str, Any]:
    return ({"confirmed": True} if confirmed else {}) | ({"note": note} if note else {})


def _contradiction_json(k: Contradiction) -> dict[str, Any]:
    return (
        {"group": k.group, "claims": list(k.claims), "kind": k.kind, "detail": k.detail}
        | ({"by": k.by} if k.by != "engine" else {})
        | _review_marks(k.confirmed, k.note)
    )


def _decision_json(a: AppliedDecision) -> dict[str, Any]:
    d = a.decision
    out: dict[str, Any] = {
        "action": d.action,
        "passages": [{"article": p.article, "quote": p.quote} for p in d.passages],
    }
    out |= {key: getattr(d, key) for key in ("reason", "note", "made") if getattr(d, key)}
    out["applied"] = a.applied
    if a.why_not:
        out["why_not"] = a.why_not
    out["claims"] = [c or None for c in a.claims]
    return out


def _engine_json(comparison: Comparison) -> dict[str, Any]:
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
        "contradictions": [_contradiction_json(k) for k in comparison.contradictions],
        "disagreements": [
            {
                "group": d.group,
                "kind": d.kind,
                "detail": d.detail,
                "sides": [{"value": s.value, "claims": list(s.claims)} for s in d.sides],
                "by": d.by,
            }
            | _review_marks(d.confirmed, d.note)
            for d in comparison.disagreements
        ],
    }
