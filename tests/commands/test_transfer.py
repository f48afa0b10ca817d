"""`export` and `import` on the command line: the summary, dry runs, and the exit-code contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from tests.io.helpers import FIXTURES, snapshot


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()  # what earlier commands printed
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def add(journal: Path, *args: str) -> None:
    assert main(["--journal", str(journal), "add", *args]) == 0


def test_export_then_import_into_an_empty_journal(tmp_path: Path, capsys) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    add(first, "--title", "=cmd|' /C calc'!A0", "--body=-2\r\nline", "--theme", "trust", "--person", "Sam")
    add(first, "--title", "Quiet", "--date", "2024-02-29", "--time", "23:59", "--independence", "9")
    for fmt in ("csv", "json"):
        code, _out, err = run(capsys, "--journal", first, "export", fmt, tmp_path / f"out.{fmt}")
        assert (code, err.strip()) == (0, f"exported 2 entries to {tmp_path / f'out.{fmt}'}")
    code, out, _err = run(capsys, "--journal", second, "import", tmp_path / "out.csv")
    assert code == 0
    assert out.splitlines()[0] == "out.csv (csv): added 2 entries, 0 already in the journal"
    entries_a = snapshot(first)[:2]
    assert snapshot(second)[:2] == entries_a
    code, out, _err = run(capsys, "--journal", second, "import", tmp_path / "out.json")
    assert out.splitlines()[0] == "out.json (json): added 0 entries, 2 already in the journal"


def test_export_filters_by_date_and_theme(tmp_path: Path, capsys) -> None:
    journal = tmp_path / "j.db"
    add(journal, "--title", "old", "--date", "2020-01-01", "--theme", "trust")
    add(journal, "--title", "new", "--date", "2024-01-01", "--theme", "trust")
    add(journal, "--title", "other", "--date", "2024-01-02", "--theme", "isolation")
    target = tmp_path / "f.json"
    _code, _out, err = run(
        capsys, "--journal", journal, "export", "json", target, "--from", "2023-01-01", "--theme", "trust"
    )
    assert err == f"exported 1 entry to {target}\n"
    assert [e["title"] for e in json.loads(target.read_text(encoding="utf-8"))["entries"]] == ["new"]


def test_dry_run_reports_and_changes_nothing(tmp_path: Path, capsys) -> None:
    journal = tmp_path / "j.db"
    add(journal, "--title", "here before")
    before = snapshot(journal)
    code, out, _err = run(
        capsys, "--journal", journal, "import", FIXTURES / "daylio" / "sample.csv", "--dry-run"
    )
    assert code == 0
    lines = out.splitlines()
    assert (
        lines[0]
        == "sample.csv (daylio): would add 3 entries, 0 already in the journal (dry run: nothing was changed)"
    )
    assert lines[1].startswith("would create themes: clean, music, movies-tv")
    assert "moods you added in Daylio have no place on the 1–5 scale: 'sad' (1), 'average' (2)" in lines[2]
    assert snapshot(journal) == before
    missing = tmp_path / "none.db"
    code, out, _err = run(
        capsys, "--journal", missing, "import", FIXTURES / "dayone" / "Journal.json", "--dry-run"
    )
    assert code == 0 and not missing.exists()
    lines = out.splitlines()
    assert lines[0] == (
        "Journal.json (dayone): would add 9 entries, 0 already in the journal, 2 skipped "
        "(dry run: nothing was changed)"
    )
    assert "note: Journal.json entry 9 (2020-05-10 08:17) has no text; skipped" in lines
    assert "not kept: richText formatting of 4 entries (their Markdown text is kept)" in lines


def test_every_fixture_imports_with_the_right_count(tmp_path: Path, capsys) -> None:
    journal = tmp_path / "j.db"
    counts = {
        "dayone/Journal.json": 9,
        "dayone/sample_dayone_export.json": 2,
        "daylio/sample.csv": 3,
        "daylio/sample_multiple_moods.csv": 7,
    }
    for name, count in counts.items():
        code, out, _err = run(capsys, "--journal", journal, "import", FIXTURES / name)
        assert code == 0 and f"added {count} entries, 0 already" in out
        code, out, _err = run(capsys, "--journal", journal, "import", FIXTURES / name)
        assert f"added 0 entries, {count} already" in out


BAD_FILES = {
    "empty.csv": (b"", "empty.csv is empty"),
    "binary.csv": (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)), "binary.csv is a binary file"),
    "truncated.csv": (
        b"\xef\xbb\xbfuuid,date,time,utc_offset,title,body,themes,people,independence,"
        b"interdependence,balance,mood,starred,created_at,updated_at\r\n"
        b'6f1c0d0e-8a0b-4c1e-9a55-0a4b7e7f1a01,2026-03-01,21:15,+01:00,"A ta',
        "truncated.csv is not valid CSV at line 2: a quoted cell is never closed",
    ),
    "truncated.json": (
        b'{"format": "balance-journal", "version": 1, "themes": [], "people": [], "entries": [{"uu',
        "truncated.json is not valid JSON at line 1, column 86",
    ),
    "wrong-encoding.csv": (
        "uuid,date,time,utc_offset,title,body,themes,people,independence,interdependence,"
        "balance,mood,starred,created_at,updated_at\r\n,2026-03-01,21:15,+01:00,Café,,,,,,,,false,,\r\n"
        "".encode("cp1252"),
        "wrong-encoding.csv is not UTF-8 text (a byte 0xe9",
    ),
    "utf32.csv": (
        "uuid,date,time,utc_offset,title\r\n".encode("utf-32"),
        "utf32.csv is UTF-32 text; save it as UTF-8 and try again",
    ),
    "utf16-no-mark.csv": (  # UTF-16 is read (tests/io/importers/test_encodings.py): this one lacks columns
        "uuid,date,time,utc_offset,title\r\n".encode("utf-16-le"),
        "utf16-no-mark.csv is not a Balance Journal CSV: the header lacks body",
    ),
    "truncated.zip": (
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(40)),
        "truncated.zip is a damaged or incomplete zip archive",
    ),
    "a-backup.db": (
        b"SQLite format 3\x00" + bytes(4080),
        "a-backup.db is a database (a journal or a backup), not an export",
    ),
    "zeros.bin": (bytes(64) + b"\x01\x02" * 100, "zeros.bin is a binary file"),
    "lone-surrogate.json": (
        b'{"format": "balance-journal", "version": 1, "themes": [], "people": [], "entries": [{"uuid": '
        b'"6f1c0d0e-8a0b-4c1e-9a55-0a4b7e7f1a01", "date": "2026-03-01", "time": "21:15", "utc_offset": '
        b'"+01:00", "title": "half \\ud800 a character", "body": "", "themes": [], "people": [], '
        b'"independence": null, "interdependence": null, "balance": null, "mood": null, "starred": false, '
        b'"created_at": "2026-03-01T21:15:00+01:00", "updated_at": "2026-03-01T21:15:00+01:00"}]}',
        "lone-surrogate.json: entry 1: the text holds half of a character",
    ),
    "missing-columns.csv": (
        b"uuid,date,time,title\r\n,2026-03-01,21:15,Hi\r\n",
        "missing-columns.csv is not a Balance Journal CSV: the header lacks utc_offset, body",
    ),
    "out-of-range.csv": (
        b"uuid,date,time,utc_offset,title,body,themes,people,independence,interdependence,"
        b"balance,mood,starred,created_at,updated_at\r\n,2026-03-01,21:15,+01:00,Hi,,,,12,,,,false,,\r\n",
        "out-of-range.csv: row 2: independence must be from 0 to 10, not 12; nothing was imported",
    ),
    "duplicate-uuids.csv": (
        b"uuid,date,time,utc_offset,title,body,themes,people,independence,interdependence,"
        b"balance,mood,starred,created_at,updated_at\r\n"
        + b"6f1c0d0e-8a0b-4c1e-9a55-0a4b7e7f1a01,2026-03-01,21:15,+01:00,Hi,,,,,,,,false,,\r\n"
        * 2,
        "duplicate-uuids.csv: row 3: uuid 6f1c0d0e-8a0b-4c1e-9a55-0a4b7e7f1a01 is also in row 2",
    ),
    "daylio-bad-time.csv": (
        b"full_date,date,weekday,time,mood,activities,note_title,note\n"
        b"2024-05-04,May 4,Saturday,25:00,rad,,,\n",
        "daylio-bad-time.csv: row 2: time '25:00' is not a time of day; nothing was imported",
    ),
    "dayone-bad-uuid.json": (
        b'{"metadata": {"version": "1.0"}, "entries": [{"uuid": 7, "text": "Hi", '
        b'"creationDate": "2020-05-03T00:00:00Z", "timeZone": "Etc/GMT"}]}',
        "dayone-bad-uuid.json: entry 1: uuid 7 is not a Day One uuid (created 2020-05-03T00:00:00Z); "
        "nothing was imported",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_exits_1_with_one_line_and_changes_nothing(tmp_path: Path, capsys, name: str) -> None:
    journal = tmp_path / "j.db"
    add(journal, "--title", "precious")
    before = snapshot(journal)
    path = tmp_path / name
    content, message = BAD_FILES[name]
    path.write_bytes(content)
    code, out, err = run(capsys, "--journal", journal, "import", path)
    assert code == 1 and out == ""
    assert err.startswith("balance-journal: error: " + message), err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert snapshot(journal) == before


def test_many_bad_rows_are_named_in_one_line(tmp_path: Path, capsys) -> None:
    journal = tmp_path / "new.db"
    rows = "\n".join(f"2024-05-0{d},May {d},x,8:30 pm,rad,,,," for d in range(1, 4))
    path = tmp_path / "daylio.csv"
    path.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n" + rows + "\n")
    code, _out, err = run(capsys, "--journal", journal, "import", path, "--format", "daylio")
    assert code == 1
    assert err == (
        "balance-journal: error: daylio.csv: 3 rows cannot be imported, so nothing was: "
        "rows 2, 3, 4: 9 cells where the header has 8\n"
    )
    assert not journal.exists()  # a failed import does not even leave an empty journal behind
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_bytes(BAD_FILES["out-of-range.csv"][0])  # found bad while it is being written
    deep = tmp_path / "new" / "folders" / "j.db"
    code, _out, err = run(capsys, "--journal", deep, "import", bad_csv)
    assert code == 1 and "row 2" in err
    assert not (tmp_path / "new").exists()  # nor the folders made for it


def test_a_bad_row_in_a_large_csv_is_named_and_rolls_back(tmp_path: Path, capsys) -> None:
    source, journal = tmp_path / "src.db", tmp_path / "j.db"
    for n in range(3):
        add(source, "--title", f"t{n}", "--date", f"2024-01-0{n + 1}")
    run(capsys, "--journal", source, "export", "csv", tmp_path / "x.csv")
    text = (tmp_path / "x.csv").read_text(encoding="utf-8-sig").replace("2024-01-03", "2024-01-32")
    (tmp_path / "x.csv").write_text(text, encoding="utf-8-sig")
    add(journal, "--title", "mine")
    before = snapshot(journal)
    code, _out, err = run(capsys, "--journal", journal, "import", tmp_path / "x.csv")
    assert code == 1
    assert "x.csv: row 4: date '2024-01-32' is not a real date of the form YYYY-MM-DD" in err
    assert snapshot(journal) == before


@pytest.mark.parametrize("command", [("export", "csv"), ("export", "json"), ("chart", "trend", "--out")])
def test_writing_over_the_journal_itself_is_refused(tmp_path: Path, capsys, command: tuple[str, ...]) -> None:
    journal = tmp_path / "j.pdf" if command[0] == "chart" else tmp_path / "j.db"
    add(journal, "--title", "precious")
    before = journal.read_bytes()
    target = tmp_path / "." / journal.name
    code, out, err = run(capsys, "--journal", journal, *command, target)
    assert (code, out) == (1, "")
    assert err == f"balance-journal: error: {target} is the journal itself; write to another file\n"
    assert journal.read_bytes() == before
    assert "precious" in snapshot(journal)[0]


def test_an_export_into_the_backup_folder_is_refused(tmp_path: Path, capsys) -> None:
    journal = tmp_path / "j.db"
    add(journal, "--title", "precious")
    assert main(["--journal", str(journal), "backup"]) == 0
    folder = tmp_path / "j.db.backups"
    (backup,) = folder.iterdir()
    before = backup.read_bytes()
    code, out, err = run(capsys, "--journal", journal, "export", "csv", backup)
    assert (code, out) == (1, "")
    assert (
        err
        == f"balance-journal: error: {backup} is in the journal's backup folder; write it somewhere else\n"
    )
    assert backup.read_bytes() == before


@pytest.mark.parametrize(
    ("name", "content", "fmt", "message"),
    [
        (
            "j13.txt",
            b"[2021-13-01 10:00] Bad date\nbody\n",
            "auto",
            "j13.txt: entry at line 1: '2021-13-01 10:00' is not a real date and time; nothing was imported",
        ),
        (
            "mine.json",
            b'{"format": "balance-journal", "version": 1, "entries": []}',
            "jrnl",
            "mine.json is a Balance Journal JSON file, not jrnl; "
            "import it as json, or let its format be found (auto)",
        ),
    ],
)
def test_a_file_read_as_the_wrong_kind_is_refused_with_its_kind(
    tmp_path: Path, capsys, name: str, content: bytes, fmt: str, message: str
) -> None:
    journal = tmp_path / "j.db"
    add(journal, "--title", "here")
    before = snapshot(journal)
    (tmp_path / name).write_bytes(content)
    code, out, err = run(capsys, "--journal", journal, "import", tmp_path / name, "--format", fmt)
    assert (code, out) == (1, "")
    assert err == f"balance-journal: error: {message}\n"
    assert snapshot(journal) == before


def test_a_daylio_file_forced_as_day_one_names_what_it_is(tmp_path: Path, capsys) -> None:
    code, _out, err = run(
        capsys,
        "--journal",
        tmp_path / "j.db",
        "import",
        FIXTURES / "daylio" / "sample.csv",
        "--format",
        "dayone",
    )
    assert code == 1 and "sample.csv is a Daylio file, not Day One" in err
    assert not (tmp_path / "j.db").exists()


def test_this_apps_json_with_sorted_keys_can_still_be_imported_as_json(tmp_path: Path, capsys) -> None:
    source = tmp_path / "src.db"
    for n in range(3):
        add(source, "--title", f"entry {n}", "--theme", "trust")
    run(capsys, "--journal", source, "export", "json", tmp_path / "out.json")
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    document["entries"] = [dict(e, body="x" * 30000) for e in document["entries"]]  # "format" past 64 KB
    (tmp_path / "sorted.json").write_text(json.dumps(document, sort_keys=True), encoding="utf-8")
    code, out, err = run(
        capsys, "--journal", tmp_path / "j.db", "import", tmp_path / "sorted.json", "--format", "json"
    )
    assert code == 0, err
    assert out.startswith("sorted.json (json): added 3 entries")
