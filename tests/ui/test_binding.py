"""The Qt binding must survive many signal emits and Python overrides returning None.

PySide6-Essentials 6.12.0 drops a reference to True on every emit and to None on every Python override
that returns None when it runs on Python 3.11, and the interpreter soon aborts; pyproject.toml keeps
that release off Python < 3.12. The check runs in a subprocess so that an abort fails this test instead
of ending the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QAbstractListModel, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QListView, QWidget

app = QApplication([])

class Emitter(QObject):
    fired = Signal(int)

class Painted(QWidget):
    def paintEvent(self, event):
        return None

class Model(QAbstractListModel):
    def rowCount(self, parent=None):
        return 500
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return str(index.row()) if role == Qt.ItemDataRole.DisplayRole else None

seen = []
emitter = Emitter()
emitter.fired.connect(seen.append)
widget = Painted()
widget.show()
view = QListView()
model = Model()
view.setModel(model)
view.show()
for i in range(20000):
    emitter.fired.emit(i)
for _ in range(300):
    widget.repaint()
    view.viewport().repaint()
print(len(seen))
"""


def test_many_emits_and_paints_do_not_crash_the_interpreter() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "20000"
