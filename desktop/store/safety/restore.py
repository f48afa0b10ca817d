"""Putting a backup back in place of the journal, without ever losing the journal as it was.

The steps: verify the backup; keep the current journal (a verified backup of it, or, if it is
damaged, the file itself moved into the backup folder); copy the backup beside the journal under
a temporary name and verify the copy; only then rename it over the journal. A crash at any point
leaves either the old journal or the restored one, never half of each.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from desktop.domain.atomic_files import fsync_folder
from desktop.store.attachments.backup_store import bring_back_attachments, keep_backup_attachments
from desktop.store.journal.connection import FileKind, connect, file_kind, key_for
from desktop.store.journal.errors import JournalDamaged, JournalError, NotAJournal, classify, translated
from desktop.store.journal.files import checkpoint_and_close, replace_database_file
from desktop.store.journal.opening import check_is_journal
from desktop.store.journal.paths import SIDE_FILE_SUFFIXES, backup_dir, side_file
from desktop.store.journal.progress import Progress, Stages, estimated_pages
from desktop.store.safety.backup import (
    DAMAGED,
    copy_connection,
    new_backup_path,
    reading_backup,
    timestamped_name,
    verify_copy,
)
from desktop.store.safety.encryption import convert_file
from desktop.store.safety.integrity import quick_check_findings


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous: Path | None  # where the journal as it was is kept (None if there was none)
    previous_was_damaged: bool


def _set_aside_damaged(journal: Path) -> Path:
    """Move a damaged journal (and its WAL files) into the backup folder, unchanged."""
    folder = backup_dir(journal)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    dest = folder / timestamped_name(journal, DAMAGED, datetime.now())
    for suffix in SIDE_FILE_SUFFIXES:
        side = side_file(journal, suffix)
        if side.exists():
            os.replace(side, side_file(dest, suffix))
    os.replace(journal, dest)
    fsync_folder(folder)  # the damaged journal's new name survives a power cut, as its old one goes
    return dest


def _is_damage(error: BaseException, journal: Path) -> bool:
    """True for a damaged or unreadable file; False for a busy or read-only one (raise those)."""
    typed = classify(error, journal)
    if isinstance(typed, JournalDamaged | NotAJournal):
        return True
    if typed is not None:
        raise typed from error
    return False


def keep_current(
    journal: Path, passphrase: str | None, *, progress: Progress | None = None
) -> tuple[Path | None, bool]:
    """Keep the journal as it is before it is replaced; returns where it went and if damaged.

    `progress` hears how the backup of it goes (a damaged journal is only moved: no report).
    """
    kind = file_kind(journal)
    if kind in (FileKind.MISSING, FileKind.EMPTY):
        return None, False
    key = key_for(journal, passphrase, "the journal")
    try:
        conn = connect(journal, key)
    except (sqlite3.Error, sqlcipher.Error) as error:
        if _is_damage(error, journal):
            return _set_aside_damaged(journal), True
        raise
    try:
        if quick_check_findings(conn):
            raise JournalDamaged(f"the journal {journal} is damaged")
        kept = copy_connection(conn, new_backup_path(journal, "before-restore"), key, progress=progress)
    except (JournalDamaged, sqlite3.Error, sqlcipher.Error) as error:
        conn.close()
        if _is_damage(error, journal):
            return _set_aside_damaged(journal), True
        raise
    except BaseException:
        conn.close()
        raise
    checkpoint_and_close(conn, journal)
    return kept, False


def _is_encrypted(journal: Path) -> bool:
    try:
        return file_kind(journal) is FileKind.ENCRYPTED
    except NotAJournal:
        return False  # a damaged file; it is set aside as it is


def _carry_attachments(
    journal: Path,
    restored: Path,
    backup: Path,
    previous: Path | None,
    passphrase: str | None,
    key: str | None,
) -> None:
    """The photos and files on both sides of a restore: those of the journal as it was are kept
    with its backup; those the restored journal names go into its attachments file before it
    is put in place (see `store/attachments/backup_store.py`)."""
    current_key = passphrase if _is_encrypted(journal) else None
    if previous is not None:
        keep_backup_attachments(journal, previous, current_key)
    # The restored journal ends up keyed like the backup, or like the journal it replaces.
    bring_back_attachments(journal, restored, backup, key if key is not None else current_key, key)


def restore_journal(
    journal: Path, backup: Path, *, passphrase: str | None = None, progress: Progress | None = None
) -> RestoreResult:
    """Replace the (closed) journal with a verified backup; see the module docstring.

    `passphrase` opens an encrypted backup and an encrypted current journal. Raises
    WrongPassphrase, JournalDamaged (the backup), NotAJournal or NewerJournal with the journal
    untouched. `progress` hears of pages read and written, the backup's and the journal's.
    """
    journal, backup = Path(journal), Path(backup)
    if backup.resolve() == journal.resolve():
        raise JournalError("a journal cannot be restored from itself")
    key = key_for(backup, passphrase, "the backup")
    re_encrypt = key is None and _is_encrypted(journal)
    restored = estimated_pages(backup)
    current = estimated_pages(journal) if journal.exists() else 0
    # Checking the backup, copying it beside the journal (and checking the copy), encrypting
    # the copy if the journal is encrypted, keeping the journal as it was (copied and checked).
    stages = Stages(progress, [restored, 2 * restored, restored if re_encrypt else 0, 2 * current])
    verify_copy(backup, key)
    stages.complete(0)
    tmp = journal.with_name(f".{journal.name}.restoring")
    with translated(journal):
        with reading_backup(backup, key) as source:
            check_is_journal(source, backup)
            copy_connection(source, tmp, key, progress=stages.stage(1))
        try:
            if re_encrypt:
                # An encrypted journal stays encrypted, whatever form the backup was made in.
                convert_file(tmp, None, key_for(journal, passphrase, "the journal"))
                stages.complete(2)
            previous, damaged = keep_current(journal, passphrase, progress=stages.stage(3))
            _carry_attachments(journal, tmp, backup, previous if not damaged else None, passphrase, key)
            os.chmod(tmp, 0o600)
            replace_database_file(tmp, journal)
        finally:
            tmp.unlink(missing_ok=True)
    stages.finish()
    return RestoreResult(backup, previous, damaged)
