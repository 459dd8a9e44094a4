"""Positions of panes in the row, from widths alone, and the scroll value that reveals some of them."""

from __future__ import annotations

import pytest

from viewer.ui.rowgeometry import RowGeometry

ROW = RowGeometry([200, 300, 200, 200], gap=40, margin=4)  # x: 4, 244, 584, 824; total 1028


def test_positions_and_total():
    assert [ROW.x(i) for i in range(4)] == [4, 244, 584, 824]
    assert ROW.total() == 1028
    assert ROW.in_range(250, 600) == [1, 2]
    assert ROW.in_range(0, 3) == []


@pytest.mark.parametrize(
    ("indexes", "value", "view", "keep", "expected"),
    [
        ([0], 0, 500, None, 0),  # in view already
        ([1], 0, 600, None, 0),  # in view already (244..544 + margin)
        ([2], 0, 500, None, 580),  # right: the row starts at the pane's own edge (788 - 500 > 240)
        ([2], 0, 700, None, 240),  # right: at pane 1's edge, the nearest that shows pane 2 whole
        ([3], 0, 300, None, 820),  # right: the pane's own edge
        ([0], 600, 500, None, 0),  # left: the pane's edge
        ([0, 3], 0, 1100, None, 0),  # both fit
        ([0, 3], 300, 600, 3, 580),  # they do not fit: pane `keep` is shown whole (with pane 2)
        ([1, 2], 0, 600, None, 240),  # both, from pane 1's edge
        ([], 123, 500, None, 123),
    ],
)
def test_reveal(indexes, value, view, keep, expected):
    assert ROW.reveal(indexes, value, view, keep) == expected
