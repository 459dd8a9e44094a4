"""The claims as a two-level item model (group rows, claim rows), its filter proxy and the chip delegate.

Rows are grouped by article or by claim group. ``Qt.UserRole`` of a claim row returns the core
:class:`~viewer.core.model.Claim`; of a group row, ``None``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from viewer.core.model import Claim, Comparison, Status
from viewer.core.palette import STATUS_ORDER, style
from viewer.ui.tips import claim_tip

Index = QModelIndex | QPersistentModelIndex

STATUS_RANK = {s: i for i, s in enumerate(STATUS_ORDER)}
COLUMNS = ("", "Claim", "Article", "Sources")  # the status column is only chips: the header stays empty
STATUS_COL, TEXT_COL, ARTICLE_COL, SOURCES_COL = range(4)
SortRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2


class ClaimsModel(QAbstractItemModel):
    """Top-level rows are articles or claim groups; their children are claims."""

    BY_ARTICLE, BY_GROUP = "article", "group"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison = Comparison()
        self.grouping = self.BY_ARTICLE
        self._sections: list[tuple[str, list[Claim]]] = []
        self._order: list[str] = []
        self._shown: dict[int, int] | None = None  # claims the filter shows, by section (None: all)

    # -- content -----------------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison, order: list[str] | None = None) -> None:
        self.beginResetModel()
        self._shown = None
        self.comparison = comparison
        self._order = order or [a.id for a in comparison.articles]
        self._build()
        self.endResetModel()

    def set_grouping(self, grouping: str) -> None:
        if grouping != self.grouping:
            self.beginResetModel()
            self.grouping = grouping
            self._shown = None
            self._build()
            self.endResetModel()

    def set_shown_counts(self, shown: dict[int, int] | None) -> None:
        """How many claims of each section the filter shows, for the section titles ("3 of 12")."""
        if shown != self._shown:
            self._shown = shown
            if self._sections:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._sections) - 1, 0))

    def set_article_order(self, order: list[str]) -> None:
        self.set_comparison(self.comparison, order)

    def _build(self) -> None:
        comp = self.comparison
        rank = {aid: i for i, aid in enumerate(self._order)}
        sections: list[tuple[str, list[Claim]]] = []
        if self.grouping == self.BY_ARTICLE:
            for aid in sorted((a.id for a in comp.articles), key=lambda a: rank.get(a, 999)):
                a = comp.article(aid)
                claims = comp.claims_of(aid)
                if claims:
                    sections.append((f"{a.id}  {a.outlet or a.title}", claims))
        else:
            # contradicted groups first, the hardest disagreements (numbers, dates) before softer ones;
            # each contradicted group's title says what its sources disagree on, once per disagreement
            strength: dict[str, float] = {}
            said: dict[str, list[str]] = {}
            keyed: list[tuple[tuple[int, float, int, str], tuple[str, list[Claim]]]] = []
            k_rank, k_symbol = STATUS_RANK[Status.CONTRADICTED], style(Status.CONTRADICTED).symbol
            for d in comp.disagreements:
                claims = sorted(
                    (comp.claim(c) for c in d.claims), key=lambda c: (rank.get(c.article, 999), c.start)
                )
                for gid in dict.fromkeys([d.group] if d.group else [c.group for c in claims if c.group]):
                    assert gid is not None
                    strength[gid] = max(strength.get(gid, 0.0), d.strength)
                    said.setdefault(gid, []).append(d.detail)
                if d.group is None:
                    # a count or a source compared across groups: its own section, the claims it sets apart
                    title = f"{k_symbol} {d.kind} · {len(claims)} passages · {d.detail}"
                    keyed.append(((k_rank, -d.strength, -len(claims), "~"), (title, claims)))
            for g in comp.groups:
                claims = sorted(
                    (comp.claim(c) for c in g.claims), key=lambda c: (rank.get(c.article, 999), c.start)
                )
                s = style(g.status)
                what = " · ".join(dict.fromkeys(said.get(g.id, ()))) or s.label
                key = (STATUS_RANK[g.status], -strength.get(g.id, 0.0), -len(g.claims), g.id)
                keyed.append((key, (f"{s.symbol} {g.id} · {len(claims)} passages · {what}", claims)))
            keyed.sort(key=lambda e: e[0])
            sections.extend(section for _, section in keyed)
            seen = {c.id for _, claims in sections for c in claims}
            rest = [c for c in comp.claims if c.id not in seen]
            if rest:
                sections.append(("Not aligned", rest))
        self._sections = sections

    def claim_index(self, claim_id: str, column: int = 0) -> QModelIndex:
        for si, (_, claims) in enumerate(self._sections):
            for ci, c in enumerate(claims):
                if c.id == claim_id:
                    return self.index(ci, column, self.index(si, 0))
        return QModelIndex()

    # -- Qt model API ------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == 0 and parent.column() == 0 and 0 <= parent.row() < len(self._sections):
            return len(self._sections[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[override]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def claim(self, index: Index) -> Claim | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._sections[index.internalId() - 1][1][index.row()]

    def claim_in(self, section: int, row: int) -> Claim:
        """The row-th claim of a section (what the filter reads, without building an index)."""
        return self._sections[section][1][row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        if index.internalId() == 0:
            title, claims = self._sections[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                shown = self._shown.get(index.row()) if self._shown is not None else None
                if shown is not None and shown != len(claims):
                    return f"{title}  ({shown} of {len(claims)})"
                return f"{title}  ({len(claims)})"
            if role == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(True)
                return f
            if role == SortRole:
                return index.row()
            return None
        c = self.claim(index)
        assert c is not None
        if role == Qt.ItemDataRole.UserRole:
            return c
        if role == StatusRole:
            return str(c.status)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == STATUS_COL:
                return f"{style(c.status).symbol} {style(c.status).label}"
            if col == TEXT_COL:
                return " ".join(c.text.split())
            if col == ARTICLE_COL:
                a = self.comparison.article(c.article)
                return f"{a.id} {a.outlet or ''}".strip()
            if col == SOURCES_COL:
                return self.comparison.sources_label(c.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return claim_tip(self.comparison, c, with_text=True)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == STATUS_COL:
            return style(c.status).label
        if role == SortRole:
            if col == STATUS_COL:
                return STATUS_RANK[c.status]
            if col == SOURCES_COL:
                return -len(c.sources)
            if col == TEXT_COL:
                return c.text.lower()
            return index.row()
        return None


class ClaimsFilterProxy(QSortFilterProxyModel):
    """Status filter and text search; a group row stays while one of its claims matches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.statuses: set[Status] = set(Status)
        self.search = ""
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SortRole)

    def set_statuses(self, statuses: set[Status]) -> None:
        self._begin_filter_change()
        self.statuses = set(statuses)
        self._end_filter_change()

    def set_search(self, text: str) -> None:
        self._begin_filter_change()
        self.search = text.strip().lower()
        self._end_filter_change()

    # Qt 6.9 replaced invalidateFilter() with a begin/end pair; keep working on older Qt 6
    def _begin_filter_change(self) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()

    def _end_filter_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def is_filtering(self) -> bool:
        """Some claims are hidden by the status buttons or the search."""
        return bool(self.search) or not self.statuses >= set(Status)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # Called for every claim of a comparison when the model is reset: thousands of claims with
        # hundreds of articles, so the unfiltered case answers at once and the rest reads the claim
        # straight from the model rather than through an index and data().
        if not self.is_filtering():
            return True  # every section has claims: none is left empty
        model = self.sourceModel()
        if not source_parent.isValid():
            return False  # a group row is shown when one of its claims is (recursive filtering)
        c = model.claim_in(source_parent.row(), source_row)  # type: ignore[attr-defined]
        if c.status not in self.statuses:
            return False
        if not self.search:
            return True
        art = model.comparison.article(c.article)  # type: ignore[attr-defined]
        hay = f"{c.text} {art.outlet or ''} {art.title}".lower()
        return all(word in hay for word in self.search.split())


