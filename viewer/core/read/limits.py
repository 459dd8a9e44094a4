"""Bounds on the work one file may cost, cancelling a read in progress, and loading the extraction libraries.

A hostile file must not hold the reader for minutes: each reader counts the elements it handles and
checks a :class:`Budget` between them, which raises :class:`Cancelled` as soon as the user cancels (or
quits) and :class:`~viewer.core.read.text.IngestError` when the file has used its time.
"""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Callable
from types import ModuleType

from viewer.core.read.text import IngestError

# seconds of reading one file may take before it is given up with a message
READ_SECONDS = 60.0
# an environment variable that makes a missing extraction library an error instead of a fallback (the
# tests set it: a clean install that cannot import trafilatura must not pass unnoticed)
STRICT_IMPORTS_ENV = "SOURCE_VIEWER_STRICT_IMPORTS"


class Cancelled(Exception):
    """The user cancelled: raised from inside a reader (and by the pipeline between files)."""


class Budget:
    """The time one file may take, and the user's cancel button, checked between pieces of work."""

    def __init__(self, cancelled: Callable[[], bool] | None = None, seconds: float = READ_SECONDS) -> None:
        self._cancelled = cancelled
        self._deadline = time.monotonic() + seconds
        self.seconds = seconds

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled
        if time.monotonic() > self._deadline:
            raise IngestError(
                f"reading the file took longer than the limit of {self.seconds:.0f} seconds; "
                "it is not analysed"
            )

    def over(self) -> bool:
        """True once the time is used (without raising); still raises :class:`Cancelled`."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled
        return time.monotonic() > self._deadline


UNLIMITED = Budget(None, float("inf"))


def strict_imports() -> bool:
    return bool(os.environ.get(STRICT_IMPORTS_ENV))


def load_library(module: str, what: str) -> ModuleType:
    """Import an extraction library, or raise :class:`IngestError` saying which one is missing.

    Under :data:`STRICT_IMPORTS_ENV` the ImportError itself propagates, so that tests fail on it.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        if strict_imports():
            raise
        raise IngestError(
            f"{what} cannot be read: the library {module.split('.')[0]} is missing or broken "
            f"in this installation ({exc})"
        ) from exc
