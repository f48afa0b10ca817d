"""File → Import, Export and Monthly Report: opens each dialog for the journal the window holds.

The dialogs do their own work on background threads; this controller only opens them, frees
them when they close, and tells the window when an import brought entries in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.store.journal.opening import Journal
from desktop.ui.app.events import EventHub
from desktop.ui.app.main_menu import MainMenu


class TransferController(QObject):
    # An import added entries (and perhaps themes and people): everything shown is read again.
    imported = Signal()

    def __init__(self, parent: QWidget, journal_path: Path, menu: MainMenu, events: EventHub) -> None:
        super().__init__(parent)
        self._parent = parent
        self.journal_path = journal_path
        menu.import_.triggered.connect(self.import_entries)
        menu.export.triggered.connect(self.export_entries)
        menu.report.triggered.connect(self.monthly_report)
        events.journalReplaced.connect(self._journal_replaced)

    def _journal_replaced(self, journal: Journal) -> None:
        self.journal_path = journal.path

    def import_entries(self) -> None:
        from desktop.ui.transfer.import_dialog import ImportDialog

        dialog = ImportDialog(self.journal_path, self._parent)
        dialog.imported.connect(lambda _result: self.imported.emit())
        dialog.exec()
        dialog.deleteLater()

    def export_entries(self) -> None:
        from desktop.ui.transfer.export_dialog import ExportDialog

        dialog = ExportDialog(self.journal_path, self._parent)
        dialog.exec()
        dialog.deleteLater()

    def monthly_report(self) -> None:
        from desktop.ui.transfer.report_dialog import ReportDialog

        dialog = ReportDialog(self._parent, journal_path=self.journal_path)
        dialog.exec()
        dialog.deleteLater()
