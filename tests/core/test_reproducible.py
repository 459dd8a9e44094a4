"""The same articles give the same comparison on every run: nothing depends on the order in which Python
happens to iterate a set of strings (which changes with PYTHONHASHSEED from one process to the next)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from viewer.core.align.story import different_names, most_common

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"


def test_ties_among_the_most_mentioned_names_fall_in_name_order() -> None:
    counts = Counter({"tardis": 2, "baker": 3, "smith": 2, "adams": 2})
    assert most_common(counts, 3) == [("baker", 3), ("adams", 2), ("smith", 2)]


def test_whether_two_stories_differ_does_not_depend_on_the_order_names_arrived_in() -> None:
    names = ["avila", "brandt", "chen", "dubois", "eriksen", "fontaine"]
    words_y = {"eriksen", "fontaine", "gomez"}
    y = Counter({"gomez": 3, "eriksen": 1})
    answers = set()
    for order in (names, list(reversed(names))):
        x: Counter[str] = Counter()
        for n in order:  # each named once: the five most mentioned are a tie
            x[n] += 1
        answers.add(different_names(x, y, set(names), words_y))
    assert len(answers) == 1


def _compare(seed: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = subprocess.run(
        [sys.executable, "-m", "viewer", "compare", str(SAMPLES), "--json", "-"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout)
    return result


def test_two_runs_with_different_hash_seeds_agree() -> None:
    first, second = _compare("1"), _compare("2")
    assert first["groups"] and first["claims"]
    for key in ("claims", "groups", "contradictions", "disagreements"):
        assert first[key] == second[key], key
