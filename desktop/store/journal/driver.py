"""A connection from SQLCipher's driver and nothing else of the store.

`connection.connect` builds every connection of the app on this. A process that must start
reading before the rest of the store has loaded (the early half of `export csv`, see
`commands/export_csv.py`) uses it alone: the store's modules take longer to load than that
process needs for thousands of rows.
"""

from __future__ import annotations

from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

BUSY_TIMEOUT_SECONDS = 5.0  # how long a statement waits for another connection's lock


def driver_connection(target: str, *, uri: bool = False, timeout: float = BUSY_TIMEOUT_SECONDS) -> Any:
    """A connection to the file (or URI) `target`, in autocommit mode, not keyed."""
    conn = sqlcipher.connect(target, uri=uri, timeout=timeout, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # failures are ours to report, once
    except BaseException:
        conn.close()
        raise
    return conn


def data_version(conn: Any) -> int:
    """SQLite's count of commits made by other connections: moves whenever one commits."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])
