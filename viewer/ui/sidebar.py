"""The claims sidebar: search, status filter buttons with counts, and the grouped claims tree."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from viewer.core.model import Claim, Comparison, Status
from viewer.core.palette import STATUS_ORDER, style
from viewer.ui.claims_model import (
    ARTICLE_COL,
    SOURCES_COL,
    STATUS_COL,
    TEXT_COL,
    ClaimsFilterProxy,
    ClaimsModel,
    StatusChipDelegate,
    WrappedTextDelegate,
)
from viewer.ui.review_model import ReviewClaimsModel
from viewer.ui.theme import status_icon

EXPAND_ALL_UP_TO = 600  # claims; larger comparisons open their first sections only
# a filter button says plainly whether it is on: filled when on, outlined with grey text when off
BUTTON_STYLE = (
    "QToolButton { border: 1px solid palette(mid); border-radius: 4px; padding: 2px 6px; }"
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border-color: palette(highlight); font-weight: bold; }"
    "QToolButton:!checked { background: transparent; color: palette(placeholder-text); }"
)


class ClaimsTree(QTreeView):
    """The claims tree; Ctrl+C copies the text of the selected claims, one a line."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            text = self.selected_text()
            if text:
                QGuiApplication.clipboard().setText(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_text(self) -> str:
        """The selected claims' text (a selected section gives the claims it shows), in view order."""
        model = self.model()
        seen: set[str] = set()
        lines: list[str] = []
        rows = sorted(self.selectionModel().selectedRows(0), key=lambda i: (i.parent().row(), i.row()))
        for index in rows:
            children = (
                [model.index(k, 0, index) for k in range(model.rowCount(index))]
                if not index.parent().isValid()
                else [index]
            )
            for child in children:
                c = child.data(Qt.ItemDataRole.UserRole)
                if isinstance(c, Claim) and c.id not in seen:
                    seen.add(c.id)
                    lines.append(" ".join(c.text.split()))
        return "\n".join(lines)


class ClaimsSidebar(QWidget):
    claim_selected = Signal(str)
    statuses_changed = Signal()  # the status filter buttons changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ReviewClaimsModel(self)
        self.proxy = ClaimsFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search claims (Ctrl+K)")
        self.search.setAccessibleName("Search the claims")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)

        self.status_buttons: dict[Status, QToolButton] = {}
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for st in STATUS_ORDER:
            b = QToolButton()
            b.setCheckable(True)
            b.setChecked(True)
            b.setIcon(status_icon(st))
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setStyleSheet(BUTTON_STYLE)
            b.setAccessibleName(f"Show {style(st).label.lower()} claims")
            b.setToolTip(f"Show {style(st).label.lower()} claims: {style(st).description}")
            b.toggled.connect(self._on_status_button_toggled)
            self.status_buttons[st] = b
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.view = ClaimsTree()
        self.view.setAccessibleName("Claims")
        self.view.setModel(self.proxy)
        self.view.setItemDelegateForColumn(STATUS_COL, StatusChipDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several claims can be selected for a reviewer's action (Ctrl/Shift+click), and a claim dragged
        # onto a group joins it
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        # claims wrap onto the lines they need: a claim cut at the list's width could not be read
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the last line of a long claim
        self.view.setUniformRowHeights(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(False)
        self.view.setAllColumnsShowFocus(True)
        header = self.view.header()
        header.setSectionResizeMode(STATUS_COL, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(STATUS_COL, 56)  # room for the indent and a symbol chip
        header.setSectionResizeMode(TEXT_COL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ARTICLE_COL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCES_COL, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.view.setItemDelegateForColumn(TEXT_COL, WrappedTextDelegate(header, TEXT_COL))
        # wrapped rows change height with the column's width
        header.sectionResized.connect(lambda i, _old, _new: i == TEXT_COL and self.view.doItemsLayout())
        # columns sized to their contents read only the rows in view: every row was read (~3,500 calls
        # into the model, ~30 ms) each time a comparison of hundreds of articles was shown
        header.setResizeContentsPrecision(0)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_changed)
        self.proxy.modelReset.connect(self._after_reset)
        self.proxy.layoutChanged.connect(self._after_reset)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.search)
        lay.addLayout(buttons)
        lay.addWidget(self.summary)
        lay.addWidget(self.view, 1)
        self.view.setColumnHidden(ARTICLE_COL, True)  # grouped by article at first
        self._update_counts()

    # -- content -----------------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison, order: list[str] | None = None) -> None:
        self.model.set_comparison(comparison, order)
        self._update_counts()

    def set_grouping(self, grouping: str) -> None:
        current = self.selected_claim()
        self.model.set_grouping(grouping)
        # grouped by article, the article column only repeats the group row
        self.view.setColumnHidden(ARTICLE_COL, grouping == ClaimsModel.BY_ARTICLE)
        if current:
            self.select_claim(current)

    def _after_reset(self) -> None:
        sections = self.proxy.rowCount()
        if not self.proxy.is_filtering():
            shown_claims = len(self.model.comparison.claims)  # without filtering every section's rows
            self.model.set_shown_counts(None)
        else:
            counts = {}
            for r in range(sections):
                index = self.proxy.index(r, 0)
                counts[self.proxy.mapToSource(index).row()] = self.proxy.rowCount(index)
            shown_claims = sum(counts.values())
            self.model.set_shown_counts(counts)  # the section titles say "3 of 12"
        # expand before spanning: the view lays its rows out once, at the first span, rather than
        # again at each expansion
        if sections and shown_claims <= EXPAND_ALL_UP_TO:
            self.view.expandAll()
        else:
            # hundreds of articles: open the first sections only (a selected claim opens its own), since
            # laying out thousands of rows through the filter would stall the window for a second
            shown = 0
            for r in range(sections):
                if shown >= EXPAND_ALL_UP_TO // 6:
                    break
                index = self.proxy.index(r, 0)
                self.view.expand(index)
                shown += self.proxy.rowCount(index)
        for r in range(sections):
            self.view.setFirstColumnSpanned(r, QModelIndex(), True)

    def _update_counts(self) -> None:
        comp = self.model.comparison
        counts = comp.counts()
        for st, b in self.status_buttons.items():
            b.setText(f"{style(st).label} {counts.get(st, 0)}")
        n = len(comp.claims)
        self.summary.setText(
            f"{n} claims in {len(comp.articles)} articles, {len(comp.groups)} aligned groups, "
            f"{len(comp.disagreements)} disagreement{'s' if len(comp.disagreements) != 1 else ''}"
            if comp.articles
            else "No articles yet"
        )

    # -- filter ------------------------------------------------------------------------------------
    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._after_reset()

    def _on_status_button_toggled(self, _checked: bool) -> None:
        self.proxy.set_statuses({st for st, b in self.status_buttons.items() if b.isChecked()})
        self._after_reset()
        self.statuses_changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- selection ---------------------------------------------------------------------------------
    def selected_claim(self) -> str | None:
        c = self.view.currentIndex().data(Qt.ItemDataRole.UserRole)
        return c.id if isinstance(c, Claim) else None

    def selected_claims(self) -> list[str]:
        """The claims selected in the list (several with Ctrl/Shift+click), the current one first."""
        rows = self.view.selectionModel().selectedRows(0)
        ids = [c.id for i in rows if isinstance(c := i.data(Qt.ItemDataRole.UserRole), Claim)]
        cur = self.selected_claim()
        if cur in ids:
            ids.remove(cur)
            ids.insert(0, cur)
        return ids

    def select_claim(self, claim_id: str) -> bool:
        """Make a claim current (without emitting ``claim_selected``); False if it is filtered out."""
        src = self.model.claim_index(claim_id)
        idx = self.proxy.mapFromSource(src)
        if not idx.isValid():
            return False
        self.blockSignals(True)
        try:
            self.view.selectionModel().setCurrentIndex(
                idx,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self.blockSignals(False)
        self.view.scrollTo(idx)
        return True

    def _visible_claims(self) -> list[Claim]:
        out = []
        for r in range(self.proxy.rowCount()):
            parent = self.proxy.index(r, 0)
            for k in range(self.proxy.rowCount(parent)):
                c = self.proxy.index(k, 0, parent).data(Qt.ItemDataRole.UserRole)
                if c is not None:
                    out.append(c)
        return out

    def step(self, direction: int, contradicted_only: bool = False) -> str | None:
        """Select the next (+1) or previous (-1) visible claim, or contradicted claim; wraps around."""
        claims = self._visible_claims()
        if contradicted_only:
            claims = [c for c in claims if c.status == Status.CONTRADICTED]
        if not claims:
            return None
        ids = [c.id for c in claims]
        cur = self.selected_claim()
        i = (ids.index(cur) + direction) % len(ids) if cur in ids else 0 if direction > 0 else len(ids) - 1
        self.select_claim(ids[i])
        self.claim_selected.emit(ids[i])
        return ids[i]

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        c = current.data(Qt.ItemDataRole.UserRole)
        if isinstance(c, Claim):
            self.claim_selected.emit(c.id)
        elif (
            self.model.grouping == ClaimsModel.BY_GROUP
            and current.isValid()
            and not current.parent().isValid()
        ):
            # a claim group's row: its first claim shows the group in every pane, the others beside it
            first = self.proxy.index(0, 0, current.siblingAtColumn(0)).data(Qt.ItemDataRole.UserRole)
            if isinstance(first, Claim):
                self.claim_selected.emit(first.id)
