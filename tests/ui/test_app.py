"""``source-viewer --screenshot`` and the screenshot helpers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from viewer.ui.app import pick_showcase_claim
from viewer.ui.main_window import MainWindow

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_screenshot_writes_a_png_and_exits_0(tmp_path):
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-m", "viewer", "--screenshot", str(out), str(SAMPLES)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 50_000  # a rendered window, not an empty image


def test_screenshot_of_the_empty_window(tmp_path):
    out = tmp_path / "empty.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-m", "viewer", "--screenshot", str(out)], env=env, capture_output=True, timeout=60
    )
    assert proc.returncode == 0
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_the_showcase_claim_is_a_contradiction_when_there_is_one(qtbot, comparison):
    window = MainWindow(use_settings=False)
    qtbot.addWidget(window)
    assert pick_showcase_claim(window) is None
    window.show_comparison(comparison)
    assert pick_showcase_claim(window) == "A2.c42"


def _run(args: list[str], tmp_path: Path, **env_extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path), **env_extra)
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_screenshot_exits_1_when_no_input_could_be_read(tmp_path):
    bad = tmp_path / "notes.xyz"
    bad.write_text("not an article", encoding="utf-8")
    out = tmp_path / "shot.png"
    proc = _run(["--screenshot", str(out), str(bad)], tmp_path, QT_QPA_PLATFORM="offscreen")
    assert proc.returncode == 1
    assert "notes.xyz" in proc.stderr and "no article could be read" in proc.stderr
    assert not out.exists()


def test_qt_standard_options_are_accepted(tmp_path):
    out = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-m", "viewer", "-platform", "offscreen", "-style=fusion", "--screenshot", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_split_qt_options_keeps_ours_and_passes_qt_its_own():
    from viewer.cli import split_qt_options

    ours, qt = split_qt_options(["-platform", "offscreen", "a.txt", "-style=fusion", "-reverse", "--x", "b"])
    assert ours == ["a.txt", "--x", "b"]
    assert qt == ["-platform", "offscreen", "-style=fusion", "-reverse"]
    assert split_qt_options(["-plat", "x"]) == (["-plat", "x"], [])  # not Qt's: argparse refuses it
