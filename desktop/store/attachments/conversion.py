"""Encrypting, decrypting and re-keying attachments files along with their journal.

The same steps as for the journal (`store/safety/encryption.py`): `sqlcipher_export` into a new
file beside it, keyed with the new passphrase (or none), the copy checked and counted, and only
then renamed over the old file.
"""

from __future__ import annotations

from pathlib import Path

from desktop.store.journal.connection import FileKind, connect, file_kind
from desktop.store.journal.errors import JournalDamaged, translated
from desktop.store.journal.files import checkpoint_and_close, create_private_file, replace_database_file
from desktop.store.journal.paths import attachments_file, backup_dir

BACKUP_STORE_NAME = "attachments.store"


def _count(conn: object) -> int:
    return int(conn.execute("SELECT count(*) FROM blob").fetchone()[0])  # type: ignore[attr-defined]


def convert_blob_file(path: Path, old_key: str | None, new_key: str | None) -> None:
    """Re-key the closed attachments file at `path` from `old_key` to `new_key`, verified."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.converting")
    with translated(path):
        conn = connect(path, old_key, cipher=True)
        try:
            wal = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            expected = _count(conn)
            tmp.unlink(missing_ok=True)
            create_private_file(tmp)
            conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(tmp), new_key or ""))
            try:
                conn.execute("SELECT sqlcipher_export('converted')")
                conn.execute(f"PRAGMA converted.application_id = {int(app_id)}")
            finally:
                conn.execute("DETACH DATABASE converted")
            check = connect(tmp, new_key, cipher=new_key is not None)
            try:
                ok = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                if not ok or _count(check) != expected:
                    raise JournalDamaged(f"the converted copy of {path} is not whole; nothing was changed")
                if wal:
                    check.execute("PRAGMA journal_mode = WAL")
            finally:
                check.close()
            checkpoint_and_close(conn, path)
            replace_database_file(tmp, path)
        finally:
            conn.close()
            tmp.unlink(missing_ok=True)


def convert_attachment_files(journal: Path, old_key: str | None, new_key: str | None) -> None:
    """Convert the journal's attachments file and its backups' shared store, those that exist
    and are not in the new form already (a conversion cut short is finished, not repeated)."""
    for path in (attachments_file(journal), backup_dir(journal) / BACKUP_STORE_NAME):
        kind = file_kind(path)
        if kind in (FileKind.MISSING, FileKind.EMPTY):
            continue
        encrypted = kind is FileKind.ENCRYPTED
        if (not encrypted and new_key is None) or (encrypted and old_key is None):
            continue  # already in the form asked for
        convert_blob_file(path, old_key if encrypted else None, new_key)
