"""The export's fast path writes exactly the file the entry-by-entry path writes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.io.formats.csv_export import write_csv, write_csv_batches
from desktop.io.formats.records import LIST_SEPARATOR
from desktop.store.entries.entry_table import iter_entries, trash_entry
from desktop.store.transfer.bulk import insert_entries_bulk
from desktop.store.transfer.export_rows import count_exported, export_span_start, iter_export_batches
from tests.factories import make_entry

AWKWARD = ["=SUM(A1)", '"quoted", with comma', "line\nbreak\r\nand CR", "'tick", "-1", "plain", ""]


def _journal_with_awkward_entries() -> None:
    entries = [
        make_entry(
            title=AWKWARD[i % len(AWKWARD)],
            body=AWKWARD[(i + 3) % len(AWKWARD)] + " ünïcödé ✓ " * (i % 2),
            date=date(2024, 2, 1) + timedelta(days=i),
            time=time(i % 24, (7 * i) % 60),
            utc_offset=timedelta(hours=(i % 5) - 2, minutes=30 * (i % 2)),
            themes=[["trust"], ["self-care", "codependency"], []][i % 3],
            people=[["Alex"], [], ["Sam", "Noor, Jr."]][i % 3],
            independence=None if i % 4 == 0 else i % 11,
            interdependence=None if i % 5 == 0 else (2 * i) % 11,
            mood=None if i % 3 else 1 + i % 5,
            starred=i % 7 == 0,
            created_at=datetime(2024, 1, 1, 8, 0, 5, tzinfo=timezone(timedelta(hours=-5))),
            updated_at=datetime(2024, 3, 1, 9, 30, tzinfo=UTC) + timedelta(hours=i),
        )
        for i in range(60)
    ]
    insert_entries_bulk(entries)
    trash_entry(entries[10].uuid)


def test_both_paths_write_the_same_bytes(journal: object, tmp_path: Path) -> None:
    _journal_with_awkward_entries()
    for flt in (EntryFilter(), EntryFilter(themes=("trust",)), EntryFilter(date_to=date(2024, 2, 20))):
        slow, fast = tmp_path / "slow.csv", tmp_path / "fast.csv"
        count = write_csv(iter_entries(flt), slow)
        assert write_csv_batches(iter_export_batches(flt, LIST_SEPARATOR), fast) == count
        assert fast.read_bytes() == slow.read_bytes()
    assert count == 19


def test_spans_joined_are_the_whole_export(journal: object) -> None:
    _journal_with_awkward_entries()
    whole = [row for batch in iter_export_batches() for row in batch]
    for skip in (0, 1, 29, 58, 59):
        middle = export_span_start(ALL_LIVE, skip)
        first = [row for batch in iter_export_batches(stop=middle) for row in batch]
        second = [row for batch in iter_export_batches(start=middle) for row in batch] if middle else []
        assert first + second == whole
        assert len(first) == skip
    assert count_exported() == len(whole) == 59


def test_a_uuid_that_would_break_a_row_is_quoted(journal: object, tmp_path: Path) -> None:
    insert_entries_bulk([make_entry(title="plain"), make_entry(title="odd", uuid='odd,"id"')])
    slow, fast = tmp_path / "slow.csv", tmp_path / "fast.csv"
    write_csv(iter_entries(), slow)
    write_csv_batches(iter_export_batches(), fast)
    assert fast.read_bytes() == slow.read_bytes()
    assert b'"odd,""id"""' in fast.read_bytes()
