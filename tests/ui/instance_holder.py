"""A first window's stand-in: opens a journal with `open_for_window` and waits to be raised.

Run as `python -m tests.ui.instance_holder JOURNAL`. Prints "opened", then "raised" when a
second start asks it to come forward, and exits (after 20 s at the latest).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.app.opening import channel_for, close_for_window, open_for_window


def main() -> int:
    app = QApplication(sys.argv[:1])
    journal = open_for_window(Path(sys.argv[1]))
    if journal is None:
        print("not opened", flush=True)
        return 1
    channel = channel_for(journal)
    assert channel is not None

    def raised() -> None:
        print("raised", flush=True)
        app.quit()

    channel.activationRequested.connect(raised)
    QTimer.singleShot(20000, app.quit)
    print("opened", flush=True)
    app.exec()
    close_for_window(journal)
    return 0


if __name__ == "__main__":
    sys.exit(main())
