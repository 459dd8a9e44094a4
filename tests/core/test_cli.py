"""The command line: JSON that follows the schema, exact offsets, exit codes, no input modified."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from viewer.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
SCHEMA = json.loads((ROOT / "tests" / "data" / "comparison.schema.json").read_text(encoding="utf-8"))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["compare", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_samples_json_validates_and_offsets_match(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "c.json"
    code, _, err = run(capsys, str(SAMPLES), "--json", str(out))
    assert code == 0, err
    doc = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(doc, SCHEMA)
    assert [a["id"] for a in doc["articles"]] == ["A1", "A2", "A3", "A4", "A5"]
    assert [Path(a["path"]).name[:3] for a in doc["articles"]] == ["000", "001", "002", "003", "004"]
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    for c in doc["claims"]:
        assert texts[c["article"]][c["start"] : c["end"]] == c["text"]
    groups = {g["id"]: g for g in doc["groups"]}
    for c in doc["claims"]:
        if c["group"] is not None:
            assert c["id"] in groups[c["group"]]["claims"]
            assert c["article"] in c["sources"]
        else:
            # alone, unless a count or a source compared across groups disagrees with it
            framed = any(c["id"] in k["claims"] and k["group"] is None for k in doc["contradictions"])
            assert c["sources"] == [c["article"]] and c["status"] == ("contradicted" if framed else "unique")
    claim_ids = {c["id"] for c in doc["claims"]}
    for k in doc["contradictions"]:
        assert set(k["claims"]) <= claim_ids and k["detail"]
    assert any(c["status"] == "shared" for c in doc["claims"])


def test_json_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(SAMPLES / "003_d3d56ab8aa9f7a86.txt"), "--json", "-")
    assert code == 0
    doc = json.loads(out)
    assert doc["schema"] == "viewer.comparison/1" and len(doc["articles"]) == 1


def test_some_inputs_skipped_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "c.json"
    code, _, err = run(
        capsys, str(SAMPLES / "000_7d34f9c427cc0b97.txt"), str(empty), str(missing), "--json", str(out)
    )
    assert code == 3
    assert "empty.txt" in err and "missing.txt" in err
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert len(doc["articles"]) == 1


def test_nothing_readable_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(tmp_path / "nope.txt"), "--json", "-")
    assert code == 1
    assert "nope.txt" in err


def test_usage_error_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "--json")
    assert code == 2


def test_inputs_are_not_modified(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in SAMPLES.glob("*.txt")}
    run(capsys, str(SAMPLES), "--json", str(tmp_path / "c.json"))
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in SAMPLES.glob("*.txt")} == before


def test_python_m_viewer_runs_the_cli(tmp_path: Path) -> None:
    out = tmp_path / "c.json"
    proc = subprocess.run(
        [sys.executable, "-m", "viewer", "compare", str(SAMPLES), "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "viewer.comparison/1"


def test_no_difflib_anywhere() -> None:
    offenders = [
        p
        for p in [*ROOT.glob("viewer/**/*.py"), *ROOT.glob("tests/**/*.py"), *ROOT.glob("bench/**/*.py")]
        if "difflib" in p.read_text(encoding="utf-8") and p.name != "test_cli.py"
    ]
    assert offenders == []
