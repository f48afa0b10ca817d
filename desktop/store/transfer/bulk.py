"""Writing many entries at once, fast: imports and large journals.

`save_entries` keeps one savepoint and several queries per entry, which is right for a handful but
slow for a hundred thousand. Here rows go in with `executemany`, in batches, inside one
transaction: all of them are stored, or none. The new entries are added to the full-text index
in one statement at the end rather than row by row (see `_suspend_index_trigger`).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import count, islice, repeat
from operator import is_, itemgetter
from typing import Any

from playhouse.sqlite_ext import SearchField

from desktop.domain.entry import Entry, InvalidEntry, validate_entry
from desktop.domain.seen_hashes import SeenHashes
from desktop.store.entries.context_columns import CONTEXT_FIELDS
from desktop.store.entries.entry_table import ids_in, row_values
from desktop.store.entries.person_table import person_ids_for
from desktop.store.entries.theme_table import theme_ids_for
from desktop.store.journal.errors import InvalidValue
from desktop.store.journal.models import Entry as EntryRow
from desktop.store.journal.models import EntryIndex, EntryPerson, EntryTheme, journal_db

BULK_BATCH_SIZE = 1000


class InsertStopped(Exception):
    """The caller asked a bulk insert to stop; its whole transaction is rolled back."""


@dataclass
class BulkResult:
    """What a bulk insert did: rows added, entries skipped as already present, themes created."""

    inserted: int = 0
    skipped: int = 0
    created_themes: list[str] = field(default_factory=list)


def _insert_sql(model: Any, columns: list[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})'


def _entry_columns() -> list[str]:
    # The same columns, in the same order, as a single save writes.
    return ["id", *(EntryRow._meta.fields[name].column_name for name in _ROW_FIELDS)]


_ROW_FIELDS = (
    "uuid",
    "local_date",
    "local_time",
    "utc_offset",
    "title",
    "body",
    "independence",
    "interdependence",
    "mood",
    "starred",
    "created_at",
    "updated_at",
    "deleted_at",
    *CONTEXT_FIELDS,
)


# The row's values in `_ROW_FIELDS` order, picked in one call (a generator over the names cost
# 0.2 s of importing 100,000 entries).
_row_cells = itemgetter(*_ROW_FIELDS)


_COLUMNS = _entry_columns()
_ALL_NONE = (None,) * len(_COLUMNS)


def _insert_entry_rows(cursor: Any, rows: list[tuple]) -> None:
    """Insert entry rows, each statement naming only the columns its rows have values for.

    An empty value bound from Python takes the driver's slow path (about 0.8 µs a value in
    SQLCipher's driver, which tries to adapt anything but a number or text); an imported entry
    has ten or so empty columns, which cost 0.9 s of importing 100,000 entries. A column left
    out of the statement takes its default, NULL, for nothing. Rows are grouped by which of
    their columns are empty: a journal's rows fall into a handful of such shapes.
    """
    shapes: dict[tuple[bool, ...], list[tuple]] = {}
    for row in rows:
        shapes.setdefault(tuple(map(is_, row, _ALL_NONE)), []).append(row)
    for shape, same in shapes.items():
        sql, pick = _statement_for(shape)
        cursor.executemany(sql, same if pick is None else map(pick, same))


@lru_cache(maxsize=64)
def _statement_for(empty: tuple[bool, ...]) -> tuple[str, Callable[[tuple], tuple] | None]:
    """The INSERT naming the columns not `empty`, and what picks their values out of a row."""
    kept = [i for i, is_empty in enumerate(empty) if not is_empty]
    sql = _insert_sql(EntryRow, [_COLUMNS[i] for i in kept])
    if len(kept) == len(empty):
        return sql, None
    pick = itemgetter(*kept)
    return sql, (pick if len(kept) > 1 else lambda row: (pick(row),))


def _batches(entries: Iterable[Entry], size: int) -> Iterator[list[Entry]]:
    iterator = iter(entries)
    while batch := list(islice(iterator, size)):
        yield batch


class _LinkIds:
    """Theme and person ids looked up once per distinct slug or name for the whole insert."""

    def __init__(self, create_themes: bool, result: BulkResult) -> None:
        self.themes: dict[str, int] = {}
        self.people: dict[str, int] = {}
        self.create_themes = create_themes
        self.result = result

    def load(self, batch: list[Entry]) -> None:
        slugs = list(dict.fromkeys(s for e in batch for s in e.themes if s not in self.themes))
        if slugs:
            found, created = theme_ids_for(slugs, create_missing=self.create_themes)
            self.themes.update(found)
            self.result.created_themes.extend(created)
        names = list(dict.fromkeys(p for e in batch for p in e.people if p not in self.people))
        if names:
            self.people.update(person_ids_for(names))


def _new_in(batch: list[Entry]) -> list[Entry]:
    """The entries of `batch` whose uuid is neither stored (earlier batches of this insert
    included: the transaction sees its own rows) nor earlier in the batch. Only the batch's
    uuids are held, so memory stays flat however long the file (a set of every uuid seen held
    a million of them)."""
    # The uuids go in as one JSON array: peewee building a thousand bound values per batch cost
    # more than SQLite's lookups (0.9 s of importing 100,000 entries).
    query = EntryRow.select(EntryRow.uuid).where(EntryRow.uuid.in_(ids_in([e.uuid for e in batch])))
    stored = {uuid for (uuid,) in journal_db.execute(query)}
    seen: set[str] = set()
    fresh: list[Entry] = []
    for entry in batch:
        if entry.uuid in stored or entry.uuid in seen:
            continue
        seen.add(entry.uuid)
        fresh.append(entry)
    return fresh


class _NewEntries:
    """Picks out each batch's entries whose uuid the journal does not hold yet.

    Into an empty journal (someone moving in) the unique index of uuids is dropped for the
    transaction and built once at the end, from the sorted uuids. Each new uuid went to a random
    place in it: past the few hundred thousand entries whose index pages SQLite keeps in memory,
    nearly every entry read an index page back and wrote it out again (importing a million
    entries: 63 s, 52 s this way; 100,000: 5.3 s, 5.0 s). Meanwhile the uuids written are known by
    their hashes; a hash met again (a repeat, or two uuids sharing a hash) builds the index there
    and then, and from that batch on the journal is asked, as when it held entries already. The
    drop is part of the caller's transaction: a failed or stopped insert gets the index back
    with the rollback.
    """

    def __init__(self, empty_journal: bool) -> None:
        self._index_sql = _suspend("index", _UUID_INDEX) if empty_journal else None
        self._hashes = SeenHashes() if self._index_sql is not None else None

    def pick(self, batch: list[Entry]) -> list[Entry]:
        if self._hashes is not None:
            if not any(map(self._hashes.add, [entry.uuid for entry in batch])):
                return batch
            self.restore_index()
        return _new_in(batch)

    def restore_index(self) -> None:
        """Build the uuid index again, if it was dropped."""
        if self._index_sql is not None:
            journal_db.execute_sql(self._index_sql)
            self._index_sql, self._hashes = None, None


def insert_entries_bulk(
    entries: Iterable[Entry],
    *,
    create_themes: bool = True,
    skip_existing: bool = False,
    batch_size: int = BULK_BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    validated: bool = False,
) -> BulkResult:
    """Insert new entries in one transaction, keeping their own timestamps; all or nothing.

    `entries` is consumed in batches, so an importer can stream a large file through it. Each
    entry is validated first; the first invalid one raises InvalidValue (naming its position)
    and nothing is stored. With `skip_existing`, entries whose uuid is already in the journal
    (or earlier in `entries`) are counted as skipped instead of failing on the unique uuid.
    `progress` hears how many entries were read so far; when `should_stop` answers True the
    insert raises InsertStopped and the transaction is rolled back. `validated` says the
    entries have passed `validate_entry` already (an import plan's have), so it is not run twice.
    """
    # Python's cycle collector would otherwise walk the import's young objects every few hundred
    # rows (5 % of an import's time): entries and rows make no cycles, and any it leaves are
    # collected when it is turned back on.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _insert(entries, create_themes, skip_existing, batch_size, progress, should_stop, validated)
    finally:
        if collecting:
            gc.enable()


def _insert(
    entries: Iterable[Entry],
    create_themes: bool,
    skip_existing: bool,
    batch_size: int,
    progress: Callable[[int], None] | None,
    should_stop: Callable[[], bool] | None,
    validated: bool,
) -> BulkResult:
    result = BulkResult()
    links = _LinkIds(create_themes, result)
    theme_sql = _insert_sql(
        EntryTheme,
        [EntryTheme.entry.column_name, EntryTheme.theme.column_name, "position"],
    )
    person_sql = _insert_sql(
        EntryPerson,
        [EntryPerson.entry.column_name, EntryPerson.person.column_name, "position"],
    )
    position = 0
    with journal_db.atomic():
        # Ids are given, not left to SQLite, so the link rows can be written without reading
        # them back; the write lock held since the transaction began keeps them ours.
        (last_id,) = journal_db.execute_sql('SELECT COALESCE(MAX(id), 0) FROM "entry"').fetchone()
        first_id = last_id + 1
        trigger = _suspend("trigger", _INDEX_TRIGGER)
        new_entries = _NewEntries(empty_journal=skip_existing and last_id == 0)
        # The links' order indexes of an empty journal are built once at the end too: sorting
        # a million links after took half the time of adding them one by one.
        later = [_suspend("index", name) for name in _LINK_ORDER_INDEXES] if last_id == 0 else []
        cursor = journal_db.cursor()
        for batch in _batches(entries, batch_size):
            for entry in batch:
                position += 1
                if validated:
                    continue
                try:
                    validate_entry(entry)
                except InvalidEntry as error:
                    raise InvalidValue(f"entry {position} ({entry.title!r}): {error}") from None
            if progress is not None:
                progress(position)
            if should_stop is not None and should_stop():
                raise InsertStopped("stopped; nothing was changed")
            if skip_existing:
                before = len(batch)
                batch = new_entries.pick(batch)
                result.skipped += before - len(batch)
            if not batch:
                continue
            links.load(batch)
            entry_rows: list[tuple] = []
            theme_rows: list[tuple[int, int, int]] = []
            person_rows: list[tuple[int, int, int]] = []
            theme_id, person_id = links.themes.__getitem__, links.people.__getitem__
            for entry in batch:
                last_id += 1
                entry_rows.append((last_id, *_row_cells(row_values(entry))))
                # (entry id, link id, position) built by zip and map rather than a generator:
                # an entry with nine themes and five people made 14 tuples in Python's loop.
                theme_rows.extend(zip(repeat(last_id), map(theme_id, entry.themes), count()))
                person_rows.extend(zip(repeat(last_id), map(person_id, entry.people), count()))
            _insert_entry_rows(cursor, entry_rows)
            if theme_rows:
                cursor.executemany(theme_sql, theme_rows)
            if person_rows:
                cursor.executemany(person_sql, person_rows)
            result.inserted += len(batch)
        new_entries.restore_index()
        for sql in later:
            if sql is not None:
                journal_db.execute_sql(sql)
        if trigger is not None:
            _index_from(first_id, last_id - first_id + 1)
            journal_db.execute_sql(trigger)
    return result


# The trigger that indexes each new entry for full-text search, and the unique index of uuids
# (migration 0001).
_INDEX_TRIGGER = "entry_fts_insert"
_UUID_INDEX = "entry_uuid"
_LINK_ORDER_INDEXES = ("entry_theme_in_order", "entry_person_in_order")  # migration 0007


def _suspend(kind: str, name: str) -> str | None:
    """Drop the trigger or index `name` for this transaction; return the SQL that recreates it.

    Indexing row by row from the trigger took twice as long as inserting everything else;
    indexing all new rows in one statement afterwards takes a quarter of that (the uuid index:
    see `_NewEntries`). The drop is part of the caller's transaction, so a failed insert brings
    it back with the rollback.
    """
    row = journal_db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = ? AND name = ?", (kind, name)
    ).fetchone()
    if row is None:
        return None
    journal_db.execute_sql(f'DROP {kind.upper()} "{name}"')
    return str(row[0])


# FTS5 writes its index out each time the words it holds in memory pass this size (1 MiB by
# default). For a bulk insert a larger one means fewer, larger pieces to merge afterwards:
# indexing 100,000 entries took 2.6 s with the default and 1.5 s with 16 MiB. It is set for the
# one statement and put back, so that saving one entry keeps the default's small footprint.
_BULK_INDEX_MEMORY = 16 * 1024 * 1024
_DEFAULT_INDEX_MEMORY = 1024 * 1024
# Past this many new entries, 64 MiB: a million entries' index then comes in half as many
# pieces, with less merging (indexing them 27 s → 22 s). Smaller imports keep 16 MiB, so the
# memory of the usual import stays where it was; the largest holds 48 MiB more, never more.
_LARGE_IMPORT = 200_000
_LARGE_INDEX_MEMORY = 64 * 1024 * 1024
# Nor does FTS5 merge the pieces while the statement writes them (by default it merges four
# pieces of a level into one as soon as there are four): a million entries' index comes in ten
# pieces, and indexing them took 17.6-17.9 s with the merging, 13.5-14.1 s without. The merging
# is left to the saves that follow, which carry on with it a few pages at a time under FTS5's
# default, put back after the statement; searching ten pieces took as long as four (0.3-30 ms a
# query at a million entries). FTS5 still merges at once a level that reaches sixteen pieces.
_DEFAULT_AUTOMERGE = 4


def _index_from(first_id: int, count: int) -> None:
    """Index the `count` entries from `first_id` on, as the trigger would have, in one statement."""
    table = EntryIndex._meta.table_name
    columns = ", ".join(
        f'"{f.column_name}"' for f in EntryIndex._meta.sorted_fields if isinstance(f, SearchField)
    )
    setting = f'INSERT INTO "{table}" ("{table}", rank) VALUES (?, ?)'
    memory = _LARGE_INDEX_MEMORY if count > _LARGE_IMPORT else _BULK_INDEX_MEMORY
    journal_db.execute_sql(setting, ("hashsize", memory))
    journal_db.execute_sql(setting, ("automerge", 0))
    source = EntryRow._meta.table_name
    journal_db.execute_sql(
        f'INSERT INTO "{table}" (rowid, {columns}) SELECT id, {columns} FROM "{source}" WHERE id >= ?',
        (first_id,),
    )
    journal_db.execute_sql(setting, ("hashsize", _DEFAULT_INDEX_MEMORY))
    journal_db.execute_sql(setting, ("automerge", _DEFAULT_AUTOMERGE))
