"""Index each entry's links in their own order, with what they link to.

Showing or exporting an entry's themes and people reads its links in `position` order. The
primary key's index finds them by entry but holds neither the position nor, for the order, a
way around sorting them: every entry read its link rows from the table and sorted them. With
(entry_id, position, theme_id) in one index the links come from it alone, already in order
(exporting 20,000 entries: 106 ms of SQLite's work, 80 ms with these).
"""

from typing import Any


def up(migrator: Any, db: Any) -> None:
    db.execute_sql("CREATE INDEX entry_theme_in_order ON entry_theme (entry_id, position, theme_id)")
    db.execute_sql("CREATE INDEX entry_person_in_order ON entry_person (entry_id, position, person_id)")
