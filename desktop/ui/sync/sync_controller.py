"""Sync in the window: rounds in the background, setting up from the Settings page, and what the
status bar and the Sync page show.

Every round runs on the window's `Workers`, on a connection of its own, so typing never waits
for the folder or for scrypt. Rounds come on start, a few seconds after the last save, every
few minutes, and when the user asks; never two at once (a round asked for while one runs
follows it). A round does not start while the editor holds unsaved text or a long task (encrypt,
restore) has the journal: a change arriving under a half-written entry would be undone by its
save, so the round waits for the save, which asks for a round anyway.

No passphrase is kept by the window: the store keeps the key derived at setup inside the journal
(private, and encrypted with it when the journal is), so background rounds need none. The
passphrase typed on the Sync page lives only for the setup job it is handed to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.domain.entry import now_local
from desktop.store.sync.errors import DamagedSyncFile, SyncError, WrongSyncPassphrase
from desktop.store.sync.tables import sync_state
from desktop.ui.app.events import EventHub
from desktop.ui.common.workers import Workers

if TYPE_CHECKING:
    from desktop.store.sync.sync_round import RoundResult, SyncStatus

# The CRDT engine and the ciphers load with the first round, on its thread, not with the window:
# a journal that does not sync pays nothing for sync at start.

SAVE_DELAY_MS = 5_000  # after the last save: a burst of saves makes one round
INTERVAL_MS = 5 * 60_000  # what the other computers wrote arrives at least this often
START_DELAY_MS = 1_500  # let the list load first


@dataclass(frozen=True)
class SyncView:
    """What the window shows of sync, at one moment (the page and the status bar read it)."""

    syncing: bool = False  # this journal is set up to sync
    running: bool = False
    status: SyncStatus | None = None
    last_ok: datetime | None = None  # the end of the last round that worked
    error: str = ""  # the last round's one-line failure, until a round works again
    held: bool = False  # a round waits for the entry being written to be saved
    trouble: Trouble | None = None  # what kind of failure `error` is, for the status bar's words


class Trouble(Enum):
    PASSPHRASE = "passphrase"
    DAMAGED = "damaged"  # a file in the folder failed its authentication
    FOLDER = "folder"  # the folder is gone (an unplugged drive, a share not mounted)
    OTHER = "other"


@dataclass(frozen=True)
class _Failed:
    trouble: Trouble
    message: str


def _caught(work: Callable[[], object]) -> Callable[[], object]:
    """`work` with sync's failures returned by kind (a worker reports only a message)."""

    def run() -> object:
        try:
            return work()
        except WrongSyncPassphrase as error:
            return _Failed(Trouble.PASSPHRASE, str(error))
        except DamagedSyncFile as error:
            return _Failed(Trouble.DAMAGED, str(error))
        except SyncError as error:
            from desktop.store.sync.setup import is_sync_folder

            state = sync_state()
            gone = state is not None and not is_sync_folder(Path(state.folder))
            return _Failed(Trouble.FOLDER if gone else Trouble.OTHER, str(error))

    return run


def _round() -> tuple[RoundResult, SyncStatus] | None:
    if sync_state() is None:
        return None
    from desktop.store.sync.sync_round import sync_round, sync_status

    return sync_round(), sync_status()


def _status() -> SyncStatus | None:
    if sync_state() is None:
        return None
    from desktop.store.sync.sync_round import sync_status

    return sync_status()


def _set_up(folder: Path, passphrase: str, name: str) -> tuple[RoundResult, SyncStatus]:
    from desktop.store.sync.setup import folder_key, set_up_sync
    from desktop.store.sync.sync_round import sync_round, sync_status

    present = sync_state()
    if present is not None:
        raise SyncError(f"this journal syncs through {present.folder} already")
    key, _joined = folder_key(folder, passphrase)  # a wrong passphrase stops here: nothing changed
    set_up_sync(folder, key, name)
    return sync_round(), sync_status()


def _parse_moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


