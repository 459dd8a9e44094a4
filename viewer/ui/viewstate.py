"""What the panes' view options are (zoom, density, dimming), saved between runs, and the banner of
the focus mode."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from viewer.core.model import Status
from viewer.ui.pane import TEXT_POINT_SIZE
from viewer.ui.panestrip import PaneStrip

ZOOM_MIN, ZOOM_MAX = -4, 12  # steps of one point from the base text size


class ViewOptions:
    """Zoom, density and dimming shared by every pane, saved between runs."""

    def __init__(self, strip: PaneStrip, persist: bool) -> None:
        self.strip, self.persist = strip, persist
        self.zoom = 0
        self.compact = False
        self.dim_shared = False
        self.filter_panes = False
        self.filtered: set[Status] = set(Status)  # the statuses the claims list shows
        if persist:
            s = QSettings()
            self.zoom = _int(s.value("view/zoom", 0))
            self.compact = _bool(s.value("view/compact", False))
            self.dim_shared = _bool(s.value("view/dim_shared", False))
            self.filter_panes = _bool(s.value("view/filter_panes", False))
        self.apply()

    def text_point_size(self) -> float:
        base = TEXT_POINT_SIZE - (1.0 if self.compact else 0.0)
        return base + self.zoom

    def dimmed(self) -> frozenset[Status]:
        out = {Status.SHARED} if self.dim_shared else set()
        if self.filter_panes:
            out |= set(Status) - self.filtered
        return frozenset(out)

    def apply(self) -> None:
        self.strip.set_text_size(self.text_point_size(), self.compact)
        self.strip.set_dimmed(self.dimmed())
        if self.persist:
            s = QSettings()
            s.setValue("view/zoom", self.zoom)
            s.setValue("view/compact", self.compact)
            s.setValue("view/dim_shared", self.dim_shared)
            s.setValue("view/filter_panes", self.filter_panes)

    def set_zoom(self, zoom: int) -> None:
        self.zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        self.apply()

    def zoom_by(self, steps: int) -> None:
        self.set_zoom(self.zoom + steps)


def _bool(v: object) -> bool:
    return v not in (False, "false", 0, "0", None, "")


def _int(v: object) -> int:
    try:
        return int(str(v))
    except ValueError:
        return 0


class FocusBanner(QWidget):
    """Says which articles the focus mode shows, with the way back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton("Show All Articles")
        self.button.setToolTip("Leave the comparison of these articles (Esc)")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 2)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)
        self.hide()
