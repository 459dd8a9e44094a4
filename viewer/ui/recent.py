"""The Open Recent lists: article files and folders that opened, and saved comparisons (sessions).

An input is remembered only once it has given at least one article, so a file that failed to load
never comes back in the menu.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QSettings

from viewer.core.model import Comparison

MAX_RECENT = 10
ARTICLES_KEY = "recent"
SESSIONS_KEY = "recent_sessions"


def items(key: str) -> list[str]:
    v = QSettings().value(key, [])
    if isinstance(v, str):
        v = [v]
    return [str(x) for x in (v or [])]


def remember(key: str, paths: Sequence[str]) -> None:
    """Put ``paths`` first in the list under ``key`` (no repeats, at most ``MAX_RECENT``)."""
    new = [os.path.abspath(p) for p in paths]
    rest = [r for r in items(key) if r not in new]
    QSettings().setValue(key, (new + rest)[:MAX_RECENT])


def clear() -> None:
    QSettings().setValue(ARTICLES_KEY, [])
    QSettings().setValue(SESSIONS_KEY, [])


def _real(path: str) -> str:
    try:
        return os.path.realpath(path)
    except OSError:
        return os.path.abspath(path)


def loaded_inputs(inputs: Sequence[str], article_paths: Iterable[str]) -> list[str]:
    """The inputs (files or folders) that gave at least one of the articles at ``article_paths``."""
    loaded = [_real(p) for p in article_paths]
    out = []
    for given in inputs:
        real = _real(given)
        prefix = real.rstrip(os.sep) + os.sep
        if any(p == real or p.startswith(prefix) for p in loaded):
            out.append(given)
    return out


def remember_loaded(inputs: Sequence[str], comparison: Comparison, session: str | None) -> None:
    """Remember the inputs that gave articles, and the saved comparison they came from (if any)."""
    if not comparison.articles:
        return
    loaded = loaded_inputs(inputs, (a.path for a in comparison.articles if a.path))
    if loaded:
        remember(ARTICLES_KEY, loaded)
    if session is not None:
        remember(SESSIONS_KEY, [session])
