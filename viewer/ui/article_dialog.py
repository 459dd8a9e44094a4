"""Edit article details: the title, outlet and publication date the reader guessed (often missing).

The dialog shows what was read from the file beside each field; a field left as the file has it is not
a correction. The date may be typed as the reader would find it ("Dec 1, 2025", "1 December 2025") and
is kept as an ISO date.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.model import Article, ArticleEdit
from viewer.core.read.ingest import find_date
from viewer.core.review import file_name


def parse_date(text: str) -> str | None:
    """An ISO date from what the user typed; None if it is no date ("" is no date either)."""
    text = text.strip()
    return find_date(text) if text else None


class ArticleDialog(QDialog):
    """``read`` is the article as read from its file, ``shown`` as the window shows it now."""

    def __init__(self, parent: QWidget | None, read: Article, shown: Article) -> None:
        super().__init__(parent)
        self.read = read
        self.setWindowTitle("Article Details")
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        where = QLabel(f"{read.id} · {read.path or 'not from a file'}")
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        lay.addWidget(where)
        form = QFormLayout()
        self.title_edit = QLineEdit(shown.title)
        self.outlet_edit = QLineEdit(shown.outlet or "")
        self.date_edit = QLineEdit(shown.published or "")
        self.title_edit.setPlaceholderText(read.title or "no title found")
        self.outlet_edit.setPlaceholderText(read.outlet or "no outlet found")
        self.date_edit.setPlaceholderText(read.published or "e.g. 2025-12-01 or Dec 1, 2025")
        form.addRow("&Title:", self.title_edit)
        form.addRow("&Outlet:", self.outlet_edit)
        form.addRow("&Published:", self.date_edit)
        lay.addLayout(form)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.reset_button = QPushButton("&As Read from the File")
        self.reset_button.setToolTip("Put back the title, outlet and date found in the file")
        self.reset_button.clicked.connect(self.reset)
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.date_edit.textChanged.connect(self._check)
        self.title_edit.textChanged.connect(self._check)
        self._check()

    def reset(self) -> None:
        self.title_edit.setText(self.read.title)
        self.outlet_edit.setText(self.read.outlet or "")
        self.date_edit.setText(self.read.published or "")

    def _check(self, *_: object) -> None:
        typed = self.date_edit.text().strip()
        date = parse_date(typed)
        problem = ""
        if typed and date is None:
            problem = "The date is not one this app can read: type it as 2025-12-01 or Dec 1, 2025."
        elif not self.title_edit.text().strip():
            problem = "An article needs a title."
        self.hint.setText(problem or (f"Kept as {date}." if date and date != typed else ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def edit(self) -> ArticleEdit:
        """The corrections: None where the field says what the file says."""
        title = " ".join(self.title_edit.text().split())
        outlet = " ".join(self.outlet_edit.text().split())
        date = parse_date(self.date_edit.text())
        read = self.read
        return ArticleEdit(
            file_name(read),
            title=title if title and title != read.title else None,
            outlet=outlet if outlet != (read.outlet or "") else None,
            published=date if date != read.published and (date or read.published) else None,
        )
