"""Colours, icons and fonts of the Qt layer, all derived from the core's one status palette.

Panes, connectors, the overview map and the sidebar chips ask this module for colours so that a status
looks the same everywhere, and so that a dark system palette gets the dark tints.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from viewer.core.model import Status
from viewer.core.palette import style
from viewer.ui.plain import tip

UNDERLINE_STYLES = {
    "solid": "SingleUnderline",
    "dotted": "DotLine",
    "wave": "WaveUnderline",
}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background of ``palette`` (or the application's) is dark."""
    if palette is None:
        palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def tint(status: Status | str, palette: QPalette | None = None) -> QColor:
    """The passage background for ``status`` on the current light or dark palette."""
    s = style(status)
    return QColor(s.tint_dark if is_dark(palette) else s.tint_light)


def colour(status: Status | str, alpha: int = 255) -> QColor:
    """The strong colour of ``status`` (chips, connectors, overview marks, underlines)."""
    c = QColor(style(status).colour)
    c.setAlpha(alpha)
    return c


def resource_icon(name: str) -> QIcon:
    """An icon shipped in ``viewer.resources`` (a small SVG); an empty icon if it is missing."""
    ref = resources.files("viewer.resources").joinpath(name)
    try:
        with resources.as_file(ref) as path:
            if path.exists():
                return QIcon(str(path))
    except (FileNotFoundError, OSError):
        pass
    return QIcon()


def status_chip_pixmap(status: Status | str, height: int = 16, widget: QWidget | None = None) -> QPixmap:
    """A round-cornered chip in the status colour with its symbol, sharp on high-DPI screens."""
    s = style(status)
    ratio = widget.devicePixelRatioF() if widget is not None else 1.0
    w = height + 4
    pm = QPixmap(int(w * ratio), int(height * ratio))
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(s.colour))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(0, 0, w, height), 4, 4)
    p.setPen(QColor("white"))
    f = QFont()
    f.setBold(True)
    f.setPixelSize(int(height * 0.8))
    p.setFont(f)
    p.drawText(QRectF(0, 0, w, height), Qt.AlignmentFlag.AlignCenter, s.symbol)
    p.end()
    return pm


class _RatioWidget:
    """Stands in for a widget when only a device pixel ratio is needed."""

    def __init__(self, ratio: float) -> None:
        self._ratio = ratio

    def devicePixelRatioF(self) -> float:
        return self._ratio


def status_icon(status: Status | str) -> QIcon:
    """The status chip as an icon, with 1x and 2x pixmaps so that it stays sharp on high-DPI screens."""
    icon = QIcon()
    for ratio in (1.0, 2.0):
        icon.addPixmap(status_chip_pixmap(status, 16, _RatioWidget(ratio)))  # type: ignore[arg-type]
    return icon


def counts_text(counts: dict[Status, int] | object) -> str:
    """'= 4 shared · ○ 2 unique · ≠ 1 contradicted' for a counts mapping."""
    parts = []
    for st in (Status.SHARED, Status.UNIQUE, Status.CONTRADICTED):
        n = counts.get(st, 0)  # type: ignore[attr-defined]
        parts.append(f"{style(st).symbol} {n} {style(st).label.lower()}")
    return "  ·  ".join(parts)


def counts_html(counts: dict[Status, int] | object, *, short: bool = False) -> str:
    """The counts of a pane's header as rich text: each status's symbol in its colour, its number and
    (unless ``short``) its name: '= 4 shared · ○ 2 unique · ≠ 1 contradicted'."""
    parts = []
    for st in (Status.SHARED, Status.UNIQUE, Status.CONTRADICTED):
        s = style(st)
        n = counts.get(st, 0)  # type: ignore[attr-defined]
        word = "" if short else f" {s.label.lower()}"
        parts.append(f'<span style="color:{s.colour}; font-weight:bold">{s.symbol}</span> {n}{word}')
    return (" &nbsp;" if short else " &nbsp;·&nbsp; ").join(parts)


# Find hits: reddish purple of the same Okabe–Ito palette, a colour no status uses
FIND_CURRENT = "#A4457A"
FIND_LIGHT = "#EBC3DA"
FIND_DARK = "#7A3A62"


def find_colour(dark: bool, current: bool = False) -> QColor:
    """The background of a find hit (the current hit is solid) on a light or dark palette."""
    return QColor(FIND_CURRENT if current else FIND_DARK if dark else FIND_LIGHT)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is (escaped, never markup, line breaks kept) and wraps long
    lines: Qt wraps only rich-text tooltips. Empty text gives no tooltip."""
    return tip(text)
