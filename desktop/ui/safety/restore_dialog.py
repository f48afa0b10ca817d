"""Choosing a backup to restore the journal from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.store.journal.errors import JournalError, WrongPassphrase
from desktop.store.safety.backup import backup_reason, backup_time, list_backups, verify_backup_file

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    """The journal's backups, newest first, each checked before it can be chosen."""

    def __init__(self, journal: Path, passphrase: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app}: restore a backup").format(app=APP_NAME))
        self.resize(520, 360)
        self._passphrase = passphrase
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Choose a backup to put in place of the journal. The journal as it is now is "
                "kept as a backup first, so nothing is lost."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups"))
        layout.addWidget(self.backups)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.backups.currentItemChanged.connect(self._on_choice)
        self._fill(journal)

    def _label(self, path: Path) -> str:
        reasons = {
            "daily": self.tr("daily"),
            "manual": self.tr("made by you"),
            "before-restore": self.tr("before a restore"),
            "converted": self.tr("after encryption change"),
            "damaged": self.tr("damaged journal set aside"),
        }
        reason = backup_reason(path)
        if reason.startswith("before-schema"):
            text = self.tr("before an update")
        else:
            text = reasons.get(reason, reason)
        return f"{backup_time(path):%Y-%m-%d %H:%M}  ({text})"

    def _fill(self, journal: Path) -> None:
        for path in list_backups(journal):
            item = QListWidgetItem(self._label(path))
            item.setData(PATH_ROLE, str(path))
            self.backups.addItem(item)
        if not self.backups.count():
            self.status.setText(self.tr("There are no backups of this journal yet."))
        else:
            self.backups.setCurrentRow(0)

    def _on_choice(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.restore_button.setEnabled(False)
            return
        path = Path(item.data(PATH_ROLE))
        try:
            verify_backup_file(path, self._passphrase)
        except WrongPassphrase:
            self.status.setText(self.tr("This backup was made with another passphrase."))
            self.restore_button.setEnabled(False)
            return
        except JournalError:
            self.status.setText(self.tr("This backup is damaged and cannot be restored."))
            self.restore_button.setEnabled(False)
            return
        self.status.setText(self.tr("This backup is checked and complete."))
        self.restore_button.setEnabled(True)

    def chosen(self) -> Path | None:
        item = self.backups.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None

    @classmethod
    def choose(
        cls, parent: QWidget | None, journal: Path, passphrase: str | None = None
    ) -> tuple[Path | None, bool]:
        """The backup the user chose and whether they confirmed; restore it with
        `desktop.ui.app.opening.restore_from_backup`."""
        dialog = cls(journal, passphrase, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.chosen(), accepted
        finally:
            dialog.deleteLater()
