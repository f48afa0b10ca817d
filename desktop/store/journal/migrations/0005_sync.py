"""The tables sync keeps inside the journal (see desktop/store/sync/ and README "Sync").

They stay empty in a journal that never syncs. The triggers that fill `sync_pending` are not
made here: `sync setup` makes them, so a journal that does not sync pays nothing per write.

- `sync_state`: this computer's part in a sync folder (one row: the folder, this computer's id,
  the derived key, the next file number, the last round);
- `sync_doc`: each entry's CRDT document (and one for themes, people and settings), as the
  encoded state it has reached;
- `sync_pending`: what changed here since it was last written into its document;
- `sync_outbox`: sealed files made but not yet placed in the folder (numbered in order);
- `sync_seen`: for every other computer, the last of its files applied here, and its name;
- `sync_theme_moves`: which theme a merge moved entries to, so other computers merge alike.
"""

from typing import Any


def up(migrator: Any, db: Any) -> None:
    db.execute_sql(
        "CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1), folder TEXT NOT NULL, "
        "device_id TEXT NOT NULL, client_id INTEGER NOT NULL, device_name TEXT NOT NULL, "
        "key BLOB NOT NULL, next_seq INTEGER NOT NULL, last_round TEXT)"
    )
    db.execute_sql("CREATE TABLE sync_doc (key TEXT PRIMARY KEY, state BLOB NOT NULL) WITHOUT ROWID")
    db.execute_sql("CREATE TABLE sync_pending (key TEXT PRIMARY KEY) WITHOUT ROWID")
    db.execute_sql("CREATE TABLE sync_outbox (seq INTEGER PRIMARY KEY, sealed BLOB NOT NULL)")
    db.execute_sql(
        "CREATE TABLE sync_seen (device_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, "
        "name TEXT NOT NULL DEFAULT '', seen_at TEXT)"
    )
    db.execute_sql(
        "CREATE TABLE sync_theme_moves (source TEXT PRIMARY KEY, target TEXT NOT NULL) WITHOUT ROWID"
    )