class StatusChipDelegate(QStyledItemDelegate):
    """Draws the status column as a coloured chip with the status symbol and label."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        c = index.data(Qt.ItemDataRole.UserRole)
        if c is None or index.column() != STATUS_COL:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        st = widget.style() if widget is not None else None
        if st is not None:
            st.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        s = style(c.status)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(option.rect).adjusted(2, 1, -2, -1)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        fm = QFontMetrics(font)
        label = f"{s.symbol} {s.label}"
        if fm.horizontalAdvance(label) + 12 > r.width():
            label = s.symbol  # a narrow column keeps the symbol, never only the colour
        w = min(r.width(), fm.horizontalAdvance(label) + 12)
        chip = QRectF(r.left(), r.top() + 2, w, min(r.height() - 2, fm.height() + 4))  # top: rows wrap
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(s.colour))
        painter.drawRoundedRect(chip, 5, 5)
        painter.setPen(QColor("#000000") if c.status == Status.UNIQUE else QColor("#ffffff"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()


class WrappedTextDelegate(QStyledItemDelegate):
    """The claim column: the text wraps onto up to ``max_lines`` lines of the column's width (the
    tooltip has all of it), so a claim can be read without widening the list."""

    max_lines = 4

    def __init__(self, header: QHeaderView, column: int) -> None:
        super().__init__(header)
        self.header, self.column = header, column

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if index.parent().isValid():
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        if not index.parent().isValid():
            return base
        width = max(40, self.header.sectionSize(self.column) - 12)
        fm = QFontMetrics(option.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        lines = fm.boundingRect(QRect(0, 0, width, 10_000), flags, text).height() // max(1, fm.lineSpacing())
        lines = max(1, min(self.max_lines, lines))
        return QSize(base.width(), max(base.height(), lines * fm.lineSpacing() + 6))
