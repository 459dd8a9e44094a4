"""Safe output (issue 12): outputs never overwrite inputs, special files and links are kept, write
failures have their own exit status, the umask is honoured, and no input's bytes or mtime change."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from viewer.cli import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_WRITE_FAILED, main
from viewer.core.pipeline import compare_articles
from viewer.core.read.ingest import article_from_text
from viewer.core.report import writeout
from viewer.core.report.csv_table import read_csv, to_csv

A = "Storm hits the coast\nA powerful storm struck the northern coast on Monday, officials said.\n"
B = "Coast storm\nA powerful storm struck the northern coast on Monday, the mayor said.\n"
OPTIONS = ["--json", "--html", "--csv", "--pdf"]


@pytest.fixture
def inputs(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "b.txt").write_text(B, encoding="utf-8")
    for p in folder.iterdir():
        os.utime(p, ns=(10**18, 10**18))
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    yield folder
    # no input file's bytes or mtime changed in any of these runs
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in before} == before


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["compare", *args])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("option", OPTIONS)
def test_output_that_is_an_input_is_refused(
    inputs: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    a = inputs / "a.txt"
    code, err = run(capsys, option, str(a), str(a), str(inputs / "b.txt"))
    assert code == EXIT_USAGE
    assert "a.txt" in err and "input" in err


@pytest.mark.parametrize("option", OPTIONS)
def test_output_inside_an_input_folder_that_is_an_input_file(
    inputs: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    code, err = run(capsys, str(inputs), option, str(inputs / "b.txt"))
    assert code == EXIT_USAGE and "b.txt" in err


def test_hard_link_and_symlink_to_an_input_are_refused(
    inputs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hard = inputs.parent / "hard.html"
    os.link(inputs / "a.txt", hard)
    soft = inputs.parent / "soft.html"
    soft.symlink_to(inputs / "b.txt")
    for out in (hard, soft):
        code, err = run(capsys, str(inputs), "--html", str(out))
        assert code == EXIT_USAGE and out.name in err


def test_output_in_a_missing_folder_is_a_usage_error_before_reading(
    inputs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(capsys, str(inputs), "--json", str(inputs.parent / "nowhere" / "c.json"))
    assert code == EXIT_USAGE and "does not exist" in err


def test_symlink_output_is_kept_and_its_target_written(
    inputs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = inputs.parent / "real.json"
    target.write_text("old", encoding="utf-8")
    link = inputs.parent / "link.json"
    link.symlink_to(target)
    code, _ = run(capsys, str(inputs), "--json", str(link))
    assert code == EXIT_OK
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("{")
    assert sorted(p.name for p in inputs.parent.iterdir()) == ["in", "link.json", "real.json"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_output_is_written_directly_not_replaced(
    inputs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = inputs.parent / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _ = run(capsys, str(inputs), "--json", str(fifo))
    reader.join(10)
    assert code == EXIT_OK
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert got and got[0].startswith(b"{")


def test_write_failure_has_its_own_exit_status_and_leaves_no_temporary_file(
    inputs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writeout.os, "fsync", full)
    out = inputs.parent / "c.json"
    code, err = run(capsys, str(inputs), "--json", str(out))
    assert code == EXIT_WRITE_FAILED
    assert f"cannot write {out}: No space left on device" in err and ".tmp" not in err
    assert sorted(p.name for p in inputs.parent.iterdir()) == ["in"]


@pytest.mark.parametrize("option", OPTIONS)
def test_outputs_honour_the_umask(
    inputs: Path, capsys: pytest.CaptureFixture[str], option: str, qapp: object
) -> None:
    # qapp: the PDF is painted with Qt; a QApplication made first keeps the widget tests that follow
    # in this process working (the CLI alone would make a plain QGuiApplication)
    old = os.umask(0o027)
    try:
        out = inputs.parent / f"out{option[2:]}"
        code, _ = run(capsys, str(inputs), option, str(out))
    finally:
        os.umask(old)
    assert code == EXIT_OK
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_session_file_honours_the_umask(tmp_path: Path) -> None:
    from viewer.core.session import save_session

    old = os.umask(0o022)
    try:
        save_session(str(tmp_path / "s.json"), [str(tmp_path / "a.txt")], {})
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "s.json").stat().st_mode) == 0o644


def test_file_names_with_control_characters_are_quoted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "a.txt"
    good.write_text(A, encoding="utf-8")
    forged = tmp_path / "x.txt\nsource-viewer: skipped \x1b[31mforged.txt"
    forged.write_bytes(b"")
    code, err = run(capsys, str(good), str(forged), "--json", str(tmp_path / "c.json"))
    assert code == EXIT_SKIPPED
    lines = err.splitlines()
    assert len(lines) == 1 and "\x1b" not in err
    assert "\\n" in lines[0] and "\\x1b" in lines[0]


CSV_CELLS = ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "'=already", "''=twice", "'plain", "plain", "a=b"]


def test_csv_neutralises_formulas_and_reads_back_exactly() -> None:
    arts = [
        article_from_text(f"{cell} storm hit the coast on Monday.\n", article_id=f"A{i}", title=cell)
        for i, cell in enumerate(CSV_CELLS, start=1)
    ]
    comparison = compare_articles(arts)
    text = to_csv(comparison)
    for line in text.splitlines()[1:]:
        for cell in line.split(","):
            assert not cell.lstrip('"').startswith(("=", "+", "-", "@", "\t"))
    rows = read_csv(text)
    assert {r["source_title"] for r in rows} == set(CSV_CELLS)
    assert all(comparison.claim(r["claim"]).text == r["text"] for r in rows)
