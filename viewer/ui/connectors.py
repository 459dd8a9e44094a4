"""The narrow strip between two neighbouring panes that links aligned passages (Meld's ``linkmap.py``).

For each aligned pair with at least one end in view, a closed band of two cubic curves goes from the
passage on the left to the passage on the right, filled in the status colour and stroked; when one end is
off-screen only a short stub is drawn on the visible side, pointing the way.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QSize
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from viewer.core.model import Comparison, Status
from viewer.ui.pane import ArticlePane
from viewer.ui.theme import colour

Band = tuple[float, float, float, float, Status, bool]  # left top/bottom, right top/bottom, status, focused


class ConnectorStrip(QWidget):
    WIDTH = 44

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(self.WIDTH)
        self.left: ArticlePane | None = None
        self.right: ArticlePane | None = None
        self.comparison: Comparison | None = None
        self.focus: set[str] = set()

    def sizeHint(self) -> QSize:
        return QSize(self.WIDTH, 100)

    def set_panes(self, left: ArticlePane, right: ArticlePane, comparison: Comparison) -> None:
        self.left, self.right, self.comparison = left, right, comparison
        self.update()

    def set_focus(self, claim_ids: set[str]) -> None:
        self.focus = set(claim_ids)
        self.update()

    def _to_strip(self, pane: ArticlePane, y: float) -> float:
        # mapTo a common ancestor, not mapToGlobal: the global mapping breaks refcounts in PySide 6.12
        top = self.window()
        vp = pane.text.viewport()
        return float(vp.mapTo(top, QPoint(0, round(y))).y() - self.mapTo(top, QPoint(0, 0)).y())

    def bands(self) -> list[Band]:
        """The bands to draw, in strip coordinates (public for tests)."""
        if self.left is None or self.right is None or self.comparison is None:
            return []
        if not (self.left.is_loaded() and self.right.is_loaded()):
            return []  # the strip loads the panes near the view; painting must not lay out text
        comp, left, right = self.comparison, self.left, self.right
        top_l = self._to_strip(left, 0)
        bot_l = self._to_strip(left, left.viewport_height())
        top_r = self._to_strip(right, 0)
        bot_r = self._to_strip(right, right.viewport_height())
        out: list[Band] = []
        visible_right = {c.id for c in right.visible_claims()}
        seen: set[tuple[str, str]] = set()
        candidates = [(c, False) for c in left.visible_claims()]
        # also links whose right end is visible but whose left end is not
        for cid in visible_right:
            for other in comp.aligned_in(cid, left.article.id):
                candidates.append((other, True))
        for c, _ in candidates:
            for o in comp.aligned_in(c.id, right.article.id):
                if (c.id, o.id) in seen:
                    continue
                seen.add((c.id, o.id))
                ly0, ly1 = (self._to_strip(left, y) for y in left.claim_view_span(c.id))
                ry0, ry1 = (self._to_strip(right, y) for y in right.claim_view_span(o.id))
                l_in = ly1 >= top_l and ly0 <= bot_l
                r_in = ry1 >= top_r and ry0 <= bot_r
                if not (l_in or r_in):
                    continue
                ly0, ly1 = max(ly0, top_l), min(ly1, bot_l)
                ry0, ry1 = max(ry0, top_r), min(ry1, bot_r)
                status = Status.CONTRADICTED if Status.CONTRADICTED in (c.status, o.status) else c.status
                focused = c.id in self.focus or o.id in self.focus
                if not l_in:
                    ly0 = ly1 = float("nan")
                if not r_in:
                    ry0 = ry1 = float("nan")
                out.append((ly0, ly1, ry0, ry1, status, focused))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = float(self.width())
        stub = w / 4
        bands = self.bands()
        # focused bands last so that they lie on top
        for ly0, ly1, ry0, ry1, status, focused in sorted(bands, key=lambda b: b[5]):
            fill = colour(status, 150 if focused else 55)
            pen = QPen(colour(status, 255 if focused else 140), 1.6 if focused else 1.0)
            path = QPainterPath()
            if ly0 != ly0:  # left end off-screen: a stub on the right side only
                path.moveTo(w, ry0)
                path.lineTo(w - stub, ry0 + 2)
                path.lineTo(w - stub, ry1 - 2)
                path.lineTo(w, ry1)
                path.closeSubpath()
            elif ry0 != ry0:
                path.moveTo(0, ly0)
                path.lineTo(stub, ly0 + 2)
                path.lineTo(stub, ly1 - 2)
                path.lineTo(0, ly1)
                path.closeSubpath()
            else:
                mid = w / 2
                path.moveTo(0, ly0)
                path.cubicTo(QPointF(mid, ly0), QPointF(mid, ry0), QPointF(w, ry0))
                path.lineTo(w, ry1)
                path.cubicTo(QPointF(mid, ry1), QPointF(mid, ly1), QPointF(0, ly1))
                path.closeSubpath()
            p.fillPath(path, fill)
            p.strokePath(path, pen)
        p.end()
