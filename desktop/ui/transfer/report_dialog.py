"""File → Monthly Report…: one month as a PDF (the charts, a summary, the month's entries), or
redacted, without any title or entry text, to share with a partner or counsellor."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.entry import EARLIEST_DATE, LATEST_DATE
from desktop.store.journal.paths import journal_file_clash
from desktop.ui.common.qt_dates import to_qdate
from desktop.ui.common.workers import Workers


def make_report(month: date, target: Path, redacted: bool) -> int:
    """Gather the month from the open journal and write its report; returns the page count."""
    from desktop.io.report import ReportInput, month_end, write_report
    from desktop.io.report_photos import report_photos
    from desktop.store.attachments.references import photo_thumbnails
    from desktop.store.charts.chart_data import month_report_data

    data, entries, drift, thresholds = month_report_data(month, month_end(month))
    photos = (
        () if redacted else report_photos(entries, photo_thumbnails(e.uuid for e in entries))
    )  # a shared report holds none
    report = ReportInput(
        month=month, data=data, entries=entries, drift=drift, thresholds=thresholds, photos=photos
    )
    return write_report(report, target, redacted=redacted)


class ReportDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, today: date | None = None, journal_path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.journal_path = journal_path  # the open journal, which the report may not write over
        self.setWindowTitle(self.tr("Monthly Report"))
        self.workers = Workers(self)
        self.last_written: Path | None = None
        today = today or date.today()

        self.month = QDateEdit(QDate(today.year, today.month, 1))
        self.month.setDisplayFormat("MMMM yyyy")
        self.month.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))
        self.month.setCalendarPopup(True)
        self.month.setAccessibleName(self.tr("Month of the report"))
        self.redacted = QCheckBox(self.tr("Leave out every title and entry text (to share it)"))
        self.redacted.setAccessibleName(self.redacted.text())
        self.note = QLabel(
            self.tr(
                "The report holds the month's charts, counts and zones, and its entries. "
                "The redacted one holds the charts and numbers only."
            )
        )
        self.note.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the report is drawn page by page
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Report status"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._choose_and_write)

        form = QFormLayout()
        form.addRow(self.tr("&Month:"), self.month)
        form.addRow("", self.redacted)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def chosen_month(self) -> date:
        picked = self.month.date()
        return date(picked.year(), picked.month(), 1)

    def suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
        suffix = "-redacted" if self.redacted.isChecked() else ""
        return base / f"balance-report-{self.chosen_month():%Y-%m}{suffix}.pdf"

    def _choose_and_write(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(self.suggested_path()), self.tr("PDF documents (*.pdf)")
        )
        if name:
            target = Path(name)
            self.write_to(target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf"))

    def write_to(self, target: Path) -> None:
        """Write the report in the background; `status` says when it is done or why not."""
        clash = journal_file_clash(target, self.journal_path) if self.journal_path else None
        if clash:
            self.status.setText(self.tr("The report was not saved: {0}").format(clash))
            return
        month, redacted = self.chosen_month(), self.redacted.isChecked()
        self.save_button.setEnabled(False)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Drawing the report for {0}…").format(f"{month:%B %Y}"))
        self.workers.run(
            lambda: make_report(month, target, redacted),
            lambda pages: self._written(target, pages),
            self._failed,
        )

    def _written(self, target: Path, pages: Any) -> None:
        self._finish()
        self.last_written = target
        self.status.setText(self.tr("Saved a {0}-page report to {1}.").format(pages, target))

    def _failed(self, message: str) -> None:
        self._finish()
        self.status.setText(self.tr("The report was not saved: {0}").format(message))

    def _finish(self) -> None:
        self.progress.setVisible(False)
        self.save_button.setEnabled(True)

    def done(self, result: int) -> None:
        self.workers.wait()  # a report being written finishes before the dialog goes
        super().done(result)
