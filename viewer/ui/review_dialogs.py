"""Small dialogs of the reviewer's actions: the reason two passages disagree, a note, the decisions list.

Passages are article text: they are shown as plain text, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.model import AppliedDecision, Comparison, Decision

QUOTE_CHARS = 220  # a passage is shown in full up to about this length, then cut with an ellipsis

ACTION_LABELS = {
    "same": "Same claim",
    "different": "Not the same claim",
    "contradiction": "They disagree",
    "not_contradiction": "Not a contradiction",
    "note": "Note",
}


def _short(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def passage_label(comparison: Comparison, claim_id: str) -> QLabel:
    """A claim as a plain-text label: its article and its words."""
    c = comparison.claim(claim_id)
    a = comparison.article(c.article)
    label = QLabel(f"{a.id} · {a.outlet or a.title}: “{_short(c.text)}”")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setToolTip(c.text)
    return label


class _TextDialog(QDialog):
    """The passages concerned, a prompt, a text field, OK / Cancel (OK only with text where required)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        comparison: Comparison,
        claim_ids: Sequence[str],
        prompt: str,
        text: str = "",
        *,
        required: bool,
        multiline: bool,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        for cid in claim_ids:
            lay.addWidget(passage_label(comparison, cid))
        ask = QLabel(prompt)
        ask.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(ask)
        self.edit: QLineEdit | QPlainTextEdit
        if multiline:
            self.edit = QPlainTextEdit(text)
            self.edit.setTabChangesFocus(True)
            self.edit.textChanged.connect(self._update_ok)
        else:
            self.edit = QLineEdit(text)
            self.edit.textChanged.connect(self._update_ok)
        ask.setBuddy(self.edit)
        lay.addWidget(self.edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._required = required
        self._update_ok()
        self.edit.setFocus()

    def text(self) -> str:
        if isinstance(self.edit, QPlainTextEdit):
            return self.edit.toPlainText()
        return self.edit.text()

    def set_text(self, text: str) -> None:
        if isinstance(self.edit, QPlainTextEdit):
            self.edit.setPlainText(text)
        else:
            self.edit.setText(text)

    def _update_ok(self, *_: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text().strip()) or not self._required)


class ReasonDialog(_TextDialog):
    """They disagree: why the two passages contradict each other (required)."""

    def __init__(self, parent: QWidget | None, comparison: Comparison, a: str, b: str) -> None:
        super().__init__(
            parent,
            "They Disagree",
            comparison,
            (a, b),
            "Why do these passages contradict each other? (printed on the sheet)",
            required=True,
            multiline=False,
        )
        assert isinstance(self.edit, QLineEdit)
        self.edit.setPlaceholderText("e.g. one says 40 people were evacuated, the other 400")


class NoteDialog(_TextDialog):
    """A note on a passage or a disagreement; an empty note removes the one there was."""

    def __init__(
        self, parent: QWidget | None, comparison: Comparison, claim_ids: Sequence[str], text: str = ""
    ) -> None:
        what = "these passages' disagreement" if len(claim_ids) > 1 else "this passage"
        super().__init__(
            parent,
            "Note",
            comparison,
            claim_ids,
            f"Your note on {what} (leave it empty to remove the note):",
            text,
            required=False,
            multiline=True,
        )


def decision_summary(comparison: Comparison, applied: AppliedDecision) -> str:
    """One line for a decision: its action and its passages (by article id where the quote was found,
    else by file name) with their first words."""
    d = applied.decision
    found = list(applied.claims) + [""] * (len(d.passages) - len(applied.claims))
    quotes = "; ".join(
        f"{comparison.claim(cid).article if cid else p.article}: “{_short(p.quote, 60)}”"
        for p, cid in zip(d.passages, found, strict=False)
    )
    label = ACTION_LABELS.get(d.action, d.action)
    pair = {c for c in found[:2] if c}
    if d.action == "contradiction" and any(
        k.confirmed and k.by != "user" and set(k.claims) == pair for k in comparison.contradictions
    ):
        label = "Confirmed"
    extra = d.note or (d.reason if label != "Confirmed" else "")
    return f"{label}: {quotes}" + (f" ({_short(extra, 80)})" if extra else "")


class DecisionsDialog(QDialog):
    """Every decision of the reviewer on this comparison, applied or not (and why not). ``remove``, where
    given, takes back the decisions selected (an undoable step of the window)."""

    def __init__(
        self,
        parent: QWidget | None,
        comparison: Comparison,
        remove: Callable[[list[Decision]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._comparison = comparison
        self._remove = remove
        self.setWindowTitle("Your Decisions")
        self.resize(720, 420)
        lay = QVBoxLayout(self)
        n = len(comparison.decisions)
        applied = sum(1 for d in comparison.decisions if d.applied)
        head = QLabel(
            f"{n} decision{'s' if n != 1 else ''}; {applied} applied, {n - applied} not applied"
            if n
            else "You have made no decisions on this comparison yet."
        )
        head.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(head)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["", "Decision", "Why not applied"])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        for d in comparison.decisions:
            item = QTreeWidgetItem(["✓" if d.applied else "✗", decision_summary(comparison, d), d.why_not])
            item.setToolTip(1, decision_summary(comparison, d))
            item.setToolTip(2, d.why_not)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(1, 460)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        lay.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.remove_button = buttons.addButton("&Take Back Selected", QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.setToolTip("Take the selected decisions back (Edit > Undo brings them back)")
        self.remove_button.setEnabled(False)
        self.remove_button.setVisible(remove is not None)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.tree.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.tree.selectedItems()))
        )
        lay.addWidget(buttons)

    def _on_remove_clicked(self) -> None:
        rows = sorted(self.tree.indexOfTopLevelItem(i) for i in self.tree.selectedItems())
        chosen = [self._comparison.decisions[r].decision for r in rows]
        if chosen and self._remove is not None:
            self._remove(chosen)
            self.accept()
