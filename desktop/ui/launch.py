"""Starting the window from the command line."""

from __future__ import annotations

import sys

from desktop import APP_NAME


def launch_window(journal: str | None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QMainWindow, QMessageBox

    from desktop.store.database import open_journal
    from desktop.store.entries import list_entries
    from desktop.store.errors import JournalError
    from desktop.store.paths import resolve_journal_path

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    try:
        opened = open_journal(resolve_journal_path(journal))
    except JournalError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    entries = QListWidget()
    for entry in list_entries(limit=500):
        entries.addItem(f"{entry.date.isoformat()}  {entry.title}")
    if not entries.count():
        window.setCentralWidget(QLabel("No entries yet."))
    else:
        window.setCentralWidget(entries)
    window.resize(900, 600)
    window.show()
    try:
        return app.exec()
    finally:
        opened.close()
