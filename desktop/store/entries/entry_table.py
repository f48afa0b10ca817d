"""Reading and writing entries: each write one transaction, reads streamed in batches."""

from __future__ import annotations

import json
import time as time_module
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

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
from desktop.store.attachments.collect import collect_unused
from desktop.store.attachments.references import write_references
from desktop.store.browse.filter_sql import Q, apply_filter, text_match_count
from desktop.store.entries.context_columns import context_from, context_values
from desktop.store.entries.person_table import person_ids_for
from desktop.store.entries.theme_table import theme_ids_for
from desktop.store.journal.errors import EntryNotFound, InvalidValue
from desktop.store.journal.models import (
    Entry as EntryRow,
)
from desktop.store.journal.models import (
    EntryPerson,
    EntryTheme,
    Person,
    Theme,
    journal_db,
)
from desktop.store.journal.progress import Progress

BATCH_SIZE = 500

ENTRY_COLUMNS = (
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
    # What other journal apps recorded (migration 0003); `deleted_at` stays last.
    EntryRow.place_name,
    EntryRow.place_locality,
    EntryRow.place_country,
    EntryRow.latitude,
    EntryRow.longitude,
    EntryRow.weather,
    EntryRow.temperature_c,
    EntryRow.source,
    EntryRow.scales,
    EntryRow.deleted_at,
)


def row_values(entry: Entry) -> dict[str, object]:
    """The entry table's columns for `entry`, as stored (times as text, ids left to SQLite)."""
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
        "starred": 1 if entry.starred else 0,  # a bool bound takes the driver's slow path
        "created_at": format_timestamp(entry.created_at),
        "updated_at": format_timestamp(entry.updated_at),
        "deleted_at": format_timestamp(entry.deleted_at) if entry.deleted_at else None,
        **context_values(entry),
    }


# A journal holds few distinct offsets; parsing each once matters when reading thousands of rows.
_offset = lru_cache(maxsize=256)(parse_offset)


def _entry_from(row: tuple[Any, ...], themes: list[str], people: list[str]) -> Entry:
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
        *context,
        deleted,
    ) = row
    return Entry(
        uuid=uuid,
        date=date.fromisoformat(local_date),
        time=time.fromisoformat(local_time),
        utc_offset=_offset(offset),
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
        **context_from(*context),
    )


def ids_in(ids: Sequence[int | str]) -> SQL:
    """`IN` over many ids (or uuids) as one bound JSON array: no limit on their number, and cheap
    to build."""
    return SQL("(SELECT value FROM json_each(?))", [json.dumps(ids)])


def raw_rows(query: Any) -> Any:
    """The query's rows as plain tuples straight from SQLite (no per-value conversion)."""
    return journal_db.execute(query)


def links_for(ids: list[int]) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Theme slugs and people's names of the given entries, each in the order they were given."""
    themes: dict[int, list[str]] = defaultdict(list)
    people: dict[int, list[str]] = defaultdict(list)
    if not ids:
        return themes, people
    wanted = ids_in(ids)
    theme_rows = (
        EntryTheme.select(EntryTheme.entry, Theme.slug)
        .join(Theme)
        .where(EntryTheme.entry.in_(wanted))
        .order_by(EntryTheme.entry, EntryTheme.position)
    )
    for entry_id, slug in raw_rows(theme_rows):
        themes[entry_id].append(slug)
    person_rows = (
        EntryPerson.select(EntryPerson.entry, Person.name)
        .join(Person)
        .where(EntryPerson.entry.in_(wanted))
        .order_by(EntryPerson.entry, EntryPerson.position)
    )
    for entry_id, name in raw_rows(person_rows):
        people[entry_id].append(name)
    return themes, people


def hydrate(batch: list[tuple[Any, ...]]) -> list[Entry]:
    """Entries from rows of ENTRY_COLUMNS, with their themes and people (two queries a batch)."""
    themes, people = links_for([r[0] for r in batch])
    return [_entry_from(r, themes.get(r[0], []), people.get(r[0], [])) for r in batch]


def _write_links(
    entry_id: int, entry: Entry, create_themes: bool, theme_names: dict[str, str] | None = None
) -> list[str]:
    theme_ids, created = theme_ids_for(entry.themes, create_missing=create_themes, names=theme_names)
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


