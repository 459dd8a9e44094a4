"""The window's actions and menus, and the slots behind File (dialogs, recent, sessions, printing)."""

from __future__ import annotations

import html
import os
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from viewer.core.model import Status
from viewer.ui.plain import tip
from viewer.ui.window_api import WindowApi

FILE_FILTER = "Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf *.docx);;All files (*)"
SESSION_FILTER = "Source Viewer comparison (*.svcmp.json *.json);;All files (*)"

SHORTCUTS = (
    ("F7 / Alt+Down", "Next claim"),
    ("Shift+F7 / Alt+Up", "Previous claim"),
    ("F8", "Next contradiction"),
    ("Shift+F8", "Previous contradiction"),
    ("Ctrl+F", "Find in the articles"),
    ("F3 / Shift+F3", "Next / previous match"),
    ("Ctrl+K / Ctrl+Shift+F", "Search the claims"),
    ("Ctrl+Shift+C", "Compare the selected disagreement side by side"),
    ("Esc", "Close the find bar, or show every article again"),
    ("Ctrl++ / Ctrl+- / Ctrl+0", "Zoom every article in / out / back"),
    ("Ctrl+D", "Dim shared passages"),
    ("Ctrl+C", "Copy the selected claims (in the claims list)"),
    ("Ctrl+O", "Open articles"),
    ("Ctrl+Shift+O", "Add articles"),
    ("Ctrl+W", "Remove an article"),
    ("Ctrl+P", "Print the comparison sheet"),
    ("Ctrl+Q", "Quit"),
)


