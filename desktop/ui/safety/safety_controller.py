"""The Journal menu: Back Up Now, Restore from Backup, and encrypting, rekeying or decrypting the
journal, each run as a long task with progress while the window stays painted.

Restoring and changing the passphrase replace the journal's file: the controller keeps unsaved
editor text as a draft inside the journal, closes it, lets the task replace the file on its own
thread, then opens the journal again and announces it on the event hub (`journalReplaced`). The
window's lock on the journal stays held throughout; nobody else can open it meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_NAME
from desktop.store.journal.errors import JournalError
from desktop.store.journal.opening import Journal, open_journal
from desktop.ui.app.events import EventHub
from desktop.ui.app.main_menu import MainMenu
from desktop.ui.common.labels import first_upper
from desktop.ui.common.long_task import LongTask, Progress
from desktop.ui.common.workers import Workers
from desktop.ui.editor.edit_session import EditSession

BUSY_WAIT_MS = 3000


class SafetyController(QObject):
    """Owns the Journal menu's commands for one window."""

    # The journal could not be opened again after its file was replaced: the window must close
    # (nothing unsaved is at risk: drafts live in the file).
    closeRequested = Signal()

    def __init__(
        self,
        parent: QWidget,
        journal: Journal,
        menu: MainMenu,
        session: EditSession,
        workers: Workers,
        tasks: LongTask,
        events: EventHub,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.journal = journal
        self._menu = menu
        self._session = session
        self._workers = workers
        self._tasks = tasks
        self._events = events
        menu.back_up.triggered.connect(self.back_up_now)
        menu.restore_backup.triggered.connect(self.restore_backup)
        menu.encrypt.triggered.connect(lambda: self.change_encryption("encrypt"))
        menu.rekey.triggered.connect(lambda: self.change_encryption("rekey"))
        menu.decrypt.triggered.connect(lambda: self.change_encryption("decrypt"))
        events.journalReplaced.connect(self._journal_replaced)
        menu.show_encryption(journal.passphrase is not None)

    def _journal_replaced(self, journal: Journal) -> None:
        self.journal = journal
        self._menu.show_encryption(journal.passphrase is not None)

    # --- backups -----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        """A backup beside the automatic ones, made on the task's thread from a snapshot."""
        from desktop.store.journal.opening import thread_connection
        from desktop.store.safety.backup import make_automatic_backup

        journal = self.journal

        def work(progress: Progress) -> Path:
            with thread_connection():
                return make_automatic_backup(journal, "manual", progress=progress)

        self._tasks.start(
            self.tr("Backing up the journal…"),
            work,
            lambda made: self._events.say(self.tr("Backup saved: {0}").format(made.name)),
            self._events.errorRaised.emit,
        )

    def restore_backup(self) -> None:
        from desktop.store.safety.restore import restore_journal
        from desktop.ui.safety.restore_dialog import RestoreDialog

        if self._tasks.running:
            return
        path, passphrase = self.journal.path, self.journal.passphrase
        backup, accepted = RestoreDialog.choose(self._parent, path, passphrase)
        if not accepted or backup is None:
            return
        self._replace_file(
            self.tr("Restoring the journal from {0}…").format(backup.name),
            lambda progress: restore_journal(path, backup, passphrase=passphrase, progress=progress),
            passphrase,
            self.tr("Restored from {0}").format(backup.name),
        )

    # --- encryption --------------------------------------------------------------------------
    def change_encryption(self, mode: str) -> None:
        """`encrypt`, `rekey` or `decrypt` the open journal, asking for passphrases as needed."""
        from desktop.store.safety.encryption import decrypt_journal, encrypt_journal, rekey_journal
        from desktop.ui.safety.passphrase_dialog import NewPassphraseDialog

        if self._tasks.running:
            return
        path, current = self.journal.path, self.journal.passphrase
        new: str | None
        work: Callable[[Progress], Any]
        if mode == "decrypt":
            answer = QMessageBox.question(
                self._parent,
                APP_NAME,
                self.tr(
                    "Remove the passphrase? The journal and its backups will be readable by "
                    "anyone who can open the files."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            new, title = None, self.tr("Removing the encryption…")
            work = lambda progress: decrypt_journal(path, current or "", progress=progress)  # noqa: E731
        else:
            new, accepted = NewPassphraseDialog.ask(self._parent)
            if not accepted:
                return
            if mode == "encrypt":
                title = self.tr("Encrypting the journal and its backups…")
                work = lambda progress: encrypt_journal(path, new or "", progress=progress)  # noqa: E731
            else:
                title = self.tr("Changing the passphrase of the journal and its backups…")
                work = lambda progress: rekey_journal(path, current or "", new or "", progress=progress)  # noqa: E731
        self._replace_file(title, work, new, self.tr("Done: the journal and its backups were converted."))

    # --- replacing the file ------------------------------------------------------------------
    def _replace_file(
        self, title: str, change: Callable[[Progress], Any], passphrase: str | None, done_message: str
    ) -> None:
        """Close the journal, run `change` as a long task, then open the journal again.

        Unsaved editor text is kept as a draft first, inside the journal, so it survives. If the
        change fails, the journal is opened again as it was, with its old passphrase.
        """
        # No read of the old file may still be running. Reads take a moment; the day's first
        # backup of a large journal can take longer, and the window must not freeze meanwhile.
        if not self._workers.wait(BUSY_WAIT_MS):
            self._events.errorRaised.emit(
                self.tr("The journal is still being read or backed up; try again in a moment.")
            )
            return
        if not self._session.keep_draft():
            return  # the unsaved text could not be kept (the message is shown): change nothing
        journal = self.journal
        journal.close()

        def done(result: object) -> None:
            self._reopen(journal, passphrase, done_message + conversion_notes(self, result))

        def failed(message: str) -> None:
            # Open the journal again first: the window must never sit on a closed journal, not
            # even while the message box runs its own event loop.
            if self._reopen(journal, journal.passphrase, None):
                QMessageBox.warning(self._parent, APP_NAME, first_upper(message))

        self._tasks.start(title, change, done, failed)

    def _reopen(self, old: Journal, passphrase: str | None, done_message: str | None) -> bool:
        try:
            journal = open_journal(old.path, passphrase=passphrase, daily_backup=False)
        except JournalError as error:
            QMessageBox.critical(self._parent, APP_NAME, first_upper(str(error)))
            self.closeRequested.emit()
            return False
        self._events.journalReplaced.emit(journal)
        if done_message:
            self._events.say(done_message, 15000)
        return True


def conversion_notes(owner: QObject, result: object) -> str:
    """What a conversion left as it was, for the status line (the command line prints the same)."""
    from desktop.store.safety.encryption import Conversion

    if not isinstance(result, Conversion):
        return ""
    notes = []
    if result.backups_removed:
        notes.append(
            QCoreApplication.translate(
                "SafetyController", "{n} damaged unencrypted backups were removed."
            ).format(n=result.backups_removed)
        )
    if result.unconverted:
        notes.append(
            QCoreApplication.translate(
                "SafetyController",
                "{n} damaged backups could not be converted and still open with the old passphrase.",
            ).format(n=len(result.unconverted))
        )
    if result.readable_left:
        notes.append(
            QCoreApplication.translate(
                "SafetyController",
                "{n} damaged journals set aside earlier are not encrypted; delete them when you can.",
            ).format(n=len(result.readable_left))
        )
    return "".join(" " + note for note in notes)
