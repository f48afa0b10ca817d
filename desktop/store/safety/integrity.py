"""SQLite's quick check of a journal: the one check that opening, converting and restoring make.

It checks the whole file, not table by table. Only the whole-file check finds a page claimed
twice, by two tables or by a table and the list of free pages: the damage after which the next
save writes over entries, which must stop a journal opening. Since SQLite 3.44 the whole-file
check also re-reads the full-text index word by word; for an encrypted journal (SQLCipher brings
SQLite 3.53) that costs about 0.7 s more per 100,000 entries on opening. Plain journals use
Python's SQLite (3.40 here), which does not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.store.journal.errors import JournalDamaged, mark_damaged


def quick_check_findings(conn: Any) -> list[str]:
    """SQLite's findings for the whole file of `conn` (a DB-API connection); [] when sound."""
    findings = [str(row[0]) for row in conn.execute("PRAGMA main.quick_check").fetchall()]
    if findings == ["ok"]:
        return []
    return findings or ["no answer from the check"]


def check_whole_file(conn: Any, path: Path, *, thorough: bool = False) -> None:
    """Check the whole file of `conn` (a DB-API connection to the journal at `path`).

    JournalDamaged with SQLite's first finding if it fails; from then on the journal refuses
    writes in this process and its next opening checks it again. `thorough` runs SQLite's
    integrity check (which also holds every index against its table) instead of the quick one.
    """
    if thorough:
        rows = conn.execute("PRAGMA main.integrity_check").fetchall()
        findings = [str(row[0]) for row in rows]
        findings = [] if findings == ["ok"] else findings or ["no answer from the check"]
    else:
        findings = quick_check_findings(conn)
    if findings:
        first = " ".join(findings[0].split())  # SQLite's spans lines
        mark_damaged(path)
        raise JournalDamaged(f"the journal {path} is damaged ({first})")
