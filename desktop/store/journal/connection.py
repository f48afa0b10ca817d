"""What kind of file a journal is (plain, encrypted, something else), and the one place that
opens a connection to a database file: plain or keyed, for writing or only for reading.

An encrypted journal has no readable header: SQLCipher starts the file with a random salt. So a
file that is neither a SQLite file nor text, and is a whole number of pages long, is taken to be
an encrypted journal and needs a passphrase.

Every DB-API connection the app makes comes from `connect`, the ones peewee makes for the open
journal included (`PlainDatabase`, `CipherDatabase`): so a key is always checked the same way,
SQLCipher never writes to stderr, and a read-only connection never writes anything beside the file.
"""

from __future__ import annotations

import enum
import hashlib
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote as quote_uri

from peewee import SqliteDatabase
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.store.journal.driver import BUSY_TIMEOUT_SECONDS, driver_connection
from desktop.store.journal.errors import (
    JournalDamaged,
    NotAJournal,
    PassphraseRequired,
    WrongPassphrase,
    is_not_a_database,
)
from desktop.store.journal.paths import ROLLBACK_JOURNAL, WAL, side_file

SQLITE_MAGIC = b"SQLite format 3\x00"
_SNIFF_BYTES = 1024
_PAGE_MULTIPLE = 512  # every SQLite page size is a multiple of this


class FileKind(enum.Enum):
    MISSING = "missing"
    EMPTY = "empty"
    PLAIN = "plain"
    ENCRYPTED = "encrypted"


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        return error.start >= len(head) - 3
    return True


def file_kind(path: Path) -> FileKind:
    """Look at a file without SQLite touching it; raise NotAJournal if it cannot be a journal."""
    if not path.exists():
        return FileKind.MISSING
    if path.is_dir():
        raise NotAJournal(f"{path} is a folder, not a journal file")
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if not head:
        return FileKind.EMPTY
    if head.startswith(SQLITE_MAGIC):
        return FileKind.PLAIN
    size = path.stat().st_size
    if _looks_like_text(head) or size % _PAGE_MULTIPLE or size < _SNIFF_BYTES:
        raise NotAJournal(f"{path} is not a Balance Journal file")
    return FileKind.ENCRYPTED


