"""The pure offset mapping behind synchronised scrolling."""

from __future__ import annotations

import pytest

from viewer.ui.syncmap import map_offset

ANCHORS = [(100.0, 200.0, 300.0, 500.0), (400.0, 500.0, 700.0, 800.0)]


@pytest.mark.parametrize(
    ("y", "expected"),
    [
        (100.0, 300.0),  # start of the first chunk
        (150.0, 400.0),  # inside a chunk: linear interpolation
        (200.0, 500.0),  # end of the chunk
        (300.0, 600.0),  # between chunks: from the end of one to the start of the next
        (450.0, 750.0),
        (50.0, 150.0),  # before the first chunk: from the start of both documents
        (750.0, 900.0),  # after the last: towards the end of both
        (1000.0, 1000.0),
    ],
)
def test_map_offset_interpolates(y: float, expected: float) -> None:
    assert map_offset(ANCHORS, y, 1000.0, 1000.0) == pytest.approx(expected)


def test_map_offset_without_anchors_is_proportional() -> None:
    assert map_offset([], 250.0, 1000.0, 2000.0) == pytest.approx(500.0)


def test_map_offset_prefers_the_tightest_chunk() -> None:
    anchors = [(0.0, 1000.0, 0.0, 100.0), (400.0, 500.0, 600.0, 700.0)]
    assert map_offset(anchors, 450.0, 1000.0, 1000.0) == pytest.approx(650.0)


def test_map_offset_does_not_run_backwards_over_reordered_chunks() -> None:
    # the next chunk lies earlier in the target: between them, keep moving forward from the previous end
    anchors = [(100.0, 200.0, 800.0, 900.0), (400.0, 500.0, 100.0, 200.0)]
    got = map_offset(anchors, 300.0, 1000.0, 1000.0)
    assert 900.0 <= got <= 1000.0


def test_map_offset_is_clamped() -> None:
    assert map_offset([(0.0, 10.0, 990.0, 2000.0)], 10.0, 100.0, 1000.0) == pytest.approx(1000.0)
    assert map_offset([], 5.0, 0.0, 100.0) == 0.0
