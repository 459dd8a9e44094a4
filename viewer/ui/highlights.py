"""The formats of a pane's text: claim tints by status, the selection, dimmed passages and find hits.

All as ``QTextEdit.ExtraSelection`` over the plain text, so no markup ever reaches the document. The
pane keeps what is selected, hovered, dimmed and found; this module only turns that into formats.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from viewer.core.model import Article, Claim, Status
from viewer.core.palette import style
from viewer.ui.theme import UNDERLINE_STYLES, colour, find_colour, is_dark, tint


@dataclass
class PaneMarks:
    """What a pane shows besides its text (the pane owns one and changes it)."""

    primary: str | None = None  # the selected claim
    focus: set[str] = field(default_factory=set)  # it and the passages aligned with it
    hovered: str | None = None
    dimmed: frozenset[Status] = frozenset()  # statuses drawn without tint, in muted text
    hits: list[tuple[int, int]] = field(default_factory=list)  # find hits: start, end offsets
    current_hit: int | None = None  # index in ``hits`` of the hit that find went to


def muted_text(palette: QPalette) -> QColor:
    """Text colour half way to the background: readable, but it steps back."""
    t, b = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    mix = 0.5 if is_dark(palette) else 0.55
    return QColor.fromRgbF(
        t.redF() + (b.redF() - t.redF()) * mix,
        t.greenF() + (b.greenF() - t.greenF()) * mix,
        t.blueF() + (b.blueF() - t.blueF()) * mix,
    )


def _selection(doc: QTextDocument, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
    sel = QTextEdit.ExtraSelection()
    cur = QTextCursor(doc)
    n = doc.characterCount() - 1
    cur.setPosition(max(0, min(start, n)))
    cur.setPosition(max(0, min(end, n)), QTextCursor.MoveMode.KeepAnchor)
    sel.cursor, sel.format = cur, fmt
    return sel


def claim_format(c: Claim, marks: PaneMarks, palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if c.id == marks.primary:
        # the selected passage: solid status colour, text in the colour that reads on it
        fmt.setBackground(colour(c.status))
        fmt.setForeground(QColor("#000000" if c.status == Status.UNIQUE else "#ffffff"))
    elif c.id in marks.focus or c.id == marks.hovered:
        fmt.setBackground(colour(c.status, 170 if is_dark(palette) else 110))
    elif c.status in marks.dimmed:
        fmt.setForeground(muted_text(palette))
        return fmt  # no tint and no underline: the passages that differ stand out
    else:
        fmt.setBackground(tint(c.status, palette))
    fmt.setUnderlineStyle(
        getattr(QTextCharFormat.UnderlineStyle, UNDERLINE_STYLES[style(c.status).underline])
    )
    fmt.setUnderlineColor(QColor(style(c.status).colour))
    return fmt


def selections(
    doc: QTextDocument, article: Article, claims: Sequence[Claim], marks: PaneMarks, palette: QPalette
) -> list[QTextEdit.ExtraSelection]:
    """Every extra selection of a pane, later ones drawn over earlier ones (find hits on top)."""
    out = []
    muted = QTextCharFormat()
    muted.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
    for start, end in article.boilerplate:
        out.append(_selection(doc, start, end, muted))
    for c in claims:
        out.append(_selection(doc, c.start, c.end, claim_format(c, marks, palette)))
    dark = is_dark(palette)
    for i, (start, end) in enumerate(marks.hits):
        fmt = QTextCharFormat()
        current = i == marks.current_hit
        fmt.setBackground(find_colour(dark, current))
        fmt.setForeground(QColor("#ffffff" if current or dark else "#000000"))
        if current:
            fmt.setFontUnderline(True)
        out.append(_selection(doc, start, end, fmt))
    return out
