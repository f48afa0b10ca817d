"""What kind of file a journal is (plain, encrypted, something else), and SQLCipher connections.

An encrypted journal has no readable header: SQLCipher starts the file with a random salt. So a
file that is neither a SQLite file nor text, and is a whole number of pages long, is taken to be
an encrypted journal and needs a passphrase.
"""

from __future__ import annotations

import enum
import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.store.journal.errors import NotAJournal, WrongPassphrase

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


def connect_raw(path: Path, passphrase: str | None = None) -> Any:
    """A DB-API connection to `path`: sqlite3 for a plain file, SQLCipher with the key otherwise.

    With a passphrase, a wrong one raises WrongPassphrase here rather than at the first query.
    """
    if passphrase is None:
        return sqlite3.connect(str(path), isolation_level=None)
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # failures are ours to report, once
        conn.execute(f"PRAGMA key = {quote(passphrase)}")
        check_key(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def check_key(conn: Any, path: Path) -> None:
    """Read the schema once: with a wrong key SQLCipher cannot decrypt even the first page."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlcipher.DatabaseError, sqlite3.DatabaseError) as error:
        if "not a database" in str(error).lower():
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
        shown = Path(params.pop("shown_path", self.database))  # the file when `database` is a URI
        if self._keyed_once and self._derive:
            ready = self._ready_key(passphrase, shown)
            if ready is not None:
                try:
                    return self._keyed(params, ready, shown)
                except WrongPassphrase:
                    self._derive, self._derived = False, None
        conn = self._keyed(params, quote(passphrase), shown)
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

    def _keyed(self, params: dict[str, Any], key: str, shown: Path) -> Any:
        conn = sqlcipher.connect(self.database, timeout=self._timeout, isolation_level=None, **params)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = {key}")
            check_key(conn, shown)
            self._add_conn_hooks(conn)
        except BaseException:
            conn.close()
            raise
        return conn


def database_class(passphrase: str | None) -> type[SqliteDatabase]:
    return SqliteDatabase if passphrase is None else CipherDatabase
