"""Entries between the journal's tables and sync's EntryState: reading what is here, writing what
a merge decided (through the store's own save, so it is validated and indexed like any save)."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from desktop.domain.entry import Entry, parse_offset, parse_timestamp
from desktop.store.entries.context_columns import CONTEXT_FIELDS, context_from
from desktop.store.entries.entry_table import ids_in, links_for, raw_rows, save_entry
from desktop.store.journal.models import Entry as EntryRow
from desktop.store.sync.entry_doc import REGISTERS, EntryState

_COLUMNS = (
    EntryRow.id,
    EntryRow.uuid,
    EntryRow.title,
    EntryRow.body,
    *(getattr(EntryRow, name) for name in REGISTERS),
)


def local_states(uuids: list[str]) -> dict[str, EntryState]:
    """The entries with these uuids as the journal holds them (absent ones are left out)."""
    rows = list(raw_rows(EntryRow.select(*_COLUMNS).where(EntryRow.uuid.in_(ids_in(uuids)))))
    themes, people = links_for([row[0] for row in rows])
    states = {}
    for row in rows:
        fields = dict(zip(REGISTERS, row[4:], strict=True))
        fields["starred"] = bool(fields["starred"])
        states[row[1]] = EntryState(row[2], row[3], themes.get(row[0], []), people.get(row[0], []), fields)
    return states


def _entry(uuid: str, state: EntryState, moves: dict[str, str]) -> Entry:
    f: dict[str, Any] = state.fields
    themes = list(dict.fromkeys(moves.get(slug, slug) for slug in state.themes))
    return Entry(
        uuid=uuid,
        title=state.title,
        body=state.body,
        date=date.fromisoformat(f["local_date"]),
        time=time.fromisoformat(f["local_time"]),
        utc_offset=parse_offset(f["utc_offset"]),
        themes=themes,
        people=list(state.people),
        independence=f["independence"],
        interdependence=f["interdependence"],
        mood=f["mood"],
        starred=bool(f["starred"]),
        created_at=parse_timestamp(f["created_at"]),
        updated_at=parse_timestamp(f["updated_at"]),
        deleted_at=parse_timestamp(f["deleted_at"]) if f["deleted_at"] else None,
        **context_from(*(f[name] for name in CONTEXT_FIELDS)),
    )


def write_merged(uuid: str, state: EntryState, moves: dict[str, str], theme_names: dict[str, str]) -> None:
    """Make the journal hold `state` for `uuid` (inside the caller's transaction)."""
    if state.purged:
        EntryRow.delete().where(EntryRow.uuid == uuid).execute()
        return
    save_entry(_entry(uuid, state, moves), touch=False, theme_names=theme_names)