def save_entry(
    entry: Entry,
    *,
    create_themes: bool = True,
    touch: bool = True,
    theme_names: dict[str, str] | None = None,
) -> list[str]:
    """Insert the entry, or update the one with its uuid, in one transaction.

    People are cleaned (spaces folded) as they are stored. Returns the slugs of custom themes
    created on the way (named from `theme_names` where given). With `touch`, `updated_at`
    becomes now.
    """
    _checked(entry)
    if touch:
        entry.updated_at = now_local()
    values = row_values(entry)
    with journal_db.atomic():
        existing = EntryRow.get_or_none(EntryRow.uuid == entry.uuid)
        if existing is None:
            entry_id = EntryRow.insert(**values).execute()
        else:
            entry_id = existing.id
            EntryRow.update(**values).where(EntryRow.id == entry_id).execute()
        write_references(entry_id, entry.body)  # the photos and files its text names
        return _write_links(entry_id, entry, create_themes, theme_names)


def save_entries(entries: Iterable[Entry], *, create_themes: bool = True) -> list[str]:
    """Save many entries in one transaction (all or none), keeping their own timestamps."""
    created: list[str] = []
    with journal_db.atomic():
        for entry in entries:
            created.extend(save_entry(entry, create_themes=create_themes, touch=False))
    return created


def get_entry(uuid: str, include_trashed: bool = True) -> Entry:
    query = EntryRow.select(*ENTRY_COLUMNS).where(EntryRow.uuid == uuid)
    if not include_trashed:
        query = query.where(EntryRow.deleted_at.is_null())
    rows = list(raw_rows(query))
    if not rows:
        raise EntryNotFound(f"there is no entry with uuid {uuid}")
    return hydrate(rows)[0]


def _set_deleted(uuid: str, deleted_at: datetime | None) -> None:
    stamp = format_timestamp(deleted_at) if deleted_at else None
    with journal_db.atomic():
        updated = EntryRow.update(deleted_at=stamp).where(EntryRow.uuid == uuid).execute()
    if not updated:
        raise EntryNotFound(f"there is no entry with uuid {uuid}")


SHORT_UUID_MIN = 4


def resolve_uuid(text: str, include_trashed: bool = False) -> str:
    """The full uuid for a whole uuid or its start, as `list` shows it (the first 8 characters).

    EntryNotFound if no entry matches, or if the start fits more than one (say which).
    """
    given = text.strip().lower()
    if any(c not in "0123456789abcdef-" for c in given):
        raise EntryNotFound(f"there is no entry with uuid {text.strip()}")
    if len(given) < SHORT_UUID_MIN:
        raise EntryNotFound(
            f"{text.strip()!r} is too short to name an entry: give at least {SHORT_UUID_MIN} "
            "characters of its uuid (list shows 8)"
        )
    query = EntryRow.select(EntryRow.uuid, EntryRow.deleted_at).where(
        (EntryRow.uuid >= given) & (EntryRow.uuid < given + "\x7f")  # a prefix range on the index
    )
    # The Trash is told apart here, not in SQL: asked for live entries too, SQLite walked the live
    # entries' index, not the uuid's (50 ms, not 0.1). A prefix of four characters or more is rare.
    found = [uuid for uuid, deleted in raw_rows(query) if include_trashed or deleted is None][:2]
    if not found:
        raise EntryNotFound(f"there is no entry with uuid {text.strip()}")
    if len(found) > 1:
        raise EntryNotFound(f"more than one entry has a uuid starting {given}; give more of it")
    return str(found[0])


def trash_entry(uuid: str) -> None:
    """Move to the Trash; the entry can be restored until the Trash is emptied."""
    _set_deleted(uuid, now_local())


def restore_entry(uuid: str) -> None:
    _set_deleted(uuid, None)


CHECKPOINT_TRIES = 10


