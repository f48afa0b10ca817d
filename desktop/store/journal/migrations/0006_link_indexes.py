"""Drop the links' indexes by entry alone: each link table's primary key already starts with it.

`entry_theme` and `entry_person` have the primary keys (entry_id, theme_id) and (entry_id,
person_id), and SQLite keeps an index for each; the separate index on entry_id alone only cost
every link written a third b-tree insert. An import of 100,000 entries with seven themes and four
people each spent half a second on it. Lookups by entry use the primary key's index, which also
holds the theme or person id.
"""

from typing import Any


def up(migrator: Any, db: Any) -> None:
    db.execute_sql("DROP INDEX IF EXISTS entry_theme_entry_id")
    db.execute_sql("DROP INDEX IF EXISTS entry_person_entry_id")
