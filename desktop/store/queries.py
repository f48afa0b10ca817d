"""Turning an EntryFilter into SQL: the one place where filters meet the schema."""

from __future__ import annotations

import re

from peewee import SQL, ModelSelect, fn

from desktop.domain.filters import EntryFilter, TrashState
from desktop.store.models import Entry, EntryIndex, EntryPerson, EntryTheme, Person, Theme

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str, prefix_last: bool = False) -> str | None:
    """A safe FTS5 query from what the user typed: every word must occur, in any order.

    Words are quoted so that FTS5 syntax characters in the user's text are never interpreted.
    With `prefix_last`, the last word also matches longer words (for search as you type).
    """
    words = _TOKEN_RE.findall(text)
    if not words:
        return None
    parts = [f'"{w}"' for w in words]
    if prefix_last:
        parts[-1] += "*"
    return " ".join(parts)


def apply_filter(query: ModelSelect, flt: EntryFilter, prefix_last: bool = False) -> ModelSelect:
    """Narrow an `Entry` select by every field of the filter."""
    conditions = []
    if flt.trash is TrashState.LIVE:
        conditions.append(Entry.deleted_at.is_null())
    elif flt.trash is TrashState.TRASHED:
        conditions.append(Entry.deleted_at.is_null(False))
    if flt.date_from:
        conditions.append(Entry.local_date >= flt.date_from.isoformat())
    if flt.date_to:
        conditions.append(Entry.local_date <= flt.date_to.isoformat())
    if flt.starred:
        conditions.append(Entry.starred == True)  # noqa: E712
    if flt.themes:
        tagged = EntryTheme.select(EntryTheme.entry).join(Theme).where(Theme.slug.in_(list(flt.themes)))
        conditions.append(Entry.id.in_(tagged))
    if flt.pillar:
        in_pillar = EntryTheme.select(EntryTheme.entry).join(Theme).where(Theme.pillar == flt.pillar.value)
        conditions.append(Entry.id.in_(in_pillar))
    if flt.people:
        # Person.name has NOCASE collation, so this matches names case-insensitively.
        with_people = (
            EntryPerson.select(EntryPerson.entry).join(Person).where(Person.name.in_(list(flt.people)))
        )
        conditions.append(Entry.id.in_(with_people))
    if flt.zones:
        zone = fn.bj_zone(Entry.independence, Entry.interdependence)
        conditions.append(zone.in_([z.value for z in flt.zones]))
    if flt.text:
        match = fts_query(flt.text, prefix_last)
        if match is None:
            conditions.append(SQL("0"))
        else:
            hits = EntryIndex.select(EntryIndex.rowid).where(EntryIndex.match(match))
            conditions.append(Entry.id.in_(hits))
    for condition in conditions:
        query = query.where(condition)
    return query
