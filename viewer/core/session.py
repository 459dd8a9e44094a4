"""Saved sessions: which articles were open and how the view was set, as a small JSON file.

A session file looks like ``{"schema": "viewer.session/1", "articles": [...], "view": {...}}``, and, when the
reviewer decided anything, ``"decisions": [...]`` (the items of a ``viewer.decisions/1`` file) and
``"article_details": [...]`` (the titles, outlets and dates they corrected); files without them (all
sessions saved before there were decisions) load as sessions with none. Article
paths under the session's folder are stored relative to it, so a folder of articles and its session can be
moved together. Writing is atomic: a reader never sees half a file, and a failed save leaves the old one.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable
from typing import Any, NamedTuple

from viewer.core.model import ArticleEdit, Decision, Problem
from viewer.core.review.decfile import DECISIONS_SCHEMA, edit_to_json, from_json_file, to_json

SESSION_SCHEMA = "viewer.session/1"
# a session is a list of paths and a few view settings; anything this big is not one of ours
MAX_SESSION_BYTES = 5 * 1024 * 1024


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
    """Write the session to ``path`` atomically (temporary file beside it, fsync, replace)."""
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
    fd, tmp = tempfile.mkstemp(prefix=".session-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
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
    Decisions that cannot be used are left out and named in ``problems``; the rest of the session loads."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_SESSION_BYTES + 1)
    except FileNotFoundError as exc:
        raise SessionError("the session file does not exist") from exc
    except IsADirectoryError as exc:
        raise SessionError("this is a folder, not a session file") from exc
    except OSError as exc:
        raise SessionError(f"the session file cannot be read ({exc.strerror or exc})") from exc
    if len(raw) > MAX_SESSION_BYTES:
        raise SessionError("the file is too large to be a session file")
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SessionError("the session file is damaged (it is not valid JSON)") from exc
    if not isinstance(doc, dict) or "schema" not in doc:
        raise SessionError("this is not a Source Viewer session file")
    if doc["schema"] != SESSION_SCHEMA:
        raise SessionError(
            f"the session file has the format {doc['schema']!r}, which this version cannot read "
            f"(it reads {SESSION_SCHEMA!r})"
        )
    articles = doc.get("articles")
    view = doc.get("view", {})
    if not isinstance(articles, list) or not all(isinstance(a, str) and a for a in articles):
        raise SessionError("the session file is malformed: 'articles' must be a list of file paths")
    if not isinstance(view, dict):
        raise SessionError("the session file is malformed: 'view' must be an object")
    folder = os.path.dirname(os.path.abspath(path))
    resolved = [os.path.normpath(os.path.join(folder, a.replace("/", os.sep))) for a in articles]
    review = {"schema": DECISIONS_SCHEMA, "decisions": doc.get("decisions", [])}
    if "article_details" in doc:
        review["article_details"] = doc["article_details"]
    found = from_json_file(review, path)
    return Session(resolved, view, found.decisions, found.edits, tuple(found.problems))
