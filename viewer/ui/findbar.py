"""Find in the articles: a bar above the panes that marks every hit in every pane and overview map,
counts them, and goes to the next or previous one (F3 / Shift+F3, Enter / Shift+Enter).

The search is over each article's plain text, case-insensitive, with exact character offsets; a hit is
marked by its pane, so it also shows in panes whose text is loaded later.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from viewer.ui.panestrip import PaneStrip

Hit = tuple[str, int, int]  # article id, start, end


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Where ``query`` occurs in ``text`` (case-insensitive; spaces in the query match any run of white
    space, so a phrase is found across a line break), as start and end offsets into ``text``."""
    words = query.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]


class FindField(QLineEdit):
    """The query field: Enter goes to the next hit, Shift+Enter to the previous one."""

    stepped = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.stepped.emit(-1 if shift else 1)
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    def __init__(self, strip: PaneStrip, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strip = strip
        self.hits: list[Hit] = []
        self.current: int | None = None
        self.field = FindField()
        self.field.setPlaceholderText("Find in the articles")
        self.field.setAccessibleName("Find in the articles")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.stepped.connect(self.step)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setMinimumWidth(150)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 2)
        label = QLabel("Find:")
        label.setBuddy(self.field)
        lay.addWidget(label)
        self.field.setMaximumWidth(420)
        lay.addWidget(self.field, 1)
        for text, tip, slot in (
            ("▲", "Previous match (Shift+F3)", lambda: self.step(-1)),
            ("▼", "Next match (F3)", lambda: self.step(1)),
            ("✕", "Close the find bar (Esc)", self.close_bar),
        ):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.setAutoRaise(True)
            b.clicked.connect(slot)
            lay.addWidget(b)
        lay.addWidget(self.count_label)
        lay.addStretch(1)
        self.hide()
        strip.focus_mode_changed.connect(self.refresh)

    def open_bar(self) -> None:
        """Show the bar with the query selected, ready to type."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        for p in self.strip.panes:
            p.set_hits([])
        self.hits, self.current = [], None

    def _on_field_text_changed(self, _text: str) -> None:
        self.current = None
        self.refresh()

    def refresh(self) -> None:
        """Search the shown panes again (new text, comparison, or focus mode) and mark the hits."""
        if not self.isVisible():
            return
        query = self.field.text()
        hits: list[Hit] = []
        shown = {id(p) for p in self.strip.shown_panes()}
        for p in self.strip.panes:
            found = find_all(p.article.text, query) if id(p) in shown else []
            hits += [(p.article.id, s, e) for s, e in found]
        self.hits = hits
        if self.current is not None and self.current >= len(hits):
            self.current = None
        self._mark()

    def step(self, direction: int) -> None:
        """Go to the next (+1) or previous (-1) hit, across panes in their order; wraps around."""
        if not self.isVisible():
            self.open_bar()
        if not self.hits:
            self._mark()
            return
        if self.current is None:
            self.current = 0 if direction > 0 else len(self.hits) - 1
        else:
            self.current = (self.current + direction) % len(self.hits)
        self._mark()
        aid, start, _ = self.hits[self.current]
        shown = self.strip.shown_panes()
        for i, p in enumerate(shown):
            if p.article.id == aid:
                self.strip.reveal_pane(i)
                p.scroll_to_offset(start)

    def _mark(self) -> None:
        per_pane: dict[str, list[tuple[int, int]]] = {}
        current_of: dict[str, int] = {}
        for k, (aid, s, e) in enumerate(self.hits):
            if k == self.current:
                current_of[aid] = len(per_pane.get(aid, []))
            per_pane.setdefault(aid, []).append((s, e))
        for p in self.strip.panes:
            p.set_hits(per_pane.get(p.article.id, []), current_of.get(p.article.id))
        self.count_label.setText(self.count_text())

    def count_text(self) -> str:
        """'3 of 17 matches in 4 articles', 'No matches' or nothing for an empty query."""
        if not self.field.text().strip():
            return ""
        n = len(self.hits)
        if n == 0:
            return "No matches"
        arts = len({a for a, _, _ in self.hits})
        where = f" in {arts} article{'s' if arts != 1 else ''}"
        if self.current is None:
            return f"{n} match{'es' if n != 1 else ''}{where}"
        return f"{self.current + 1} of {n}{where}"
