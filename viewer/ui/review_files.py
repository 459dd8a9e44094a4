"""The review's place in the window: the Edit menu, File > Export / Import Decisions, the decisions count
in the status bar, and the review's part of session files.

``install(window)`` is called once the window's menus exist; the rest is called by the File menu and by
the session slots of :mod:`viewer.ui.menus`.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton

from viewer.core.model import Decision, Problem
from viewer.core.review import read_decisions, save_decisions
from viewer.ui import review_edits as edits
from viewer.ui.review_actions import ReviewActions
from viewer.ui.review_dialogs import DecisionsDialog
from viewer.ui.undo import Review

if TYPE_CHECKING:
    from viewer.ui.window_api import WindowApi

DECISIONS_FILTER = "Source Viewer decisions (*.decisions.json *.json);;All files (*)"


def install(w: WindowApi) -> ReviewActions:
    """Add the review's menus, actions and status bar count to a window whose menus are built."""
    actions = ReviewActions(w)
    bar = w.menuBar()
    edit = QMenu("&Edit", w)
    actions.fill_edit_menu(edit)
    menus = [a for a in bar.actions() if a.menu() is not None]
    # File, Edit, View…: the Edit menu goes after the first
    bar.insertMenu(menus[1] if len(menus) > 1 else None, edit)  # type: ignore[arg-type]
    w.edit_menu = edit
    w.export_decisions_action = QAction("Export &Decisions…", w)
    w.export_decisions_action.setStatusTip("Write your decisions to a file that others can import")
    w.export_decisions_action.triggered.connect(lambda: export_decisions(w))
    w.import_decisions_action = QAction("&Import Decisions…", w)
    w.import_decisions_action.setStatusTip("Apply the decisions of a file (yours or a colleague's)")
    w.import_decisions_action.triggered.connect(lambda: import_decisions(w))
    w.decisions_action = QAction("Your Decisions…", w)
    w.decisions_action.triggered.connect(lambda: show_decisions(w))
    file_menu = menus[0].menu()
    if isinstance(file_menu, QMenu):
        before = getattr(w, "preview_action", None)
        file_menu.insertActions(
            before, [w.export_decisions_action, w.import_decisions_action, w.decisions_action]
        )
        file_menu.insertSeparator(before)
    w.decisions_button = QToolButton()
    w.decisions_button.setAutoRaise(True)
    w.decisions_button.setToolTip("Your decisions on this comparison: click to list them")
    w.decisions_button.clicked.connect(lambda: show_decisions(w))
    w.statusBar().addPermanentWidget(w.decisions_button)
    w.review.changed.connect(lambda: update_count(w))
    w.comparison_shown.connect(lambda: update_count(w))
    update_count(w)
    return actions


def update_count(w: WindowApi) -> None:
    """'✎ 3 decisions' in the status bar, with those that do not apply to this comparison."""
    comp = w.comparison
    n = len(w.review.review.decisions)
    edited = len(w.review.review.edits)
    w.decisions_button.setVisible(bool(n or edited))
    applied = sum(1 for d in comp.decisions if d.applied)
    text = f"✎ {n} decision{'s' if n != 1 else ''}"
    if n and applied < n:
        text = f"⚠ {text} · {n - applied} not applied"
    if edited:
        text += f" · {edited} article{'s' if edited != 1 else ''} edited"
    w.decisions_button.setText(text)
    has = bool(comp.articles)
    w.export_decisions_action.setEnabled(bool(n or edited))
    w.import_decisions_action.setEnabled(has)


def show_decisions(w: WindowApi) -> None:
    DecisionsDialog(w, w.comparison, lambda chosen: take_back(w, chosen)).exec()


def take_back(w: WindowApi, chosen: list[Decision]) -> bool:
    """Remove these decisions, as one undoable step."""
    review = w.review.review
    drop = set(chosen)
    left = tuple(d for d in review.decisions if d not in drop)
    n = len(review.decisions) - len(left)
    return w.review.push(f"Take back {n} decision{'s' if n != 1 else ''}", replace(review, decisions=left))


def export_decisions(w: WindowApi, path: str | None = None) -> bool:
    """File > Export Decisions…: the decisions (and corrected article details) as viewer.decisions/1."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            w, "Export Decisions", "review.decisions.json", DECISIONS_FILTER
        )
        if not path:
            return False
    review = w.review.review
    try:
        save_decisions(path, review.decisions, review.edits)
    except OSError as exc:
        w.message_bar.show_message(f"Could not write {os.path.basename(path)}: {exc.strerror or exc}")
        return False
    n = len(review.decisions)
    w.status_label.setText(f"Exported {n} decision{'s' if n != 1 else ''} to {path}")
    return True


def import_decisions(w: WindowApi, path: str | None = None) -> bool:
    """File > Import Decisions…: a decisions file's decisions join yours, as one undoable step; what the
    file holds that cannot be used is named (the file and the decision), the rest applies."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(w, "Import Decisions", "", DECISIONS_FILTER)
        if not path:
            return False
    found = read_decisions(path)
    name = os.path.basename(path)
    review = w.review.review
    for e in found.edits:
        review = review.with_edit(e)
    step = edits.import_decisions(review, found.decisions, name)
    if not step.ok and review != w.review.review:
        step = edits.Step(review, f"Import the article details of {name}")
    done = False
    if step.ok:
        assert step.review is not None
        w.review.push(step.text, step.review)
        done = True
    report(w, found.problems, name)
    if done:
        unapplied = [d for d in w.comparison.decisions if not d.applied]
        msg = f"{step.text} from {name}"
        if unapplied:
            msg += f"; {len(unapplied)} of your decisions do not apply here (File > Your Decisions… says why)"
        w.status_label.setText(msg)
    elif not found.problems:
        w.status_label.setText(step.text)
    return done


def report(w: WindowApi, problems: list[Problem] | tuple[Problem, ...], name: str) -> None:
    """Name what could not be used of a decisions or session file in the message bar."""
    if not problems:
        return
    lines = [f"{os.path.basename(p.path) or name}: {p.reason}" for p in problems[:8]]
    if len(problems) > 8:
        lines.append(f"… and {len(problems) - 8} more")
    w.message_bar.show_message("Some decisions were not used:\n" + "\n".join(lines))


# -- sessions --------------------------------------------------------------------------------------------
def session_extras(w: WindowApi) -> dict[str, Any]:
    """What ``session.save_session`` takes of the review (keyword arguments)."""
    review = w.review.review
    return {"decisions": review.decisions, "edits": review.edits}


def restore_from_session(w: WindowApi, found: Any) -> None:
    """A session is being opened: its decisions and article details are the review, with a fresh history
    (called before its articles are analysed, which shows them applied)."""
    w.review.reset(Review(tuple(found.decisions), tuple(found.edits)), quiet=True)
    problems = list(found.problems)
    if not problems:
        return

    def later(*_: object) -> None:
        w.analyzer.finished.disconnect(later)
        # after the window's own report of the analysis, which would hide the message
        QTimer.singleShot(0, lambda: report(w, problems, "session"))

    w.analyzer.finished.connect(later)
