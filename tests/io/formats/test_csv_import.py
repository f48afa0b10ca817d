"""Importing the app's CSV: strict checks, every bad row named, all or nothing, never twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.io.formats.csv_export import write_csv
from desktop.io.formats.csv_import import plan_csv, streaming_plan_csv
from desktop.io.formats.records import CSV_COLUMNS
from desktop.io.importers.plan import ImportFailed
from desktop.store.entries.entry_table import iter_entries, save_entries
from desktop.store.transfer.importing import apply_import
from tests.factories import make_entry
from tests.io.helpers import all_entries

HEADER = ",".join(CSV_COLUMNS)
GOOD = (
    "6f1c0d0e-8a0b-4c1e-9a55-0a4b7e7f1a01,2026-03-01,21:15,+01:00,A talk,We talked.,"
    "trust;quality-time,Sam,4,7,3,4,true,2026-03-01T21:20:00+01:00,2026-03-02T08:00:00+01:00"
)


def _write(tmp_path: Path, *rows: str, name: str = "in.csv", bom: bool = True) -> Path:
    path = tmp_path / name
    path.write_bytes(("\ufeff" if bom else "").encode() + "\r\n".join((HEADER, *rows)).encode() + b"\r\n")
    return path


def test_a_good_row_imports_with_every_field(journal, tmp_path: Path) -> None:
    plan = plan_csv(_write(tmp_path, GOOD))
    assert plan.ok and plan.count == 1
    result = apply_import(plan.entries())
    assert (result.added, result.already_present) == (1, 0)
    [entry] = all_entries()
    assert entry.uuid == "6f1c0d0e-8a0b-4c1e-9a55-0a4b7e7f1a01"
    assert (str(entry.date), str(entry.time), entry.title, entry.body) == (
        "2026-03-01",
        "21:15:00",
        "A talk",
        "We talked.",
    )
    assert entry.themes == ["trust", "quality-time"] and entry.people == ["Sam"]
    assert (entry.independence, entry.interdependence, entry.mood, entry.starred) == (4, 7, 4, True)
    assert entry.created_at.isoformat() == "2026-03-01T21:20:00+01:00"


def test_importing_the_same_file_again_adds_nothing(journal, tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD)
    apply_import(plan_csv(path).entries())
    again = apply_import(plan_csv(path).entries())
    assert (again.added, again.already_present) == (0, 1)
    assert len(all_entries()) == 1


def test_a_row_without_uuid_gets_the_same_uuid_every_time(journal, tmp_path: Path) -> None:
    row = "," + GOOD.split(",", 1)[1]
    path = _write(tmp_path, row)
    first = plan_csv(path).preview[0].uuid
    assert plan_csv(path).preview[0].uuid == first
    apply_import(plan_csv(path).entries())
    assert apply_import(plan_csv(path).entries()).added == 0


def test_a_file_without_byte_order_mark_and_with_lf_rows_reads_too(journal, tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text(HEADER + "\n" + GOOD + "\n", encoding="utf-8")
    assert plan_csv(path).count == 1


@pytest.mark.parametrize(
    ("cells", "reason"),
    [
        ({"date": "2026-02-30"}, "date '2026-02-30' is not a real date"),
        ({"time": "9:15"}, "time '9:15' is not a time of the form HH:MM"),
        ({"utc_offset": "+25:00"}, "UTC offset '+25:00' is out of range"),
        ({"independence": "11"}, "independence must be from 0 to 10, not 11"),
        ({"interdependence": "-1"}, "interdependence must be from 0 to 10, not -1"),
        ({"mood": "6"}, "mood must be a whole number from 1 to 5"),
        ({"mood": "four"}, "mood 'four' is not a whole number"),
        ({"starred": "yes"}, "starred 'yes' must be true or false"),
        ({"themes": "Quality Time"}, "'Quality Time' is not a theme slug"),
        ({"uuid": "not-a-uuid"}, "uuid 'not-a-uuid' is not a UUID"),
        # A real UUID, spelled other than as the app writes it, is still named (not taken as is).
        (
            {"uuid": "6F1C0D0E-8A0B-4C1E-9A55-0A4B7E7F1A02"},
            "is not in the form 6f1c0d0e-8a0b-4c1e-9a55-0a4b7e7f1a02",
        ),
        (
            {"uuid": "{6f1c0d0e-8a0b-4c1e-9a55-0a4b7e7f1a02}"},
            "is not in the form 6f1c0d0e-8a0b-4c1e-9a55-0a4b7e7f1a02",
        ),
        ({"uuid": "6f1c0d0e-8a0b-4c1e-9a55-0a4b7e7f1a0g"}, "is not a UUID"),
        ({"created_at": "yesterday"}, "'yesterday' is not an ISO 8601 date and time"),
        ({"people": "Sam;sam"}, "a person is listed twice"),
    ],
)
def test_each_bad_value_is_named_with_its_row(tmp_path: Path, cells: dict[str, str], reason: str) -> None:
    values = dict(zip(CSV_COLUMNS, GOOD.split(","), strict=True))
    values.update(cells)
    values["uuid"] = values["uuid"] if "uuid" in cells else "6f1c0d0e-8a0b-4c1e-9a55-0a4b7e7f1a02"
    plan = plan_csv(_write(tmp_path, GOOD, ",".join(values.values())))
    assert plan.count == 1
    [rejected] = plan.rejected
    assert rejected.row == 3
    assert reason in rejected.reason
    with pytest.raises(ImportFailed, match="row 3"):
        list(plan.entries())


def test_every_bad_row_is_listed(tmp_path: Path) -> None:
    bad_mood = GOOD.replace(",4,true,", ",9,true,")
    plan = plan_csv(_write(tmp_path, bad_mood, GOOD, "short,row", bad_mood.replace("a01", "a03")))
    assert [r.row for r in plan.rejected] == [2, 4, 5]
    message = plan.failure_message()
    assert "\n" not in message
    assert message.startswith("in.csv: 3 rows cannot be imported, so nothing was: rows 2, 5: mood ")
    assert message.endswith("; row 4: 2 cells where the header has 15")


def test_duplicate_uuids_in_the_file_are_rejected(tmp_path: Path) -> None:
    plan = plan_csv(_write(tmp_path, GOOD, GOOD))
    assert [str(r) for r in plan.rejected] == [
        "row 3: uuid 6f1c0d0e-8a0b-4c1e-9a55-0a4b7e7f1a01 is also in row 2"
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        ("\ufeff".encode(), "is empty"),
        (HEADER.replace(",mood", "").encode() + b"\r\n", "the header lacks mood"),
        (HEADER.encode() + b",extra\r\n", "unknown columns in the header: extra"),
        (
            HEADER.encode() + b"\r\n" + GOOD.replace("We talked.", '"We talk').encode(),
            "a quoted cell is never closed",
        ),
        (HEADER.encode() + b"\r\n" + GOOD.replace("A talk", "Caf\xe9").encode("latin-1"), "is not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "is not UTF-8"),
        (HEADER.encode() + b"\r\n" + b"\x00" * 64, "row 2: 1 cells where the header has 15"),
    ],
    ids=["empty", "only-bom", "missing-column", "unknown-column", "truncated", "latin-1", "binary", "nul"],
)
def test_a_bad_file_fails_with_one_clear_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as caught:
        plan = plan_csv(path)
        list(plan.entries())
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_streamed_import_with_a_bad_row_rolls_back_everything(journal, tmp_path: Path) -> None:
    save_entries([make_entry(title="already here")])
    before = all_entries()
    rows = [GOOD.replace("a01", f"{n:03x}") for n in range(1, 1200)]
    rows.insert(1100, GOOD.replace("a01", "fff").replace("2026-03-01,", "2026-13-01,", 1))
    plan = streaming_plan_csv(_write(tmp_path, *rows))
    with pytest.raises(ImportFailed, match="row 1102: date '2026-13-01'"):
        apply_import(plan.entries())
    assert all_entries() == before


def test_export_is_streamed_and_reimport_matches(journal, tmp_path: Path) -> None:
    save_entries([make_entry(title=f"entry {n}", body="x" * n) for n in range(50)])
    target = tmp_path / "out.csv"
    assert write_csv(iter_entries(), target) == 50
    assert plan_csv(target).count == 50


def test_bad_entries_are_counted_as_entries() -> None:
    from desktop.io.importers.plan import ImportPlan, Rejected

    plan = ImportPlan(Path("x.json"), "dayone")
    plan.rejected = [Rejected(1, "no date", "entry"), Rejected(2, "no date", "entry")]
    assert (
        plan.failure_message()
        == "x.json: 2 entries cannot be imported, so nothing was: entries 1, 2: no date"
    )
