"""File → Import…: choose a file, preview what it holds, then add it to the journal in one go.

The file is read and checked in the background; the preview lists the entries, every rejected
row with its number and reason, and notes such as skipped entries or custom moods. Nothing is
written until Import is pressed, and then everything or nothing is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.labels import entries_text, mood_label
from desktop.ui.transfer.transfer_workers import ApplyWorker, CancellableWorker, PlanWorker

FORMATS = ("auto", "csv", "json", "jrnl", "dayone", "daylio")
PREVIEW_TEXT = 80  # characters of the text shown for an entry without a title


class ImportDialog(QDialog):
    """Standalone import dialog for the journal at `journal_path`.

    Signals: `planReady(plan)` after a file is checked, `imported(result)` after the entries are
    written (an `ImportResult`), `failed(message)` when the file cannot be read or written.
    """

    planReady = Signal(object)
    imported = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, journal_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal_path = Path(journal_path)
        self.plan: Any = None
        # Levels the user gave Daylio mood labels of their own; None: the first guess is offered.
        self.moods: dict[str, int] | None = None
        # The user chose to leave the named bad rows out (asked anew for each file).
        self.leave_out_bad = False
        self.result: Any = None
        self._worker: CancellableWorker | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.setWindowTitle(self.tr("Import entries"))
        self.resize(820, 560)
        self._build()

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("A CSV, JSON, jrnl, Day One or Daylio export"))
        self.source_edit.editingFinished.connect(self._source_edited)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_file)
        choose_folder = QPushButton(self.tr("Folder…"))
        choose_folder.setToolTip(self.tr("A Day One Classic journal (a Journal.dayone folder)"))
        choose_folder.clicked.connect(self._choose_folder)
        self.format_combo = QComboBox()
        labels = {
            "auto": self.tr("Recognise automatically"),
            "csv": self.tr("Balance Journal CSV"),
            "json": self.tr("Balance Journal JSON"),
            "jrnl": self.tr("jrnl (text or JSON)"),
            "dayone": self.tr("Day One (JSON or zip)"),
            "daylio": self.tr("Daylio CSV"),
        }
        for fmt in FORMATS:
            self.format_combo.addItem(labels[fmt], fmt)
        self.format_combo.currentIndexChanged.connect(lambda _i: self._check())
        row = QHBoxLayout()
        row.addWidget(self.source_edit, 1)
        row.addWidget(choose)
        row.addWidget(choose_folder)
        row.addWidget(self.format_combo)

        self.summary = QLabel(self.tr("Choose a file to see what it holds."))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.entries_table = self._table(
            [self.tr("Date"), self.tr("Time"), self.tr("Title or text"), self.tr("Mood"), self.tr("Themes")]
        )
        self.rejected_table = self._table([self.tr("Row"), self.tr("Reason")])
        self.notes_list = QListWidget()
        self.notes_list.setWordWrap(True)  # a note is a sentence or two; none is cut off
        self.tabs = QTabWidget()
        self.tabs.addTab(self.entries_table, self.tr("Entries"))
        self.tabs.addTab(self.rejected_table, self.tr("Rejected rows"))
        self.tabs.addTab(self.notes_list, self.tr("Notes"))
        self.moods_table = self._table([self.tr("Mood in the file"), self.tr("Entries"), self.tr("Level")])
        self.moods_table.setAccessibleName(self.tr("Levels for moods of your own"))
        self._moods_tab = self.tabs.addTab(self.moods_table, self.tr("Moods"))
        self.tabs.setTabVisible(self._moods_tab, False)

        self.skip_bad = QCheckBox()
        self.skip_bad.setVisible(False)
        self.skip_bad.toggled.connect(self._skip_bad_toggled)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.buttons)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        return table

    # --- choosing and checking a file ------------------------------------------------------------

    def set_source(self, path: Path, fmt: str = "auto") -> None:
        """Check `path` as the given format (see FORMATS); the preview fills in when done."""
        self.moods = None
        self.leave_out_bad = False
        self.source_edit.setText(str(path))
        index = self.format_combo.findData(fmt)
        self.format_combo.blockSignals(True)
        self.format_combo.setCurrentIndex(max(index, 0))
        self.format_combo.blockSignals(False)
        self._check()

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from"),
            str(Path.home()),
            self.tr("Journal exports (*.csv *.json *.txt *.journal *.zip *.doentry);;All files (*)"),
        )
        if name:
            self.set_source(Path(name), self.format_combo.currentData())

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Import a journal folder"), str(Path.home()))
        if name:
            self.set_source(Path(name), self.format_combo.currentData())

    def _source_edited(self) -> None:
        if self.source_edit.text().strip() and self._worker is None:
            self.moods = None
            self.leave_out_bad = False
            self._check()

    def _check(self) -> None:
        text = self.source_edit.text().strip()
        if not text or self._worker is not None:
            return
        self.plan = None
        self._show_plan(None)
        self.summary.setText(self.tr("Reading {name}…").format(name=Path(text).name))
        worker = PlanWorker(
            Path(text),
            self.format_combo.currentData(),
            self.journal_path,
            moods=self.moods,
            skip_bad=self.leave_out_bad,
        )
        worker.signals.finished.connect(self._plan_ready)
        self._start(worker)

    def _plan_ready(self, plan: Any) -> None:
        self._finish_worker()
        self.plan = plan
        self._show_plan(plan)
        self.planReady.emit(plan)

    def _show_plan(self, plan: Any) -> None:
        self.entries_table.setRowCount(0)
        self.rejected_table.setRowCount(0)
        self.notes_list.clear()
        self.import_button.setEnabled(False)
        blocked = self.skip_bad.blockSignals(True)
        self.skip_bad.setChecked(False)
        self.skip_bad.blockSignals(blocked)
        self.skip_bad.setVisible(False)
        if plan is None:
            return
        for entry in plan.preview:
            text = entry.title or " ".join(entry.body.split())[:PREVIEW_TEXT]
            mood = "" if entry.mood is None else str(entry.mood)
            self._add_row(
                self.entries_table,
                [entry.date.isoformat(), entry.time.strftime("%H:%M"), text, mood, ", ".join(entry.themes)],
            )
        for rejected in plan.rejected:
            self._add_row(self.rejected_table, [f"{rejected.label} {rejected.row}", rejected.reason])
        self._show_moods(plan)
        left_behind = [self.tr("Not kept: {what}").format(what=what) for what in plan.left_behind]
        self.notes_list.addItems(left_behind + list(plan.warnings))
        self.tabs.setTabText(1, self.tr("Rejected rows ({n})").format(n=len(plan.rejected)))
        self.tabs.setTabText(2, self.tr("Notes ({n})").format(n=self.notes_list.count()))
        name = plan.source.name
        if plan.rejected and not plan.skip_bad:
            self.summary.setText(
                (
                    self.tr(
                        "{name}: 1 row cannot be imported, so nothing will be. "
                        "Fix it in the file and choose it again, or leave it out."
                    )
                    if len(plan.rejected) == 1
                    else self.tr(
                        "{name}: {bad} rows cannot be imported, so nothing will be. "
                        "Fix them in the file and choose it again, or leave them out."
                    )
                ).format(name=name, bad=QLocale().toString(len(plan.rejected)))
            )
            if plan.count:
                self.skip_bad.setText(
                    self.tr("Import the other {count} and leave out the bad ones named below").format(
                        count=entries_text(plan.count)
                    )
                )
                self.skip_bad.setVisible(True)
            self.tabs.setCurrentIndex(1)
            return
        shown = (
            ""
            if plan.count <= len(plan.preview)
            else self.tr(" (the first {n} shown)").format(n=len(plan.preview))
        )
        text = self.tr("{name} ({fmt}): {count} ready to import{shown}.").format(
            name=name, fmt=plan.format, count=entries_text(plan.count), shown=shown
        )
        present = plan.already_present or 0
        if present and present >= plan.count:
            text = self.tr(
                "{name} ({fmt}): all {count} are in the journal already; nothing new to import."
            ).format(name=name, fmt=plan.format, count=entries_text(plan.count))
        elif present:
            text += " " + self.tr(
                "{n} of them are in the journal already and will be left as they are."
            ).format(n=QLocale().toString(present))
        if plan.skipped:
            text += " " + self.tr("{n} left out (see Notes).").format(n=plan.skipped)
        if plan.rejected:
            text += " " + self.tr("Left out as you chose: {bad} (see Rejected rows).").format(
                bad=len(plan.rejected)
            )
            self.skip_bad.setVisible(True)
            blocked = self.skip_bad.blockSignals(True)
            self.skip_bad.setChecked(True)
            self.skip_bad.blockSignals(blocked)
        if plan.left_behind:
            text += " " + self.tr("Some of what the file holds is not kept (see Notes).")
        self.summary.setText(text)
        self.tabs.setCurrentIndex(0)
        self.import_button.setEnabled(plan.count > present)

    def _show_moods(self, plan: Any) -> None:
        """Each mood label of the user's own, how many entries have it, and its level 1–5."""
        self.moods_table.setRowCount(0)
        labels = sorted(plan.custom_moods.items(), key=lambda item: (-item[1], item[0].casefold()))
        self.tabs.setTabVisible(self._moods_tab, bool(labels))
        self.tabs.setTabText(self._moods_tab, self.tr("Moods ({n})").format(n=len(labels)))
        for row, (label, count) in enumerate(labels):
            self._add_row(self.moods_table, [label, QLocale().toString(count), ""])
            level = QComboBox()
            level.addItem(self.tr("No mood (keep the name in the text)"), 0)
            for n in range(1, 6):
                level.addItem(f"{n} · {mood_label(n)}", n)
            level.setCurrentIndex(max(level.findData(plan.mood_levels.get(label, 0)), 0))
            level.setAccessibleName(self.tr("Level for {label}").format(label=label))
            level.currentIndexChanged.connect(self._moods_changed)
            self.moods_table.setCellWidget(row, 2, level)

    def _moods_changed(self) -> None:
        """The user set a level: read the file again with the levels as they now stand."""
        chosen: dict[str, int] = {}
        for row in range(self.moods_table.rowCount()):
            combo = self.moods_table.cellWidget(row, 2)
            label = self.moods_table.item(row, 0)
            if isinstance(combo, QComboBox) and label is not None and combo.currentData():
                chosen[label.text()] = int(combo.currentData())
        self.moods = chosen
        self._check()

    def _skip_bad_toggled(self, on: bool) -> None:
        """The user's explicit choice to import the good rows without the named bad ones: the
        file is checked again with it, so the preview also counts what the journal holds."""
        self.leave_out_bad = on
        if self.plan is not None:
            self._check()

    @staticmethod
    def _add_row(table: QTableWidget, cells: list[str]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))

    # --- importing -------------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.plan is None or not self.plan.ok or self._worker is not None:
            return
        self.summary.setText(self.tr("Importing {count}…").format(count=entries_text(self.plan.count)))
        worker = ApplyWorker(self.journal_path, self.plan)
        worker.signals.finished.connect(self._imported)
        self._start(worker)

    def _imported(self, result: Any) -> None:
        self._finish_worker()
        self.result = result
        self.summary.setText(
            self.tr("Added {added}; {present} already in the journal.").format(
                added=entries_text(result.added), present=QLocale().toString(result.already_present)
            )
        )
        self.import_button.setEnabled(False)
        self.imported.emit(result)

    # --- background work -------------------------------------------------------------------------

    def _start(self, worker: CancellableWorker) -> None:
        self._worker = worker
        worker.signals.progress.connect(self._progress)
        worker.signals.failed.connect(self._failed)
        worker.signals.cancelled.connect(self._cancelled)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.import_button.setEnabled(False)
        self._pool.start(worker)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))

    def _finish_worker(self) -> None:
        self._worker = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def _failed(self, message: str) -> None:
        self._finish_worker()
        self.summary.setText(self.tr("Nothing was imported: {reason}").format(reason=message))
        self.failed.emit(message)

    def _cancelled(self) -> None:
        self._finish_worker()
        self.summary.setText(self.tr("Cancelled; nothing was imported."))
        if self.plan is not None and self.plan.ok:
            self.import_button.setEnabled(True)
        self.cancelled.emit()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def is_busy(self) -> bool:
        return self._worker is not None

    def done(self, result: int) -> None:
        """Closing stops any work in progress (an import still running is rolled back)."""
        self.cancel()
        self._pool.waitForDone()
        super().done(result)
