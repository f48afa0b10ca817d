"""Sync's own tables in the journal (migration 0005) and the triggers that note every change.

The triggers are made when a journal is set up to sync, not by the migration: a journal that
does not sync pays nothing per write. Once made, every write that touches an entry, its themes or
people, or the themes, people and settings, notes the document it belongs to in
`sync_pending`, whichever code made the write (the window, a command, an import).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.store.journal.models import journal_db

JOURNAL_DOC = "@journal"  # themes, people and settings: one small document

_ENTRY_PENDING = "INSERT OR IGNORE INTO sync_pending VALUES ({uuid})"
_LINK_PENDING = "INSERT OR IGNORE INTO sync_pending SELECT uuid FROM entry WHERE id = {row}.entry_id"
_JOURNAL_PENDING = f"INSERT OR IGNORE INTO sync_pending VALUES ('{JOURNAL_DOC}')"

TRIGGERS: dict[str, str] = {
    "sync_entry_insert": f"AFTER INSERT ON entry BEGIN {_ENTRY_PENDING.format(uuid='new.uuid')}; END",
    "sync_entry_update": f"AFTER UPDATE ON entry BEGIN {_ENTRY_PENDING.format(uuid='new.uuid')}; END",
    "sync_entry_delete": f"AFTER DELETE ON entry BEGIN {_ENTRY_PENDING.format(uuid='old.uuid')}; END",
    "sync_entry_theme_insert": f"AFTER INSERT ON entry_theme BEGIN {_LINK_PENDING.format(row='new')}; END",
    "sync_entry_theme_delete": f"AFTER DELETE ON entry_theme BEGIN {_LINK_PENDING.format(row='old')}; END",
    # A theme merge moves links from one theme to another: remember where, for other computers.
    "sync_entry_theme_update": (
        f"AFTER UPDATE ON entry_theme BEGIN {_LINK_PENDING.format(row='new')}; "
        "INSERT OR REPLACE INTO sync_theme_moves SELECT o.slug, n.slug FROM theme o, theme n "
        "WHERE o.id = old.theme_id AND n.id = new.theme_id AND o.id != n.id; END"
    ),
    "sync_entry_person_insert": f"AFTER INSERT ON entry_person BEGIN {_LINK_PENDING.format(row='new')}; END",
    "sync_entry_person_delete": f"AFTER DELETE ON entry_person BEGIN {_LINK_PENDING.format(row='old')}; END",
    **{
        f"sync_{table}_{event.lower()}": f"AFTER {event} ON {table} BEGIN {_JOURNAL_PENDING}; END"
        for table in ("theme", "person", "setting")
        for event in ("INSERT", "UPDATE", "DELETE")
    },
}


@dataclass(frozen=True)
class SyncState:
    folder: str
    device_id: str
    client_id: int
    device_name: str
    key: bytes
    next_seq: int
    last_round: str | None


def execute(sql: str, params: tuple[Any, ...] = ()) -> Any:
    return journal_db.execute_sql(sql, params)


def install_triggers() -> None:
    for name, body in TRIGGERS.items():
        execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
    ensure_blob_tables()


# Attachments to place in the folder, and attachments entries here name but this journal lacks
# (with the entries naming them). Made when a journal sets up sync, or by its first round after
# an update, so journals that synced before attachments travelled get them too; a journal that
# never syncs never has them.
BLOB_TABLES = (
    "CREATE TABLE IF NOT EXISTS sync_blob_out (sha256 TEXT PRIMARY KEY) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS sync_blob_wanted (sha256 TEXT NOT NULL, uuid TEXT NOT NULL, "
    "PRIMARY KEY (sha256, uuid)) WITHOUT ROWID",
)


def ensure_blob_tables() -> None:
    if not _has_table("sync_blob_wanted"):  # asked first: a round then writes no schema
        for statement in BLOB_TABLES:
            execute(statement)


def _has_table(name: str) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return execute(query, (name,)).fetchone() is not None


def note_blobs_out(hashes: list[str]) -> None:
    execute("INSERT OR IGNORE INTO sync_blob_out SELECT value FROM json_each(?)", (_json(hashes),))


def blobs_out() -> list[str]:
    return [sha for (sha,) in execute("SELECT sha256 FROM sync_blob_out ORDER BY sha256")]


def forget_blob_out(sha256: str) -> None:
    execute("DELETE FROM sync_blob_out WHERE sha256 = ?", (sha256,))


def note_wanted(pairs: list[tuple[str, str]]) -> None:
    """Remember that the entry `uuid` names the attachment `sha256`, which is not here yet."""
    journal_db.cursor().executemany("INSERT OR IGNORE INTO sync_blob_wanted VALUES (?, ?)", pairs)


def wanted() -> dict[str, list[str]]:
    """Every attachment waited for, with the entries that named it."""
    found: dict[str, list[str]] = {}
    for sha, uuid in execute("SELECT sha256, uuid FROM sync_blob_wanted ORDER BY sha256, uuid"):
        found.setdefault(sha, []).append(uuid)
    return found


def forget_wanted(sha256: str) -> None:
    execute("DELETE FROM sync_blob_wanted WHERE sha256 = ?", (sha256,))


def wanted_count() -> int:
    """How many attachments are waited for (0 in a journal whose tables are not made yet)."""
    if not _has_table("sync_blob_wanted"):
        return 0
    return int(execute("SELECT count(DISTINCT sha256) FROM sync_blob_wanted").fetchone()[0])


def remove_triggers() -> None:
    for name in TRIGGERS:
        execute(f"DROP TRIGGER IF EXISTS {name}")


def sync_state() -> SyncState | None:
    row = execute(
        "SELECT folder, device_id, client_id, device_name, key, next_seq, last_round FROM sync_state"
    ).fetchone()
    return None if row is None else SyncState(row[0], row[1], row[2], row[3], bytes(row[4]), row[5], row[6])


def doc_state(key: str) -> bytes | None:
    row = execute("SELECT state FROM sync_doc WHERE key = ?", (key,)).fetchone()
    return None if row is None else bytes(row[0])


def put_doc_state(key: str, state: bytes) -> None:
    execute("INSERT OR REPLACE INTO sync_doc (key, state) VALUES (?, ?)", (key, state))


def pending_keys(limit: int) -> list[str]:
    return [key for (key,) in execute("SELECT key FROM sync_pending ORDER BY key LIMIT ?", (limit,))]


def is_pending(key: str) -> bool:
    return execute("SELECT 1 FROM sync_pending WHERE key = ?", (key,)).fetchone() is not None


def clear_pending(keys: list[str]) -> None:
    execute("DELETE FROM sync_pending WHERE key IN (SELECT value FROM json_each(?))", (_json(keys),))


def pending_count() -> int:
    return int(execute("SELECT count(*) FROM sync_pending").fetchone()[0])


def _json(values: list[str]) -> str:
    return json.dumps(values)


def add_to_outbox(seq: int, sealed: bytes) -> None:
    """Keep the sealed file numbered `seq` (from `next_seq`) until it is placed in the folder."""
    execute("INSERT INTO sync_outbox (seq, sealed) VALUES (?, ?)", (seq, sealed))
    execute("UPDATE sync_state SET next_seq = ?", (seq + 1,))


def next_seq() -> int:
    return int(execute("SELECT next_seq FROM sync_state").fetchone()[0])


def outbox() -> list[int]:
    return [seq for (seq,) in execute("SELECT seq FROM sync_outbox ORDER BY seq")]


def outbox_file(seq: int) -> bytes:
    return bytes(execute("SELECT sealed FROM sync_outbox WHERE seq = ?", (seq,)).fetchone()[0])


def forget_outbox(seq: int) -> None:
    execute("DELETE FROM sync_outbox WHERE seq = ?", (seq,))


def seen() -> dict[str, tuple[int, str, str | None]]:
    """For every other computer: the last of its files applied here, its name, when."""
    return {d: (s, n, at) for d, s, n, at in execute("SELECT device_id, seq, name, seen_at FROM sync_seen")}


def note_seen(device_id: str, seq: int, name: str | None, at: str) -> None:
    execute(
        "INSERT INTO sync_seen (device_id, seq, name, seen_at) VALUES (?, ?, COALESCE(?, ''), ?) "
        "ON CONFLICT (device_id) DO UPDATE SET seq = excluded.seq, seen_at = excluded.seen_at, "
        "name = COALESCE(?, name)",
        (device_id, seq, name, at, name),
    )


def theme_moves() -> dict[str, str]:
    return dict(execute("SELECT source, target FROM sync_theme_moves"))


def note_round(at: str) -> None:
    execute("UPDATE sync_state SET last_round = ?", (at,))
