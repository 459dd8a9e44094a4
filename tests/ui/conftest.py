"""Fixtures of the Qt layer's tests: a small hand-built comparison and article files."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.model import Article, Claim, Comparison, Contradiction, Group, Status

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
FILLER = "Filler sentence number {} says nothing that any other outlet repeats here."


def _article(aid: str, outlet: str, sentences: list[str]) -> tuple[Article, list[tuple[int, int, str]]]:
    text, spans = "", []
    for s in sentences:
        start = len(text)
        text += s + "\n\n"
        spans.append((start, start + len(s), s))
    return Article(aid, None, f"Story told by {outlet}", outlet, "2025-01-0" + aid[-1], text), spans


def build_comparison() -> Comparison:
    """Three articles; the shared sentence sits at the top of A1 but far down in A2 and A3, and A2 and A3
    disagree on a number."""
    shared = "The bridge over the river closed on Monday after engineers found cracks."
    count_a = "Officials said 40 people were evacuated from nearby homes."
    count_b = "Officials said 400 people were evacuated from nearby homes."
    a1, s1 = _article("A1", "Daily One", [shared] + [FILLER.format(i) for i in range(3)])
    a2, s2 = _article("A2", "Second Post", [FILLER.format(i + 10) for i in range(40)] + [shared, count_a])
    a3, s3 = _article("A3", "Third <Times>", [FILLER.format(i + 60) for i in range(40)] + [count_b, shared])
    claims: list[Claim] = []
    special = {shared: ("G1", Status.SHARED), count_a: ("G2", Status.CONTRADICTED)}
    special[count_b] = special[count_a]
    members: dict[str, list[str]] = {"G1": [], "G2": []}
    for art, spans in ((a1, s1), (a2, s2), (a3, s3)):
        for k, (start, end, text) in enumerate(spans, start=1):
            cid = f"{art.id}.c{k}"
            group, status = special.get(text, (None, Status.UNIQUE))
            if group:
                members[group].append(cid)
            claims.append(Claim(cid, art.id, start, end, text, status, group, ()))
    sources = {"G1": ("A1", "A2", "A3"), "G2": ("A2", "A3")}
    claims = [
        Claim(
            c.id,
            c.article,
            c.start,
            c.end,
            c.text,
            c.status,
            c.group,
            sources.get(c.group or "", (c.article,)),
        )
        for c in claims
    ]
    groups = (
        Group("G1", tuple(members["G1"]), Status.SHARED),
        Group("G2", tuple(members["G2"]), Status.CONTRADICTED),
    )
    g2 = members["G2"]
    contradiction = Contradiction("G2", (g2[0], g2[1]), "number", "40 people evacuated versus 400 <people>")
    return Comparison((a1, a2, a3), tuple(claims), groups, (contradiction,))


@pytest.fixture
def comparison() -> Comparison:
    return build_comparison()


@pytest.fixture
def article_files(tmp_path: Path) -> list[str]:
    """Three small article files; the first two share sentences word for word."""
    shared = (
        "The city council approved the new budget on Tuesday evening after a long debate. "
        "The mayor said the plan would fund twelve new schools across the northern districts. "
    )
    texts = {
        "one.txt": "Budget passes\n\n" + shared + "Critics called the vote rushed and opaque.",
        "two.txt": "Council backs budget\n\n" + shared + "Supporters praised the spending on schools.",
        "three.txt": "Weather\n\nHeavy rain is expected across the region later this week.",
    }
    paths = []
    for name, text in texts.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    return paths