class SyncController(QObject):
    """Owns sync for one window: when rounds run, and what is known of the last one."""

    changed = Signal()  # `view` changed
    setUpFinished = Signal(str)  # "" once set up, else the one-line reason nothing was set up
    entriesArrived = Signal()  # a round changed entries here: everything shown is read again

    def __init__(
        self,
        workers: Workers,
        events: EventHub,
        may_run: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
        *,
        save_delay_ms: int = SAVE_DELAY_MS,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._workers = workers
        self._events = events
        self._may_run = may_run
        self.view = SyncView()
        self._again = False  # a round was asked for while one ran
        self._announcing = False  # our own entriesChanged must not ask for another round
        self.after_save = QTimer(self)
        self.after_save.setSingleShot(True)
        self.after_save.setInterval(save_delay_ms)
        self.after_save.timeout.connect(self.sync_now)
        self.every = QTimer(self)
        self.every.setInterval(interval_ms)
        self.every.timeout.connect(self.sync_now)
        events.entriesChanged.connect(self._entries_changed)
        events.referenceChanged.connect(self._entries_changed)
        events.journalReplaced.connect(lambda _journal: self.start())

    # --- when rounds run ---------------------------------------------------------------------
    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        """Read whether this journal syncs, then run a round (the window calls this once open)."""
        self.after_save.stop()
        self.every.stop()
        self._set(SyncView())
        self._workers.run(_status, lambda status: self._status_read(status, delay_ms), self._status_failed)

    def _status_read(self, status: object, delay_ms: int) -> None:
        if status is None:
            return  # this journal does not sync: nothing runs, nothing is shown
        status = cast("SyncStatus", status)
        self._set(SyncView(True, self.view.running, status, _parse_moment(status.last_round)))
        self.every.start()
        QTimer.singleShot(delay_ms, self, self.sync_now)

    def _status_failed(self, message: str) -> None:
        self._set(SyncView(self.view.syncing, False, self.view.status, self.view.last_ok, message))

    def _entries_changed(self) -> None:
        if self.view.syncing and not self._announcing:
            self.after_save.start()

    def sync_now(self) -> None:
        """One round now, or as soon as the one running, the unsaved text or a long task allow."""
        if not self.view.syncing:
            return
        if self.view.running:
            self._again = True
            return
        view = self.view
        if not self._may_run():
            self.after_save.start()  # try again as long after as after a save
            if not view.held:
                self._set(SyncView(True, False, view.status, view.last_ok, view.error, held=True))
            return
        self._again = False
        self._set(SyncView(True, True, view.status, view.last_ok, view.error))
        self._workers.run(_caught(_round), self._round_done, self._round_failed)

    def _round_done(self, outcome: object) -> None:
        if isinstance(outcome, _Failed):
            self._round_failed(outcome.message, outcome.trouble)
            return
        if outcome is None:  # the journal stopped syncing (a backup from before was restored)
            self._set(SyncView())
            return
        result, status = cast("tuple[RoundResult, SyncStatus]", outcome)
        self._set(SyncView(True, False, status, now_local()))
        if result.entries_changed or result.files_applied:
            self._announce()
        self._follow_up()

    def _round_failed(self, message: str, trouble: Trouble = Trouble.OTHER) -> None:
        view = self.view
        self._set(SyncView(True, False, view.status, view.last_ok, message, trouble=trouble))
        self._follow_up()

    def _follow_up(self) -> None:
        if self._again:
            QTimer.singleShot(0, self, self.sync_now)

    def _announce(self) -> None:
        """Entries, themes or settings came from another computer: the window reads them again."""
        self._announcing = True
        try:
            self.entriesArrived.emit()
        finally:
            self._announcing = False

    # --- setting up --------------------------------------------------------------------------
    def set_up(self, folder: Path, passphrase: str, name: str) -> None:
        """Make `folder` a new sync folder, or join it, then run the first round; off the GUI
        thread (scrypt takes a moment, and a large journal's first round longer)."""
        if self.view.running:
            self.setUpFinished.emit(self.tr("A sync round is running; try again in a moment."))
            return
        self._set(SyncView(False, True))
        work = _caught(lambda: _set_up(folder, passphrase, name))
        self._workers.run(work, self._set_up_done, self._set_up_failed)

    def _set_up_done(self, outcome: object) -> None:
        if isinstance(outcome, _Failed):
            self._set_up_failed(outcome.message, outcome.trouble)
            return
        result, status = cast("tuple[RoundResult, SyncStatus]", outcome)
        self._set(SyncView(True, False, status, now_local()))
        self.every.start()
        self.setUpFinished.emit("")
        if result.entries_changed:
            self._announce()

    def _set_up_failed(self, message: str, trouble: Trouble = Trouble.OTHER) -> None:
        self._set(SyncView(False, False, None, None, message, trouble=trouble))
        self.setUpFinished.emit(message)

    # --- state -------------------------------------------------------------------------------
    def _set(self, view: SyncView) -> None:
        self.view = view
        self.changed.emit()
