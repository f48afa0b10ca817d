"""The bulk insert: many entries in one transaction, read back exactly, all or nothing."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from desktop.domain.filters import EntryFilter
from desktop.store.browse.search import search_entries
from desktop.store.entries.entry_table import (
    count_entries,
    get_entry,
    iter_entries,
    save_entry,
)
from desktop.store.entries.theme_table import unknown_slugs
from desktop.store.journal.errors import InvalidValue
from desktop.store.transfer.bulk import insert_entries_bulk
from tests.factories import make_entry

STAMP = datetime(2026, 3, 14, 21, 0, tzinfo=timezone(timedelta(hours=1)))


def _entries(n: int) -> list:
    return [
        make_entry(
            title=f"Evening {i}",
            body=f"walked with someone, word{i}",
            date=date(2026, 1, 1) + timedelta(days=i % 60),
            themes=["trust", "self-care"][: 1 + i % 2],
            people=["Alex", "Sam"][: i % 3],
            independence=i % 11,
            interdependence=(i * 7) % 11 if i % 4 else None,
            created_at=STAMP,
            updated_at=STAMP,
        )
        for i in range(n)
    ]


def _key(entry):  # type: ignore[no-untyped-def]
    return entry.uuid


def test_entries_read_back_exactly_with_links_and_search(journal: object) -> None:
    written = _entries(250)
    result = insert_entries_bulk(written, batch_size=64)
    assert result.inserted == 250
    assert sorted(iter_entries(), key=_key) == sorted(written, key=_key)
    assert count_entries(EntryFilter(themes=("self-care",))) == 125
    assert count_entries(EntryFilter(people=("sam",))) == 83
    assert [e.title for e in search_entries("word17")] == ["Evening 17"]
    assert len(search_entries("walked")) == 250


def _later_saves_are_still_searchable() -> None:
    later = make_entry(title="Harbour", body="a later entry, saved one by one")
    save_entry(later)
    assert [e.uuid for e in search_entries("harbour")] == [later.uuid]


def test_entries_saved_after_a_bulk_insert_are_indexed_as_ever(journal: object) -> None:
    insert_entries_bulk(_entries(20))
    insert_entries_bulk(_entries(5))  # a second bulk insert indexes only its own entries
    assert len(search_entries("walked")) == 25
    _later_saves_are_still_searchable()


def test_an_invalid_entry_stores_nothing_and_names_its_position(journal: object) -> None:
    batch = _entries(30)
    batch[25].independence = 11
    batch[3].themes = ["brand-new-theme"]
    with pytest.raises(InvalidValue, match="entry 26"):
        insert_entries_bulk(batch, batch_size=10)
    assert count_entries() == 0
    assert search_entries("walked") == []
    assert unknown_slugs(["brand-new-theme"]) == ["brand-new-theme"]
    _later_saves_are_still_searchable()


def test_a_uuid_already_stored_fails_the_whole_insert(journal: object) -> None:
    first = _entries(5)
    insert_entries_bulk(first)
    again = _entries(5)
    again[4].uuid = first[0].uuid
    with pytest.raises(Exception, match="UNIQUE"):
        insert_entries_bulk(again)
    assert count_entries() == 5


def test_skip_existing_adds_nothing_the_second_time(journal: object) -> None:
    batch = _entries(40)
    insert_entries_bulk(batch[:25])
    result = insert_entries_bulk(batch + batch[:3], skip_existing=True, batch_size=16)
    assert (result.inserted, result.skipped) == (15, 28)
    assert count_entries() == 40
    assert get_entry(batch[39].uuid).people == batch[39].people


def test_a_file_that_repeats_its_own_entries_adds_each_once(journal: object) -> None:
    new = _entries(10)
    # Repeated in a later batch, and twice within one batch.
    result = insert_entries_bulk([*new, new[9], *new[:3]], skip_existing=True, batch_size=4)
    assert (result.inserted, result.skipped) == (10, 4)
    assert count_entries() == 10


def test_unknown_themes_are_created_once_and_reported(journal: object) -> None:
    batch = _entries(10)
    for entry in batch:
        entry.themes = ["garden-days", "trust"]
    result = insert_entries_bulk(batch, batch_size=3)
    assert result.created_themes == ["garden-days"]
    assert count_entries(EntryFilter(themes=("garden-days",))) == 10


def _index_setting(name: str) -> object:
    from desktop.store.journal.models import journal_db

    row = journal_db.execute_sql("SELECT v FROM entry_fts_config WHERE k = ?", (name,)).fetchone()
    return None if row is None else row[0]


def _index_pieces() -> int:
    # FTS5 numbers each piece (segment) of its index in the high bits of its pages' row ids.
    from desktop.store.journal.models import journal_db

    sql = "SELECT count(DISTINCT id >> 37) FROM entry_fts_data WHERE id >> 37 > 0"
    return int(journal_db.execute_sql(sql).fetchone()[0])


def test_a_bulk_insert_leaves_a_sound_index_and_its_default_settings(
    journal: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.store.journal.models import journal_db
    from desktop.store.transfer import bulk

    # A small buffer, so that 3,000 entries' index comes in many pieces, as a million's does.
    monkeypatch.setattr(bulk, "_BULK_INDEX_MEMORY", 64 * 1024)
    entries = [make_entry(title=f"day {n}", body=f"walked with the dog {n} " * 30) for n in range(3000)]
    insert_entries_bulk(entries)
    assert _index_pieces() > 4  # written without merging them on the way
    # FTS5's own check: every indexed word agrees with the entries' text.
    journal_db.execute_sql("INSERT INTO entry_fts(entry_fts, rank) VALUES ('integrity-check', 1)")
    # Neither the bulk insert's larger buffer nor its merging left off is kept for later saves.
    assert _index_setting("hashsize") in (None, 1024 * 1024)
    assert _index_setting("automerge") in (None, 4)
    assert len(search_entries("dog 2999")) == 1 and count_entries(EntryFilter(text="walked")) == 3000
    _later_saves_are_still_searchable()


def test_every_entry_column_defaults_to_null(journal: object) -> None:
    # A bulk insert leaves empty values out of its statements and lets the column's default
    # stand in for them: that is right only while every default is NULL.
    from desktop.store.journal.models import journal_db

    columns = journal_db.execute_sql('PRAGMA table_xinfo("entry")').fetchall()
    assert [row[1] for row in columns if row[4] is not None] == []  # (cid, name, type, notnull, default…)
    assert len(columns) > 20


def _schema() -> list[tuple]:
    from desktop.store.journal.models import journal_db

    return journal_db.execute_sql("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()


def test_moving_into_an_empty_journal_builds_its_uuid_index_at_the_end(journal: object) -> None:
    # The import drops the uuid index while it writes into an empty journal (see _NewEntries).
    before = _schema()
    batch = _entries(60)
    assert insert_entries_bulk(batch, skip_existing=True, batch_size=16).inserted == 60
    assert _schema() == before
    assert (insert_entries_bulk(batch, skip_existing=True).inserted, count_entries()) == (0, 60)
    twin = make_entry(title="Not the first")
    twin.uuid = batch[7].uuid
    with pytest.raises(Exception, match="UNIQUE"):
        insert_entries_bulk([twin])
    assert get_entry(batch[7].uuid).title == "Evening 7"


def test_a_stopped_import_into_an_empty_journal_leaves_it_as_it_was(journal: object) -> None:
    from desktop.store.transfer.bulk import InsertStopped

    before = _schema()
    asked: list[int] = []
    with pytest.raises(InsertStopped):
        insert_entries_bulk(
            _entries(50),
            skip_existing=True,
            batch_size=10,
            should_stop=lambda: bool(asked.append(1) or len(asked) > 2),
        )
    assert (count_entries(), _schema()) == (0, before)


def test_two_uuids_sharing_a_hash_are_both_imported(journal: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.domain.seen_hashes import SeenHashes
    from desktop.store.transfer import bulk

    batch = _entries(30)

    class Colliding(SeenHashes):
        def add(self, text: str) -> bool:  # the 21st uuid's hash equals an earlier one's
            return super().add(text) or text == batch[20].uuid

    monkeypatch.setattr(bulk, "SeenHashes", Colliding)
    result = insert_entries_bulk(batch, skip_existing=True, batch_size=8)
    assert (result.inserted, result.skipped, count_entries()) == (30, 0, 30)
    assert get_entry(batch[20].uuid).title == "Evening 20"
