"""Claims of many articles -> groups of aligned claims."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from viewer.core.model import Article, Claim


def align(
    articles: Sequence[Article], claims: Sequence[Claim], *, cancelled: Callable[[], bool] | None = None
) -> list[list[str]]:
    return []
