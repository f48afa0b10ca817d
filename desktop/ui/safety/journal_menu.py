"""The Journal menu and File → Import/Export: moving entries in and out, backups, restore and
encryption, each reopening the journal in place when it has to replace the file."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.store.journal.errors import JournalError

if TYPE_CHECKING:
    from desktop.ui.app.main_window import MainWindow


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


def _reopen_after(window: MainWindow, change: Callable[[], None], passphrase: str | None) -> bool:
    """Close the journal, let `change` replace its file, and open it again in the window.

    Unsaved editor text is kept as a draft first, inside the journal, so it survives the change.
    The window's lock on the journal stays held throughout.
    """
    from desktop.store.journal.opening import open_journal

    window.session.keep_draft()
    window.workers.wait()
    journal = window.journal
    journal.close()
    ok = True
    try:
        change()
    except JournalError as error:
        QMessageBox.warning(window, APP_NAME, str(error)[:1].upper() + str(error)[1:])
        passphrase, ok = journal.passphrase, False
    try:
        window.journal = open_journal(journal.path, passphrase=passphrase, daily_backup=False)
    except JournalError as error:
        # Nothing unsaved is at risk (drafts live in the file); say why and close the window.
        QMessageBox.critical(window, APP_NAME, str(error))
        window.close()
        return False
    shown_again = window.session.carry_over()
    window.reload_all()
    if shown_again:
        window.open_entry(shown_again)
    return ok


def import_entries(window: MainWindow) -> None:
    from desktop.ui.transfer.import_dialog import ImportDialog

    dialog = ImportDialog(window.journal.path, window)
    dialog.imported.connect(lambda _result: window.reload_all())
    dialog.exec()
    dialog.deleteLater()


def export_entries(window: MainWindow) -> None:
    from desktop.ui.transfer.export_dialog import ExportDialog

    dialog = ExportDialog(window.journal.path, window)
    dialog.exec()
    dialog.deleteLater()


def monthly_report(window: MainWindow) -> None:
    from desktop.ui.transfer.report_dialog import ReportDialog

    dialog = ReportDialog(window, journal_path=window.journal.path)
    dialog.exec()
    dialog.deleteLater()


def back_up_now(window: MainWindow) -> None:
    from desktop.store.safety.backup import make_automatic_backup

    try:
        made = make_automatic_backup(window.journal, "manual")
    except JournalError as error:
        window.show_error(str(error))
        return
    window.statusBar().showMessage(window.tr("Backup saved: {0}").format(made.name), 8000)


def restore_backup(window: MainWindow) -> None:
    from desktop.store.safety.restore import restore_journal
    from desktop.ui.safety.restore_dialog import RestoreDialog

    journal = window.journal
    backup, accepted = RestoreDialog.choose(window, journal.path, journal.passphrase)
    if not accepted or backup is None:
        return
    if _reopen_after(
        window,
        lambda: restore_journal(journal.path, backup, passphrase=journal.passphrase),
        journal.passphrase,
    ):
        window.statusBar().showMessage(window.tr("Restored from {0}").format(backup.name), 8000)


def change_encryption(window: MainWindow, mode: str) -> None:
    """`encrypt`, `rekey` or `decrypt` the open journal, asking for passphrases as needed."""
    from desktop.store.safety.encryption import decrypt_journal, encrypt_journal, rekey_journal

    journal = window.journal
    path, current = journal.path, journal.passphrase
    new: str | None
    if mode == "decrypt":
        answer = QMessageBox.question(
            window,
            APP_NAME,
            window.tr(
                "Remove the passphrase? The journal and its backups will be readable by "
                "anyone who can open the files."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        new = None
        change: Callable[[], Any] = lambda: decrypt_journal(path, current or "")  # noqa: E731
    else:
        dialog = NewPassphraseDialog(window, ask_current=False)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        new = dialog.first.text()
        dialog.deleteLater()
        if not accepted:
            return
        if mode == "encrypt":
            change = lambda: encrypt_journal(path, new or "")  # noqa: E731
        else:
            change = lambda: rekey_journal(path, current or "", new or "")  # noqa: E731
    if _reopen_after(window, change, new):
        window.statusBar().showMessage(window.tr("Done: the journal and its backups were converted."), 8000)
    update_encryption_actions(window)


def update_encryption_actions(window: MainWindow) -> None:
    encrypted = window.journal.passphrase is not None
    window.encrypt_action.setVisible(not encrypted)
    window.rekey_action.setVisible(encrypted)
    window.decrypt_action.setVisible(encrypted)


def install_journal_menu(window: MainWindow) -> None:
    """Wire File → Import/Export and add the Journal menu (backups, restore, encryption)."""
    window.import_action.setEnabled(True)
    window.export_action.setEnabled(True)
    window.import_action.triggered.connect(lambda: import_entries(window))
    window.export_action.triggered.connect(lambda: export_entries(window))
    window.actions_.report.triggered.connect(lambda: monthly_report(window))

    def action(text: str, slot: Callable[[], None]) -> QAction:
        made = QAction(text, window)
        made.triggered.connect(slot)
        return made

    menu = window.menuBar().addMenu(window.tr("&Journal"))
    window.journal_menu = menu
    menu.addAction(action(window.tr("&Back Up Now"), lambda: back_up_now(window)))
    menu.addAction(action(window.tr("&Restore from Backup…"), lambda: restore_backup(window)))
    menu.addSeparator()
    window.encrypt_action = action(
        window.tr("&Encrypt with a Passphrase…"), lambda: change_encryption(window, "encrypt")
    )
    window.rekey_action = action(window.tr("&Change Passphrase…"), lambda: change_encryption(window, "rekey"))
    window.decrypt_action = action(
        window.tr("Re&move Encryption…"), lambda: change_encryption(window, "decrypt")
    )
    menu.addActions([window.encrypt_action, window.rekey_action, window.decrypt_action])
    # The Help menu stays last.
    help_menu = window.menuBar().actions()[-2]
    window.menuBar().insertAction(help_menu, menu.menuAction())
    update_encryption_actions(window)
