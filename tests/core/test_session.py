"""Saving and loading sessions: round trip, relative paths, atomic writes, and clear refusals."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import viewer.core.session as session_mod
from viewer.core.session import SESSION_SCHEMA, SessionError, load_session, save_session

VIEW = {"filter": "contradicted", "sync_scroll": True, "widths": [300, 400], "search": "Maduro “quoted”"}


def test_round_trip(tmp_path: Path) -> None:
    arts = tmp_path / "articles"
    arts.mkdir()
    inside = [str(arts / "a.txt"), str(arts / "b c.html")]
    outside = str(tmp_path.parent / "elsewhere" / "d.pdf")
    path = tmp_path / "s.json"
    save_session(str(path), [*inside, outside], VIEW)
    paths, view = load_session(str(path))
    assert paths == [*inside, outside]
    assert view == VIEW


def test_paths_under_the_session_folder_are_stored_relative(tmp_path: Path) -> None:
    arts = tmp_path / "articles"
    arts.mkdir()
    path = tmp_path / "s.json"
    outside = str(tmp_path.parent / "x.txt")
    save_session(str(path), [str(arts / "a.txt"), outside], {})
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["schema"] == SESSION_SCHEMA
    assert doc["articles"] == ["articles/a.txt", outside]


def test_moved_folder_still_finds_its_articles(tmp_path: Path) -> None:
    old = tmp_path / "old"
    old.mkdir()
    save_session(str(old / "s.json"), [str(old / "a.txt")], {})
    new = tmp_path / "new"
    old.rename(new)
    paths, _ = load_session(str(new / "s.json"))
    assert paths == [str(new / "a.txt")]


def test_atomic_write_leaves_no_temp_file_and_replaces(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    save_session(str(path), [str(tmp_path / "a.txt")], {"n": 1})
    save_session(str(path), [str(tmp_path / "b.txt")], {"n": 2})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json"]
    assert load_session(str(path)) == ([str(tmp_path / "b.txt")], {"n": 2})


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.json"
    save_session(str(path), [str(tmp_path / "a.txt")], {"n": 1})
    before = path.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(session_mod.os, "replace", broken_replace)
    with pytest.raises(OSError):
        save_session(str(path), [str(tmp_path / "b.txt")], {"n": 2})
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json"]


def test_unserialisable_view_is_a_session_error(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    with pytest.raises(SessionError, match="cannot be saved"):
        save_session(str(path), [], {"bad": object()})
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


BAD_FILES = [
    ("corrupt", b'{"schema": "viewer.session/1", "articles": [', "not valid JSON"),
    ("binary", b"\xff\xfe\x00garbage", "not valid JSON"),
    ("foreign", json.dumps({"schema": "other.app/3", "articles": []}).encode(), "'other.app/3'"),
    ("not ours", json.dumps({"articles": ["a.txt"]}).encode(), "not a Source Viewer session"),
    ("a list", b"[1, 2, 3]", "not a Source Viewer session"),
    (
        "articles not a list",
        json.dumps({"schema": SESSION_SCHEMA, "articles": "a.txt"}).encode(),
        "malformed",
    ),
    ("article not a string", json.dumps({"schema": SESSION_SCHEMA, "articles": [3]}).encode(), "malformed"),
    (
        "view not an object",
        json.dumps({"schema": SESSION_SCHEMA, "articles": [], "view": []}).encode(),
        "malformed",
    ),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_session_files(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(data)
    os.utime(path, ns=(10**18, 10**18))
    with pytest.raises(SessionError) as info:
        load_session(str(path))
    assert reason in str(info.value)
    assert path.read_bytes() == data
    assert path.stat().st_mtime_ns == 10**18


def test_missing_session_file(tmp_path: Path) -> None:
    with pytest.raises(SessionError, match="does not exist"):
        load_session(str(tmp_path / "nope.json"))
    assert list(tmp_path.iterdir()) == []


def test_folder_is_not_a_session(tmp_path: Path) -> None:
    with pytest.raises(SessionError, match="folder"):
        load_session(str(tmp_path))


def test_decisions_and_edited_details_round_trip(tmp_path: Path) -> None:
    from viewer.core.model import ArticleEdit, Decision, Passage
    from viewer.core.session import read_session

    decisions = (
        Decision(
            "same", (Passage("a.txt", "The fire"), Passage("b.txt", "A fire")), made="2024-05-07T10:00:00Z"
        ),
        Decision("contradiction", (Passage("a.txt", "30"), Passage("b.txt", "50")), reason="30 or 50"),
        Decision("note", (Passage("b.txt", "A <b>fire</b>"),), note="ask"),
    )
    edits = (
        ArticleEdit("a.txt", title="Fire", outlet="The Post", published="2024-05-06"),
        ArticleEdit("b.txt", outlet=""),
    )
    path = tmp_path / "s.json"
    save_session(str(path), [str(tmp_path / "a.txt")], VIEW, decisions=decisions, edits=edits)
    got = read_session(str(path))
    assert got.paths == [str(tmp_path / "a.txt")] and got.view == VIEW
    assert got.decisions == decisions and got.edits == edits and got.problems == ()
    assert load_session(str(path)) == ([str(tmp_path / "a.txt")], VIEW)


def test_old_sessions_load_without_decisions(tmp_path: Path) -> None:
    from viewer.core.session import read_session

    path = tmp_path / "old.json"
    path.write_text(
        json.dumps({"schema": SESSION_SCHEMA, "articles": ["a.txt"], "view": {}}), encoding="utf-8"
    )
    got = read_session(str(path))
    assert (
        got.paths == [str(tmp_path / "a.txt")]
        and got.decisions == ()
        and got.edits == ()
        and got.problems == ()
    )


def test_bad_decisions_in_a_session_are_named_and_the_session_loads(tmp_path: Path) -> None:
    from viewer.core.session import read_session

    doc = {
        "schema": SESSION_SCHEMA,
        "articles": ["a.txt"],
        "view": {},
        "decisions": [
            {"action": "same", "passages": [{"article": "a.txt", "quote": "x"}]},
            {"action": "oops"},
        ],
        "article_details": "nope",
    }
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    got = read_session(str(path))
    assert got.paths == [str(tmp_path / "a.txt")] and got.decisions == ()
    reasons = [p.reason for p in got.problems]
    assert len(reasons) == 3 and all(p.path == str(path) for p in got.problems)
    assert reasons[0].startswith("decision 1 (same)") and "unknown action 'oops'" in reasons[1]
    assert "'article_details' must be a list" in reasons[2]
