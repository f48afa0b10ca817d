"""Encrypting, decrypting and changing the passphrase of a journal (SQLCipher).

Each is one conversion: `sqlcipher_export` into a new file beside the journal (keyed with the new
passphrase, or none), the new file verified, a backup of it kept, and only then renamed over the
journal. The journal's existing backups are converted the same way, so after encrypting no
readable copy is left in the backup folder, and after a passphrase change the old passphrase
opens nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.store.attachments.backup_store import keep_backup_attachments
from desktop.store.attachments.conversion import convert_attachment_files
from desktop.store.journal.connection import FileKind, connect, file_kind
from desktop.store.journal.errors import (
    InvalidValue,
    JournalDamaged,
    JournalError,
    JournalLocked,
    JournalMissing,
    NotAJournal,
    PassphraseRequired,
    translated,
)
from desktop.store.journal.files import checkpoint_and_close, create_private_file, replace_database_file
from desktop.store.journal.opening import check_is_journal
from desktop.store.journal.progress import Progress, Stages, estimated_pages
from desktop.store.safety.backup import (
    DAMAGED,
    backup_reason,
    copy_connection,
    list_backups,
    new_backup_path,
    verify_copy,
)
from desktop.store.safety.integrity import quick_check_findings

MIN_PASSPHRASE_LENGTH = 1


@dataclass(frozen=True)
class Conversion:
    backup: Path | None  # a verified backup of the journal, in its new form
    backups_converted: int
    backups_removed: int  # readable backups that could not be converted (encrypting only)
    # Damaged journals set aside by a restore are left as they were: still readable if the
    # journal was plain. The user decides when they are no longer needed.
    readable_left: tuple[Path, ...] = ()
    # Backups that could not be converted (damaged, say) when changing or removing the
    # passphrase: left as they were, so the old passphrase still opens them.
    unconverted: tuple[Path, ...] = ()


def _open(path: Path, key: str | None) -> Any:
    """A SQLCipher connection (it reads plain files too, and has `sqlcipher_export`)."""
    return connect(path, key, cipher=True)


def _export(conn: Any, dest: Path, new_key: str | None) -> None:
    """Write the whole database of `conn` into a new file `dest`, keyed with `new_key`."""
    dest.unlink(missing_ok=True)
    create_private_file(dest)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(dest), new_key or ""))
    try:
        conn.execute("SELECT sqlcipher_export('converted')")
        # sqlcipher_export copies tables, not the header fields that identify a journal.
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute(f"PRAGMA converted.application_id = {int(app_id)}")
    finally:
        conn.execute("DETACH DATABASE converted")


def _data_version(conn: Any) -> int:
    """Changes when another connection commits to the file (our own exports do not count)."""
    return int(conn.execute("PRAGMA main.data_version").fetchone()[0])


def _entry_count(conn: Any) -> int:
    return int(conn.execute("SELECT count(*) FROM entry").fetchone()[0])


def _verify_conversion(dest: Path, new_key: str | None, expected_entries: int) -> None:
    verify_copy(dest, new_key)
    conn = _open(dest, new_key)
    try:
        if _entry_count(conn) != expected_entries:
            raise JournalDamaged(f"the converted copy of the journal lost entries ({dest})")
    finally:
        conn.close()


def _convert_file(
    path: Path, old_key: str | None, new_key: str | None, *, live: bool, progress: Progress | None = None
) -> Path | None:
    """Convert one file in place: export, verify, rename over it.

    For the `live` journal, it is checked first and a backup of the new form is made before the
    rename; that backup's path is returned. `progress` hears of pages read and written, after
    each step (`sqlcipher_export` is one statement that cannot report as it goes).
    """
    kept = None
    tmp = path.with_name(f".{path.name}.converting")
    conn = _open(path, old_key)
    try:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        # Checking and exporting, checking the export, keeping it as a backup (copy and check).
        stages = Stages(progress, [2 * pages, pages, 2 * pages if live else 0])
        if live and quick_check_findings(conn):
            raise JournalDamaged(f"the journal {path} is damaged; restore a backup first")
        check_is_journal(conn, path)
        expected = _entry_count(conn)
        version_seen = _data_version(conn)
        _export(conn, tmp, new_key)
        stages.complete(0)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    try:
        _verify_conversion(tmp, new_key, expected)
        stages.complete(1)
        if live:
            # The verified new form is kept as a backup before the journal is replaced.
            converted = _open(tmp, new_key)
            try:
                backup = new_backup_path(path, "converted")
                kept = copy_connection(converted, backup, new_key, progress=stages.stage(2))
            finally:
                converted.close()
            if _data_version(conn) != version_seen:
                kept.unlink(missing_ok=True)
                raise JournalLocked(
                    f"the journal {path} was written to by another program meanwhile; "
                    "nothing was changed, try again"
                )
            checkpoint_and_close(conn, path)
        else:
            conn.close()
        replace_database_file(tmp, path)
    finally:
        conn.close()
        tmp.unlink(missing_ok=True)
    stages.finish()
    return kept


def _convert_backups(
    backups: list[Path], old_key: str | None, new_key: str | None, progress: list[Progress]
) -> tuple[int, int, tuple[Path, ...]]:
    """Convert the journal's backups like the journal, each reporting to its own `progress`.

    The journal is already converted, so no backup stops the command: when encrypting, a
    readable backup that cannot be converted (damaged, or not a journal at all) is deleted,
    since it must not survive encryption; for a passphrase change or decryption it is left as
    it is and named in the result."""
    converted = removed = 0
    left: list[Path] = []
    for backup, report in zip(backups, progress, strict=True):
        try:
            kind = file_kind(backup)
            if (kind is FileKind.ENCRYPTED) != (old_key is not None):
                continue  # made under another state of the journal; left as it is
            times = backup.stat()
            with translated(backup):
                _convert_file(backup, old_key, new_key, live=False, progress=report)
            os.utime(backup, ns=(times.st_atime_ns, times.st_mtime_ns))
            converted += 1
        except (JournalError, OSError):
            if old_key is None:  # a readable copy must not survive encryption
                backup.unlink(missing_ok=True)
                removed += 1
            else:
                left.append(backup)
        finally:
            report(1, 1)  # this one is done with, whatever became of it
    return converted, removed, tuple(left)


def convert_file(
    path: Path, old_key: str | None, new_key: str | None, *, progress: Progress | None = None
) -> None:
    """Re-key one closed file that is not the live journal (say, a restored copy), verified."""
    _convert_file(path, old_key, new_key, live=False, progress=progress)


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidValue("the passphrase must not be empty")


def _convert(path: Path, old_key: str | None, new_key: str | None, progress: Progress | None) -> Conversion:
    path = Path(path)
    # The backups there are now; the one the conversion makes is already in the new form.
    backups = [p for p in list_backups(path) if backup_reason(p) != DAMAGED]
    # In pages read and written: the journal is read, exported, checked, kept and checked again
    # (five passes); a backup is read, exported and checked (three).
    stages = Stages(progress, [5 * estimated_pages(path)] + [3 * estimated_pages(p) for p in backups])
    with translated(path):
        backup = _convert_file(path, old_key, new_key, live=True, progress=stages.stage(0))
        # Photos and files follow the journal into its new form, and its new backup keeps them.
        convert_attachment_files(path, old_key, new_key)
        if backup is not None:
            keep_backup_attachments(path, backup, new_key)
    reports = [stages.stage(index) for index in range(1, len(backups) + 1)]
    converted, removed, unconverted = _convert_backups(backups, old_key, new_key, reports)
    left = tuple(
        p for p in list_backups(path) if new_key is not None and backup_reason(p) == DAMAGED and _is_plain(p)
    )
    stages.finish()
    return Conversion(backup, converted, removed, left, unconverted)


def _is_plain(path: Path) -> bool:
    try:
        return file_kind(path) is FileKind.PLAIN
    except NotAJournal:
        return False


def _require(path: Path, wanted: FileKind) -> None:
    kind = file_kind(path)
    if kind in (FileKind.MISSING, FileKind.EMPTY):
        raise JournalMissing(f"there is no journal at {path}")
    if kind is not wanted:
        state = "already encrypted" if kind is FileKind.ENCRYPTED else "not encrypted"
        raise InvalidValue(f"the journal {path} is {state}")


def encrypt_journal(path: Path, passphrase: str, *, progress: Progress | None = None) -> Conversion:
    """Encrypt a plain journal (which must not be open) with `passphrase`.

    Like decrypting and rekeying, reports `progress(done, total)` in pages read and written,
    the journal's and then each backup's.
    """
    _check_passphrase(passphrase)
    _require(Path(path), FileKind.PLAIN)
    return _convert(path, None, passphrase, progress)


def decrypt_journal(path: Path, passphrase: str, *, progress: Progress | None = None) -> Conversion:
    """Turn an encrypted journal (not open) back into a plain one."""
    if not passphrase:
        raise PassphraseRequired(f"{path} is encrypted; its passphrase is needed")
    _require(Path(path), FileKind.ENCRYPTED)
    return _convert(path, passphrase, None, progress)


def rekey_journal(
    path: Path, passphrase: str, new_passphrase: str, *, progress: Progress | None = None
) -> Conversion:
    """Change the passphrase of an encrypted journal (not open)."""
    _check_passphrase(new_passphrase)
    if not passphrase:
        raise PassphraseRequired(f"{path} is encrypted; its passphrase is needed")
    _require(Path(path), FileKind.ENCRYPTED)
    return _convert(path, passphrase, new_passphrase, progress)


def finish_cut_short_encryption(path: Path, passphrase: str) -> list[str]:
    """Encrypt the readable backups an interrupted encryption left beside an encrypted journal.

    Encrypting converts the journal first and its backups after it; a window closed (or a
    machine stopped) in between leaves plain backups beside an encrypted journal. Reading one
    header a backup, this finds them at the next opening and converts them with the journal's
    passphrase, or deletes one that cannot be converted: no readable copy may outlive
    encryption. Returns lines for the user; none when there was nothing to do.
    """
    path = Path(path)
    plain = [p for p in list_backups(path) if backup_reason(p) != DAMAGED and _is_plain(p)]
    if not plain:
        return []
    converted, removed, _left = _convert_backups(plain, None, passphrase, [_ignore_progress] * len(plain))
    notes = [f"{converted} backups from before the journal was encrypted were still readable; now encrypted"]
    if removed:
        notes.append(f"{removed} damaged unencrypted backups were removed")
    return notes


def _ignore_progress(_done: int, _total: int) -> None:
    return None
