"""SQLite's quick check of a journal: the one check that opening, converting and restoring make.

It checks the whole file, not table by table. Only the whole-file check finds a page claimed
twice, by two tables or by a table and the list of free pages: the damage after which the next
save writes over entries, which must stop a journal opening. Since SQLite 3.44 the whole-file
check also re-reads the full-text index word by word (SQLCipher brings SQLite 3.53, which every
journal is opened with): about 0.7 s more per 100,000 entries when a check is due.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from desktop.store.journal.errors import JournalDamaged, classify, mark_damaged

_DRIVER_ERRORS = (sqlite3.DatabaseError, sqlcipher.DatabaseError)


def _findings(conn: Any, pragma: str) -> list[str]:
    try:
        findings = [str(row[0]) for row in conn.execute(f"PRAGMA main.{pragma}").fetchall()]
    except _DRIVER_ERRORS as error:
        # The full-text index's part of the check stops with an error, not a finding, when it
        # cannot read the index's own structure ("invalid fts5 file format"): damage too. A
        # lock, a full disk or a failing one is not a finding about the file.
        cause = classify(error)
        if cause is not None and not isinstance(cause, JournalDamaged):
            raise
        return [str(error)]
    if findings == ["ok"]:
        return []
    return findings or ["no answer from the check"]


def quick_check_findings(conn: Any) -> list[str]:
    """SQLite's findings for the whole file of `conn` (a DB-API connection); [] when sound."""
    return _findings(conn, "quick_check")


def check_whole_file(conn: Any, path: Path, *, thorough: bool = False) -> None:
    """Check the whole file of `conn` (a DB-API connection to the journal at `path`).

    JournalDamaged with SQLite's first finding if it fails; from then on the journal refuses
    writes in this process and its next opening checks it again. `thorough` runs SQLite's
    integrity check (which also holds every index against its table) instead of the quick one.
    """
    findings = _findings(conn, "integrity_check" if thorough else "quick_check")
    if findings:
        first = " ".join(findings[0].split())  # SQLite's spans lines
        mark_damaged(path)
        raise JournalDamaged(f"the journal {path} is damaged ({first})")
