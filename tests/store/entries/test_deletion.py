"""Emptying the Trash removes a deleted entry's words from every byte of the journal."""

from __future__ import annotations

from pathlib import Path

from desktop.store.browse.search import search_entries
from desktop.store.entries.entry_table import empty_trash, save_entry, trash_entry
from desktop.store.journal.models import journal_db
from desktop.store.journal.opening import open_journal
from tests.factories import make_entry
from tests.store.helpers import all_bytes

TITLE_CANARY = "Zanzibarquux"
BODY_CANARY = "Quetzalpinwheel"


def _canaries_in(data: bytes) -> list[str]:
    lowered = data.lower()  # the full-text index keeps words folded to lower case
    return [w for w in (TITLE_CANARY, BODY_CANARY) if w.lower().encode() in lowered]


def test_emptied_trash_leaves_no_trace_in_the_file_or_wal(journal_path: Path) -> None:
    with open_journal(journal_path, daily_backup=False):
        for n in range(50):
            save_entry(make_entry(title=f"ordinary day {n}", body="walked by the river " * 20))
        secret = make_entry(title=f"About {TITLE_CANARY}", body=f"I told {BODY_CANARY} everything")
        save_entry(secret)
        journal_db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        # The test can fail: the words are really there, in the table and in the index.
        assert _canaries_in(all_bytes(journal_path)) == [TITLE_CANARY, BODY_CANARY]
        assert len(search_entries(BODY_CANARY)) == 1

        trash_entry(secret.uuid)
        assert empty_trash() == 1
        assert search_entries(BODY_CANARY) == []
        assert _canaries_in(all_bytes(journal_path)) == []  # the -wal holds none of it either
        assert len(search_entries("river")) == 50  # the rest of the index is intact
    assert _canaries_in(all_bytes(journal_path)) == []


def test_emptying_a_big_trash_reports_each_batch_and_finishes_last(journal_path: Path) -> None:
    from desktop.store.entries.entry_table import BATCH_SIZE, count_entries, save_entries

    entries = [make_entry(title=f"gone {n}") for n in range(2 * BATCH_SIZE + 7)]
    heard: list[tuple[int, int]] = []
    with open_journal(journal_path, daily_backup=False):
        save_entries([*entries, make_entry(title="kept")])
        for entry in entries:
            trash_entry(entry.uuid)
        assert empty_trash(progress=lambda done, total: heard.append((done, total))) == len(entries)
        assert count_entries() == 1
    total = len(entries)
    assert heard == [(0, total), (BATCH_SIZE, total), (2 * BATCH_SIZE, total), (total, total)]


def test_emptying_an_empty_trash_reports_nothing_to_do(journal_path: Path) -> None:
    heard: list[tuple[int, int]] = []
    with open_journal(journal_path, daily_backup=False):
        assert empty_trash(progress=lambda done, total: heard.append((done, total))) == 0
    assert heard == [(0, 0)]
