"""Pure offset mapping for synchronised scrolling (no Qt here, so it can move to the core).

An *anchor* says that ``source[s0:s1]`` is aligned with ``target[d0:d1]`` (pixels or characters, any
unit). :func:`map_offset` finds where a point of the source lies in the target: inside an anchor it
interpolates linearly (Meld's ``_sync_vscroll``); between anchors it interpolates between the end of
the previous and the start of the next one, so scrolling stays smooth across unaligned stretches.
"""

from __future__ import annotations

from collections.abc import Sequence

Anchor = tuple[float, float, float, float]  # s0, s1, d0, d1


def _lerp(x: float, x0: float, x1: float, y0: float, y1: float) -> float:
    if x1 <= x0:
        return y0
    t = min(1.0, max(0.0, (x - x0) / (x1 - x0)))
    return y0 + t * (y1 - y0)


def map_offset(anchors: Sequence[Anchor], y: float, source_len: float, target_len: float) -> float:
    """The point of the target that corresponds to ``y`` of the source, clamped to ``[0, target_len]``."""
    if source_len <= 0:
        return 0.0
    inside = [a for a in anchors if a[0] <= y <= a[1]]
    if inside:
        # the tightest chunk is the most precise; ties go to the one earliest in the target
        s0, s1, d0, d1 = min(inside, key=lambda a: (a[1] - a[0], a[2]))
        return max(0.0, min(target_len, _lerp(y, s0, s1, d0, d1)))
    before = [a for a in anchors if a[1] < y]
    after = [a for a in anchors if a[0] > y]
    prev = max(before, key=lambda a: (a[1], -a[3])) if before else (0.0, 0.0, 0.0, 0.0)
    nxt = (
        min(after, key=lambda a: (a[0], a[2])) if after else (source_len, source_len, target_len, target_len)
    )
    x0, y0 = prev[1], prev[3]
    x1, y1 = nxt[0], nxt[2]
    if y1 < y0:
        # the next anchor lies earlier in the target (a reordered story): keep the previous offset
        y1 = y0 + (x1 - x0)
    return max(0.0, min(target_len, _lerp(y, x0, x1, y0, y1)))
