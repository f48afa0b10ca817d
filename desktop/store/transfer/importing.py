"""Writing imported entries: one transaction for the whole import, inserts in batches.

An entry whose uuid the journal already holds (live or in the Trash) is left as it is, so
importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass, field
from itertools import islice

import peewee

from desktop.domain.entry import Entry, InvalidEntry, Relation, clean_person_name, validate_entry
from desktop.domain.theme_catalogue import BUILTIN_BY_SLUG, CUSTOM_THEME_COLOUR, ThemeSpec, display_name
from desktop.store.journal.errors import InvalidValue
from desktop.store.journal.models import Person, Theme, journal_db
from desktop.store.transfer.bulk import InsertStopped, insert_entries_bulk

IMPORT_BATCH = 500
_LOOKUP_CHUNK = 900  # keeps each IN (...) well below SQLite's bound-parameter limit


class ImportStopped(Exception):
    """The `cancelled` callback asked to stop: the whole import is rolled back."""


@dataclass
class ImportResult:
    added: int = 0
    already_present: int = 0
    created_themes: list[str] = field(default_factory=list)
    created_people: list[str] = field(default_factory=list)


def _batches(entries: Iterable[Entry], size: int) -> Iterator[list[Entry]]:
    it = iter(entries)
    while batch := list(islice(it, size)):
        yield batch


def existing_uuids(uuids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    cursor = journal_db.cursor()
    for start in range(0, len(uuids), _LOOKUP_CHUNK):
        chunk = list(uuids[start : start + _LOOKUP_CHUNK])
        marks = ",".join("?" * len(chunk))
        cursor.execute(f"SELECT uuid FROM entry WHERE uuid IN ({marks})", chunk)
        found.update(u for (u,) in cursor.fetchall())
    return found


class _Linker:
    """Ids of themes and people, creating missing ones as the import meets them."""

    def __init__(self, result: ImportResult, dry_run: bool) -> None:
        self.result, self.dry_run = result, dry_run
        rows = journal_db.execute_sql("SELECT slug, id FROM theme").fetchall()
        self.theme_ids: dict[str, int] = {slug: theme_id for slug, theme_id in rows}
        self.person_ids: dict[str, int] = {}
        self.used_slugs: set[str] = set()  # themes the counted entries carry (dry runs)

    def theme(self, slug: str) -> int:
        self.used_slugs.add(slug)
        if slug not in self.theme_ids:
            self.result.created_themes.append(slug)
            self.theme_ids[slug] = (
                -1
                if self.dry_run
                else Theme.insert(slug=slug, name=display_name(slug), colour=CUSTOM_THEME_COLOUR).execute()
            )
        return self.theme_ids[slug]

    def person(self, name: str, relation: Relation | None = None) -> int:
        key = name.casefold()
        if key not in self.person_ids:
            row = Person.get_or_none(Person.name == name)
            if row is not None:
                upgrade = relation is not None and relation is not Relation.OTHER
                if upgrade and row.relation == Relation.OTHER and not self.dry_run:
                    assert relation is not None
                    Person.update(relation=relation.value).where(Person.id == row.id).execute()
                self.person_ids[key] = row.id
            else:
                self.result.created_people.append(name)
                values = {"name": name, "relation": (relation or Relation.OTHER).value}
                self.person_ids[key] = -1 if self.dry_run else Person.insert(**values).execute()
        return self.person_ids[key]


def _apply_themes(themes: Sequence[ThemeSpec], archived: Collection[str], linker: _Linker) -> None:
    """Create the file's themes the journal lacks; a built-in still as shipped takes the file's look."""
    for spec in themes:
        values = {
            "name": spec.name,
            "pillar": spec.pillar.value if spec.pillar else None,
            "description": spec.description,
            "colour": spec.colour,
            "archived": spec.slug in archived,
        }
        row = Theme.get_or_none(Theme.slug == spec.slug)
        if row is None:
            linker.result.created_themes.append(spec.slug)
            linker.theme_ids[spec.slug] = (
                -1 if linker.dry_run else Theme.insert(slug=spec.slug, **values).execute()
            )
            continue
        shipped = BUILTIN_BY_SLUG.get(spec.slug)
        untouched = shipped is not None and (row.name, row.description, row.colour, row.archived) == (
            shipped.name,
            shipped.description,
            shipped.colour,
            False,
        )
        if untouched and not linker.dry_run:
            del values["pillar"]  # a built-in keeps its pillar
            Theme.update(**values).where(Theme.id == row.id).execute()


@contextmanager
def _rollback_journal_if_alone() -> Iterator[None]:
    """Write the block's transaction through SQLite's rollback journal instead of the
    write-ahead log, if no other connection has the journal open; back to the log after.

    The log keeps a copy of every page a transaction writes, to be copied into the file again
    afterwards, and finds each page it holds by searching its index, which grows with the
    transaction: an import is as large as a transaction gets (importing a million entries
    spent a third of its time there, 80 s against 68 s this way). Pages the import adds beyond
    the file's end need no copy in a rollback journal; a crash still leaves the journal as it
    was (SQLite rolls the file back at the next opening). With another connection open the
    switch is refused at once, and the import goes through the log as before.
    """
    try:
        switched = journal_db.execute_sql("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    except peewee.OperationalError:
        switched = False  # another connection (the window's, another program's) has it open
    try:
        yield
    finally:
        if switched:  # if refused, opening a journal always puts it back in the write-ahead log
            with suppress(peewee.OperationalError):
                journal_db.execute_sql("PRAGMA journal_mode = WAL")


def apply_import(
    entries: Iterable[Entry],
    *,
    themes: Sequence[ThemeSpec] = (),
    archived_themes: Collection[str] = (),
    people: Sequence[tuple[str, Relation]] = (),
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    keep_unused_themes: bool = False,
    validated: bool = False,
) -> ImportResult:
    """Add every entry whose uuid is new, in one transaction: all of them, or (on any error) none.

    With `dry_run`, only counts what would happen. Entries keep their own timestamps. Themes the
    file names are created only if an added entry carries them, unless `keep_unused_themes`
    (this app's JSON, which holds the journal's themes themselves). `validated`: the entries
    come from an import plan, whose readers have validated each one already.
    """
    result = ImportResult()
    # A dry run only reads: a deferred transaction takes no write lock, so the window can keep
    # saving while a preview counts, and a read-only journal can be counted against.
    with (
        nullcontext() if dry_run else _rollback_journal_if_alone(),
        journal_db.atomic(lock_type="DEFERRED" if dry_run else None),
    ):
        linker = _Linker(result, dry_run)
        _apply_themes(themes, archived_themes, linker)
        for name, relation in people:
            linker.person(clean_person_name(name), relation)
        from_file = list(result.created_themes)
        if dry_run:
            _count_only(entries, linker, progress, cancelled)
            if not keep_unused_themes:
                unused = [s for s in from_file if s not in linker.used_slugs]
                result.created_themes = [s for s in result.created_themes if s not in unused]
            return result
        try:
            done = insert_entries_bulk(
                entries, skip_existing=True, progress=progress, should_stop=cancelled, validated=validated
            )
        except InsertStopped:
            raise ImportStopped("the import was cancelled; nothing was changed") from None
        if not keep_unused_themes and from_file:
            dropped = _drop_unused_themes(from_file)
            result.created_themes = [s for s in result.created_themes if s not in dropped]
    result.added, result.already_present = done.inserted, done.skipped
    result.created_themes.extend(s for s in done.created_themes if s not in result.created_themes)
    return result


def _drop_unused_themes(slugs: list[str]) -> set[str]:
    """Delete the themes of `slugs` that no entry carries (made for entries already present)."""
    unused = {
        slug
        for (slug,) in journal_db.execute_sql(
            "SELECT slug FROM theme WHERE slug IN (SELECT value FROM json_each(?)) "
            "AND NOT EXISTS (SELECT 1 FROM entry_theme WHERE entry_theme.theme_id = theme.id)",
            (json.dumps(slugs),),
        ).fetchall()
    }
    if unused:
        Theme.delete().where(Theme.slug.in_(sorted(unused))).execute()
    return unused


def _count_only(
    entries: Iterable[Entry],
    linker: _Linker,
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    """A dry run: check every entry and count what an import would add, writing nothing."""
    result = linker.result
    seen: set[str] = set()
    done = 0
    for batch in _batches(entries, IMPORT_BATCH):
        present = existing_uuids([e.uuid for e in batch])
        new: list[Entry] = []
        for entry in batch:
            if entry.uuid in present or entry.uuid in seen:
                continue
            try:
                validate_entry(entry)
            except InvalidEntry as error:
                raise InvalidValue(f"entry {entry.uuid}: {error}") from None
            seen.add(entry.uuid)
            new.append(entry)
        result.already_present += len(batch) - len(new)
        for entry in new:
            for slug in entry.themes:
                linker.theme(slug)
            for name in entry.people:
                linker.person(clean_person_name(name))
        result.added += len(new)
        done += len(batch)
        if progress is not None:
            progress(done)
        if cancelled is not None and cancelled():
            raise ImportStopped("the check was cancelled")
