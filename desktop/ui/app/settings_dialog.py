"""Settings and About."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.domain.balance import DEFAULT_THRESHOLDS, Thresholds
from desktop.domain.i18n import LANGUAGES
from desktop.store.journal import settings as journal_settings
from desktop.store.journal.errors import JournalError
from desktop.store.safety.backup import keep_count, set_keep_count
from desktop.ui.app.palette import apply_appearance
from desktop.ui.app.preferences import Appearance, Preferences
from desktop.ui.sync.sync_controller import SyncController
from desktop.ui.sync.sync_page import SyncPage


class SettingsDialog(QDialog):
    def __init__(
        self,
        preferences: Preferences,
        journal_path: Path,
        parent: QWidget | None = None,
        sync: SyncController | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.preferences = preferences
        self.journal_path = journal_path
        labels = {
            "balanced_band": self.tr("Balanced band (± balance)"),
            "ideal_min": self.tr("Interdependent: both ratings at least"),
            "low_max": self.tr("Low: both ratings at most"),
            "risk_max": self.tr("Risk: the weaker rating at most"),
            "drift_days": self.tr("Drift window (days)"),
            "drift_balance": self.tr("Drift: mean balance above"),
            "drift_rating_max": self.tr("Drift: weaker side's mean at most"),
            "drift_theme_count": self.tr("Drift: warning theme on at least (entries)"),
            "trend_window_days": self.tr("Trend window (days)"),
        }
        self.location = QLineEdit(str(preferences.journal_path or journal_path))
        self.location.setAccessibleName(self.tr("Journal location"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Choose the journal file"))
        browse.clicked.connect(self._browse)
        location_row = QHBoxLayout()
        location_row.addWidget(self.location, 1)
        location_row.addWidget(browse)
        self.week_start = QComboBox()
        self.week_start.setAccessibleName(self.tr("First day of the week"))
        for key, label in (
            ("monday", self.tr("Monday")),
            ("sunday", self.tr("Sunday")),
            ("saturday", self.tr("Saturday")),
        ):
            self.week_start.addItem(label, key)
        self.week_start.setCurrentIndex(self.week_start.findData(preferences.week_start))
        self.appearance = QComboBox()
        self.appearance.setAccessibleName(self.tr("Appearance"))
        for value, label in (
            (Appearance.SYSTEM, self.tr("Follow the system")),
            (Appearance.LIGHT, self.tr("Light")),
            (Appearance.DARK, self.tr("Dark")),
        ):
            self.appearance.addItem(label, value)
        self.appearance.setCurrentIndex(self.appearance.findData(preferences.appearance))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES.items():  # each language named in itself, as people look for it
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language or "")))

        general = QGroupBox(self.tr("General"))
        general_form = QFormLayout(general)
        general_form.addRow(self.tr("Journal file"), location_row)
        remembered = preferences.journal_path
        if (
            remembered is not None
            and Path(remembered).expanduser().absolute() != Path(journal_path).absolute()
        ):
            # Started on another journal (--journal or $BALANCE_JOURNAL): say which is open.
            note_text = self.tr("Open now: {0}. The file above opens when the app starts without one named.")
            note = QLabel(note_text.format(journal_path))
        else:
            note = QLabel(self.tr("A different journal file opens the next time you start the app."))
        note.setWordWrap(True)
        note.setEnabled(False)
        general_form.addRow("", note)
        general_form.addRow(self.tr("Week starts on"), self.week_start)
        general_form.addRow(self.tr("Appearance"), self.appearance)
        general_form.addRow(self.tr("Language"), self.language)
        language_note = QLabel(self.tr("A different language is used from the next start of the app."))
        language_note.setWordWrap(True)
        language_note.setEnabled(False)
        general_form.addRow("", language_note)
        self.backups_kept = QSpinBox()
        self.backups_kept.setRange(1, 365)
        self.backups_kept.setValue(keep_count())
        self.backups_kept.setAccessibleName(self.tr("Automatic backups to keep"))
        general_form.addRow(self.tr("Automatic backups to keep"), self.backups_kept)

        balance = QGroupBox(self.tr("Balance thresholds (kept in this journal)"))
        balance_form = QFormLayout(balance)
        current = journal_settings.thresholds()
        self.threshold_boxes: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for item in fields(Thresholds):
            value = getattr(current, item.name)
            box: QSpinBox | QDoubleSpinBox
            if item.type == "int":
                box = QSpinBox()
                box.setRange(1, 365)
            else:
                box = QDoubleSpinBox()
                box.setRange(0.0, 10.0)
                box.setSingleStep(0.5)
                box.setDecimals(1)
            box.setValue(value)
            box.setAccessibleName(labels[item.name])
            self.threshold_boxes[item.name] = box
            balance_form.addRow(labels[item.name], box)
        defaults = QPushButton(self.tr("Restore defaults"))
        defaults.setAccessibleName(self.tr("Restore default thresholds"))
        defaults.clicked.connect(self._defaults)
        balance_form.addRow("", defaults)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        journal_page = QWidget()
        journal_layout = QVBoxLayout(journal_page)
        journal_layout.setContentsMargins(0, 0, 0, 0)
        journal_layout.addWidget(general)
        journal_layout.addWidget(balance)
        self.pages = QTabWidget()
        self.pages.setTabBarAutoHide(True)
        self.pages.addTab(journal_page, self.tr("General"))
        self.sync_page = SyncPage(sync) if sync is not None else None
        if self.sync_page is not None:
            self.pages.addTab(self.sync_page, self.tr("Sync"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Journal file"),
            self.location.text(),
            self.tr("Journals (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.location.setText(chosen)

    def _defaults(self) -> None:
        for name, box in self.threshold_boxes.items():
            box.setValue(getattr(DEFAULT_THRESHOLDS, name))

    def thresholds(self) -> Thresholds:
        values = {name: box.value() for name, box in self.threshold_boxes.items()}
        return Thresholds(**values)  # type: ignore[arg-type]

    def accept(self) -> None:
        try:
            thresholds = self.thresholds()
            thresholds.validate()
            journal_settings.save_thresholds(thresholds)
            set_keep_count(self.backups_kept.value())
        except (ValueError, JournalError) as error:
            QMessageBox.warning(self, self.tr("Settings"), str(error))
            return
        location = self.location.text().strip()
        self.preferences.journal_path = Path(location).expanduser() if location else None
        self.preferences.week_start = self.week_start.currentData()
        self.preferences.appearance = Appearance(self.appearance.currentData())
        try:
            self.preferences.language = self.language.currentData() or None
        except OSError as error:
            QMessageBox.warning(
                self, self.tr("Settings"), self.tr("The language could not be kept: {0}").format(error)
            )
            return
        self.preferences.sync()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, self.preferences.appearance)
        super().accept()

    @classmethod
    def edit(
        cls, parent: QWidget, preferences: Preferences, journal_path: Path, sync: SyncController | None = None
    ) -> bool:
        dialog = cls(preferences, journal_path, parent, sync)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog.exec() == QDialog.DialogCode.Accepted


def show_about(parent: QWidget, journal_path: Path) -> None:
    text = QCoreApplication.translate(
        "SettingsDialog",
        "<h3>%1 %2</h3>"
        "<p>A private journal of the balance between independence and interdependence "
        "in your relationships.</p>"
        "<p>Everything stays on this computer, in one file:<br><code>%3</code></p>",
    )
    text = text.replace("%1", APP_NAME).replace("%2", __version__).replace("%3", str(journal_path))
    QMessageBox.about(
        parent, QCoreApplication.translate("SettingsDialog", "About %1").replace("%1", APP_NAME), text
    )
