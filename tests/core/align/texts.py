"""Short texts written into articles and compared: the helper the alignment tests share."""

from __future__ import annotations

from viewer.core.model import Comparison
from viewer.core.pipeline import compare_articles
from viewer.core.read.ingest import article_from_text


def compare_texts(*texts: str, published: tuple[str | None, ...] = ()) -> Comparison:
    """Each text an article (A1, A2, …, with its publication date from ``published`` when given),
    compared."""
    dates = published or (None,) * len(texts)
    arts = [
        article_from_text(t, article_id=f"A{i + 1}", published=d)
        for i, (t, d) in enumerate(zip(texts, dates, strict=True))
    ]
    return compare_articles(arts)
