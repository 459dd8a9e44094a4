"""Application start-up: ``run_app`` opens the window, or renders it to a PNG with ``--screenshot``."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from viewer.core.model import Status
from viewer.ui.main_window import MainWindow
from viewer.ui.theme import resource_icon

SCREENSHOT_SIZE = (1600, 1000)


def _application(qt_args: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([*sys.argv[:1], *qt_args])
    if not QCoreApplication.organizationName():  # tests set their own names, with their own settings path
        QCoreApplication.setOrganizationName("SourceViewer")
        QCoreApplication.setApplicationName("Source Viewer")
    app.setWindowIcon(resource_icon("app.svg"))
    return app  # type: ignore[return-value]


def wait_for_analysis(window: MainWindow, timeout_ms: int = 120_000) -> bool:
    """Run the event loop until the window's analysis ends; False on timeout."""
    if not window.analyzer.busy:
        return True
    loop = QEventLoop()
    done = {"ok": False}

    def finish(*_: object) -> None:
        done["ok"] = True
        loop.quit()

    window.analyzer.finished.connect(finish)
    window.analyzer.failed.connect(finish)
    window.analyzer.cancelled.connect(finish)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return done["ok"]


def pick_showcase_claim(window: MainWindow) -> str | None:
    """A claim worth showing: a contradiction, else the shared claim stated by most sources."""
    comp = window.comparison
    if comp.contradictions:
        return comp.contradictions[0].claims[0]
    shared = [c for c in comp.claims if c.status == Status.SHARED]
    if not shared:
        return None
    return max(shared, key=lambda c: (len(c.sources), -c.start)).id


def save_screenshot(window: MainWindow, path: str) -> bool:
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    QApplication.processEvents()
    cid = pick_showcase_claim(window)
    if cid is not None:
        window.select_claim(cid)
    for _ in range(3):
        QApplication.processEvents()
    return window.grab().save(path, "PNG")


def run_app(inputs: list[str], screenshot: str | None = None, qt_args: Sequence[str] = ()) -> int:
    app = _application(qt_args)
    window = MainWindow(use_settings=not screenshot)
    if inputs:
        window.open_paths(inputs)
    if screenshot:
        if not wait_for_analysis(window):
            print("source-viewer: the analysis did not finish in time", file=sys.stderr)
            return 1
        if inputs and not window.comparison.articles:
            for p in window.comparison.problems:
                print(f"source-viewer: skipped {p.path}: {p.reason}", file=sys.stderr)
            if not window.comparison.problems:
                print(f"source-viewer: no article found in {', '.join(inputs)}", file=sys.stderr)
            print("source-viewer: no article could be read; no screenshot written", file=sys.stderr)
            return 1
        if not save_screenshot(window, screenshot):
            print(f"source-viewer: cannot write {screenshot}", file=sys.stderr)
            return 1
        window.close()
        return 0
    window.show()
    return app.exec()
