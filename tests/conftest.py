"""Test set-up shared by all tests.

Qt runs offscreen (set before any QApplication exists), tests of the Qt layer get settings of their own
in a temporary folder, and a test that leaves work running on the thread pool fails.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# a missing extraction library (trafilatura, pypdf, python-docx…) fails the tests instead of a silent fallback
os.environ["SOURCE_VIEWER_STRICT_IMPORTS"] = "1"

import pytest


def _uses_qt(request: pytest.FixtureRequest) -> bool:
    return "tests/ui" in str(request.node.path).replace(os.sep, "/") or "qtbot" in request.fixturenames


@pytest.fixture(autouse=True)
def _fresh_settings(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """Keep tests away from the user's real settings: every Qt test gets its own settings folder."""
    if not _uses_qt(request):
        yield None
        return
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    QCoreApplication.setOrganizationName("SourceViewerTests")
    QCoreApplication.setApplicationName(request.node.name[:60])
    yield folder


@pytest.fixture(autouse=True)
def _dangling_pool_work(request: pytest.FixtureRequest):
    """Fail a test that leaves QThreadPool work running (napari's ``_dangling_qthreads``)."""
    yield
    if not _uses_qt(request):
        return
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    finished = pool.waitForDone(5000)
    assert finished and pool.activeThreadCount() == 0, "the test left work running on the QThreadPool"


@pytest.fixture
def settings_folder(_fresh_settings):
    """The folder this test's QSettings are written to."""
    return _fresh_settings
