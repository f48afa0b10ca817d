"""Reading and writing entries: each write one transaction, reads streamed in batches."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time

from peewee import SQL

from desktop.domain.entry import (
    Entry,
    InvalidEntry,
    format_offset,
    format_timestamp,
    now_local,
    parse_offset,
    parse_timestamp,
    validate_entry,
)
from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.domain.trend import RatedPoint
from desktop.store.errors import EntryNotFound, InvalidValue
from desktop.store.models import (
    Entry as EntryRow,
)
from desktop.store.models import (
    EntryIndex,
    EntryPerson,
    EntryTheme,
    Person,
    Theme,
    journal_db,
)
from desktop.store.people import person_ids_for
from desktop.store.queries import apply_filter, fts_query
from desktop.store.themes import theme_ids_for

BATCH_SIZE = 500
_IDS_PER_QUERY = 20000  # below SQLite's limit on bound parameters

_COLUMNS = (
    EntryRow.id,
    EntryRow.uuid,
    EntryRow.local_date,
    EntryRow.local_time,
    EntryRow.utc_offset,
    EntryRow.title,
    EntryRow.body,
    EntryRow.independence,
    EntryRow.interdependence,
    EntryRow.mood,
    EntryRow.starred,
    EntryRow.created_at,
    EntryRow.updated_at,
    EntryRow.deleted_at,
)


def _row_values(entry: Entry) -> dict[str, object]:
    return {
        "uuid": entry.uuid,
        "local_date": entry.date.isoformat(),
        "local_time": entry.time.strftime("%H:%M"),
        "utc_offset": format_offset(entry.utc_offset),
        "title": entry.title,
        "body": entry.body,
        "independence": entry.independence,
        "interdependence": entry.interdependence,
        "mood": entry.mood,
        "starred": entry.starred,
        "created_at": format_timestamp(entry.created_at),
        "updated_at": format_timestamp(entry.updated_at),
        "deleted_at": format_timestamp(entry.deleted_at) if entry.deleted_at else None,
    }


def _entry_from(row: tuple, themes: list[str], people: list[str]) -> Entry:
    (
        _id,
        uuid,
        local_date,
        local_time,
        offset,
        title,
        body,
        ind,
        inter,
        mood,
        starred,
        created,
        updated,
        deleted,
    ) = row
    return Entry(
        uuid=uuid,
        date=date.fromisoformat(local_date),
        time=time.fromisoformat(local_time),
        utc_offset=parse_offset(offset),
        title=title,
        body=body,
        themes=themes,
        people=people,
        independence=ind,
        interdependence=inter,
        mood=mood,
        starred=bool(starred),
        created_at=parse_timestamp(created),
        updated_at=parse_timestamp(updated),
        deleted_at=parse_timestamp(deleted) if deleted else None,
    )


def _links_for(ids: list[int]) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Theme slugs and people's names of the given entries, each in the order they were given."""
    themes: dict[int, list[str]] = defaultdict(list)
    people: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[start : start + _IDS_PER_QUERY]
        theme_rows = (
            EntryTheme.select(EntryTheme.entry, Theme.slug)
            .join(Theme)
            .where(EntryTheme.entry.in_(chunk))
            .order_by(EntryTheme.entry, EntryTheme.position)
            .tuples()
        )
        for entry_id, slug in theme_rows:
            themes[entry_id].append(slug)
        person_rows = (
            EntryPerson.select(EntryPerson.entry, Person.name)
            .join(Person)
            .where(EntryPerson.entry.in_(chunk))
            .order_by(EntryPerson.entry, EntryPerson.position)
            .tuples()
        )
        for entry_id, name in person_rows:
            people[entry_id].append(name)
    return themes, people


def _hydrate(rows: list[tuple]) -> list[Entry]:
    themes, people = _links_for([r[0] for r in rows])
    return [_entry_from(r, themes.get(r[0], []), people.get(r[0], [])) for r in rows]


def _write_links(entry_id: int, entry: Entry, create_themes: bool) -> list[str]:
    theme_ids, created = theme_ids_for(entry.themes, create_missing=create_themes)
    person_ids = person_ids_for(entry.people)
    EntryTheme.delete().where(EntryTheme.entry == entry_id).execute()
    EntryPerson.delete().where(EntryPerson.entry == entry_id).execute()
    if entry.themes:
        EntryTheme.insert_many(
            [(entry_id, theme_ids[s], i) for i, s in enumerate(entry.themes)],
            fields=[EntryTheme.entry, EntryTheme.theme, EntryTheme.position],
        ).execute()
    if entry.people:
        EntryPerson.insert_many(
            [(entry_id, person_ids[p], i) for i, p in enumerate(entry.people)],
            fields=[EntryPerson.entry, EntryPerson.person, EntryPerson.position],
        ).execute()
    return created


def _checked(entry: Entry) -> None:
    try:
        validate_entry(entry)
    except InvalidEntry as error:
        raise InvalidValue(str(error)) from None


def save_entry(entry: Entry, *, create_themes: bool = True, touch: bool = True) -> list[str]:
    """Insert the entry, or update the one with its uuid, in one transaction.

    People are cleaned (spaces folded) as they are stored. Returns the slugs of custom themes
    created on the way. With `touch`, `updated_at` becomes now.
    """
    _checked(entry)
    if touch:
        entry.updated_at = now_local()
    values = _row_values(entry)
    with journal_db.atomic():
        existing = EntryRow.get_or_none(EntryRow.uuid == entry.uuid)
        if existing is None:
            entry_id = EntryRow.insert(**values).execute()
        else:
            entry_id = existing.id
            EntryRow.update(**values).where(EntryRow.id == entry_id).execute()
        return _write_links(entry_id, entry, create_themes)


