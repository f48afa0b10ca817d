"""Opening a file of attachment bytes: the journal's own (`journal.db.attachments`), the backup
folder's shared store, or the one beside a backup written elsewhere.

Each is a SQLite file, keyed with the journal's passphrase when the journal is encrypted, with
the journal's pragmas (full synchronous writes, secure delete). Every use opens a connection and
closes it after: attachments are read and written seldom next to entries, so no connection is
left open to stand in the way of a restore or a passphrase change. Deriving an encrypted file's
key takes about 0.08 s by design; it is derived once per file and passphrase and then handed to
SQLCipher ready-made.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from desktop.store.attachments.conversion import convert_blob_file
from desktop.store.journal.connection import FileKind, connect, file_kind, raw_key
from desktop.store.journal.errors import JournalDamaged, JournalMissing, NotAJournal, translated
from desktop.store.journal.files import create_private_file
from desktop.store.journal.models import journal_db
from desktop.store.journal.paths import attachments_file

APPLICATION_ID = 0x42414C41  # "BALA": marks a SQLite file as a Balance Journal attachments file
SCHEMA = (
    # `data` comes last: reading the other columns of a row never loads its overflow pages.
    "CREATE TABLE IF NOT EXISTS blob ("
    " id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, mime TEXT NOT NULL,"
    " size INTEGER NOT NULL, added_at REAL NOT NULL, thumbnail BLOB, data BLOB NOT NULL)",
    # Which backups (by file name) hold which attachments; used by the backup folder's store.
    "CREATE TABLE IF NOT EXISTS holder ("
    " backup TEXT NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (backup, sha256)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS holder_by_sha ON holder (sha256)",
    "CREATE TABLE IF NOT EXISTS recorded (backup TEXT PRIMARY KEY) WITHOUT ROWID",
)
_SALT_BYTES = 16
_keys: dict[tuple[str, bytes, str], str] = {}
_keys_lock = threading.Lock()


def current_journal() -> tuple[Path, str | None]:
    """The open journal's file and passphrase (None when it is plain); JournalMissing if none."""
    db = journal_db.obj
    if db is None:
        raise JournalMissing("no journal is open")
    passphrase = db.connect_params.get("passphrase")
    return Path(db.database), passphrase if isinstance(passphrase, str) else None


def live_file() -> tuple[Path, str | None]:
    """The open journal's attachments file and the passphrase that opens it."""
    journal, passphrase = current_journal()
    return attachments_file(journal), passphrase


def _ready_key(path: Path, passphrase: str) -> str | None:
    try:
        with open(path, "rb") as handle:
            salt = handle.read(_SALT_BYTES)
    except OSError:
        return None
    if len(salt) != _SALT_BYTES:
        return None
    lookup = (str(path.resolve()), salt, passphrase)
    with _keys_lock:
        key = _keys.get(lookup)
    if key is None:
        key = raw_key(passphrase, salt)
        with _keys_lock:
            _keys[lookup] = key
    return key


def _connect_existing(path: Path, passphrase: str | None, read_only: bool) -> Any:
    kind = file_kind(path)
    if kind is FileKind.ENCRYPTED and passphrase is None:
        raise JournalDamaged(f"the attachments file {path} is encrypted but the journal is not")
    if kind is FileKind.PLAIN and passphrase is not None:
        if read_only:  # read as it is: only the journal's own files are converted here
            return connect(path, read_only=True)
        # Encrypting was cut short after the journal and before this file: finish it now.
        convert_blob_file(path, None, passphrase)
    if passphrase is None:
        return connect(path, read_only=read_only)
    ready = _ready_key(path, passphrase)
    if ready is not None:
        return connect(path, raw=ready, read_only=read_only)
    return connect(path, passphrase, read_only=read_only)


def _prepare(conn: Any, path: Path, wal: bool) -> None:
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = 1")  # a removed photo leaves no bytes in the file
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return
    has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id or has_tables:
        raise NotAJournal(f"{path} is not a Balance Journal attachments file")
    # The journal's own file is written beside readers (WAL); a backup's is a file at rest.
    conn.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
    conn.execute("BEGIN IMMEDIATE")
    for statement in SCHEMA:
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("COMMIT")


@contextmanager
def open_blob_file(
    path: Path,
    passphrase: str | None,
    *,
    create: bool = False,
    read_only: bool = False,
    wal: bool = True,
) -> Iterator[Any | None]:
    """A connection to the attachments file at `path` for the block, or None when there is no
    such file and `create` is false. A new file is private to the user and keyed with
    `passphrase` when one is given."""
    path = Path(path)
    with translated(path):
        kind = file_kind(path) if path.exists() else FileKind.MISSING
        if kind in (FileKind.MISSING, FileKind.EMPTY) and not create:
            yield None
            return
        if kind is FileKind.MISSING:
            create_private_file(path)
        if kind in (FileKind.MISSING, FileKind.EMPTY):
            conn = connect(path, passphrase)
        else:
            conn = _connect_existing(path, passphrase, read_only)
        with closing(conn):
            if not read_only:
                _prepare(conn, path, wal)
            yield conn


@contextmanager
def live_blobs(*, create: bool = False) -> Iterator[Any | None]:
    """A connection to the open journal's attachments file (see `open_blob_file`)."""
    path, passphrase = live_file()
    with open_blob_file(path, passphrase, create=create) as conn:
        yield conn


def checkpoint(conn: Any) -> None:
    """Fold the WAL into the file and empty it, so deleted bytes linger in neither."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
