"""Asking for passphrases: the one of an encrypted journal, and a new one, twice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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


class NewPassphraseDialog(QDialog):
    """Asks for a new passphrase twice, so a typing slip cannot lock the user out."""

    def __init__(self, parent: QWidget | None, ask_current: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        self.current = QLineEdit()
        self.first = QLineEdit()
        self.second = QLineEdit()
        for field, name in (
            (self.current, self.tr("Current passphrase")),
            (self.first, self.tr("New passphrase")),
            (self.second, self.tr("New passphrase again")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        form = QFormLayout()
        if ask_current:
            form.addRow(self.tr("Current passphrase:"), self.current)
        form.addRow(self.tr("New passphrase:"), self.first)
        form.addRow(self.tr("Again:"), self.second)
        self.note = QLabel(self.tr("Without the passphrase the journal cannot be read. Keep it safe."))
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.first, self.second):
            field.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = bool(self.first.text()) and self.first.text() == self.second.text()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, bool]:
        """The new passphrase, and whether the user chose OK."""
        dialog = cls(parent, ask_current=False)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.first.text(), accepted
        finally:
            dialog.deleteLater()
