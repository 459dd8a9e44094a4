"""viewer.decisions/1 files: round trip, the schema, and bad files named by file and decision."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from viewer.core.model import ArticleEdit, Decision, Passage
from viewer.core.review import describe, from_json, load_decisions, read_decisions, save_decisions, to_json

ROOT = Path(__file__).resolve().parents[3]
SCHEMA = json.loads((ROOT / "tests" / "data" / "decisions.schema.json").read_text(encoding="utf-8"))

A = {"article": "a.txt", "quote": "The fire broke out"}
B = {"article": "b.txt", "quote": "A fire broke out"}
B2 = {"article": "b.txt", "quote": "Officials praised"}
C = {"article": "c.txt", "quote": "Flames tore through"}

DECISIONS = (
    Decision(
        "same", (Passage("a.txt", "The fire broke out"), Passage("b.txt", "A fire broke out")), made="2024"
    ),
    Decision("different", (Passage("a.txt", "x y"), Passage("c.txt", "z"), Passage("b.txt", "w"))),
    Decision(
        "contradiction", (Passage("a.txt", "30 people"), Passage("b.txt", "50 people")), reason="30 or 50"
    ),
    Decision("not_contradiction", (Passage("a.txt", "Monday"), Passage("c.txt", "after dark"))),
    Decision("note", (Passage("c.txt", "Flames “tore” <b>through</b>"),), note="ask\nthe brigade"),
)


def test_round_trip_follows_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    edits = (ArticleEdit("a.txt", title="Fire at the warehouse", published="2024-05-06"),)
    save_decisions(str(path), DECISIONS, edits)
    doc = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(doc, SCHEMA)
    found = read_decisions(str(path))
    assert found.decisions == DECISIONS and found.edits == edits and found.problems == []
    assert found.numbers == (1, 2, 3, 4, 5)
    assert load_decisions(str(path)) == (DECISIONS, [])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json"]  # no temporary file left


def file(*decisions: object, **top: object) -> dict[str, object]:
    return {"schema": "viewer.decisions/1", "decisions": list(decisions)} | top


# (document, how many decisions are kept, words the one problem must contain)
BAD = [
    pytest.param(
        file({"action": "merge", "passages": [A, B]}),
        0,
        ["decision 1", "unknown action 'merge'"],
        id="unknown",
    ),
    pytest.param(file({"passages": [A, B]}), 0, ["decision 1", "no 'action'"], id="no-action"),
    pytest.param(
        file({"action": "same", "passages": [A]}), 0, ["decision 1 (same)", "needs 2"], id="one-passage"
    ),
    pytest.param(
        file({"action": "same"}, {"action": "note", "passages": [C], "note": "n"}),
        1,
        ["decision 1"],
        id="no-passages",
    ),
    pytest.param(
        file(
            {"action": "note", "passages": [C], "note": "n"},
            {"action": "same", "passages": [A, {"article": "b.txt"}]},
        ),
        1,
        ["decision 2 (same)", "passage 2 has no 'quote'"],
        id="passage-without-quote",
    ),
    pytest.param(
        file({"action": "same", "passages": [B, B2]}),
        0,
        ["decision 1 (same)", "one article (b.txt)"],
        id="same-in-one-article",
    ),
    pytest.param(
        file({"action": "contradiction", "passages": [A, B]}),
        0,
        ["decision 1 (contradiction)", "'reason'"],
        id="no-reason",
    ),
    pytest.param(
        file({"action": "note", "passages": [A]}), 0, ["decision 1 (note)", "text"], id="empty-note"
    ),
    pytest.param(
        file({"action": "same", "passages": [A, B]}, {"action": "different", "passages": [B, C, A]}),
        1,
        ["decision 1 (same)", "decision 2 (different)", "opposite", "decision 2, is kept"],
        id="same-and-different",
    ),
    pytest.param(
        file(
            {"action": "contradiction", "passages": [A, B], "reason": "r"},
            {
                "action": "not_contradiction",
                "passages": [{"article": "b.txt", "quote": "a FIRE broke out!"}, A],
            },
        ),
        1,
        ["decision 1 (contradiction)", "decision 2 (not_contradiction)"],
        id="contradiction-and-dismissal-quotes-folded",
    ),
    pytest.param(
        file({"action": "same", "passages": [A, B], "reason": 3}),
        0,
        ["'reason' must be text"],
        id="reason-not-text",
    ),
    pytest.param(file(7), 0, ["decision 1", "not a JSON object"], id="decision-not-object"),
    pytest.param(file(article_details=[{"title": "x"}]), 0, ["article details 1"], id="bad-details"),
]


@pytest.mark.parametrize(("doc", "kept", "words"), BAD)
def test_bad_decisions_are_named_and_the_rest_kept(
    doc: dict[str, object], kept: int, words: list[str]
) -> None:
    decisions, problems = from_json(doc, "mine.json")
    assert len(decisions) == kept
    assert len(problems) == 1
    assert problems[0].path == "mine.json"
    for w in words:
        assert w in problems[0].reason, problems[0].reason


# (bytes of the file, words of the one problem)
UNUSABLE = [
    pytest.param(b"{not json", ["not valid JSON", "line 1"], id="not-json"),
    pytest.param(b"\xff\xfe\x00", ["not UTF-8"], id="binary"),
    pytest.param(b"[1, 2]", ["not a JSON object"], id="a-list"),
    pytest.param(b'{"decisions": []}', ["no 'schema'"], id="no-schema"),
    pytest.param(
        b'{"schema": "viewer.session/1", "decisions": []}',
        ["'viewer.session/1'", "viewer.decisions/1"],
        id="other-schema",
    ),
    pytest.param(
        b'{"schema": "viewer.decisions/1", "decisions": {}}', ["must be a list"], id="decisions-not-list"
    ),
    pytest.param(b"[" * 100_000, ["nested too deeply"], id="deep"),
]


@pytest.mark.parametrize(("raw", "words"), UNUSABLE)
def test_unusable_files_say_why(tmp_path: Path, raw: bytes, words: list[str]) -> None:
    path = tmp_path / "d.json"
    path.write_bytes(raw)
    found = read_decisions(str(path))
    assert not found.readable and found.decisions == ()
    (problem,) = found.problems
    assert problem.path == str(path)
    for w in words:
        assert w in problem.reason, problem.reason
    assert path.read_bytes() == raw  # never modified


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "does not exist" in read_decisions(str(tmp_path / "none.json")).problems[0].reason
    assert "folder" in read_decisions(str(tmp_path)).problems[0].reason


def test_paths_are_stored_as_file_names_and_duplicates_collapse() -> None:
    doc = file({"action": "same", "passages": [{"article": "/x/y/a.txt", "quote": "q"}, B, B]})
    (d,), problems = from_json(doc)
    assert problems == [] and d.passages == (Passage("a.txt", "q"), Passage("b.txt", "A fire broke out"))


def test_describe_is_short() -> None:
    d = Decision("same", (Passage("a.txt", "word " * 40), Passage("b.txt", "short")))
    text = describe(d)
    assert text.startswith("same: “word") and "…” (a.txt) / “short” (b.txt)" in text


def test_to_json_leaves_out_empty_fields() -> None:
    doc = to_json([Decision("note", (Passage("a.txt", "q"),), note="n")])
    assert doc == {
        "schema": "viewer.decisions/1",
        "decisions": [{"action": "note", "passages": [{"article": "a.txt", "quote": "q"}], "note": "n"}],
    }
