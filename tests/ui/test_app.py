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
