"""Entries as the command line lists them, one line each: no bodies, no `Entry` objects.

`list` and `search` print tens of thousands of entries on a large journal. Building a whole
`Entry` for each (its body read, its dates parsed, its themes and people gathered into Python
lists by two more queries a batch) cost more than printing them. Here one statement reads only
what a line shows, and SQLite joins each entry's theme slugs and people's names itself.

Dates and times are stored in exactly the text a line shows (YYYY-MM-DD, HH:MM: every write
goes through `entry_table.row_values`), so they pass through untouched.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from peewee import Select, fn

from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.store.browse.filter_sql import apply_filter
from desktop.store.entries.entry_table import in_entry_order, raw_rows
from desktop.store.journal.models import Entry, EntryPerson, EntryTheme, Person, Theme

# The values of each row, in order. `themes` and `people` are joined by the separator asked
# for, in the entry's own order, and are None (not "") when the entry has none.
LINE_FIELDS = (
    "uuid",
    "date",
    "time",
    "title",
    "starred",
    "independence",
    "interdependence",
    "themes",
    "people",
)

LineRow = tuple[str, str, str, str, int, int | None, int | None, str | None, str | None]


def _joined(link: Any, target: Any, label: Any, separator: str) -> Select:
    """One entry's labels (`label` of `target` through `link`), in their position's order,
    joined into one text by SQLite: a subquery of the outer select's entry."""
    # group_concat joins the rows in the order they come, which the inner select sets (as the
    # CSV export's joined links; tests hold it): an ORDER BY inside the aggregate needs SQLite
    # 3.44, newer than some systems' own.
    ordered = (
        link.select(label.alias("label")).join(target).where(link.entry == Entry.id).order_by(link.position)
    )
    return Select([ordered], [fn.group_concat(ordered.c.label, separator)])


def line_columns(separator: str = ", ") -> tuple[Any, ...]:
    """The columns of an `Entry` select that give rows in LINE_FIELDS order."""
    return (
        Entry.uuid,
        Entry.local_date,
        Entry.local_time,
        Entry.title,
        Entry.starred,
        Entry.independence,
        Entry.interdependence,
        _joined(EntryTheme, Theme, Theme.slug, separator),
        _joined(EntryPerson, Person, Person.name, separator),
    )


def iter_entry_lines(
    flt: EntryFilter = ALL_LIVE, *, newest_first: bool = False, separator: str = ", "
) -> Iterator[LineRow]:
    """Every matching entry as a row of LINE_FIELDS, in `iter_entries`'s order, streamed."""
    query = in_entry_order(apply_filter(Entry.select(*line_columns(separator)), flt), newest_first)
    return iter(raw_rows(query))
