"""Where each pane of the strip lies in its row, from the pane widths alone (no Qt here).

Every pane has a fixed width (the strip's default or one the user dragged), and a connector of fixed
width lies between two neighbours, so positions are sums: they hold for panes that are not laid out yet.
"""

from __future__ import annotations

from collections.abc import Sequence


class RowGeometry:
    def __init__(self, widths: Sequence[int], gap: int, margin: int) -> None:
        self.widths, self.gap, self.margin = list(widths), gap, margin
        self._x: list[int] = []
        x = margin
        for w in self.widths:
            self._x.append(x)
            x += w + gap

    def x(self, index: int) -> int:
        """Where the index-th pane starts."""
        if index < len(self._x):
            return self._x[index]
        return self.total() - self.margin  # after the last one

    def total(self) -> int:
        """The row's width, margins included."""
        n = len(self.widths)
        return 2 * self.margin + sum(self.widths) + max(0, n - 1) * self.gap

    def in_range(self, left: float, right: float) -> list[int]:
        """Indexes of the panes that overlap ``[left, right]``."""
        return [
            i
            for i, (x, w) in enumerate(zip(self._x, self.widths, strict=True))
            if x + w >= left and x <= right
        ]

    def reveal(self, indexes: Sequence[int], value: int, view: int, keep: int | None = None) -> int:
        """The scroll value that shows the panes ``indexes`` whole, moving as little as possible from
        ``value``; when they do not all fit in ``view``, pane ``keep`` (else the first) is shown whole."""
        if not indexes:
            return value
        lo = min(self._x[i] for i in indexes) - self.margin
        hi = max(self._x[i] + self.widths[i] for i in indexes) + self.margin
        if hi - lo > view:
            k = keep if keep is not None else indexes[0]
            lo, hi = self._x[k] - self.margin, self._x[k] + self.widths[k] + self.margin
        if lo < value:
            return max(0, lo)
        if hi > value + view:
            # scroll right, so that the row starts at a pane's edge rather than in the middle of one
            least = hi - view
            starts = [x - self.margin for x in self._x if least <= x - self.margin <= lo]
            return max(0, min(starts) if starts else least)
        return value
