"""The export's fast path writes exactly the file the entry-by-entry path writes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

from desktop.domain.filters import EntryFilter
from desktop.io.formats.csv_export import write_csv, write_csv_joined_rows
from desktop.io.formats.records import LIST_SEPARATOR
from desktop.store.entries.entry_table import iter_entries, trash_entry
from desktop.store.transfer.bulk import insert_entries_bulk
from desktop.store.transfer.export_rows import iter_joined_export_rows
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
        assert write_csv_joined_rows(iter_joined_export_rows(flt, LIST_SEPARATOR), fast) == count
        assert fast.read_bytes() == slow.read_bytes()
    assert count == 19
