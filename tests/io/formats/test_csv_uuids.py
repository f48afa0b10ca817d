"""FirstRows: a repeated uuid is found with its first row, however far back, and only then."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from desktop.domain import seen_hashes
from desktop.io.formats.csv_import import plan_csv, streaming_plan_csv
from desktop.io.formats.csv_uuids import FirstRows
from desktop.io.importers.plan import ImportFailed
from tests.io.formats.test_csv_import import GOOD, HEADER


@pytest.fixture(autouse=True)
def _small_arrays(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same paths as a file of a million rows takes, at a few dozen.
    monkeypatch.setattr(seen_hashes, "_PENDING", 4)


def _uuids(n: int) -> list[str]:
    return [str(uuid.UUID(int=i * 7919 + 1)) for i in range(n)]


class _File:
    """The rows given so far, answering `rows_before` as the CSV reader does; counts re-reads."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, str]] = []
        self.reads = 0

    def rows_before(self, row: int) -> dict[str, int]:
        self.reads += 1
        first: dict[str, int] = {}
        for number, value in self.rows:
            if number < row:
                first.setdefault(value, number)
        return first

    def record(self, rows: FirstRows, value: str) -> int | None:
        number = len(self.rows) + 2
        self.rows.append((number, value))
        return rows.earlier(value, number)


def test_distinct_uuids_are_all_new_without_reading_the_file_again() -> None:
    file = _File()
    rows = FirstRows(file.rows_before)
    assert [file.record(rows, u) for u in _uuids(200)] == [None] * 200
    assert file.reads == 0


def test_a_repeat_names_the_first_row_however_far_back() -> None:
    file = _File()
    rows = FirstRows(file.rows_before)
    values = _uuids(100)
    for value in values:
        file.record(rows, value)
    assert file.record(rows, values[3]) == 5  # row 5 is the fourth after the header
    assert file.record(rows, values[97]) == 99
    assert file.record(rows, values[3]) == 5  # a third time: still the first row
    assert file.record(rows, str(uuid.uuid4())) is None
    assert file.reads == 1  # the file is read again once, not per repeat


class _SameHash(str):
    __slots__ = ()

    def __hash__(self) -> int:
        return 42


def test_two_uuids_that_share_a_hash_are_not_taken_for_a_repeat() -> None:
    file = _File()
    rows = FirstRows(file.rows_before)
    first, second = (_SameHash(u) for u in _uuids(2))
    assert file.record(rows, first) is None
    assert file.record(rows, second) is None
    assert file.record(rows, _SameHash(str(second))) == 3


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "in.csv"
    path.write_text("\r\n".join([HEADER, *lines]) + "\r\n", encoding="utf-8")
    return path


def test_a_file_repeating_a_uuid_far_apart_is_refused_with_both_rows(tmp_path: Path) -> None:
    good_uuid = GOOD.split(",")[0]
    lines = [GOOD.replace(good_uuid, u) for u in _uuids(60)]
    lines.append(lines[10])
    path = _write(tmp_path, lines)
    repeated = _uuids(60)[10]
    plan = plan_csv(path)
    assert plan.count == 60
    assert [str(r) for r in plan.rejected] == [f"row 62: uuid {repeated} is also in row 12"]
    with pytest.raises(ImportFailed, match=f"row 62: uuid {repeated} is also in row 12"):
        list(streaming_plan_csv(path).entries())
