"""The View and Go actions that change how the panes look: find in the articles, zoom, density,
dimming, and the focus mode that compares the two sides of a disagreement.

The window keeps a :class:`ViewOptions` (persisted in QSettings when the window uses settings) and the
actions here change it; like ``menus``, this module sees the window only through ``WindowApi``.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QBoxLayout, QWidget

from viewer.ui import sides
from viewer.ui.findbar import FindBar
from viewer.ui.viewstate import FocusBanner, ViewOptions
from viewer.ui.window_api import WindowApi

SCREEN_SHARE = 0.85  # of the available screen, for the first window


def _action(
    w: WindowApi, text: str, slot: object, keys: list[str] | None = None, checkable: bool = False
) -> QAction:
    a = QAction(text, w)  # type: ignore[arg-type]
    if keys:
        a.setShortcuts([QKeySequence(k) for k in keys])
    a.setCheckable(checkable)
    (a.toggled if checkable else a.triggered).connect(slot)  # type: ignore[attr-defined]
    return a


def install(w: WindowApi, layout: QBoxLayout) -> None:
    """Make the find bar, the focus banner and the view options, and put the bars above the panes."""
    w.view_options = ViewOptions(w.strip, w.use_settings)
    w.find_bar = FindBar(w.strip)
    w.focus_banner = FocusBanner()
    w.focus_banner.button.clicked.connect(lambda: leave_focus(w))
    layout.insertWidget(1, w.find_bar)
    layout.insertWidget(2, w.focus_banner)
    w.strip.zoom_requested.connect(w.view_options.zoom_by)
    w.strip.focus_mode_changed.connect(lambda: _on_focus_mode_changed(w))
    w.comparison_shown.connect(w.find_bar.refresh)  # a new comparison: search its articles again
    w.sidebar.statuses_changed.connect(lambda: _on_filter_changed(w))


def build(w: WindowApi) -> None:
    """The actions, in the View and Go menus (after ``menus.build``)."""
    o = w.view_options
    v = w.view_menu
    v.addSeparator()
    w.zoom_in_action = _action(w, "Zoom &In", lambda: o.zoom_by(1), ["Ctrl++", "Ctrl+="])
    w.zoom_out_action = _action(w, "Zoom &Out", lambda: o.zoom_by(-1), ["Ctrl+-"])
    w.zoom_reset_action = _action(w, "&Actual Size", lambda: o.set_zoom(0), ["Ctrl+0"])
    w.compact_action = _action(w, "&Compact Density", lambda on: _set(w, "compact", on), checkable=True)
    w.dim_action = _action(w, "&Dim Shared Passages", lambda on: _set(w, "dim_shared", on), ["Ctrl+D"], True)
    w.filter_panes_action = _action(
        w, "Status &Filter Applies to Panes", lambda on: _set(w, "filter_panes", on), checkable=True
    )
    w.compact_action.setChecked(o.compact)
    w.dim_action.setChecked(o.dim_shared)
    w.filter_panes_action.setChecked(o.filter_panes)
    w.dim_action.setStatusTip("Shared passages lose their tint, so unique and contradicted ones stand out")
    w.filter_panes_action.setStatusTip("Claims the claims list hides are dimmed in the articles too")
    v.addActions([w.zoom_in_action, w.zoom_out_action, w.zoom_reset_action])
    v.addSeparator()
    v.addActions([w.compact_action, w.dim_action, w.filter_panes_action])
    v.addSeparator()
    w.compare_action = _action(
        w, "Compare &These Side by Side", lambda: compare_selected(w), ["Ctrl+Shift+C"]
    )
    w.compare_action.setStatusTip("Show only the articles of the selected disagreement, side by side")
    w.show_all_action = _action(w, "Show All Articles", lambda: escape(w), ["Esc"])
    v.addActions([w.compare_action, w.show_all_action])

    g = w.go_menu
    g.addSeparator()
    w.find_action = _action(w, "&Find in Articles…", lambda: w.find_bar.open_bar(), ["Ctrl+F"])
    w.find_next_action = _action(w, "Find Ne&xt", lambda: w.find_bar.step(1), ["F3"])
    w.find_prev_action = _action(w, "Find Pre&vious", lambda: w.find_bar.step(-1), ["Shift+F3"])
    g.addActions([w.find_action, w.find_next_action, w.find_prev_action])


def _set(w: WindowApi, name: str, on: bool) -> None:
    setattr(w.view_options, name, bool(on))
    w.view_options.apply()


def _on_filter_changed(w: WindowApi) -> None:
    w.view_options.filtered = set(w.sidebar.proxy.statuses)
    w.view_options.apply()


def compare_selected(w: WindowApi) -> None:
    """Focus mode: only the panes of the selected claim's disagreement (or group), side by side."""
    sel = w.strip.selected_claim()
    if sel is None:
        w.status_label.setText("Select a claim first: its disagreement is then compared side by side")
        return
    ids = sides.compare_set(w.comparison, sel)
    if len(ids) < 2:
        w.status_label.setText("This claim is in one article only: there is nothing to compare it with")
        return
    w.strip.set_focus_mode(ids)


def leave_focus(w: WindowApi) -> None:
    w.strip.set_focus_mode(None)


def escape(w: WindowApi) -> None:
    """Esc: close the find bar when it has the keyboard, else leave the focus mode, else close it."""
    bar = w.find_bar
    focused = QApplication.focusWidget()
    if bar.isVisible() and focused is not None and bar.isAncestorOf(focused):
        bar.close_bar()
    elif w.strip.focus_mode() is not None:
        leave_focus(w)
    elif bar.isVisible():
        bar.close_bar()


def _on_focus_mode_changed(w: WindowApi) -> None:
    ids = w.strip.focus_mode()
    if ids is None:
        w.focus_banner.hide()
        return
    names = [f"{a.id} {a.outlet or a.title}".strip() for a in w.comparison.articles if a.id in ids]
    w.focus_banner.label.setText(
        "Comparing side by side: " + "  ·  ".join(names) + "   (Esc shows every article)"
    )
    w.focus_banner.show()


def fit_to_screen(window: QWidget) -> None:
    """The first window, with no saved geometry: a large share of the screen, centred on it."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width, height = round(area.width() * SCREEN_SHARE), round(area.height() * SCREEN_SHARE)
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
