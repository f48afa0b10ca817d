"""One sync round, and what `sync status` reports.

A round: apply the other computers' new files (each file in its own transaction), write this
computer's pending changes into documents and the outbox, then place the outbox's files in the
folder. Stopped anywhere (SIGKILL, power cut), the next round picks up where this one was: a
file applied is noted in the same transaction, an outbox file is deleted only once it is in the
folder, and placing a file that is already there is skipped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.entry import format_timestamp, now_local
from desktop.store.journal.models import journal_db
from desktop.store.sync import tables
from desktop.store.sync.apply import apply_file
from desktop.store.sync.capture import capture_pending
from desktop.store.sync.errors import NotSyncing, SyncError
from desktop.store.sync.folder import CONFIG_NAME, file_path, new_files, other_devices, place_file, unseal


@dataclass
class RoundResult:
    files_applied: int = 0
    entries_changed: int = 0
    documents_sent: int = 0
    files_written: int = 0
    bytes_written: int = 0


@dataclass
class Computer:
    device_id: str
    name: str
    last_file: int
    seen_at: str | None


@dataclass
class SyncStatus:
    folder: str
    device_id: str
    device_name: str
    last_round: str | None
    computers: list[Computer] = field(default_factory=list)
    changes_waiting: int = 0  # here, not yet sent
    files_waiting: int = 0  # in the folder, not yet applied


def require_state() -> tables.SyncState:
    state = tables.sync_state()
    if state is None:
        raise NotSyncing("this journal does not sync yet; run `balance-journal sync setup FOLDER` first")
    return state


def _folder(state: tables.SyncState) -> Path:
    folder = Path(state.folder)
    if not (folder / CONFIG_NAME).is_file():
        raise SyncError(f"the sync folder {folder} cannot be found (is the drive or share connected?)")
    return folder


def flush_outbox(state: tables.SyncState, folder: Path, result: RoundResult) -> None:
    for seq in tables.outbox():
        written = place_file(folder, state.device_id, seq, tables.outbox_file(seq))
        with journal_db.atomic():
            tables.forget_outbox(seq)
        result.files_written += 1
        result.bytes_written += written


def sync_round() -> RoundResult:
    """One round now; SyncError (one line) if the folder is missing or a file is damaged."""
    state = require_state()
    folder = _folder(state)
    result = RoundResult()
    flush_outbox(state, folder, result)  # what a stopped round had sealed but not yet placed
    seen = tables.seen()
    for device in other_devices(folder, state.device_id):
        for seq in new_files(folder, device, seen.get(device, (0, "", None))[0]):
            path = file_path(folder, device, seq)
            shown = os.path.relpath(path, folder)
            try:
                sealed = path.read_bytes()
            except OSError as error:
                raise SyncError(f"cannot read {path}: {error.strerror or error}") from None
            records = unseal(state.key, device, seq, sealed, shown)
            result.entries_changed += apply_file(state, device, seq, records)
            result.files_applied += 1
    result.documents_sent = capture_pending(state)
    flush_outbox(state, folder, result)
    with journal_db.atomic():
        tables.note_round(format_timestamp(now_local()))
    return result


def sync_status() -> SyncStatus:
    state = require_state()
    status = SyncStatus(state.folder, state.device_id, state.device_name, state.last_round)
    seen = tables.seen()
    status.computers = [Computer(d, name, seq, at) for d, (seq, name, at) in sorted(seen.items())]
    status.changes_waiting = tables.pending_count() + len(tables.outbox())
    folder = Path(state.folder)
    if (folder / CONFIG_NAME).is_file():
        for device in other_devices(folder, state.device_id):
            status.files_waiting += sum(
                1 for _ in new_files(folder, device, seen.get(device, (0, "", None))[0])
            )
    return status
