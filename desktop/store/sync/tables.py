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
