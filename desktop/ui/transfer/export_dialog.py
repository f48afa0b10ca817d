"""File → Export…: write the journal, or part of it, to CSV or JSON in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.filters import EntryFilter
from desktop.domain.theme_catalogue import theme_name
from desktop.store.journal.paths import journal_file_clash
from desktop.ui.common.labels import entries_text, first_upper
from desktop.ui.transfer.transfer_workers import ExportWorker


class ExportDialog(QDialog):
    """Standalone export dialog for the journal at `journal_path`.

    Signals: `exported(count, path)` when the file is written, `failed(message)` otherwise.
    """

    exported = Signal(int, object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, journal_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal_path = Path(journal_path)
        self._worker: ExportWorker | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.setWindowTitle(self.tr("Export entries"))
        self._build()
        self._load_themes()

    def _build(self) -> None:
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("CSV (spreadsheets; entries only)"), "csv")
        self.format_combo.addItem(self.tr("JSON (the whole journal: entries, themes, people)"), "json")
        self.format_combo.addItem(self.tr("Zip (the JSON with the entries' photos and files)"), "zip")
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.target_edit = QLineEdit()
        self.target_edit.textChanged.connect(self._update_buttons)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(choose)

        today = QDate.currentDate()
        self.from_check, self.from_edit = QCheckBox(self.tr("From")), self._date_edit(today.addYears(-1))
        self.to_check, self.to_edit = QCheckBox(self.tr("To")), self._date_edit(today)
        self.from_check.toggled.connect(self.from_edit.setEnabled)
        self.to_check.toggled.connect(self.to_edit.setEnabled)
        dates = QHBoxLayout()
        for widget in (self.from_check, self.from_edit, self.to_check, self.to_edit):
            dates.addWidget(widget)
        dates.addStretch(1)

        self.theme_list = QListWidget()
        self.theme_list.setToolTip(self.tr("Tick themes to export only entries with any of them"))

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("File"), target_row)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Themes"), self.theme_list)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        self._update_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(progress_row)
        layout.addWidget(self.buttons)

    def _date_edit(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        return edit

    def _load_themes(self) -> None:
        from desktop.store.entries.theme_table import all_themes
        from desktop.store.journal.access import journal_session
        from desktop.store.journal.errors import JournalError

        try:
            with journal_session(self.journal_path):
                themes = all_themes()
        except JournalError as error:
            self.status.setText(str(error))
            self.export_button.setEnabled(False)
            return
        for theme in themes:
            item = QListWidgetItem(f"{theme_name(theme.slug, theme.name)} ({theme.slug})")
            item.setData(Qt.ItemDataRole.UserRole, theme.slug)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.theme_list.addItem(item)

    # --- choices ---------------------------------------------------------------------------------

    def set_target(self, path: Path, fmt: str | None = None) -> None:
        if fmt is not None:
            self.format_combo.setCurrentIndex(max(self.format_combo.findData(fmt), 0))
        self.target_edit.setText(str(path))

    def set_dates(self, start: QDate | None, end: QDate | None) -> None:
        for check, edit, value in (
            (self.from_check, self.from_edit, start),
            (self.to_check, self.to_edit, end),
        ):
            check.setChecked(value is not None)
            if value is not None:
                edit.setDate(value)

    def check_themes(self, slugs: list[str]) -> None:
        for i in range(self.theme_list.count()):
            item = self.theme_list.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in slugs
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def entry_filter(self) -> EntryFilter:
        themes = tuple(
            self.theme_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.theme_list.count())
            if self.theme_list.item(i).checkState() == Qt.CheckState.Checked
        )
        start = self.from_edit.date().toPython() if self.from_check.isChecked() else None
        end = self.to_edit.date().toPython() if self.to_check.isChecked() else None
        return EntryFilter(date_from=start, date_to=end, themes=themes)  # type: ignore[arg-type]

    def _format_changed(self) -> None:
        text = self.target_edit.text().strip()
        if text:
            self.target_edit.setText(str(Path(text).with_suffix("." + self.format_combo.currentData())))

    def _choose_target(self) -> None:
        fmt = self.format_combo.currentData()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            str(Path.home() / f"journal.{fmt}"),
            {"csv": self.tr("CSV files (*.csv)"), "zip": self.tr("Zip files (*.zip)")}.get(
                fmt, self.tr("JSON files (*.json)")
            ),
        )
        if name:
            self.target_edit.setText(name)

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(bool(self.target_edit.text().strip()) and self._worker is None)

    # --- exporting -------------------------------------------------------------------------------

    def start_export(self) -> None:
        if self._worker is not None:
            return
        target = Path(self.target_edit.text().strip())
        flt = self.entry_filter()
        problem = None
        if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
            problem = self.tr("The start date is after the end date.")
        elif target.is_dir():
            problem = self.tr("{path} is a folder; give a file name.").format(path=target)
        elif not target.parent.is_dir():
            problem = self.tr("The folder {path} does not exist.").format(path=target.parent)
        elif clash := journal_file_clash(target, self.journal_path):
            problem = first_upper(clash) + "."
        if problem:
            self.status.setText(problem)
            return
        worker = ExportWorker(self.journal_path, self.format_combo.currentData(), target, flt)
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(lambda count: self._exported(count, target))
        worker.signals.failed.connect(self._failed)
        worker.signals.cancelled.connect(self._cancelled)
        self._worker = worker
        self.status.setText(self.tr("Exporting…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self._update_buttons()
        self._pool.start(worker)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))

    def _finish(self, message: str) -> None:
        self._worker = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.status.setText(message)
        self._update_buttons()

    def _exported(self, count: int, target: Path) -> None:
        self._finish(self.tr("Exported {count} to {path}.").format(count=entries_text(count), path=target))
        self.exported.emit(count, target)

    def _failed(self, message: str) -> None:
        self._finish(self.tr("Nothing was exported: {reason}").format(reason=message))
        self.failed.emit(message)

    def _cancelled(self) -> None:
        self._finish(self.tr("Cancelled; no file was written."))
        self.cancelled.emit()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def done(self, result: int) -> None:
        self.cancel()
        self._pool.waitForDone()
        super().done(result)
