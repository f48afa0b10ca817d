"""The Qt binding in use survives a long session: many calls must not wear `None` out.

PySide6 6.12.0 on Python 3.11 drops a reference to None on each void call and aborts after some
thousands of them; pyproject.toml keeps to releases without that fault, and this test proves it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

LOOP = """
from PySide6.QtWidgets import QApplication, QComboBox
app = QApplication([])
combo = QComboBox()
combo.addItem("plain")
for _ in range(100_000):
    app.processEvents()  # a void method
    combo.currentData()  # a QVariant without a value
print("still alive")
"""


def test_a_long_session_of_qt_calls_does_not_abort_the_app():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-c", LOOP], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert "still alive" in done.stdout
