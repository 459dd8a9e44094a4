"""Tell a Linux user which system package Qt needs, instead of Qt's raw "could not load xcb" abort.

Since Qt 6.5 the xcb platform plugin needs ``libxcb-cursor0``, which many desktops lack; Qt then prints a
long message about plugins and aborts. :func:`check_qt_platform` looks for the libraries before a
``QApplication`` exists, and :func:`explain_qt_failure` turns Qt's error text into the same advice.
Nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import os
import sys

# library file -> Debian/Ubuntu package that provides it
QT_XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libfontconfig.so.1": "libfontconfig1",
}
_QT_FAILURE_MARKS = (
    'could not load the qt platform plugin "xcb"',
    "qt.qpa.plugin: could not load",
    "xcb-cursor",
    "this application failed to start because no qt platform plugin could be initialized",
)


def _can_load(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(loader: object = None) -> list[str]:
    """The packages whose libraries the xcb plugin needs and cannot load (``loader`` is for tests)."""
    load = loader if callable(loader) else _can_load
    return [pkg for lib, pkg in QT_XCB_LIBRARIES.items() if not load(lib)]


def _advice(packages: list[str]) -> str:
    names = " ".join(packages) if packages else "libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1"
    return (
        "Source Viewer cannot open its window: the Qt toolkit needs system libraries that are not "
        f"installed. On Debian or Ubuntu install them with:\n\n    sudo apt-get install {names}\n\n"
        "(on Fedora: sudo dnf install xcb-util-cursor libxkbcommon-x11 mesa-libEGL mesa-libGL). "
        "The command 'source-viewer compare FILES… --html OUT' works without a window."
    )


def explain_qt_failure(exc_or_stderr_text: BaseException | str) -> str | None:
    """Advice in words for Qt's 'could not load the platform plugin' failure, or None for other errors."""
    text = str(exc_or_stderr_text).lower()
    if not any(mark in text for mark in _QT_FAILURE_MARKS):
        return None
    missing = missing_libraries() if sys.platform.startswith("linux") else []
    if "xcb-cursor" in text and "libxcb-cursor0" not in missing:
        missing.insert(0, "libxcb-cursor0")
    return _advice(missing)


def _platform_is_xcb(env: dict[str, str] | os._Environ[str]) -> bool:
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    if chosen:
        return chosen == "xcb"
    # Qt prefers Wayland in a Wayland session, and falls back to xcb otherwise
    return not (env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE", "").lower() == "wayland")


def check_qt_platform(*, env: dict[str, str] | None = None, loader: object = None) -> str | None:
    """Before any QApplication: a message naming what to install when Qt's xcb plugin would fail, else None.

    Only Linux with the xcb platform is checked; elsewhere this returns None. ``env`` and ``loader``
    (a callable ``soname -> bool``) are for tests.
    """
    if not sys.platform.startswith("linux"):
        return None
    environ = os.environ if env is None else env
    if not _platform_is_xcb(environ):
        return None
    missing = missing_libraries(loader)
    return _advice(missing) if missing else None
