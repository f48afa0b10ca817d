"""Which attachments (photos, files) each entry holds.

The bytes live in the journal's attachments file (`journal.db.attachments`); the journal keeps
one row per attachment an entry's text names: its hash, the name it was given, its type and size.
The rows are written in the same transaction as the entry, so they always say what the saved
text names; they go with the entry when the Trash is emptied (a cascade), and an attachment no
row names any more is then removed from the attachments file. `by_sha256` answers "does any
entry still use these bytes?" without reading an entry.
"""

from typing import Any


def up(migrator: Any, db: Any) -> None:
    db.execute_sql(
        "CREATE TABLE entry_attachment ("
        " entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,"
        " sha256 TEXT NOT NULL, name TEXT NOT NULL, mime TEXT NOT NULL, size INTEGER NOT NULL,"
        " position INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (entry_id, sha256, name)) WITHOUT ROWID"
    )
    db.execute_sql("CREATE INDEX entry_attachment_by_sha256 ON entry_attachment (sha256)")
