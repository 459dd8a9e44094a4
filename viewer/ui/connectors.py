"""The narrow strip between two neighbouring panes that links aligned passages (Meld's ``linkmap.py``).

For each aligned pair with at least one end in view, a closed band of two cubic curves goes from the
passage on the left to the passage on the right, filled in the status colour and stroked; when one end is
off-screen only a short stub is drawn on the visible side, pointing the way. The selected group's
passages in panes that are not neighbours get a marked stub too, labelled with the article it leads to.

The strip is also the handle that sizes the pane to its left: drag it sideways; a double click gives
every pane its share of the width again.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from viewer.core.model import Comparison, Status
from viewer.ui.pane import ArticlePane
from viewer.ui.theme import colour, is_dark

Band = tuple[float, float, float, float, Status, bool]  # left top/bottom, right top/bottom, status, focused
FarStub = tuple[str, float, float, str, Status]  # side ("left"/"right"), top, bottom, article ids, status


class ConnectorStrip(QWidget):
    WIDTH = 44
    resize_dragged = Signal(int)  # the width the pane on the left should get
    reset_requested = Signal()
    far_pane_requested = Signal(str)  # a far stub was clicked: the article it leads to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(self.WIDTH)
        self.setCursor(Qt.CursorShape.SplitHCursor)
        self.setToolTip("Drag to widen or narrow the article on the left; double-click to share the width")
        self.left: ArticlePane | None = None
        self.right: ArticlePane | None = None
        self.comparison: Comparison | None = None
        self.focus: set[str] = set()
        self.dimmed: frozenset[Status] = frozenset()
        self.row: tuple[str, ...] = ()  # the article ids of the row, in order (for the far stubs)
        self._drag: tuple[float, int] | None = None  # press x and the left pane's width then

    def set_dimmed(self, statuses: frozenset[Status]) -> None:
        if statuses != self.dimmed:
            self.dimmed = statuses
            self.update()

    def set_row(self, row: tuple[str, ...]) -> None:
        if row != self.row:
            self.row = row
            if self.focus:  # only the selected group's far stubs depend on the row
                self.update()

    def stub_at(self, y: float) -> str | None:
        """The article a far stub at height ``y`` leads to (the nearest of those it names)."""
        for side, y0, y1, label, _ in self.far_stubs():
            h = max(14.0, min(y1 - y0, 22.0))
            mid = (y0 + y1) / 2
            if mid - h / 2 <= y <= mid + h / 2 and label:
                ids = label.split()
                return ids[0] if side == "right" else ids[-1]
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.left is None:
            return
        target = self.stub_at(event.position().y())
        if target is not None:
            self.far_pane_requested.emit(target)
            return
        self._drag = (event.globalPosition().x(), self.left.width())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            x0, w0 = self._drag
            self.resize_dragged.emit(round(w0 + event.globalPosition().x() - x0))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.reset_requested.emit()

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

    def far_stubs(self) -> list[FarStub]:
        """Focused passages in view whose aligned passages lie in panes beyond this strip's two: a
        stub on the side they lie, labelled with those articles (public for tests)."""
        if self.left is None or self.right is None or self.comparison is None or not self.focus:
            return []
        if not (self.left.is_loaded() and self.right.is_loaded()) or not self.row:
            return []
        comp, out = self.comparison, []
        li = self.row.index(self.left.article.id) if self.left.article.id in self.row else -1
        ri = self.row.index(self.right.article.id) if self.right.article.id in self.row else -1
        if li < 0 or ri < 0:
            return []
        for pane, side, beyond in (
            (self.left, "right", set(self.row[ri + 1 :])),
            (self.right, "left", set(self.row[:li])),
        ):
            top, bottom = self._to_strip(pane, 0), self._to_strip(pane, pane.viewport_height())
            for c in pane.visible_claims():
                if c.id not in self.focus:
                    continue
                far = [o for o in comp.aligned(c.id) if o.article in beyond]
                if not far:
                    continue
                y0, y1 = (self._to_strip(pane, y) for y in pane.claim_view_span(c.id))
                y0, y1 = max(y0, top), min(y1, bottom)
                if y1 <= y0:
                    continue
                ids = [a for a in self.row if a in {o.article for o in far}]
                status = (
                    Status.CONTRADICTED
                    if Status.CONTRADICTED in {c.status, *(o.status for o in far)}
                    else c.status
                )
                out.append((side, y0, y1, " ".join(ids), status))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = float(self.width())
        stub = w / 4
        bands = self.bands()
        dark = is_dark(self.palette())
        # focused bands last so that they lie on top; a dark background needs stronger bands to show
        for ly0, ly1, ry0, ry1, status, focused in sorted(bands, key=lambda b: b[5]):
            faint = status in self.dimmed and not focused
            alpha_fill = 150 if focused else (110 if dark else 55)
            alpha_pen = 255 if focused else (230 if dark else 140)
            if faint:
                alpha_fill, alpha_pen = alpha_fill // 4, alpha_pen // 3
            fill = colour(status, alpha_fill)
            pen = QPen(colour(status, alpha_pen), 1.6 if focused else (1.3 if dark else 1.0))
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
        self._paint_far_stubs(p, w)
        p.end()

    def _paint_far_stubs(self, p: QPainter, w: float) -> None:
        """An arrow towards the far pane, in the status colour, with the article ids on it."""
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.75))
        font.setBold(True)
        p.setFont(font)
        for side, y0, y1, label, status in self.far_stubs():
            h = max(14.0, min(y1 - y0, 22.0))
            mid = (y0 + y1) / 2
            top, bottom = mid - h / 2, mid + h / 2
            path = QPainterPath()
            if side == "right":  # from the left pane's edge towards panes further right
                path.moveTo(0, top)
                path.lineTo(w - 8, top)
                path.lineTo(w - 1, mid)
                path.lineTo(w - 8, bottom)
                path.lineTo(0, bottom)
            else:
                path.moveTo(w, top)
                path.lineTo(8, top)
                path.lineTo(1, mid)
                path.lineTo(8, bottom)
                path.lineTo(w, bottom)
            path.closeSubpath()
            p.fillPath(path, colour(status))
            p.setPen(QPen(Qt.GlobalColor.white if status != Status.UNIQUE else Qt.GlobalColor.black))
            text = p.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, round(w - 10))
            p.drawText(QRectF(2, top, w - 6, h), Qt.AlignmentFlag.AlignCenter, text)
