"""Entries as flat rows for export, read straight from SQLite without building Entry objects.

Dates, times, offsets and timestamps are stored in exactly the text the export formats write,
so an export can stream them through untouched; building and re-formatting an `Entry` for each
row cost more than everything else an export of a large journal does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice

from desktop.domain.entry import RECORD_FIELDS
from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.store.browse.filter_sql import apply_filter
from desktop.store.entries.entry_table import in_entry_order, raw_rows
from desktop.store.journal.models import Entry, journal_db

EXPORT_BATCH = 1000

# The order of the values in each row: the export's columns (`themes` and `people` joined).
ROW_FIELDS = RECORD_FIELDS

ExportRow = tuple  # (str, str, str, str, str, str, str, str, int?, int?, int?, int?, bool, str, str)


def _export_batches(flt: EntryFilter) -> Iterator[list[tuple]]:
    """The matching entries' stored values, oldest first (as `iter_entries`), a batch at a time."""
    query = in_entry_order(
        apply_filter(
            Entry.select(
                Entry.id,
                Entry.uuid,
                Entry.local_date,
                Entry.local_time,
                Entry.utc_offset,
                Entry.title,
                Entry.body,
                Entry.independence,
                Entry.interdependence,
                Entry.mood,
                Entry.starred,
                Entry.created_at,
                Entry.updated_at,
            ),
            flt,
        ),
        newest_first=False,
    )
    rows = iter(raw_rows(query))
    while batch := list(islice(rows, EXPORT_BATCH)):
        yield batch


# The entries' theme slugs and people's names, joined in their own order, for a batch of ids.
_JOINED_LINKS = (
    "SELECT entry_id, group_concat(label, ?) FROM ("
    "SELECT l.entry_id AS entry_id, t.{label} AS label FROM {link} l JOIN {target} t ON t.id = l.{key} "
    "WHERE l.entry_id IN (SELECT value FROM json_each(?)) ORDER BY l.entry_id, l.position"
    ") GROUP BY entry_id"
)
_THEMES_JOINED = _JOINED_LINKS.format(label="slug", link="entry_theme", target="theme", key="theme_id")
_PEOPLE_JOINED = _JOINED_LINKS.format(label="name", link="entry_person", target="person", key="person_id")


def iter_joined_export_rows(flt: EntryFilter = ALL_LIVE, separator: str = ";") -> Iterator[ExportRow]:
    """Each matching entry, oldest first (as `iter_entries`), as a row in ROW_FIELDS order, with
    its themes and people already joined by `separator` (in their own order): the CSV export's
    rows, in the window and on the command line.

    SQLite joins them, a batch of entries per query, so that no Python list is built per entry:
    on an export of 20,000 entries building those lists cost as much as writing the file.
    """
    for batch in _export_batches(flt):
        wanted = json.dumps([row[0] for row in batch])
        themes = dict(journal_db.execute_sql(_THEMES_JOINED, (separator, wanted)).fetchall())
        people = dict(journal_db.execute_sql(_PEOPLE_JOINED, (separator, wanted)).fetchall())
        for entry_id, uuid, day, at, offset, title, body, ind, inter, mood, star, made, changed in batch:
            yield (
                uuid,
                day,
                at,
                offset,
                title,
                body,
                themes.get(entry_id, ""),
                people.get(entry_id, ""),
                ind,
                inter,
                None if ind is None or inter is None else inter - ind,
                mood,
                bool(star),
                made,
                changed,
            )


def attachments_named(flt: EntryFilter = ALL_LIVE) -> int:
    """How many attachments the matching entries name (a CSV export, text only, says so)."""
    sql, params = apply_filter(Entry.select(Entry.id), flt).sql()
    query = f"SELECT count(*) FROM entry_attachment WHERE entry_id IN ({sql})"
    return int(journal_db.execute_sql(query, params).fetchone()[0])
