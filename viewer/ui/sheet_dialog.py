"""The dialog that asks what to put on the comparison sheet before printing or exporting it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from viewer.core.model import Status
from viewer.core.palette import STATUS_STYLES
from viewer.core.report.sheet import DEFAULT_SECTIONS, Section, SheetOptions, default_page_size


class SheetOptionsDialog(QDialog):
    """Sections, "only what the sidebar shows", paper size and orientation; read back with ``options()``.

    ``statuses_in_filter`` is the set of status values ("shared", "unique", "contradicted") the sidebar
    shows now; None (or every status) means it filters nothing, and the option is then disabled.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        statuses_in_filter: Iterable[str] | None = None,
        *,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Comparison sheet")
        self._filter = (
            frozenset(Status(s) for s in statuses_in_filter)
            if statuses_in_filter is not None
            else frozenset(Status)
        )
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.title_edit = QLineEdit(title or "")
        self.title_edit.setPlaceholderText("the headline words the sources share")
        form.addRow("&Title:", self.title_edit)
        layout.addLayout(form)

        box = QGroupBox("Sections")
        box_layout = QVBoxLayout(box)
        self.section_boxes: dict[Section, QCheckBox] = {}
        for section in Section:
            check = QCheckBox(section.label)
            check.setChecked(section in DEFAULT_SECTIONS)
            box_layout.addWidget(check)
            self.section_boxes[section] = check
        layout.addWidget(box)

        shown = ", ".join(STATUS_STYLES[s].label.lower() for s in Status if s in self._filter)
        self.only_filtered = QCheckBox(f"Only the claims the sidebar shows ({shown or 'none'})")
        filtering = self._filter != frozenset(Status)
        self.only_filtered.setEnabled(filtering)
        self.only_filtered.setChecked(filtering)
        layout.addWidget(self.only_filtered)

        # the contradictions the reviewer dismissed are left off the sheet; listing them apart shows
        # what was reviewed away
        self.list_dismissed = QCheckBox(
            'List the contradictions you dismissed under "Dismissed by the reviewer"'
        )
        layout.addWidget(self.list_dismissed)

        paper = QFormLayout()
        self.page_size = QComboBox()
        self.page_size.addItems(["A4", "Letter"])
        self.page_size.setCurrentText(default_page_size())
        paper.addRow("&Paper:", self.page_size)
        self.orientation = QComboBox()
        self.orientation.addItem("Portrait", "portrait")
        self.orientation.addItem("Landscape", "landscape")
        paper.addRow("&Orientation:", self.orientation)
        layout.addLayout(paper)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> SheetOptions:
        """The choices as the core's :class:`SheetOptions`."""
        sections = frozenset(s for s, check in self.section_boxes.items() if check.isChecked())
        statuses = self._filter if self.only_filtered.isChecked() else frozenset(Status)
        return SheetOptions(
            title=self.title_edit.text().strip() or None,
            sections=sections,
            statuses=statuses,
            page_size=self.page_size.currentText(),
            orientation=str(self.orientation.currentData()),
            show_dismissed=self.list_dismissed.isChecked(),
        )
