"""The reviewer's decisions as one undoable value: the store the window reads, and its undo commands.

The window keeps the engine's comparison and the reviewer's work (decisions and corrected article
details) apart. Every action of the reviewer is a :class:`ReviewCommand` on one ``QUndoStack``: it swaps
one :class:`Review` value for another, and the comparison shown is the engine's with the review applied
(``viewer.core.review.apply_decisions``: fast and pure, so undo and redo never analyse again).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from viewer.core.model import ArticleEdit, Comparison, Decision
from viewer.core.review import apply_decisions


@dataclass(frozen=True, slots=True)
class Review:
    """What the reviewer decided: the decisions in the order they were made, and article corrections."""

    decisions: tuple[Decision, ...] = ()
    edits: tuple[ArticleEdit, ...] = ()

    def with_edit(self, edit: ArticleEdit) -> Review:
        """This review with ``edit`` replacing any earlier correction of the same article (an edit that
        changes nothing is dropped)."""
        rest = tuple(e for e in self.edits if e.article != edit.article)
        empty = edit.title is None and edit.outlet is None and edit.published is None
        return replace(self, edits=rest if empty else (*rest, edit))


class ReviewStore(QObject):
    """The engine's comparison, the reviewer's :class:`Review`, and the comparison shown (both applied).

    ``changed`` is emitted whenever the comparison shown changes because the review did (a command was
    done, undone or redone, or a new review was set).
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.engine = Comparison()
        self.review = Review()
        self.shown = Comparison()

    def set_engine(self, comparison: Comparison) -> Comparison:
        """A new analysis came: keep it and return it with the review applied (no signal)."""
        self.engine = comparison
        self.shown = self._apply()
        return self.shown

    def _apply(self) -> Comparison:
        if not self.engine.articles or not (self.review.decisions or self.review.edits):
            return self.engine
        return apply_decisions(self.engine, self.review.decisions, edits=self.review.edits)

    def set_review(self, review: Review) -> None:
        """Show ``review`` applied (what commands call; not itself undoable)."""
        self.review = review
        self.shown = self._apply()
        self.changed.emit()

    def push(self, text: str, review: Review) -> bool:
        """Do an action named ``text`` ("Join 2 claims") that turns the review into ``review``, as one
        undoable step. False (and nothing on the stack) when it would change nothing."""
        if review == self.review:
            return False
        self.stack.push(ReviewCommand(self, text, self.review, review))
        return True

    def reset(self, review: Review | None = None, *, quiet: bool = False) -> None:
        """Start afresh (a session opened): no history, ``review`` or nothing. ``quiet``: no signal, as
        an analysis that shows the comparison is about to start."""
        self.stack.clear()
        if quiet:
            self.review = review or Review()
            self.shown = self._apply()
        else:
            self.set_review(review or Review())

    def decisions(self) -> tuple[Decision, ...]:
        return self.review.decisions


class ReviewCommand(QUndoCommand):
    """One reviewer action: the review before it and after it."""

    def __init__(self, store: ReviewStore, text: str, before: Review, after: Review) -> None:
        super().__init__(text)
        self._store = store
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._store.set_review(self._after)

    def undo(self) -> None:
        self._store.set_review(self._before)
