"""Where an entry was written, its weather, the journal it came from and its scales.

Entries imported from other journal apps (Day One, Daylio) carry this; an entry written here has
none of it. Each part is a nullable column appended to `entry`, so:

- a journal without any of it pays nothing: SQLite stores no bytes for columns added after a row
  was written, and a NULL in a new row costs one byte of its header;
- reading what every list, count and chart reads does not touch them: they sit after
  `deleted_at`, and the live-entries index (0002) answers those reads without the row;
- `scales` (Daylio's "Sleep" -> 4) is a JSON object: a handful of levels per entry that are read
  and written whole, never queried one by one.

Search finds an entry by its place: the full-text index gains a third column, `place`, read
from a generated (virtual, never stored) column of the same name that joins the place's name,
locality and country. One index keeps one query, one ranking and the same speed: a separate
index for places would need a second match and a merge of rankings for every search, and
words typed together ("coffee Oakland") could no longer be found across body and place. An FTS5
table cannot gain a column, so the index is made again and rebuilt from the entries, once.
"""

from typing import Any

CONTEXT_COLUMNS = (
    "place_name TEXT",
    "place_locality TEXT",
    "place_country TEXT",
    "latitude REAL",
    "longitude REAL",
    "weather TEXT",
    "temperature_c REAL",
    "source TEXT",
    "scales TEXT",
)

PLACE_TEXT = (
    "TRIM(COALESCE(place_name, '') || ' ' || COALESCE(place_locality, '') || ' ' || "
    "COALESCE(place_country, ''))"
)


def up(migrator: Any, db: Any) -> None:
    for column in CONTEXT_COLUMNS:
        db.execute_sql(f"ALTER TABLE entry ADD COLUMN {column}")
    db.execute_sql(f"ALTER TABLE entry ADD COLUMN place TEXT GENERATED ALWAYS AS ({PLACE_TEXT}) VIRTUAL")

    for trigger in ("entry_fts_insert", "entry_fts_delete", "entry_fts_update"):
        db.execute_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute_sql("DROP TABLE entry_fts")
    db.execute_sql(
        "CREATE VIRTUAL TABLE entry_fts USING fts5("
        "title, body, place, content='entry', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute_sql("INSERT INTO entry_fts(entry_fts) VALUES ('rebuild')")
    # Triggers keep the index in step with every write, whichever code path makes it.
    db.execute_sql(
        "CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry BEGIN "
        "INSERT INTO entry_fts(rowid, title, body, place) "
        "VALUES (new.id, new.title, new.body, new.place); END"
    )
    db.execute_sql(
        "CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN "
        "INSERT INTO entry_fts(entry_fts, rowid, title, body, place) "
        "VALUES ('delete', old.id, old.title, old.body, old.place); END"
    )
    db.execute_sql(
        "CREATE TRIGGER entry_fts_update "
        "AFTER UPDATE OF title, body, place_name, place_locality, place_country ON entry BEGIN "
        "INSERT INTO entry_fts(entry_fts, rowid, title, body, place) "
        "VALUES ('delete', old.id, old.title, old.body, old.place); "
        "INSERT INTO entry_fts(rowid, title, body, place) VALUES (new.id, new.title, new.body, new.place); "
        "END"
    )