def _action(w: WindowApi, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
    a = QAction(text, w)
    if shortcut is not None:
        if isinstance(shortcut, list):
            a.setShortcuts([QKeySequence(s) for s in shortcut])
        else:
            a.setShortcut(QKeySequence(shortcut))
    if tip:
        a.setStatusTip(tip)
    a.triggered.connect(slot)
    return a


def build(w: WindowApi) -> None:
    m = w.menuBar()
    f = m.addMenu("&File")
    w.open_action = _action(w, "&Open…", lambda: open_files(w, add=False), QKeySequence.StandardKey.Open)
    w.add_action = _action(w, "&Add Articles…", lambda: open_files(w, add=True), "Ctrl+Shift+O")
    w.add_folder_action = _action(w, "Add &Folder…", lambda: open_folder(w), None)
    w.remove_action = _action(w, "&Remove Article…", lambda: remove_article(w), "Ctrl+W")
    f.addActions([w.open_action, w.add_action, w.add_folder_action, w.remove_action])
    w.recent_menu = f.addMenu("Open &Recent")
    w.recent_menu.aboutToShow.connect(lambda: fill_recent(w))
    f.addSeparator()
    w.save_session_action = _action(w, "&Save Comparison…", lambda: save_session(w), "Ctrl+S")
    w.open_session_action = _action(w, "Open &Comparison…", lambda: open_session(w), None)
    f.addActions([w.save_session_action, w.open_session_action])
    f.addSeparator()
    w.preview_action = _action(w, "Print Pre&view…", lambda: print_action(w, "show_print_preview"))
    w.print_action = _action(w, "&Print…", lambda: print_action(w, "show_print_dialog"), "Ctrl+P")
    w.pdf_action = _action(w, "Export P&DF…", lambda: export_action(w, "export_pdf", "PDF (*.pdf)", ".pdf"))
    w.html_action = _action(
        w, "Export &HTML…", lambda: export_action(w, "export_html", "HTML (*.html)", ".html")
    )
    f.addActions([w.preview_action, w.print_action, w.pdf_action, w.html_action])
    f.addSeparator()
    f.addAction(_action(w, "&Quit", w.close, QKeySequence.StandardKey.Quit))

    v = w.view_menu = m.addMenu("&View")
    w.sync_action = QAction("&Synchronised Scrolling", w, checkable=True)
    w.sync_action.setChecked(True)
    w.sync_action.toggled.connect(w.set_sync_scrolling)
    v.addAction(w.sync_action)
    v.addSeparator()
    grouping = QActionGroup(w)
    w.group_by_article_action = QAction("Group Claims by &Article", w, checkable=True)
    w.group_by_claim_action = QAction("Group Claims by Claim &Group", w, checkable=True)
    for a, key in ((w.group_by_article_action, "article"), (w.group_by_claim_action, "group")):
        grouping.addAction(a)
        a.triggered.connect(lambda _=False, k=key: w.set_grouping(k))
        v.addAction(a)
    w.group_by_article_action.setChecked(True)
    v.addSeparator()
    v.addAction(w.claims_dock.toggleViewAction())
    v.addAction(w.details_dock.toggleViewAction())

    n = w.go_menu = m.addMenu("&Go")
    w.next_claim_action = _action(w, "&Next Claim", lambda: w.step_claim(1), ["F7", "Alt+Down"])
    w.prev_claim_action = _action(w, "&Previous Claim", lambda: w.step_claim(-1), ["Shift+F7", "Alt+Up"])
    w.next_contra_action = _action(w, "Next &Contradiction", lambda: w.step_claim(1, True), "F8")
    w.prev_contra_action = _action(w, "Previous C&ontradiction", lambda: w.step_claim(-1, True), "Shift+F8")
    w.search_action = _action(w, "&Search Claims", lambda: focus_search(w), ["Ctrl+K", "Ctrl+Shift+F"])
    n.addActions(
        [
            w.next_claim_action,
            w.prev_claim_action,
            w.next_contra_action,
            w.prev_contra_action,
            w.search_action,
        ]
    )

    h = m.addMenu("&Help")
    h.addAction(_action(w, "&Keyboard Shortcuts", lambda: show_shortcuts(w), "F1"))
    h.addAction(_action(w, "&About Source Viewer", lambda: show_about(w)))


def update_enabled(w: WindowApi) -> None:
    has = bool(w.comparison.articles)
    for a in (
        w.remove_action,
        w.save_session_action,
        w.preview_action,
        w.print_action,
        w.pdf_action,
        w.html_action,
        w.next_claim_action,
        w.prev_claim_action,
        w.next_contra_action,
        w.prev_contra_action,
    ):
        a.setEnabled(has)


def focus_search(w: WindowApi) -> None:
    w.claims_dock.show()
    w.claims_dock.raise_()
    w.sidebar.focus_search()


# -- opening -------------------------------------------------------------------------------------
def open_files(w: WindowApi, add: bool) -> None:
    title = "Add Articles" if add else "Open Articles"
    files, _ = QFileDialog.getOpenFileNames(w, title, "", FILE_FILTER)
    if files:
        (w.add_paths if add else w.open_paths)(files)


def open_folder(w: WindowApi) -> None:
    d = QFileDialog.getExistingDirectory(w, "Add a Folder of Articles")
    if d:
        w.add_paths([d])


def fill_recent(w: WindowApi) -> None:
    """Saved comparisons first, then article files and folders: only those that opened."""
    menu = w.recent_menu
    menu.clear()
    sessions, items = w.recent_sessions(), w.recent()
    if not items and not sessions:
        a = menu.addAction("No recent articles or comparisons")
        a.setEnabled(False)
        return
    if sessions:
        menu.addSection("Comparisons")
    for path in sessions:
        a = menu.addAction(os.path.basename(path) or path)
        a.setToolTip(tip(path))
        a.setStatusTip(path)
        a.triggered.connect(lambda _=False, p=path: open_session(w, p))
    if items:
        menu.addSection("Articles")
    for path in items:
        a = menu.addAction(os.path.basename(path.rstrip("/")) or path)
        a.setToolTip(tip(path))
        a.setStatusTip(path)
        a.triggered.connect(lambda _=False, p=path: w.open_paths([p]))
    menu.addSeparator()
    menu.addAction("Clear Recent", w.clear_recent)


def remove_article(w: WindowApi) -> None:
    arts = w.comparison.articles
    if not arts:
        return
    sel = w.strip.selected_claim()
    default = w.comparison.claim(sel).article if sel is not None else arts[0].id
    labels = [f"{a.id}  {a.outlet or ''} {a.title}".strip() for a in arts]
    ids = [a.id for a in arts]
    label, ok = QInputDialog.getItem(
        w,
        "Remove Article",
        "Article to remove (the others are analysed again):",
        labels,
        ids.index(default),
        False,
    )
    if ok:
        w.remove_article(ids[labels.index(label)])


# -- sessions ------------------------------------------------------------------------------------
def current_view(w: WindowApi) -> dict[str, Any]:
    sel = w.strip.selected_claim()
    return {
        "sync_scrolling": w.strip.sync_scrolling,
        "grouping": w.sidebar.model.grouping,
        "statuses": sorted(str(s) for s in w.sidebar.proxy.statuses),
        "search": w.sidebar.search.text(),
        "selected": sel,
        "dim_shared": w.view_options.dim_shared,
        "filter_panes": w.view_options.filter_panes,
        # the focus mode by file: ids are given anew when the articles are analysed again
        "focus": [a.path for a in w.comparison.articles if a.id in (w.strip.focus_mode() or ()) and a.path]
        or None,
    }


def apply_view(w: WindowApi, view: dict[str, Any]) -> None:
    if "sync_scrolling" in view:
        w.set_sync_scrolling(bool(view["sync_scrolling"]))
    if view.get("grouping") in ("article", "group"):
        w.set_grouping(str(view["grouping"]))
    if isinstance(view.get("statuses"), list):
        for st, b in w.sidebar.status_buttons.items():
            b.setChecked(str(st) in view["statuses"])
    if isinstance(view.get("search"), str):
        w.sidebar.search.setText(view["search"])
    sel = view.get("selected")
    if isinstance(sel, str) and sel in {c.id for c in w.comparison.claims}:
        w.select_claim(sel)
    for key, action in (("dim_shared", w.dim_action), ("filter_panes", w.filter_panes_action)):
        if isinstance(view.get(key), bool):
            action.setChecked(view[key])
    focus = view.get("focus")
    if isinstance(focus, list) and all(isinstance(p, str) for p in focus):
        wanted = {os.path.abspath(p) for p in focus}
        ids = [a.id for a in w.comparison.articles if a.path and os.path.abspath(a.path) in wanted]
        if len(ids) >= 2:
            w.strip.set_focus_mode(ids)


def save_session(w: WindowApi) -> None:
    try:
        from viewer.core import session
    except ImportError:
        w.message_bar.show_message("Saving comparisons is not available in this version.")
        return
    path, _ = QFileDialog.getSaveFileName(w, "Save Comparison", "comparison.svcmp.json", SESSION_FILTER)
    if not path:
        return
    try:
        from viewer.ui.review_files import session_extras

        session.save_session(path, list(w.paths), current_view(w), **session_extras(w))
    except (OSError, getattr(session, "SessionError", OSError)) as exc:
        w.message_bar.show_message(f"Could not save the comparison: {exc}")
        return
    w.remember_session(path)
    w.status_label.setText(f"Saved {path}")


def open_session(w: WindowApi, path: str | None = None) -> None:
    try:
        from viewer.core import session
    except ImportError:
        w.message_bar.show_message("Opening saved comparisons is not available in this version.")
        return
    if path is None:
        path, _ = QFileDialog.getOpenFileName(w, "Open Comparison", "", SESSION_FILTER)
        if not path:
            return
    try:
        found = session.read_session(path)
    except (OSError, getattr(session, "SessionError", OSError)) as exc:
        w.message_bar.show_message(f"Could not open {os.path.basename(path)}: {exc}")
        return
    outside = session.outside_folder(path, found.paths)
    if outside and not confirm_outside(w, path, outside):
        return
    from viewer.ui.review_files import restore_from_session

    restore_from_session(w, found)
    w.open_with_view(found.paths, dict(found.view), path)


def confirm_outside(w: WindowApi, session_path: str, outside: list[str]) -> bool:
    """Ask before opening files a session names outside its own folder, listing them (as plain text)."""
    shown = outside[:15]
    more = f"\n… and {len(outside) - len(shown)} more" if len(outside) > len(shown) else ""
    box = QMessageBox(w)
    box.setWindowTitle("Open Comparison")
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        f"{os.path.basename(session_path)} opens {len(outside)} file{'s' if len(outside) != 1 else ''} "
        "outside its own folder:\n\n" + "\n".join(shown) + more + "\n\nOpen them?"
    )
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open


