"""One sync round, and what `sync status` reports.

A round: apply the other computers' new files (each file in its own transaction), write this
computer's pending changes into documents and the outbox, then place the outbox's files in the
folder. Stopped anywhere (SIGKILL, power cut), the next round picks up where this one was: a
file applied is noted in the same transaction, an outbox file is deleted only once it is in the
folder, and placing a file that is already there is skipped.

Attachments (attachment_sync.py) are placed before the files that name them, so another
computer mostly finds a photo already there when it reads its entry; those waited for are
fetched last. A damaged one does not stop the round: everything else is done, then the round
reports it in one line (it is looked for again next round, as the file-sync tool may still be
copying it). An entry deleted for good, or an attachment taken off an entry, on another computer
takes the attachment away here too once nothing names it, as emptying the Trash here does.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.entry import format_timestamp, now_local
from desktop.store.attachments.collect import collect_unused
from desktop.store.journal.models import journal_db
from desktop.store.sync import tables
from desktop.store.sync.apply import apply_file
from desktop.store.sync.attachment_sync import fetch_wanted, place_blobs, waiting
from desktop.store.sync.capture import capture_pending
from desktop.store.sync.errors import DamagedSyncFile, NotSyncing, SyncError
from desktop.store.sync.folder import CONFIG_NAME, file_path, new_files, other_devices, place_file, unseal


@dataclass
class RoundResult:
    files_applied: int = 0
    entries_changed: int = 0
    documents_sent: int = 0
    files_written: int = 0
    bytes_written: int = 0
    attachments_sent: int = 0
    attachments_fetched: int = 0


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
    attachments_waiting: int = 0  # named by entries here, not yet in the folder


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
    placed, written = place_blobs(state.key, folder)
    result.attachments_sent += placed
    result.bytes_written += written
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
    with journal_db.atomic():
        tables.ensure_blob_tables()  # a journal set up to sync before attachments travelled
    flush_outbox(state, folder, result)  # what a stopped round had sealed but not yet placed
    seen = tables.seen()
    dropped = 0
    for device in other_devices(folder, state.device_id):
        for seq in new_files(folder, device, seen.get(device, (0, "", None))[0]):
            path = file_path(folder, device, seq)
            shown = os.path.relpath(path, folder)
            try:
                sealed = path.read_bytes()
            except OSError as error:
                raise SyncError(f"cannot read {path}: {error.strerror or error}") from None
            records = unseal(state.key, device, seq, sealed, shown)
            changed, unnamed = apply_file(state, device, seq, records)
            result.entries_changed += changed
            result.files_applied += 1
            dropped += unnamed
    result.documents_sent = capture_pending(state)
    flush_outbox(state, folder, result)
    fetched = fetch_wanted(state.key, folder)
    result.attachments_fetched = fetched.attachments
    result.entries_changed += fetched.entries  # their photos arrived: shown anew
    with journal_db.atomic():
        tables.note_round(format_timestamp(now_local()))
    if dropped:
        collect_unused()
    if fetched.damaged:
        raise DamagedSyncFile(fetched.damaged)
    return result


def sync_status() -> SyncStatus:
    state = require_state()
    status = SyncStatus(state.folder, state.device_id, state.device_name, state.last_round)
    seen = tables.seen()
    status.computers = [Computer(d, name, seq, at) for d, (seq, name, at) in sorted(seen.items())]
    status.changes_waiting = tables.pending_count() + len(tables.outbox())
    status.attachments_waiting = waiting()
    folder = Path(state.folder)
    if (folder / CONFIG_NAME).is_file():
        for device in other_devices(folder, state.device_id):
            status.files_waiting += sum(
                1 for _ in new_files(folder, device, seen.get(device, (0, "", None))[0])
            )
    return status
