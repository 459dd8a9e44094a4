"""What the menus and actions may use of the main window, as a Protocol.

``menus`` and the other action modules are written against this interface rather than against
``MainWindow`` itself, so that the window imports them and they never import the window back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QMenuBar

from viewer.core.model import Comparison
from viewer.ui.dropzone import MessageBar
from viewer.ui.findbar import FindBar
from viewer.ui.panestrip import PaneStrip
from viewer.ui.sidebar import ClaimsSidebar
from viewer.ui.viewstate import FocusBanner, ViewOptions


class WindowApi(Protocol):
    """The main window as its menus see it: its widgets, its state and the slots they call."""

    comparison: Comparison
    comparison_shown: SignalInstance  # a comparison is in every widget
    use_settings: bool
    paths: list[str]
    strip: PaneStrip
    sidebar: ClaimsSidebar
    claims_dock: QDockWidget
    details_dock: QDockWidget
    message_bar: MessageBar
    status_label: QLabel
    recent_menu: QMenu
    view_menu: QMenu
    go_menu: QMenu
    view_options: ViewOptions
    find_bar: FindBar
    focus_banner: FocusBanner
    # the actions the menus make are kept on the window (tests and the window's own code use them)
    sync_action: QAction
    group_by_article_action: QAction
    group_by_claim_action: QAction
    dim_action: QAction
    filter_panes_action: QAction

    def menuBar(self) -> QMenuBar: ...
    def close(self) -> bool: ...
    def open_paths(self, inputs: Sequence[str]) -> None: ...
    def add_paths(self, inputs: Sequence[str]) -> None: ...
    def open_with_view(self, inputs: Sequence[str], view: dict[str, Any], session: str) -> None: ...
    def remove_article(self, article_id: str) -> None: ...
    def recent(self) -> list[str]: ...
    def recent_sessions(self) -> list[str]: ...
    def remember_session(self, path: str) -> None: ...
    def clear_recent(self) -> None: ...
    def set_sync_scrolling(self, on: bool) -> None: ...
    def set_grouping(self, grouping: str) -> None: ...
    def select_claim(self, claim_id: str) -> None: ...
    def step_claim(self, direction: int, contradicted_only: bool = False) -> None: ...
