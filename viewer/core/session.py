"""Saved sessions: which articles were open and how the view was set, as a small JSON file.

A session file looks like ``{"schema": "viewer.session/1", "articles": [...], "view": {...}}``, and, when the
reviewer decided anything, ``"decisions": [...]`` (the items of a ``viewer.decisions/1`` file) and
``"article_details": [...]`` (the titles, outlets and dates they corrected); files without them (all
sessions saved before there were decisions) load as sessions with none. Article
paths under the session's folder are stored relative to it, so a folder of articles and its session can be
moved together. Writing is atomic: a reader never sees half a file, and a failed save leaves the old one.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from viewer.core.model import ArticleEdit, Decision, Problem
from viewer.core.report.writeout import write_text
from viewer.core.review.decfile import DECISIONS_SCHEMA, edit_to_json, from_json_file, to_json

SESSION_SCHEMA = "viewer.session/1"
# a session is a list of paths and a few view settings; anything this big is not one of ours
MAX_SESSION_BYTES = 5 * 1024 * 1024
MAX_SESSION_ARTICLES = 10_000
MAX_PATH_CHARS = 4096
MAX_NUMBER_CHARS = 100


class SessionError(Exception):
    """A session file that cannot be loaded or saved; the message is the reason in words."""


class Session(NamedTuple):
    """What a session file holds. ``problems`` names decisions of the file that could not be used."""

    paths: list[str]
    view: dict[str, Any]
    decisions: tuple[Decision, ...] = ()
    edits: tuple[ArticleEdit, ...] = ()
    problems: tuple[Problem, ...] = ()


def save_session(
    path: str,
    article_paths: list[str],
    view: dict[str, Any],
    *,
    decisions: Iterable[Decision] = (),
    edits: Iterable[ArticleEdit] = (),
) -> None:
    """Write the session to ``path`` atomically (temporary file beside it, fsync, replace), with the mode
    the umask allows (see :mod:`viewer.core.report.writeout`)."""
    folder = os.path.dirname(os.path.abspath(path))
    doc: dict[str, Any] = {
        "schema": SESSION_SCHEMA,
        "articles": [_stored_path(p, folder) for p in article_paths],
        "view": view,
    }
    decided = to_json(decisions)["decisions"]
    if decided:
        doc["decisions"] = decided
    details = [edit_to_json(e) for e in edits]
    if details:
        doc["article_details"] = details
    try:
        data = json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    except (TypeError, ValueError) as exc:
        raise SessionError(f"the view settings cannot be saved ({exc})") from exc
    write_text(path, data)
    _fsync_folder(folder)


def _fsync_folder(folder: str) -> None:
    # make the rename itself durable where the platform allows opening a folder
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _stored_path(p: str, folder: str) -> str:
    full = os.path.abspath(p)
    try:
        rel = os.path.relpath(full, folder)
    except ValueError:  # another drive on Windows
        return full
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return full
    return rel.replace(os.sep, "/")


def load_session(path: str) -> tuple[list[str], dict[str, Any]]:
    """The article paths (absolute) and view settings of a session file, or :class:`SessionError`."""
    found = read_session(path)
    return found.paths, found.view


def read_session(path: str) -> Session:
    """Everything a session file holds, or :class:`SessionError` when it cannot be used at all.
    Decisions that cannot be used are left out and named in ``problems``; the rest of the session loads.

    A hostile file ends in a short message: a FIFO or device is refused without waiting on it, and deep
    nesting, huge numbers, NUL characters in paths and overlong values are named, never quoted whole."""
    raw = _read_regular(path)
    try:
        doc = json.loads(
            raw.decode("utf-8-sig"),
            parse_int=_bounded_number(int),
            parse_float=_bounded_number(float),
            parse_constant=_no_constant,
        )
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SessionError("the session file is damaged (it is not valid JSON)") from exc
    except RecursionError as exc:
        raise SessionError("the session file is damaged (it is nested too deeply)") from exc
    except ValueError as exc:  # a number too long, NaN or Infinity
        raise SessionError(f"the session file is damaged ({exc})") from exc
    if not isinstance(doc, dict) or "schema" not in doc:
        raise SessionError("this is not a Source Viewer session file")
    if doc["schema"] != SESSION_SCHEMA:
        raise SessionError(
            f"the session file has the format {_shown(doc['schema'])}, which this version cannot read "
            f"(it reads {SESSION_SCHEMA!r})"
        )
    articles = doc.get("articles")
    view = doc.get("view", {})
    if not isinstance(articles, list) or not all(isinstance(a, str) and a for a in articles):
        raise SessionError("the session file is malformed: 'articles' must be a list of file paths")
    if len(articles) > MAX_SESSION_ARTICLES:
        raise SessionError(f"the session file names more than {MAX_SESSION_ARTICLES:,} articles")
    for a in articles:
        if "\x00" in a:
            raise SessionError(f"the session file is malformed: the path {_shown(a)} holds a NUL character")
        if len(a) > MAX_PATH_CHARS:
            raise SessionError(
                f"the session file is malformed: a path is longer than {MAX_PATH_CHARS:,} characters"
            )
    if not isinstance(view, dict):
        raise SessionError("the session file is malformed: 'view' must be an object")
    folder = os.path.dirname(os.path.abspath(path))
    resolved = [os.path.normpath(os.path.join(folder, a.replace("/", os.sep))) for a in articles]
    review = {"schema": DECISIONS_SCHEMA, "decisions": doc.get("decisions", [])}
    if "article_details" in doc:
        review["article_details"] = doc["article_details"]
    found = from_json_file(review, path)
    return Session(resolved, view, found.decisions, found.edits, tuple(found.problems))


def outside_folder(session_path: str, article_paths: list[str]) -> list[str]:
    """The paths a session names outside its own folder (shown to the user before they are opened)."""
    folder = os.path.dirname(os.path.abspath(session_path))
    return [p for p in article_paths if _stored_path(p, folder) == os.path.abspath(p)]


def _read_regular(path: str) -> bytes:
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused just below)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError as exc:
        raise SessionError("the session file does not exist") from exc
    except IsADirectoryError as exc:
        raise SessionError("this is a folder, not a session file") from exc
    except OSError as exc:
        raise SessionError(f"the session file cannot be read ({exc.strerror or exc})") from exc
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise SessionError("this is a folder, not a session file")
        if not stat.S_ISREG(st.st_mode):
            raise SessionError("this is not a regular file (a pipe, socket or device), not a session file")
        if st.st_size > MAX_SESSION_BYTES:
            raise SessionError("the file is too large to be a session file")
        with os.fdopen(fd, "rb") as fh:
            fd = -1
            raw = fh.read(MAX_SESSION_BYTES + 1)
    except OSError as exc:
        raise SessionError(f"the session file cannot be read ({exc.strerror or exc})") from exc
    finally:
        if fd >= 0:
            os.close(fd)
    if len(raw) > MAX_SESSION_BYTES:
        raise SessionError("the file is too large to be a session file")
    return raw


def _bounded_number(kind: Callable[[str], Any]) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        if len(text) > MAX_NUMBER_CHARS:
            raise ValueError(f"a number in it has {len(text):,} digits")
        return kind(text)

    return parse


def _no_constant(name: str) -> Any:
    raise ValueError(f"it holds {name}, which is not a number")


def _shown(value: object) -> str:
    """A value from the file for a message: quoted, one line, at most a few dozen characters."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"
