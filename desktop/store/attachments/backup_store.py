"""Attachments in backups: kept once per content, however many backups hold them.

The backups in the journal's backup folder share one store of attachment bytes
(`attachments.store`, keyed like the journal). Each backup of the journal is a copy of the
journal file alone, with the rows that name its attachments; when it is made, the bytes it names
that the store lacks are copied in, and the store records that this backup holds them. When
backups are rotated away, bytes no remaining backup holds are removed. So ten backups of a
journal with 2 GB of photos cost ten copies of the journal file plus the photos once (plus those
added or removed between backups), not ten times 2 GB.

A backup written elsewhere (`backup --to PATH`) is meant to travel alone: its attachments go
into a file of its own beside it (`PATH.attachments`).

Restoring a backup first copies the bytes it names back into the journal's attachments file
(from the file beside it, the shared store, or the attachments file itself), and only then puts
the journal back, so a crash in between never leaves a journal naming bytes it lacks.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import Any

from desktop.store.attachments.blob_file import open_blob_file
from desktop.store.attachments.conversion import BACKUP_STORE_NAME
from desktop.store.journal.connection import connect
from desktop.store.journal.paths import attachments_file, backup_dir


def store_path(journal: Path) -> Path:
    return backup_dir(journal) / BACKUP_STORE_NAME


def hashes_named_by(database: Path, key: str | None) -> set[str]:
    """The attachments a journal file (or a backup of one) names; none for one made before
    attachments existed."""
    with closing(connect(database, key, read_only=True)) as conn:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entry_attachment'"
        ).fetchone()
        if not has_table:
            return set()
        return {sha for (sha,) in conn.execute("SELECT DISTINCT sha256 FROM entry_attachment")}


def _missing(conn: Any, hashes: Iterable[str]) -> list[str]:
    query = "SELECT 1 FROM blob WHERE sha256 = ?"
    return [sha for sha in sorted(hashes) if conn.execute(query, (sha,)).fetchone() is None]


def _copy_blobs(sources: list[tuple[Path, str | None]], target: Any, wanted: Iterable[str]) -> set[str]:
    """Copy the blobs `wanted` that `target` lacks from the first of `sources` holding each, one
    commit per blob (a large photo is held in memory once); returns those found nowhere."""
    missing = set(_missing(target, wanted))
    for source, key in sources:
        if not missing:
            break
        with open_blob_file(source, key, read_only=True) as conn:
            if conn is None:
                continue
            for sha in sorted(missing):
                row = conn.execute(
                    "SELECT sha256, mime, size, added_at, thumbnail, data FROM blob WHERE sha256 = ?", (sha,)
                ).fetchone()
                if row is None:
                    continue
                target.execute("BEGIN IMMEDIATE")
                target.execute(
                    "INSERT OR IGNORE INTO blob (sha256, mime, size, added_at, thumbnail, data) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    row,
                )
                target.execute("COMMIT")
                missing.discard(sha)
    return missing


def keep_backup_attachments(journal: Path, backup: Path, key: str | None) -> set[str]:
    """Keep the attachments a new `backup` of `journal` names: in the shared store when it sits
    in the backup folder, else beside it. Returns the hashes that could not be found."""
    journal, backup = Path(journal), Path(backup)
    hashes = hashes_named_by(backup, key)
    in_folder = backup.parent.resolve() == backup_dir(journal).resolve()
    if not hashes:
        if in_folder:  # recorded all the same: this backup needs nothing of the store
            _record(store_path(journal), key, backup.name, set())
        return set()
    target_path = store_path(journal) if in_folder else attachments_file(backup)
    with open_blob_file(target_path, key, create=True, wal=False) as target:
        assert target is not None
        lost = _copy_blobs([(attachments_file(journal), key)], target, hashes)
    if in_folder:
        _record(target_path, key, backup.name, hashes - lost)
    return lost


def _record(store: Path, key: str | None, backup: str, hashes: set[str]) -> None:
    """Say that the backup named `backup` holds `hashes` (the store's own rows, once it exists)."""
    if not store.exists():
        return  # no attachment in any backup yet: nothing to record them against
    with open_blob_file(store, key, wal=False) as conn:
        assert conn is not None
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT OR IGNORE INTO holder (backup, sha256) VALUES (?, ?)", [(backup, sha) for sha in hashes]
        )
        conn.execute("INSERT OR IGNORE INTO recorded (backup) VALUES (?)", (backup,))
        conn.execute("COMMIT")


def prune_backup_store(journal: Path, key: str | None) -> int:
    """Forget backups no longer in the folder and remove the bytes no remaining backup holds;
    returns how many attachments were removed."""
    path = store_path(journal)
    if not path.exists():
        return 0
    folder = backup_dir(journal)
    with open_blob_file(path, key, wal=False) as conn:
        if conn is None:
            return 0
        names = {name for (name,) in conn.execute("SELECT backup FROM recorded")}
        gone = [(name,) for name in names if not (folder / name).exists()]
        if not gone:
            return 0
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("DELETE FROM holder WHERE backup = ?", gone)
        conn.executemany("DELETE FROM recorded WHERE backup = ?", gone)
        removed = conn.execute("DELETE FROM blob WHERE sha256 NOT IN (SELECT sha256 FROM holder)").rowcount
        conn.execute("COMMIT")
    return int(removed)


def bring_back_attachments(
    journal: Path, restored: Path, backup: Path, key: str | None, backup_key: str | None
) -> set[str]:
    """Before the file `restored` (a verified copy of `backup`, keyed with `key` as the journal
    will be) replaces `journal`: copy every attachment it names into the journal's attachments
    file. Returns the hashes found nowhere (those entries show the attachment as missing)."""
    hashes = hashes_named_by(restored, key)
    if not hashes:
        return set()
    with open_blob_file(attachments_file(journal), key, create=True) as live:
        assert live is not None
        sources = [(attachments_file(backup), backup_key), (store_path(journal), key)]
        return _copy_blobs(sources, live, hashes)
