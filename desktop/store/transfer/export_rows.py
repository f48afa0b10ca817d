"""Entries as rows for a CSV export, read straight from SQLite without building Entry objects.

The statements are in `export_sql`; here they run for any filter, through the open journal or a
connection of the caller's. Building and re-formatting an `Entry` per row cost more than
everything else an export of a large journal does, and so did handing every cell to Python
separately.

An export can be read in spans (`export_span_start`) by two processes at once; each span is
ordered as the whole would be, so the spans written one after another are the whole export.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.store.browse.filter_sql import apply_filter
from desktop.store.journal.models import Entry, journal_db
from desktop.store.transfer import export_sql
from desktop.store.transfer.export_sql import LIVE, LineParts, SpanKey

__all__ = ["LineParts", "SpanKey", "count_exported", "export_span_start", "iter_export_batches"]


def _where(flt: EntryFilter) -> tuple[str, list[Any]]:
    """SQL naming the entries `flt` keeps (the entry table is `e`), and its parameters."""
    if flt == ALL_LIVE:
        return LIVE, []
    sql, params = apply_filter(Entry.select(Entry.id), flt).sql()
    return f"e.id IN ({sql})", list(params)


class _OpenJournal:
    """The open journal as `export_sql` runs statements: through peewee, which reports its errors."""

    @staticmethod
    def execute(sql: str, params: list[Any]) -> Any:
        return journal_db.execute_sql(sql, params)


def _conn(conn: Any) -> Any:
    return _OpenJournal if conn is None else conn


def count_exported(flt: EntryFilter = ALL_LIVE, conn: Any = None) -> int:
    """How many entries an export of `flt` writes."""
    return export_sql.count_exported(_conn(conn), *_where(flt))


def export_span_start(
    flt: EntryFilter, skip: int, conn: Any = None, *, after: SpanKey | None = None
) -> SpanKey | None:
    """The key of the entry `skip` entries into an export of `flt` (None past its end), counted
    from its start or from the entry with key `after`: where the next span starts."""
    return export_sql.export_span_start(_conn(conn), skip, *_where(flt), after=after)


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
    return export_sql.export_batches(_conn(conn), separator, where, params, start=start, stop=stop)


def attachments_named(flt: EntryFilter = ALL_LIVE) -> int:
    """How many attachments the matching entries name (a CSV export, text only, says so)."""
    if journal_db.execute_sql("SELECT 1 FROM entry_attachment LIMIT 1").fetchone() is None:
        return 0  # most journals: without this, SQLite listed every matching entry first
    sql, params = apply_filter(Entry.select(Entry.id), flt).sql()
    query = f"SELECT count(*) FROM entry_attachment WHERE entry_id IN ({sql})"
    return int(journal_db.execute_sql(query, params).fetchone()[0])
