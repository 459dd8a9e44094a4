"""Source Viewer works offline: the whole comparison runs with every socket refused.

Also the start-up check that names the system packages Qt's xcb plugin needs (``viewer.platform_check``,
Qt-free, so it is tested here without a display).
"""

from __future__ import annotations

import io
import socket
import sys
from pathlib import Path

import pytest

from viewer.core.pipeline import compare
from viewer.platform_check import check_qt_platform, explain_qt_failure, missing_libraries

TEXT = (
    "Storm hits the northern coast\n"
    "A powerful storm struck the northern coast on Monday, cutting power to thousands of homes.\n"
    "Officials said the winds reached 120 kilometres an hour near the harbour.\n"
    "Emergency crews worked through the night to restore electricity.\n"
)


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Storm hits coast</title>
<meta property="og:site_name" content="Daily Planet"><link rel="stylesheet" href="https://example.com/s.css">
<script src="https://example.com/tracker.js"></script></head>
<body><nav><a href="https://example.com/">Home</a></nav><article><h1>Storm hits coast</h1>
<img src="https://example.com/storm.jpg">
<p>A powerful storm struck the northern coast on Monday, cutting power to thousands of homes.</p>
<p>Officials said the winds reached 120 kilometres an hour near the harbour, where boats were torn loose.</p>
</article><footer>Copyright 2025</footer></body></html>
"""


def docx_bytes(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Refuse every socket; the list records who asked (by function name) and how."""
    attempts: list[str] = []

    def refuse(kind: str, args: tuple[object, ...]) -> None:
        attempts.append(f"{kind} from {sys._getframe(2).f_code.co_name}")
        raise NetworkUsed(f"network used: {kind}{args!r}")

    class NoSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            refuse("socket", args)

    def no_connection(*args: object, **kwargs: object) -> None:
        refuse("create_connection", args)

    def no_lookup(*args: object, **kwargs: object) -> None:
        refuse("getaddrinfo", args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", no_connection)
    monkeypatch.setattr(socket, "getaddrinfo", no_lookup)
    return attempts


# urllib3 (imported by trafilatura) opens, at import time, an unconnected IPv6 socket on ::1 to learn
# whether the machine has IPv6; that probe never leaves the machine and copes with the refusal.
LOCAL_PROBES = {"socket from _has_ipv6"}


def test_the_network_really_is_blocked(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.com", 80))
    with pytest.raises(NetworkUsed):
        socket.socket()
    assert len(no_network) == 2


def test_compare_runs_offline(tmp_path: Path, no_network: list[str]) -> None:
    (tmp_path / "1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "2.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "3.docx").write_bytes(docx_bytes(TEXT.splitlines()))
    comparison = compare([str(tmp_path), "https://example.com/story"])
    assert set(no_network) <= LOCAL_PROBES, no_network
    assert [a.path for a in comparison.articles] == [str(tmp_path / n) for n in ("1.txt", "2.html", "3.docx")]
    assert [p.path for p in comparison.problems] == ["https://example.com/story"]
    assert comparison.claims
    for claim in comparison.claims:
        text = comparison.article(claim.article).text
        assert text[claim.start : claim.end] == claim.text
    # the same statement in the text file and the docx is found in more than one source
    assert any(len(c.sources) > 1 for c in comparison.claims)


# -- Qt's platform libraries ----------------------------------------------------------------------------

QT_ABORT = (
    "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.\n"
    'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.\n'
    "This application failed to start because no Qt platform plugin could be initialized."
)


def test_explain_qt_failure_names_the_package() -> None:
    advice = explain_qt_failure(QT_ABORT)
    assert advice is not None
    assert "apt-get install" in advice and "libxcb-cursor0" in advice


def test_explain_qt_failure_ignores_other_errors() -> None:
    assert explain_qt_failure(ValueError("something else went wrong")) is None


@pytest.mark.parametrize(
    ("env", "missing", "expect"),
    [
        ({"DISPLAY": ":0"}, {"libxcb-cursor.so.0"}, "libxcb-cursor0"),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, {"libEGL.so.1", "libGL.so.1"}, "libegl1 libgl1"),
        ({"DISPLAY": ":0"}, set(), None),
        ({"QT_QPA_PLATFORM": "offscreen"}, {"libxcb-cursor.so.0"}, None),
        ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, {"libxcb-cursor.so.0"}, None),
    ],
)
def test_check_qt_platform(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], missing: set[str], expect: str | None
) -> None:
    import viewer.platform_check as pc

    monkeypatch.setattr(pc.sys, "platform", "linux")
    result = check_qt_platform(env=env, loader=lambda lib: lib not in missing)
    if expect is None:
        assert result is None
    else:
        assert result is not None and f"apt-get install {expect}" in result


def test_check_qt_platform_is_silent_off_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    import viewer.platform_check as pc

    monkeypatch.setattr(pc.sys, "platform", "darwin")
    assert check_qt_platform(env={"DISPLAY": ":0"}, loader=lambda lib: False) is None


def test_missing_libraries_uses_the_loader() -> None:
    assert missing_libraries(lambda lib: lib != "libxkbcommon-x11.so.0") == ["libxkbcommon-x11-0"]
