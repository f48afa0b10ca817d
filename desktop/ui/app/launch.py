"""Starting the window: the application, its look, the journal, and the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
ICON_PATH = RESOURCES / "balance-journal.svg"


def choose_journal_path(journal_arg: str | None, preferences_path: Path | None) -> Path:
    """--journal, else $BALANCE_JOURNAL, else the file chosen in Settings, else the default."""
    from desktop.store.journal.paths import JOURNAL_ENV, resolve_journal_path

    if journal_arg is None and not os.environ.get(JOURNAL_ENV) and preferences_path is not None:
        return preferences_path
    return resolve_journal_path(journal_arg)


def launch_window(journal: str | None) -> int:
    from desktop.logs import setup_logging

    setup_logging()  # the command line has done so already; a second call changes nothing
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.domain.i18n import chosen_language
    from desktop.ui.app.language import apply_language, note_missing_font
    from desktop.ui.app.main_window import CLOSE_WAIT_READS_MS, MainWindow
    from desktop.ui.app.opening import (
        back_up_when_due,
        channel_for,
        close_for_window,
        handed_over_to_other_window,
        open_for_window,
    )
    from desktop.ui.app.palette import apply_appearance
    from desktop.ui.app.preferences import Preferences

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("balance-journal")
    if ICON_PATH.exists():
        app.setWindowIcon(QIcon(str(ICON_PATH)))
    apply_language(app, chosen_language())
    preferences = Preferences()
    apply_appearance(app, preferences.appearance)
    # "Follow the system" keeps following it while the app runs.
    app.styleHints().colorSchemeChanged.connect(lambda *_: apply_appearance(app, preferences.appearance))
    opened = open_for_window(choose_journal_path(journal, preferences.journal_path))
    if opened is None:
        return 0 if handed_over_to_other_window() else 1
    window = MainWindow(opened, preferences)
    window.restore_layout()
    channel = channel_for(opened)
    if channel is not None:  # a second start on this journal brings this window forward
        channel.activationRequested.connect(lambda: bring_forward(window))
    window.show()
    note_missing_font(window)
    back_up_when_due(window)
    try:
        return app.exec()
    finally:
        window.workers.wait(CLOSE_WAIT_READS_MS)
        close_for_window(window.journal)  # the journal may have been reopened (restore, passphrase)
        if window.tasks.abandoned:
            # A long task outran the close limit. Its thread would hold the process open, and
            # its file is replaced only at its end, so ending here leaves the journal as it was.
            sys.stdout.flush()
            os._exit(1)


def bring_forward(window: QWidget) -> None:
    from PySide6.QtCore import Qt

    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