def quote(passphrase: str) -> str:
    """A passphrase as an SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + passphrase.replace("'", "''") + "'"


def key_for(path: Path, passphrase: str | None, what: str) -> str | None:
    """The key a file needs: None if it is plain, the passphrase if it is encrypted.

    `what` names the file in messages ("the backup", "the journal").
    """
    kind = file_kind(path)
    if kind is FileKind.MISSING:
        raise JournalDamaged(f"{what} {path} does not exist")
    if kind is FileKind.ENCRYPTED:
        if passphrase is None:
            raise PassphraseRequired(f"{what} {path} is encrypted; its passphrase is needed")
        return passphrase
    return None


def _read_only_uri(path: Path, *, unwritable: bool) -> str:
    """A URI that opens `path` without writing anything, not even -wal or -shm files.

    A file nobody can write, with no -wal (or rollback -journal) left beside it, is whole and
    cannot change, so SQLite may treat it as immutable and skip locking, which needs the -shm it
    could not create. A -wal left by a crash needs the shared-memory read of a plain read-only
    open instead (which works when its -shm file is already there).
    """
    real = path.resolve()  # the side files sit beside the real file, not beside a link to it
    uri = "file:" + quote_uri(real.as_posix()) + "?mode=ro"
    if unwritable:
        left_over = (side_file(real, WAL), side_file(real, ROLLBACK_JOURNAL))
        if not any(side.exists() and side.stat().st_size > 0 for side in left_over):
            uri += "&immutable=1"
    return uri


def connect(
    path: Path | str,
    passphrase: str | None = None,
    *,
    cipher: bool = False,
    read_only: bool = False,
    unwritable: bool = False,
    timeout: float = BUSY_TIMEOUT_SECONDS,
    raw: str | None = None,
) -> Any:
    """A DB-API connection to the database file at `path`, in autocommit mode (a transaction is
    only what the caller begins).

    Every connection is SQLCipher's, plain files included: one SQLite library for every file
    the app opens (two copies in one process would not see each other's locks on a file), and
    SQLCipher's is newer than the one Python brings on most systems (3.53 here against 3.40:
    its full-text ranking takes two thirds of the time, and it checks the full-text index when
    it checks a file). A `passphrase` (or a `raw` key from `raw_key`) keys it, and a wrong key
    raises WrongPassphrase here rather than at the first query. `cipher` is accepted for the
    callers that once needed to ask for SQLCipher (to export to an encrypted file, or to be the
    other end of a backup from an encrypted journal); every connection can do that now.
    `read_only` writes nothing, not even side files; `unwritable` says nobody can write the file
    (a read-only file or disk), so when it is whole SQLite may take it as immutable.
    """
    path = Path(path)
    target, uri = str(path), False
    if read_only or unwritable:
        target, uri = _read_only_uri(path, unwritable=unwritable), True
    keyed = passphrase is not None or raw is not None
    conn = driver_connection(target, uri=uri, timeout=timeout)
    try:
        if keyed:
            conn.execute(f"PRAGMA key = {raw if raw is not None else quote(passphrase or '')}")
            check_key(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def is_sqlcipher(conn: Any) -> bool:
    """Whether `conn` came from SQLCipher (the backup API copies only between one driver's)."""
    return isinstance(conn, sqlcipher.Connection)


def check_key(conn: Any, path: Path) -> None:
    """Read the schema once: with a wrong key SQLCipher cannot decrypt even the first page."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlcipher.DatabaseError, sqlite3.DatabaseError) as error:
        if is_not_a_database(error):
            raise WrongPassphrase(f"wrong passphrase for {path}") from None
        raise


# SQLCipher 4's key derivation, with which every encrypted journal is made: PBKDF2-HMAC-SHA512
# over the passphrase and the 16-byte salt that starts the file, 256,000 rounds, a 32-byte key.
_SALT_BYTES = 16
_KDF_ROUNDS = 256_000
_KEY_BYTES = 32


def _salt_of(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            salt = handle.read(_SALT_BYTES)
    except OSError:
        return None
    return salt if len(salt) == _SALT_BYTES else None


def raw_key(passphrase: str, salt: bytes) -> str:
    """The key SQLCipher derives from `passphrase` and `salt`, as a raw key for `PRAGMA key`
    (which SQLCipher then uses as it is, without deriving it again)."""
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, _KDF_ROUNDS, _KEY_BYTES)
    return f"\"x'{key.hex()}{salt.hex()}'\""


class PlainDatabase(SqliteDatabase):
    """peewee's SQLite database, its connections made by `connect` (options in `connect_params`:
    `read_only`, `unwritable`)."""

    def _connect(self) -> Any:
        conn = connect(self.database, timeout=self.timeout, **self.connect_params)
        try:
            self._add_conn_hooks(conn)  # type: ignore[attr-defined]  # pragmas, functions; not in the stubs
        except BaseException:
            conn.close()
            raise
        return conn


class CipherDatabase(SqlCipherDatabase):
    """peewee's SQLCipher database, quiet on stderr, and keyed before anything else runs.

    Deriving the key from the passphrase takes about 0.08 s, by design. The window's background
    reads each open a connection of their own (two per key typed into the search), so after the
    first connection the key is derived once more, here, and later connections are given it
    ready-made: about 1 ms each. If the ready-made key does not open the file (a journal made
    with other settings), connections go back to the passphrase.
    """

    _derived: tuple[bytes, str] | None = None  # (salt, raw key) of the journal's file
    _keyed_once = False
    _derive = True

    def _connect(self) -> Any:
        params = dict(self.connect_params)
        passphrase = params.pop("passphrase", "")
        if self._keyed_once and self._derive:
            ready = self._ready_key(passphrase, Path(self.database))
            if ready is not None:
                try:
                    return self._keyed(params, raw=ready)
                except WrongPassphrase:
                    self._derive, self._derived = False, None
        conn = self._keyed(params, passphrase=passphrase)
        self._keyed_once = True
        return conn

    def _ready_key(self, passphrase: str, path: Path) -> str | None:
        salt = _salt_of(path)
        if salt is None:
            return None
        derived = self._derived
        if derived is None or derived[0] != salt:  # first time, or the file was replaced
            derived = (salt, raw_key(passphrase, salt))
            self._derived = derived
        return derived[1]

    def _keyed(self, params: dict[str, Any], *, passphrase: str | None = None, raw: str | None = None) -> Any:
        conn = connect(self.database, passphrase, raw=raw, timeout=self.timeout, **params)
        try:
            self._add_conn_hooks(conn)
        except BaseException:
            conn.close()
            raise
        return conn
