"""The empty state (what to do when nothing is open), the dismissable message bar, and drop parsing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

import viewer
from viewer.ui.theme import resource_icon


def samples_dir() -> Path | None:
    """The repository's ``samples/`` folder next to the package, if it is there."""
    p = Path(viewer.__file__).resolve().parent.parent / "samples"
    return p if p.is_dir() else None


def paths_from_mime(mime: QMimeData) -> tuple[list[str], list[str]]:
    """Local paths and web addresses in a drop."""
    paths: list[str] = []
    web: list[str] = []
    for url in mime.urls():
        if url.isLocalFile():
            paths.append(url.toLocalFile())
        elif url.scheme() in ("http", "https"):
            web.append(url.toString())
    return paths, web


class EmptyState(QWidget):
    open_requested = Signal()
    samples_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel()
        icon.setPixmap(resource_icon("drop.svg").pixmap(QSize(72, 72), self.devicePixelRatioF()))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel("Drop articles here to compare them")
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        title.setFont(f)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            "Two or more articles about the same event: text, HTML, PDF or Word files, or a folder of them.\n"
            "Source Viewer lines up the passages they share and marks what only one source says "
            "and where sources disagree."
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton("Open articles…")
        self.open_button.clicked.connect(self.open_requested)
        self.samples_button = QPushButton("Open the samples")
        self.samples_button.clicked.connect(self.samples_requested)
        self.samples_button.setVisible(samples_dir() is not None)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(self.samples_button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addWidget(icon)
        lay.addWidget(title)
        lay.addWidget(hint)
        lay.addSpacing(12)
        lay.addLayout(row)
        lay.addStretch(2)
        hint.setFixedWidth(640)
        hint.setMinimumHeight(hint.heightForWidth(640))
        lay.setAlignment(hint, Qt.AlignmentFlag.AlignHCenter)


class MessageBar(QFrame):
    """A non-blocking message above the panes, closed with its ✕ button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#MessageBar { background: palette(alternate-base); border: 1px solid #E69F00;"
            " border-radius: 4px; }"
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # problems name files: data, never markup
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss this message")
        close.clicked.connect(self.hide)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        warn = QLabel("⚠")
        lay.addWidget(warn, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.label, 1)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text()


def accept_urls(event: QDragEnterEvent | QDragMoveEvent) -> None:
    """Accept a drag of files or folders (as a copy: the files stay where they are), ignore the rest."""
    if event.mimeData().hasUrls():
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
    else:
        event.ignore()
