"""The statements of a CSV export, as text: nothing here loads the rest of the store.

`export_rows` runs them for any filter through the open journal. The early half of an export of
every live entry (`commands/export_csv.py`) runs them on a connection of its own, started before
the store's modules have loaded; so this module imports nothing but the standard library.

Dates, times, offsets, ratings and timestamps are stored in exactly the text the export writes
and never hold a comma, a quote or a line break, so SQLite joins those cells of each row into
one string itself. Only the cells a writer may have to quote or escape (title, body, themes,
people, and the uuid, which the store does not check) come out one by one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

EXPORT_BATCH = 1000

# (uuid, "date,time,utc_offset", title, body, themes, people, "independence,…,updated_at\r\n")
LineParts = tuple[str, str, str, str, str, str, str]

# Where an entry falls in the export's order: (local_date, local_time, id).
SpanKey = tuple[str, str, int]

# The entries an export of the whole journal writes (the entry table is `e`).
LIVE = "e.deleted_at IS NULL"


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
_KEY = "(e.local_date, e.local_time, e.id)"  # an entry's place in the export's order
_ORDER = " ORDER BY e.local_date, e.local_time, e.id"


def count_exported(conn: Any, where: str = LIVE, params: list[Any] | None = None) -> int:
    """How many entries an export of the entries `where` keeps writes."""
    return int(conn.execute(f"SELECT count(*) FROM entry e WHERE {where}", params or []).fetchone()[0])


def export_span_start(
    conn: Any,
    skip: int,
    where: str = LIVE,
    params: list[Any] | None = None,
    *,
    after: SpanKey | None = None,
) -> SpanKey | None:
    """The key of the entry `skip` entries into the export (None past its end), counted from
    its start or from the entry with key `after`: where the next span starts when the export is
    read in spans."""
    bounds, params = "", list(params or [])
    if after is not None:
        bounds, params = f" AND {_KEY} >= (?, ?, ?)", [*params, *after]
    sql = (
        f"SELECT e.local_date, e.local_time, e.id FROM entry e WHERE {where}{bounds}{_ORDER} LIMIT 1 OFFSET ?"
    )
    row = conn.execute(sql, [*params, skip]).fetchone()
    return None if row is None else (row[0], row[1], int(row[2]))


def export_batches(
    conn: Any,
    separator: str,
    where: str = LIVE,
    params: list[Any] | None = None,
    *,
    start: SpanKey | None = None,
    stop: SpanKey | None = None,
) -> Iterator[list[LineParts]]:
    """The entries `where` keeps, in the export's order, as LineParts, a batch at a time, with
    their themes and people joined by `separator`; from the entry with key `start` to the one
    before `stop`."""
    params = list(params or [])
    if where == LIVE:
        # Read the entries through the index by date and time, whose order (it ends with the
        # id) is the export's, skipping the Trash's as they come, rather than through the
        # index of live entries, whose order needed sorting again by id (`+` keeps SQLite off
        # that index): 20,000 entries 83 ms, 69 ms this way.
        where = "+" + where
    bounds = ""
    if start is not None:
        bounds += f" AND {_KEY} >= (?, ?, ?)"
        params += list(start)
    if stop is not None:
        bounds += f" AND {_KEY} < (?, ?, ?)"
        params += list(stop)
    cursor = conn.execute(f"{_PARTS} WHERE {where}{bounds}{_ORDER}", [separator, *params])
    while batch := cursor.fetchmany(EXPORT_BATCH):
        yield batch
