"""`import --skip-bad`: the good rows in, the named bad ones out, in one transaction; without it,
one bad row keeps the whole file out."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.io.formats.records import CSV_COLUMNS
from tests.commands.test_transfer import add, run
from tests.io.helpers import snapshot

BAD_ROW = 500  # the file's row number of the bad one (the header is row 1)


def thousand_rows_one_bad(path: Path) -> Path:
    lines = [",".join(CSV_COLUMNS)]
    for n in range(1000):
        independence = "12" if n + 2 == BAD_ROW else str(n % 11)
        day = f"2025-{n % 12 + 1:02d}-{n % 28 + 1:02d}"
        lines.append(f",{day},{n % 24:02d}:15,+01:00,Day {n},,,,{independence},,,,false,,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def count(capsys: pytest.CaptureFixture[str], journal: Path) -> int:
    code, out, _err = run(capsys, "--journal", journal, "stats", "--json")
    assert code == 0
    import json

    return int(json.loads(out)["entries"])


def test_one_bad_row_keeps_the_file_out_and_says_how_to_go_on(tmp_path: Path, capsys) -> None:
    journal = tmp_path / "j.db"
    add(journal, "--title", "precious")
    before = snapshot(journal)
    source = thousand_rows_one_bad(tmp_path / "in.csv")
    code, out, err = run(capsys, "--journal", journal, "import", source)
    assert code == 1 and out == ""
    assert f"row {BAD_ROW}: independence must be from 0 to 10, not 12" in err
    assert "--skip-bad" in err and err.count("\n") == 1
    assert snapshot(journal) == before


def test_skip_bad_imports_the_other_999_and_names_the_one_left_out(tmp_path: Path, capsys) -> None:
    journal = tmp_path / "j.db"
    add(journal, "--title", "precious")
    source = thousand_rows_one_bad(tmp_path / "in.csv")
    code, out, _err = run(capsys, "--journal", journal, "import", source, "--skip-bad")
    assert code == 0
    assert "added 999 entries" in out and "1 bad row left out" in out
    assert f"left out: row {BAD_ROW}: independence must be from 0 to 10, not 12" in out
    assert count(capsys, journal) == 1000  # 999 and the one that was there
    code, out, _err = run(capsys, "--journal", journal, "import", source, "--skip-bad")
    assert code == 0 and "added 0 entries, 999 already in the journal" in out


def test_skip_bad_dry_run_changes_nothing(tmp_path: Path, capsys) -> None:
    journal = tmp_path / "j.db"
    add(journal, "--title", "precious")
    before = snapshot(journal)
    source = thousand_rows_one_bad(tmp_path / "in.csv")
    code, out, _err = run(capsys, "--journal", journal, "import", source, "--skip-bad", "--dry-run")
    assert code == 0 and "would add 999 entries" in out
    assert snapshot(journal) == before


@pytest.mark.parametrize("given", ["Sleepy", "Sleepy=0", "Sleepy=6", "=3", "Sleepy=two"])
def test_a_mood_level_must_be_one_to_five(tmp_path: Path, capsys, given: str) -> None:
    source = thousand_rows_one_bad(tmp_path / "in.csv")
    code, _out, err = run(capsys, "--journal", tmp_path / "j.db", "import", source, "--mood", given)
    assert code == 2 or code == 1
    assert "--mood" in err and "level 1-5" in err
    assert not (tmp_path / "j.db").exists()


def test_a_missing_jrnl_config_is_named(tmp_path: Path, capsys) -> None:
    source = thousand_rows_one_bad(tmp_path / "in.csv")
    missing = tmp_path / "nowhere.yaml"
    code, _out, err = run(capsys, "--journal", tmp_path / "j.db", "import", source, "--jrnl-config", missing)
    assert code == 1 and f"there is no file {missing}" in err


def test_a_mood_level_given_on_the_command_line_is_remembered_for_the_next_import(
    tmp_path: Path, capsys
) -> None:
    journal = tmp_path / "j.db"
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    header = "full_date,date,weekday,time,mood,activities,note_title,note\n"
    first.write_text(header + '2024-03-10,March 10,Sunday,8:30 pm,Sleepy,work,,"a"\n', encoding="utf-8")
    second.write_text(header + '2024-04-10,April 10,Wednesday,8:30 pm,Sleepy,work,,"b"\n', encoding="utf-8")
    code, _out, _err = run(capsys, "--journal", journal, "import", first, "--mood", "Sleepy=2")
    assert code == 0
    code, _out, _err = run(capsys, "--journal", journal, "import", second)  # no --mood this time
    assert code == 0
    code, out, _err = run(capsys, "--journal", journal, "list", "--json")
    import json

    assert sorted(e["mood"] for e in json.loads(out)) == [2, 2]
