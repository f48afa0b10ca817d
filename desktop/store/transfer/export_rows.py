"""Entries as rows for a CSV export, read straight from SQLite without building Entry objects.

Dates, times, offsets, ratings and timestamps are stored in exactly the text the export writes
and never hold a comma, a quote or a line break, so SQLite joins those cells of each row into
one string itself. Only the cells a writer may have to quote or escape (title, body, themes,
people, and the uuid, which the store does not check) come out one by one: building and
re-formatting an `Entry` per row cost more than everything else an export of a large journal
does, and so did handing every cell to Python separately.

An export can be read in two spans (`export_span_start`) by two processes at once; each span
is ordered as the whole would be, so the files they write joined are the whole export.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.store.browse.filter_sql import apply_filter
from desktop.store.journal.models import Entry, journal_db

EXPORT_BATCH = 1000

# (uuid, "date,time,utc_offset", title, body, themes, people, "independence,…,updated_at\r\n")
LineParts = tuple[str, str, str, str, str, str, str]

# Where an entry falls in the export's order: (local_date, local_time, id).
SpanKey = tuple[str, str, int]


def _joined_links(label: str, link: str, target: str, key: str) -> str:
    """An entry's linked labels joined by the separator (the statement's first parameter), in
    their own order; '' when it has none."""
    return (
        f"(SELECT coalesce(group_concat(s, ?1), '') FROM (SELECT t.{label} AS s FROM {link} x "
        f"JOIN {target} t ON t.id = x.{key} WHERE x.entry_id = e.id ORDER BY x.position))"
    )


_PARTS = (
    "SELECT e.uuid, e.local_date || ',' || e.local_time || ',' || e.utc_offset, e.title, e.body, "
    + _joined_links("slug", "entry_theme", "theme", "theme_id")
    + ", "
    + _joined_links("name", "entry_person", "person", "person_id")
    + ", coalesce(e.independence, '') || ',' || coalesce(e.interdependence, '') || ',' "
    "|| coalesce(e.interdependence - e.independence, '') || ',' || coalesce(e.mood, '') || ',' "
    "|| (CASE WHEN e.starred THEN 'true' ELSE 'false' END) || ',' || e.created_at || ',' "
    "|| e.updated_at || char(13, 10) FROM entry e"
)
_ORDER = " ORDER BY e.local_date, e.local_time, e.id"


def _where(flt: EntryFilter) -> tuple[str, list[Any]]:
    """SQL naming the entries `flt` keeps (the entry table is `e`), and its parameters."""
    if flt == ALL_LIVE:
        return "e.deleted_at IS NULL", []
    sql, params = apply_filter(Entry.select(Entry.id), flt).sql()
    return f"e.id IN ({sql})", list(params)


def count_exported(flt: EntryFilter = ALL_LIVE, conn: Any = None) -> int:
    """How many entries an export of `flt` writes."""
    where, params = _where(flt)
    return int(_run(conn, f"SELECT count(*) FROM entry e WHERE {where}", params).fetchone()[0])


def export_span_start(flt: EntryFilter, skip: int, conn: Any = None) -> SpanKey | None:
    """The key of the entry after the first `skip` of an export of `flt` (None past the end):
    the first of the second span when the export is read in two."""
    where, params = _where(flt)
    sql = f"SELECT e.local_date, e.local_time, e.id FROM entry e WHERE {where}{_ORDER} LIMIT 1 OFFSET ?"
    row = _run(conn, sql, [*params, skip]).fetchone()
    return None if row is None else (row[0], row[1], int(row[2]))


def iter_export_batches(
    flt: EntryFilter = ALL_LIVE,
    separator: str = ";",
    *,
    start: SpanKey | None = None,
    stop: SpanKey | None = None,
    conn: Any = None,
) -> Iterator[list[LineParts]]:
    """The matching entries, oldest first (as `iter_entries`), as LineParts, a batch at a time,
    with their themes and people joined by `separator`. `start`/`stop` keep the span of the
    export from the entry with key `start` to the one before `stop`. `conn` reads on a
    connection of the caller's own instead of the open journal's (another process's)."""
    where, params = _where(flt)
    if flt == ALL_LIVE:
        # Read the entries through the index by date and time, whose order (it ends with the
        # id) is the export's, skipping the Trash's as they come, rather than through the
        # index of live entries, whose order needed sorting again by id (`+` keeps SQLite off
        # that index): 20,000 entries 83 ms, 69 ms this way.
        where = "+" + where
    bounds = ""
    if start is not None:
        bounds += " AND (e.local_date, e.local_time, e.id) >= (?, ?, ?)"
        params += list(start)
    if stop is not None:
        bounds += " AND (e.local_date, e.local_time, e.id) < (?, ?, ?)"
        params += list(stop)
    cursor = _run(conn, f"{_PARTS} WHERE {where}{bounds}{_ORDER}", [separator, *params])
    while batch := cursor.fetchmany(EXPORT_BATCH):
        yield batch


def _run(conn: Any, sql: str, params: list[Any]) -> Any:
    if conn is None:
        return journal_db.execute_sql(sql, params)
    return conn.execute(sql, params)


def attachments_named(flt: EntryFilter = ALL_LIVE) -> int:
    """How many attachments the matching entries name (a CSV export, text only, says so)."""
    if journal_db.execute_sql("SELECT 1 FROM entry_attachment LIMIT 1").fetchone() is None:
        return 0  # most journals: without this, SQLite listed every matching entry first
    sql, params = apply_filter(Entry.select(Entry.id), flt).sql()
    query = f"SELECT count(*) FROM entry_attachment WHERE entry_id IN ({sql})"
    return int(journal_db.execute_sql(query, params).fetchone()[0])
