"""The claims model with the reviewer's part: marks on the claims a decision names, and drag and drop of
claims onto a group (or onto a claim) to join them ("Same claim").

A drag carries the claim ids as ``CLAIM_MIME``; the drop does nothing to the model itself, it reports
``claims_dropped`` and the window turns that into a decision, so that it is undoable like any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from viewer.core.model import Claim
from viewer.ui.claims_model import TEXT_COL, ClaimsModel
from viewer.ui.mime import CLAIM_MIME
from viewer.ui.review_marks import claim_marks, review_icon, review_lines

Index = QModelIndex | QPersistentModelIndex


class ReviewClaimsModel(ClaimsModel):
    claims_dropped = Signal(
        list, str
    )  # the dragged claim ids, the claim (or a claim of the group) dropped on

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._icons = {s: review_icon(s) for s in ("✎", "✔")}

    # -- marks ---------------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if not index.isValid() or (not self.comparison.decisions and not self.comparison.dismissed):
            return value
        c = self.claim(index)
        if c is None:
            if role == Qt.ItemDataRole.DisplayRole and self._section_reviewed(index.row()):
                return f"✎ {value}"
            return value
        if role == Qt.ItemDataRole.DecorationRole and index.column() == TEXT_COL:
            symbol = claim_marks(self.comparison).get(c.id)
            return self._icons[symbol] if symbol else None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = review_lines(self.comparison, c.id)
            return "\n".join([value, *lines]) if lines else value
        return value

    def _section_reviewed(self, section: int) -> bool:
        if self.grouping != self.BY_GROUP or not self.rowCount(self.index(section, 0)):
            return False
        gid = self.claim_in(section, 0).group
        return gid is not None and self.comparison.group(gid).reviewed

    # -- drag and drop -------------------------------------------------------------------------------
    def _target(self, index: Index) -> Claim | None:
        """The claim a drop on ``index`` joins: the claim itself, or a group row's first claim."""
        if not index.isValid():
            return None
        c = self.claim(index)
        if c is not None:
            return c
        if self.grouping == self.BY_GROUP and self.rowCount(index):
            first = self.claim_in(index.row(), 0)
            return first if first.group is not None else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = super().flags(index)
        if not index.isValid():
            return f
        if self.claim(index) is not None:
            f |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        elif self._target(index) is not None:
            f |= Qt.ItemFlag.ItemIsDropEnabled
        return f

    def mimeTypes(self) -> list[str]:
        return [CLAIM_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = list(dict.fromkeys(c.id for i in indexes if (c := self.claim(i)) is not None))
        mime = QMimeData()
        mime.setData(CLAIM_MIME, QByteArray("\n".join(ids).encode("utf-8")))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(CLAIM_MIME) and self._drop_target(row, parent) is not None

    def _drop_target(self, row: int, parent: Index) -> Claim | None:
        # between two rows of a section (row >= 0) counts as onto the section; between sections, nothing
        return self._target(parent)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = self._drop_target(row, parent)
        if not data.hasFormat(CLAIM_MIME) or target is None:
            return False
        ids = [i for i in bytes(data.data(CLAIM_MIME).data()).decode("utf-8").split("\n") if i]
        known = {c.id for c in self.comparison.claims}
        ids = [i for i in ids if i in known and i != target.id]
        if not ids:
            return False
        self.claims_dropped.emit(ids, target.id)
        return False  # nothing moves in the model: the decision changes the comparison
