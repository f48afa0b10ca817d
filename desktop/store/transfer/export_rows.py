"""Entries as flat rows for export, read straight from SQLite without building Entry objects.

Dates, times, offsets and timestamps are stored in exactly the text the export formats write,
so an export can stream them through untouched; building and re-formatting an `Entry` for each
row cost more than everything else an export of a large journal does.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from desktop.domain.entry import RECORD_FIELDS
from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.store.browse.filter_sql import apply_filter
from desktop.store.entries.entry_table import in_entry_order, links_for, raw_rows
from desktop.store.journal.models import Entry

EXPORT_BATCH = 1000

# The order of the values in each row: the export's columns, `themes` and `people` as lists.
ROW_FIELDS = RECORD_FIELDS

ExportRow = tuple  # (str, str, str, str, str, str, list, list, int?, int?, int?, int?, bool, str, str)


def iter_export_rows(flt: EntryFilter = ALL_LIVE) -> Iterator[ExportRow]:
    """Each matching entry, oldest first (as `iter_entries`), as a row in ROW_FIELDS order."""
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
        themes, people = links_for([row[0] for row in batch])
        for entry_id, uuid, day, at, offset, title, body, ind, inter, mood, star, made, changed in batch:
            yield (
                uuid,
                day,
                at,
                offset,
                title,
                body,
                themes.get(entry_id, []),
                people.get(entry_id, []),
                ind,
                inter,
                None if ind is None or inter is None else inter - ind,
                mood,
                bool(star),
                made,
                changed,
            )