# -- printing ------------------------------------------------------------------------------------
def _sheet_options(w: WindowApi) -> Any | None:
    """Ask for the sheet options; None if the user cancelled. Defaults if the dialog is missing."""
    statuses = {str(s) for s in w.sidebar.proxy.statuses}
    try:
        from viewer.ui.sheet_dialog import SheetOptionsDialog
    except ImportError:
        try:
            from viewer.core.report.sheet import SheetOptions
        except ImportError:
            return None
        return SheetOptions()
    dialog = SheetOptionsDialog(w, statuses if statuses != {str(s) for s in Status} else None)
    if not dialog.exec():
        return None
    return dialog.options()


def _printing(w: WindowApi) -> Any | None:
    try:
        from viewer.ui import printing
    except ImportError:
        w.message_bar.show_message("Printing is not available in this version of Source Viewer.")
        return None
    return printing


def print_action(w: WindowApi, name: str) -> None:
    printing = _printing(w)
    if printing is None:
        return
    options = _sheet_options(w)
    if options is not None:
        getattr(printing, name)(w, w.comparison, options)


def export_action(w: WindowApi, name: str, file_filter: str, suffix: str) -> None:
    printing = _printing(w)
    if printing is None:
        return
    options = _sheet_options(w)
    if options is None:
        return
    path, _ = QFileDialog.getSaveFileName(
        w, "Export the Comparison Sheet", f"comparison{suffix}", file_filter
    )
    if not path:
        return
    if not path.lower().endswith(suffix):
        path += suffix
    try:
        getattr(printing, name)(w.comparison, path, options)
    except OSError as exc:
        w.message_bar.show_message(f"Could not write {path}: {exc.strerror or exc}")
        return
    w.status_label.setText(f"Exported {path}")


# -- help ----------------------------------------------------------------------------------------
def show_shortcuts(w: WindowApi) -> None:
    from viewer.ui.review_actions import SHORTCUTS as REVIEW_SHORTCUTS

    rows = "".join(
        f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(d)}</td></tr>"
        for k, d in SHORTCUTS + REVIEW_SHORTCUTS
    )
    QMessageBox.information(w, "Keyboard Shortcuts", f"<table cellspacing=6>{rows}</table>")


def show_about(w: WindowApi) -> None:
    from viewer import __version__

    QMessageBox.about(
        w,
        "About Source Viewer",
        f"<h3>Source Viewer {html.escape(__version__)}</h3>"
        "<p>Compare how several outlets tell the same story: aligned passages, and the claims that are "
        "shared, unique to one source, or contradicted.</p>"
        "<p>Works offline; nothing leaves your computer.</p>",
    )