def save_entries(entries: Iterable[Entry], *, create_themes: bool = True) -> list[str]:
    """Save many entries in one transaction (all or none), keeping their own timestamps."""
    created: list[str] = []
    with journal_db.atomic():
        for entry in entries:
            created.extend(save_entry(entry, create_themes=create_themes, touch=False))
    return created


def get_entry(uuid: str, include_trashed: bool = True) -> Entry:
    query = EntryRow.select(*_COLUMNS).where(EntryRow.uuid == uuid)
    if not include_trashed:
        query = query.where(EntryRow.deleted_at.is_null())
    rows = list(query.tuples())
    if not rows:
        raise EntryNotFound(f"there is no entry with uuid {uuid}")
    return _hydrate(rows)[0]


def _set_deleted(uuid: str, deleted_at: datetime | None) -> None:
    stamp = format_timestamp(deleted_at) if deleted_at else None
    with journal_db.atomic():
        updated = EntryRow.update(deleted_at=stamp).where(EntryRow.uuid == uuid).execute()
    if not updated:
        raise EntryNotFound(f"there is no entry with uuid {uuid}")


def trash_entry(uuid: str) -> None:
    """Move to the Trash; the entry can be restored until the Trash is emptied."""
    _set_deleted(uuid, now_local())


def restore_entry(uuid: str) -> None:
    _set_deleted(uuid, None)


def empty_trash() -> int:
    """Delete trashed entries for real and purge their words from the full-text index."""
    with journal_db.atomic():
        count = EntryRow.delete().where(EntryRow.deleted_at.is_null(False)).execute()
        # 'optimize' rewrites the index so the deleted words do not linger in old segments.
        journal_db.execute_sql("INSERT INTO entry_fts(entry_fts) VALUES ('optimize')")
    return count


def _ordered(query, newest_first: bool):  # type: ignore[no-untyped-def]
    keys = (EntryRow.local_date, EntryRow.local_time, EntryRow.id)
    return query.order_by(*(k.desc() for k in keys) if newest_first else keys)


def iter_entries(flt: EntryFilter = ALL_LIVE, newest_first: bool = False) -> Iterator[Entry]:
    """Every matching entry, streamed in batches so memory stays flat for any journal size."""
    query = _ordered(apply_filter(EntryRow.select(*_COLUMNS), flt), newest_first)
    batch: list[tuple] = []
    for row in query.tuples().iterator():
        batch.append(row)
        if len(batch) >= BATCH_SIZE:
            yield from _hydrate(batch)
            batch = []
    if batch:
        yield from _hydrate(batch)


def list_entries(
    flt: EntryFilter = ALL_LIVE,
    *,
    offset: int = 0,
    limit: int | None = None,
    newest_first: bool = True,
    prefix_last: bool = False,
) -> list[Entry]:
    """One page of matching entries."""
    query = _ordered(apply_filter(EntryRow.select(*_COLUMNS), flt, prefix_last), newest_first)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return _hydrate(list(query.tuples()))


def count_entries(flt: EntryFilter = ALL_LIVE, prefix_last: bool = False) -> int:
    return apply_filter(EntryRow.select(EntryRow.id), flt, prefix_last).count()


def search_entries(
    text: str,
    flt: EntryFilter = ALL_LIVE,
    *,
    limit: int | None = None,
    prefix_last: bool = False,
) -> list[Entry]:
    """Entries matching every word of `text`, best match first (titles weigh more than bodies)."""
    match = fts_query(text, prefix_last)
    if match is None:
        return []
    rank = SQL("bm25(entry_fts, 4.0, 1.0)")
    query = (
        EntryRow.select(*_COLUMNS)
        .join(EntryIndex, on=(EntryIndex.rowid == EntryRow.id))
        .where(EntryIndex.match(match))
        .order_by(rank, EntryRow.local_date.desc(), EntryRow.local_time.desc())
    )
    query = apply_filter(query, flt.with_changes(text=""))
    if limit is not None:
        query = query.limit(limit)
    return _hydrate(list(query.tuples()))


def rated_points(flt: EntryFilter = ALL_LIVE) -> list[RatedPoint]:
    """The balance model's view of matching entries (date, ratings, theme slugs), by date."""
    query = apply_filter(
        EntryRow.select(EntryRow.id, EntryRow.local_date, EntryRow.independence, EntryRow.interdependence),
        flt,
    ).order_by(EntryRow.local_date, EntryRow.local_time)
    rows = list(query.tuples())
    themes: dict[int, list[str]] = defaultdict(list)
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[start : start + _IDS_PER_QUERY]
        for entry_id, slug in (
            EntryTheme.select(EntryTheme.entry, Theme.slug)
            .join(Theme)
            .where(EntryTheme.entry.in_(chunk))
            .tuples()
        ):
            themes[entry_id].append(slug)
    return [
        RatedPoint(date.fromisoformat(d), ind, inter, tuple(themes.get(i, ()))) for i, d, ind, inter in rows
    ]
