"""The main window: panes, docks, menus, background analysis, drops, settings and session files."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from viewer.core.model import Comparison, Problem
from viewer.core.read.ingest import OFFLINE_MESSAGE, expand_inputs
from viewer.ui import menus, recent, view_actions
from viewer.ui.details import DetailsPanel
from viewer.ui.dropzone import EmptyState, MessageBar, accept_urls, paths_from_mime, samples_dir
from viewer.ui.panestrip import PaneStrip
from viewer.ui.plain import plain
from viewer.ui.sidebar import ClaimsSidebar
from viewer.ui.theme import resource_icon
from viewer.ui.undo import ReviewStore
from viewer.ui.worker import Analyzer, collector_paused

TIDY_AFTER_MS = 5000  # idle time after a comparison is shown before the collector tidies up


def _key(path: str) -> str:
    try:
        return os.path.realpath(path)
    except OSError:
        return path


class MainWindow(QMainWindow):
    comparison_shown = Signal()  # a comparison is in every widget (a large one a few turns after it came)

    def __init__(self, parent: QWidget | None = None, *, use_settings: bool = True) -> None:
        super().__init__(parent)
        self.use_settings = use_settings  # off for screenshots: same picture whatever the user did
        self.setWindowTitle("Source Viewer")
        self.setWindowIcon(resource_icon("app.svg"))
        self.setAcceptDrops(True)
        self.comparison = Comparison()
        self.paths: list[str] = []  # article files in view order; the next analysis uses this order
        self._pending_problems: list[Problem] = []
        self._pending_view: dict[str, object] | None = None
        self._pending_session: str | None = None  # a saved comparison being opened
        self._to_remember: list[str] = []  # inputs of the running analysis, remembered once they load
        self._notes: list[str] = []
        # the reviewer's decisions, one undo stack; what is shown is the engine's comparison with them applied
        self.review = ReviewStore(self)
        self.review.changed.connect(self._on_review_changed)

        self.analyzer = Analyzer(self)
        self.analyzer.progressed.connect(self._on_analyzer_progressed)
        self.analyzer.finished.connect(self._on_analyzer_finished)
        self.analyzer.failed.connect(self._on_analyzer_failed)
        self.analyzer.cancelled.connect(self._on_analyzer_cancelled)
        # a while after a comparison is shown, with no analysis running, the collector gets the cycles
        # that earlier analyses left behind (it is paused during a run and its work frozen after)
        self._tidy_timer = QTimer(self)
        self._tidy_timer.setSingleShot(True)
        self._tidy_timer.setInterval(TIDY_AFTER_MS)
        self._tidy_timer.timeout.connect(self._tidy_collector)
        self.comparison_shown.connect(self._tidy_timer.start)

        self.message_bar = MessageBar()
        self.empty = EmptyState()
        self.empty.open_requested.connect(self.open_files_dialog)
        self.empty.samples_requested.connect(self.open_samples)
        self.strip = PaneStrip()
        self.strip.claim_selected.connect(self._on_strip_claim_selected)
        self.strip.article_close_requested.connect(self.remove_article)
        self.strip.order_changed.connect(self._on_strip_order_changed)
        self.strip.filled.connect(self._on_strip_filled)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.strip)
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(4, 4, 4, 0)
        lay.addWidget(self.message_bar)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.sidebar = ClaimsSidebar()
        self.sidebar.claim_selected.connect(self._on_sidebar_claim_selected)
        self.claims_dock = QDockWidget("Claims", self)
        self.claims_dock.setObjectName("ClaimsDock")
        self.claims_dock.setWidget(self.sidebar)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.claims_dock)
        self.details = DetailsPanel()
        self.details_dock = QDockWidget("Details", self)
        self.details_dock.setObjectName("DetailsDock")
        self.details_dock.setWidget(self.details)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self._docks_sized = False
        # a large comparison reaches the claims list one turn after the panes start (see _show_comparison)
        self._sidebar_due: tuple[Comparison, list[str]] | None = None
        self._view_after_fill: dict[str, object] | None = None

        self.status_label = plain(QLabel("Ready"))
        self._last_progress = 0.0
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the analysis that is running")
        self.cancel_button.clicked.connect(self.analyzer.cancel)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._set_busy(False)

        view_actions.install(self, lay)  # the find bar and focus banner go above the panes
        menus.build(self)
        view_actions.build(self)
        view_actions.fit_to_screen(self)
        from viewer.ui import review_files

        self.review_actions = review_files.install(self)
        if use_settings:
            self._restore_settings()
        self._show_comparison(self.comparison)

    # -- settings ----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._docks_sized:
            self._docks_sized = True
            QTimer.singleShot(0, self._size_docks)

    def _size_docks(self) -> None:
        """First show without a saved layout: leave most of the width to the panes."""
        width = max(280, min(400, self.width() // 5))
        self.resizeDocks([self.claims_dock], [width], Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.claims_dock, self.details_dock],
            [self.height() * 3 // 5, self.height() * 2 // 5],
            Qt.Orientation.Vertical,
        )

    def _restore_settings(self) -> None:
        s = QSettings()
        geo = s.value("window/geometry")
        if isinstance(geo, QByteArray):
            self.restoreGeometry(geo)
        state = s.value("window/state")
        if isinstance(state, QByteArray) and self.restoreState(state):
            self._docks_sized = True
        sync = s.value("view/sync_scrolling", True)
        self.set_sync_scrolling(sync not in (False, "false", 0, "0"))
        grouping = str(s.value("view/grouping", "article"))
        self.set_grouping(grouping)

    def _save_settings(self) -> None:
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("view/sync_scrolling", self.strip.sync_scrolling)
        s.setValue("view/grouping", self.sidebar.model.grouping)

    def recent(self) -> list[str]:
        return recent.items(recent.ARTICLES_KEY)

    def recent_sessions(self) -> list[str]:
        return recent.items(recent.SESSIONS_KEY)

    def remember_session(self, path: str) -> None:
        if self.use_settings:
            recent.remember(recent.SESSIONS_KEY, [path])

    def clear_recent(self) -> None:
        recent.clear()

    def _remember_loaded(self, comparison: Comparison) -> None:
        """Remember the inputs that gave articles (and the saved comparison they came from)."""
        inputs, self._to_remember = self._to_remember, []
        session, self._pending_session = self._pending_session, None
        if self.use_settings:
            recent.remember_loaded(inputs, comparison, session)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.analyzer.cancel(quiet=True)
        if self.use_settings:
            self._save_settings()
        super().closeEvent(event)

    # -- view options ------------------------------------------------------------------------------
    def set_sync_scrolling(self, on: bool) -> None:
        self.strip.sync_scrolling = on
        self.sync_action.setChecked(on)
        if self.use_settings:
            QSettings().setValue("view/sync_scrolling", on)

    def set_grouping(self, grouping: str) -> None:
        if grouping not in ("article", "group"):
            grouping = "article"
        self.sidebar.set_grouping(grouping)
        self.group_by_claim_action.setChecked(grouping == "group")
        self.group_by_article_action.setChecked(grouping == "article")
        if self.use_settings:
            QSettings().setValue("view/grouping", grouping)

    # -- opening and analysing ---------------------------------------------------------------------
    def open_paths(self, inputs: Sequence[str]) -> None:
        """Replace what is open with ``inputs`` (files or folders)."""
        self.paths = []
        self.add_paths(inputs)

    def open_with_view(self, inputs: Sequence[str], view: dict[str, object], session: str) -> None:
        """Open the articles of a saved comparison and restore its view once they are analysed."""
        self._pending_view = dict(view)
        self._pending_session = session
        self.open_paths(inputs)

    def add_paths(self, inputs: Sequence[str]) -> None:
        """Add files or folders to the open articles and analyse the union again."""
        files, problems = expand_inputs(list(inputs))
        known = {_key(p) for p in self.paths}
        added, again = [], []
        for f in files:
            k = _key(f)
            if k in known:
                again.append(os.path.basename(f))
                continue
            known.add(k)
            added.append(f)
        self._notes = [f"Already open, not added twice: {', '.join(again)}"] if again else []
        self._pending_problems = list(problems)
        self._to_remember = list(inputs)
        if not added and self.paths:
            self._report()
            return
        self.paths = self.paths + added
        self.start_analysis()

    def start_analysis(self) -> None:
        if not self.paths:
            self._show_comparison(Comparison(problems=tuple(self._pending_problems)))
            self._report()
            return
        self._set_busy(True)
        self.status_label.setText(f"Analysing {len(self.paths)} articles…")
        self.analyzer.start(self.paths)

    def remove_article(self, article_id: str) -> None:
        """Close an article and analyse the rest again."""
        art = next((a for a in self.comparison.articles if a.id == article_id), None)
        if art is None:
            return
        if art.path is None:  # a comparison built in memory: just drop it from the view
            arts = [a for a in self.review.engine.articles if a.id != article_id]  # as read, not as edited
            from viewer.core.pipeline import compare_articles

            self._show_comparison(self.review.set_engine(compare_articles(arts)))
            return
        k = _key(art.path)
        self.paths = [p for p in self.paths if _key(p) != k]
        self._pending_problems, self._notes = [], []
        self.start_analysis()

    def open_files_dialog(self) -> None:
        menus.open_files(self, add=False)

    def open_samples(self) -> None:
        d = samples_dir()
        if d is not None:
            self.open_paths([str(d)])

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _on_analyzer_progressed(self, i: int, n: int, message: str) -> None:
        # a thousand files send a thousand messages: show about ten a second, each on one short line
        now = time.monotonic()
        if i + 1 < n and now - self._last_progress < 0.1:
            return
        self._last_progress = now
        self.progress.setRange(0, max(1, n))
        self.progress.setValue(i)
        metrics = self.status_label.fontMetrics()
        self.status_label.setText(metrics.elidedText(message, Qt.TextElideMode.ElideMiddle, 480))

    def _on_analyzer_finished(self, comparison: Comparison) -> None:
        self._set_busy(False)
        self.paths = [a.path for a in comparison.articles if a.path]
        problems = list(comparison.problems)
        self._pending_problems += problems
        self._remember_loaded(comparison)
        self._show_comparison(self.review.set_engine(comparison))
        if self._pending_view is not None:
            view, self._pending_view = self._pending_view, None
            if self.strip.is_filling():
                self._view_after_fill = view  # the selection it restores needs every widget filled
            else:
                menus.apply_view(self, view)
        self._report()

    def _on_analyzer_failed(self, message: str) -> None:
        self._set_busy(False)
        self.paths = [a.path for a in self.comparison.articles if a.path]
        self._to_remember, self._pending_session, self._pending_view = [], None, None
        self.status_label.setText("The analysis failed")
        self.message_bar.show_message(f"The analysis failed: {message}")

    def _on_analyzer_cancelled(self) -> None:
        self._set_busy(False)
        # the files of the cancelled run are not queued for the next one: back to what is shown
        self.paths = [a.path for a in self.comparison.articles if a.path]
        self._to_remember, self._pending_session, self._pending_view = [], None, None
        self.status_label.setText("Analysis cancelled; the previous comparison is still shown")

    def _report(self) -> None:
        """Name the inputs that could not be used, without blocking."""
        lines = [f"{os.path.basename(p.path) or p.path}: {p.reason}" for p in self._pending_problems]
        lines += self._notes
        n = len(self.comparison.articles)
        summary = f"{n} article{'s' if n != 1 else ''} compared"
        if self._pending_problems:
            k = len(self._pending_problems)
            first = os.path.basename(self._pending_problems[0].path) or self._pending_problems[0].path
            more = f" and {k - 1} more" if k > 1 else ""
            summary += f"; skipped {first}{more} (see the message above)"
        self.status_label.setText(summary)
        if lines:
            head = "Some inputs were not added:" if self._pending_problems else ""
            self.message_bar.show_message("\n".join([head, *lines]).strip())
        else:
            self.message_bar.hide()

    def show_comparison(self, comparison: Comparison) -> None:
        """Show a comparison built elsewhere (tests, sessions) without analysing."""
        self.paths = [a.path for a in comparison.articles if a.path]
        self._show_comparison(self.review.set_engine(comparison))

    def _on_review_changed(self) -> None:
        """A decision was made, undone or redone: show the comparison with the review applied (no
        analysis), the same claim selected."""
        selected = self.strip.selected_claim()
        self._show_comparison(self.review.shown)
        if selected is not None and selected in {c.id for c in self.comparison.claims}:
            self.select_claim(selected)

    def _show_comparison(self, comparison: Comparison) -> None:
        order = [a.id for a in comparison.articles]
        self.comparison = comparison
        self._view_after_fill = None
        self.strip.set_comparison(comparison, order)
        self._sidebar_due = (comparison, order)
        # hundreds of articles: the panes come in batches, and the claims list fills in a turn of its
        # own between two of them, so that no turn of the event loop does both (each ~40 ms with 200)
        self.strip.run_between_batches(self._fill_sidebar)
        self.details.set_comparison(comparison)
        self.stack.setCurrentWidget(self.strip if comparison.articles else self.empty)
        names = ", ".join(a.outlet or a.title for a in comparison.articles[:3])
        more = "…" if len(comparison.articles) > 3 else ""
        self.setWindowTitle(f"{names}{more} — Source Viewer" if names else "Source Viewer")
        menus.update_enabled(self)
        if not self.strip.is_filling():  # else the strip says when its last pane is there
            self.comparison_shown.emit()

    def _tidy_collector(self) -> None:
        if self.analyzer.busy:
            return  # the run's end shows a comparison, which starts the timer again
        collector_paused.tidy()

    def _fill_sidebar(self) -> None:
        """Give the claims list the comparison shown, if it does not have it yet."""
        if self._sidebar_due is not None:
            comparison, order = self._sidebar_due
            self._sidebar_due = None
            self.sidebar.set_comparison(comparison, order)

    def _on_strip_filled(self) -> None:
        self._fill_sidebar()
        self.comparison_shown.emit()
        if self._view_after_fill is not None:
            view, self._view_after_fill = self._view_after_fill, None
            menus.apply_view(self, view)

    def _on_strip_order_changed(self) -> None:
        self._fill_sidebar()
        order = self.strip.order()
        by_id = {a.id: a.path for a in self.comparison.articles}
        self.paths = [p for p in (by_id[i] for i in order) if p]
        self.sidebar.model.set_article_order(order)

    # -- selection ---------------------------------------------------------------------------------
    def select_claim(self, claim_id: str) -> None:
        self._fill_sidebar()
        self.strip.select_claim(claim_id)
        self.sidebar.select_claim(claim_id)
        self.details.show_claim(claim_id)

    def _on_strip_claim_selected(self, claim_id: str) -> None:
        self._fill_sidebar()
        self.sidebar.select_claim(claim_id)
        self.details.show_claim(claim_id)

    def _on_sidebar_claim_selected(self, claim_id: str) -> None:
        self.strip.select_claim(claim_id)
        self.details.show_claim(claim_id)

    # -- drag and drop -----------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_urls(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accept_urls(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasUrls():
            event.ignore()
            return
        paths, web = paths_from_mime(event.mimeData())
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if web:
            self.message_bar.show_message(f"{', '.join(web)}: {OFFLINE_MESSAGE}.")
        if paths:
            # load after the drop handler returns, so the drag source is not kept waiting
            QTimer.singleShot(0, lambda: self.add_paths(paths))

    # -- navigation --------------------------------------------------------------------------------
    def step_claim(self, direction: int, contradicted_only: bool = False) -> None:
        self._fill_sidebar()
        cid = self.sidebar.step(direction, contradicted_only)
        if cid is None:
            what = "contradiction" if contradicted_only else "claim"
            self.status_label.setText(f"No {what} to go to with the current filter")
