"""How the reviewer's work is marked in the window: a bar and symbol in a pane's left margin beside each
passage a decision names, a dashed frame round the passages picked for an action, the same symbol in the
claims list, and lines for tooltips.

The reviewer's colour is Okabe–Ito's reddish purple, which no status uses; the symbol (✎, or ✔ for a
confirmed contradiction) says it without the colour.
"""

from __future__ import annotations

import weakref
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from viewer.core.model import Article, Comparison, Disagreement
from viewer.core.review import file_name

REVIEW_COLOUR = "#CC79A7"
NOTE_SYMBOL = "✎"
CONFIRMED_SYMBOL = "✔"
GUTTER_X = 2.0  # the bar sits in the text's left margin (the document margin is 10 px)
GUTTER_WIDTH = 3.0

# the marks of the comparison last asked about (panes paint often, comparisons change seldom); keyed by
# identity, as hashing a comparison would read all of it
_cache: list[tuple[weakref.ref[Comparison], dict[str, str]]] = []


def claim_marks(comparison: Comparison) -> dict[str, str]:
    """The claims the reviewer's applied decisions touch, each with its symbol."""
    if _cache and _cache[0][0]() is comparison:
        return _cache[0][1]
    out: dict[str, str] = {}
    for d in comparison.decisions:
        if d.applied:
            for cid in d.claims:
                if cid:
                    out.setdefault(cid, NOTE_SYMBOL)
    for dis in comparison.disagreements:
        if dis.confirmed:
            for cid in dis.claims:
                out[cid] = CONFIRMED_SYMBOL
        elif dis.by == "user":
            for cid in dis.claims:
                out.setdefault(cid, NOTE_SYMBOL)
    _cache[:] = [(weakref.ref(comparison), out)]
    return out


def disagreement_note(dis: Disagreement) -> str:
    """The reviewer's note on a disagreement, less the engine's own words (confirming one records them)."""
    return "\n".join(line for line in dis.note.split("\n") if line.strip() and line != dis.detail)


def edited_note(comparison: Comparison, article: Article) -> str:
    """'Details corrected by you: outlet, date' when the reviewer corrected this article's details."""
    name = file_name(article)
    for e in comparison.edits:
        if e.article == name:
            fields = [
                f
                for f, v in (("title", e.title), ("outlet", e.outlet), ("date", e.published))
                if v is not None
            ]
            return f"Details corrected by you: {', '.join(fields)}" if fields else ""
    return ""


def review_lines(comparison: Comparison, claim_id: str) -> list[str]:
    """What the reviewer decided about a claim, one line each ("Grouped by you", "Your note: …")."""
    lines: list[str] = []
    if comparison.grouped_by_reviewer(claim_id):
        lines.append(f"{NOTE_SYMBOL} Grouped by you")
    for dis in comparison.disagreements_of(claim_id):
        if dis.confirmed:
            lines.append(f"{CONFIRMED_SYMBOL} Contradiction confirmed by you")
        elif dis.by == "user":
            lines.append(f"{NOTE_SYMBOL} Contradiction marked by you: {dis.detail}")
        if disagreement_note(dis):
            lines.append(f"{NOTE_SYMBOL} Your note on the contradiction: {disagreement_note(dis)}")
    lines.extend(f"{NOTE_SYMBOL} Your note: {n}" for n in comparison.notes_of(claim_id))
    dismissed = [k for k in comparison.dismissed if claim_id in k.claims]
    lines.extend(f"Dismissed by you: {k.detail}" for k in dismissed)
    for d in comparison.decisions_of(claim_id):
        if not d.applied:
            lines.append(f"Not applied: {d.why_not}")
    return lines


def paint_pane_marks(pane: Any, painter: QPainter) -> None:  # an ArticlePane (which imports this module)
    """Draw the reviewer's marks of the passages of ``pane`` that are in view."""
    marks = claim_marks(pane.comparison)
    basket = pane.basket
    if not marks and not basket:
        return
    mine = [c for c in pane.comparison.claims_of(pane.article.id) if c.id in marks or c.id in basket]
    if not mine:
        return
    height = pane.viewport_height()
    width = pane.text.viewport().width()
    colour = QColor(REVIEW_COLOUR)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPixelSize(9)
    font.setBold(True)
    painter.setFont(font)
    for c in mine:
        y0, y1 = pane.claim_view_span(c.id)
        if y1 < 0 or y0 > height:
            continue
        if c.id in marks:
            painter.fillRect(QRectF(GUTTER_X, y0, GUTTER_WIDTH, max(4.0, y1 - y0)), colour)
        if c.id in basket:
            pen = QPen(colour, 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(7.5, y0 - 1.5, width - 15.0, y1 - y0 + 3.0), 3, 3)
    painter.restore()


def review_icon(symbol: str = NOTE_SYMBOL, size: int = 14) -> QIcon:
    """The reviewer's symbol as a small icon (claims list)."""
    icon = QIcon()
    for ratio in (1.0, 2.0):
        pm = QPixmap(int(size * ratio), int(size * ratio))
        pm.setDevicePixelRatio(ratio)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(REVIEW_COLOUR))
        p.drawRoundedRect(QRectF(0, 0, size, size), 3, 3)
        f = QFont()
        f.setBold(True)
        f.setPixelSize(int(size * 0.8))
        p.setFont(f)
        p.setPen(QColor("white"))
        p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, symbol)
        p.end()
        icon.addPixmap(pm)
    return icon