def empty_trash(*, progress: Progress | None = None) -> int:
    """Delete trashed entries for real and purge their words from the full-text index.

    All or nothing, in one transaction; `progress(done, total)` hears of entries deleted, a
    batch at a time, and `done` reaches `total` once the words are gone from the disk too.
    """
    with journal_db.atomic():
        in_trash = EntryRow.select(EntryRow.id).where(EntryRow.deleted_at.is_null(False))
        trashed = [entry_id for (entry_id,) in raw_rows(in_trash)]
        total = len(trashed)
        if progress is not None:
            progress(0, total)
        for start in range(0, total, BATCH_SIZE):
            batch = trashed[start : start + BATCH_SIZE]
            EntryRow.delete().where(EntryRow.id.in_(ids_in(batch))).execute()
            done = start + len(batch)
            if progress is not None and done < total:  # `total` means finished: it comes last
                progress(done, total)
        # 'optimize' rewrites the index so the deleted words do not linger in old segments.
        journal_db.execute_sql("INSERT INTO entry_fts(entry_fts) VALUES ('optimize')")
    # Earlier versions of the deleted pages still sit in the -wal until a checkpoint copies the
    # zeroed pages over them; truncating it then leaves the words nowhere on disk. A reader
    # (the window's list, a backup) can hold the checkpoint off for a moment: try again.
    for attempt in range(CHECKPOINT_TRIES):
        busy = journal_db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if not busy:
            break
        time_module.sleep(0.2 * (attempt + 1))
    if total:
        collect_unused()  # photos and files only the deleted entries named go for real too
    if progress is not None and total:
        progress(total, total)
    return total


def in_entry_order(query: Q, newest_first: bool) -> Q:
    """Order by the entries' own day and time, the id breaking ties, so pages never overlap."""
    keys = (EntryRow.local_date, EntryRow.local_time, EntryRow.id)
    return query.order_by(*(k.desc() for k in keys) if newest_first else keys)


def iter_entries(flt: EntryFilter = ALL_LIVE, newest_first: bool = False) -> Iterator[Entry]:
    """Every matching entry, streamed in batches so memory stays flat for any journal size."""
    query = in_entry_order(apply_filter(EntryRow.select(*ENTRY_COLUMNS), flt), newest_first)
    batch: list[tuple[Any, ...]] = []
    for row in raw_rows(query):
        batch.append(row)
        if len(batch) >= BATCH_SIZE:
            yield from hydrate(batch)
            batch = []
    if batch:
        yield from hydrate(batch)


def list_entries(
    flt: EntryFilter = ALL_LIVE,
    *,
    offset: int = 0,
    limit: int | None = None,
    newest_first: bool = True,
    prefix_last: bool = False,
) -> list[Entry]:
    """One page of matching entries."""
    query = in_entry_order(apply_filter(EntryRow.select(*ENTRY_COLUMNS), flt, prefix_last), newest_first)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return hydrate(list(raw_rows(query)))


def count_entries(flt: EntryFilter = ALL_LIVE, prefix_last: bool = False) -> int:
    counted = text_match_count(flt, prefix_last)
    if counted is not None:
        return counted
    return apply_filter(EntryRow.select(EntryRow.id), flt, prefix_last).count()


def rated_points(flt: EntryFilter = ALL_LIVE) -> list[RatedPoint]:
    """The balance model's view of matching entries (date, ratings, theme slugs), by date."""
    query = apply_filter(
        EntryRow.select(EntryRow.id, EntryRow.local_date, EntryRow.independence, EntryRow.interdependence),
        flt,
    ).order_by(EntryRow.local_date, EntryRow.local_time)
    rows = list(raw_rows(query))
    themes: dict[int, list[str]] = defaultdict(list)
    # The filter itself picks the links (rather than a list of ids): one query for any size.
    matching = apply_filter(EntryRow.select(EntryRow.id), flt)
    for entry_id, slug in raw_rows(
        EntryTheme.select(EntryTheme.entry, Theme.slug).join(Theme).where(EntryTheme.entry.in_(matching))
    ):
        themes[entry_id].append(slug)
    days: dict[str, date] = {}  # many entries share a day; parse each day once
    return [
        RatedPoint(
            days.get(d) or days.setdefault(d, date.fromisoformat(d)),
            ind,
            inter,
            tuple(themes.get(i, ())),
        )
        for i, d, ind, inter in rows
    ]
