"""Opening a journal for the window: one instance per journal, the passphrase, a damaged journal.

`open_for_window(path)` takes the journal's lock before the database is touched. If another
window already holds it, that window is asked to come forward (through a local socket named
after the journal) and None is returned. An encrypted journal asks for its passphrase (a wrong
one says so and asks again); a damaged one offers the newest verified backup.

The lock lives as long as the journal: it is kept in a registry and released by
`close_for_window(journal)`.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_NAME
from desktop.store.journal.errors import (
    JournalDamaged,
    JournalError,
    PassphraseRequired,
    WrongPassphrase,
    damage_seen,
)
from desktop.store.journal.opening import Journal, open_journal
from desktop.store.safety.backup import backup_time, newest_verified_backup
from desktop.store.safety.checkup import check_due, check_now, daily_backup_and_check
from desktop.store.safety.lock import try_lock
from desktop.store.safety.restore import restore_journal
from desktop.ui.common.labels import first_upper
from desktop.ui.safety.passphrase_dialog import PassphraseDialog

if TYPE_CHECKING:
    from desktop.ui.app.main_window import MainWindow

PASSPHRASE_ENV = "BALANCE_JOURNAL_PASSPHRASE"
RAISE_MESSAGE = b"raise\n"
CONNECT_TIMEOUT_MS = 1000


class InstanceChannel(QObject):
    """Listens for a second start on the same journal; `activationRequested` asks to come forward."""

    activationRequested = Signal()

    def __init__(self, journal: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(journal)
        QLocalServer.removeServer(name)  # a socket left by a crashed window; we hold the lock
        self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE_MESSAGE.strip()):
            self.activationRequested.emit()

    def close(self) -> None:
        self._server.close()


# Each open journal's lock and channel, kept alive as long as the journal is open.
_held: dict[Path, tuple[Any, InstanceChannel]] = {}


def server_name(journal: Path) -> str:
    digest = hashlib.sha256(str(Path(journal).absolute()).encode()).hexdigest()[:20]
    return f"balance-journal-{digest}"


def ask_other_window_to_come_forward(journal: Path) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(server_name(journal))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(RAISE_MESSAGE)
    written = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return written


# The dialogs, as functions the tests can replace.


def ask_passphrase(parent: QWidget | None, journal: Path, wrong: bool) -> str | None:
    text, accepted = PassphraseDialog.ask(parent, journal, wrong)
    return text if accepted else None


def confirm_restore(parent: QWidget | None, problem: str, backup: Path) -> bool:
    when = backup_time(backup).strftime("%Y-%m-%d %H:%M")
    answer = QMessageBox.question(
        parent,
        APP_NAME,
        QCoreApplication.translate(
            "Opening",
            "{problem}.\n\nRestore the newest verified backup, from {when}? "
            "The damaged file is kept in the backup folder.",
        ).format(problem=problem, when=when),
    )
    return answer == QMessageBox.StandardButton.Yes


def show_message(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, APP_NAME, message)


def _open_with_dialogs(path: Path, parent: QWidget | None) -> Journal | None:
    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    restored = False
    while True:
        try:
            # The day's backup is made once the window shows (`back_up_when_due`), not before.
            return open_journal(path, passphrase=passphrase, daily_backup=False)
        except PassphraseRequired:
            passphrase = ask_passphrase(parent, path, wrong=False)
        except WrongPassphrase:
            passphrase = ask_passphrase(parent, path, wrong=True)
        except JournalDamaged as error:
            if restored or not _restore_newest(path, passphrase, str(error), parent):
                return None
            restored = True
            continue
        except JournalError as error:
            show_message(parent, first_upper(str(error)))
            return None
        if passphrase is None:
            return None  # the passphrase dialog was cancelled


def _restore_newest(path: Path, passphrase: str | None, problem: str, parent: Any) -> bool:
    backup = newest_verified_backup(path, passphrase)
    if backup is None:
        show_message(
            parent,
            first_upper(problem)
            + QCoreApplication.translate("Opening", ", and no verified backup was found."),
        )
        return False
    if not confirm_restore(parent, first_upper(problem), backup):
        return False
    try:
        restore_journal(path, backup, passphrase=passphrase)
    except JournalError as error:
        show_message(parent, first_upper(str(error)))
        return False
    return True


_started = {"handed_over": False}


def handed_over_to_other_window() -> bool:
    """Whether `open_for_window` returned None because another window came forward instead:
    the start did what the user asked, so the process ends without an error."""
    return _started["handed_over"]


def open_for_window(path: Path, parent: QWidget | None = None) -> Journal | None:
    """Open `path` for the window, or None (another window has it, or the user gave up).

    The caller shows the journal and, when done, calls `close_for_window`. Connect
    `channel_for(journal).activationRequested` to bring the window forward.
    """
    path = Path(path).expanduser().absolute()
    try:
        lock = try_lock(path)
    except JournalError as error:
        show_message(parent, first_upper(str(error)))
        return None
    if lock is None:
        if ask_other_window_to_come_forward(path):
            _started["handed_over"] = True
        else:
            show_message(
                parent,
                QCoreApplication.translate("Opening", "This journal is already open in another window."),
            )
        return None
    try:
        journal = _open_with_dialogs(path, parent)
    except BaseException:
        lock.unlock()
        raise
    if journal is None:
        lock.unlock()
        return None
    _held[path] = (lock, InstanceChannel(path))
    if journal.passphrase is not None and not journal.read_only:
        from desktop.store.safety.encryption import finish_cut_short_encryption

        try:
            journal.warnings.extend(finish_cut_short_encryption(path, journal.passphrase))
        except JournalError as error:
            journal.warnings.append(str(error))
    for warning in journal.warnings:  # e.g. today's backup could not be made
        show_message(parent, first_upper(warning))
    return journal


def back_up_when_due(window: MainWindow) -> None:
    """The day's first start makes a backup, in the background: copying a large journal takes
    seconds, and the window is there to write in meanwhile. The backup is verified page by page,
    so it is also the day's check of the journal; on a day with no backup to make, the journal is
    checked whole in the background once a day instead. A failure is shown, not fatal; damage
    found stops every further write (the store refuses them) and says what to do."""
    journal = window.journal

    def routine() -> None:
        if daily_backup_and_check(journal) is None and check_due(journal):
            check_now(journal)

    def failed(message: str) -> None:
        if damage_seen(journal.path):
            window.show_error(
                QCoreApplication.translate(
                    "Opening",
                    "The journal is damaged ({0}). Nothing more will be saved to it; text you have "
                    "not saved stays in the editor. Restore a backup from the Journal menu.",
                ).format(message)
            )
        else:
            window.show_error(
                QCoreApplication.translate("Opening", "Today's backup could not be made: {0}").format(message)
            )

    window.workers.run(routine, lambda _done: None, failed)


def channel_for(journal: Journal) -> InstanceChannel | None:
    held = _held.get(Path(journal.path).absolute())
    return held[1] if held else None


def close_for_window(journal: Journal) -> None:
    """Close the journal and release its lock, so another window may open it."""
    journal.close()
    held = _held.pop(Path(journal.path).absolute(), None)
    if held is not None:
        lock, channel = held
        channel.close()
        lock.unlock()


def restore_from_backup(journal: Journal, backup: Path, parent: QWidget | None = None) -> Journal | None:
    """Replace the open journal with `backup` (the lock stays held), then open it again.

    Returns the reopened journal, or None if it could not be reopened; on a failed restore the
    message is shown and the original journal is reopened.
    """
    path, passphrase = Path(journal.path).absolute(), journal.passphrase
    journal.close()
    try:
        restore_journal(path, backup, passphrase=passphrase)
    except JournalError as error:
        show_message(parent, first_upper(str(error)))
    try:
        return open_journal(path, passphrase=passphrase)
    except PassphraseRequired:
        return _open_with_dialogs(path, parent)  # a backup from before a passphrase change
    except WrongPassphrase:
        return _open_with_dialogs(path, parent)
    except JournalError as error:
        show_message(parent, first_upper(str(error)))
        return None
