"""Asking for the passphrase of an encrypted journal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME


class PassphraseDialog(QDialog):
    """One password field; after a wrong passphrase it says so above the field."""

    def __init__(self, journal: Path, wrong: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app}: passphrase").format(app=APP_NAME))
        layout = QVBoxLayout(self)
        self.wrong_label = QLabel(self.tr("Wrong passphrase. Please try again."))
        self.wrong_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.wrong_label.setVisible(wrong)
        layout.addWidget(self.wrong_label)
        prompt = QLabel(
            self.tr("The journal {name} is encrypted. Enter its passphrase:").format(name=journal.name)
        )
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.field.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))

    def passphrase(self) -> str:
        return self.field.text()

    @classmethod
    def ask(cls, parent: QWidget | None, journal: Path, wrong: bool = False) -> tuple[str, bool]:
        dialog = cls(journal, wrong, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.passphrase(), accepted
        finally:
            dialog.deleteLater()
