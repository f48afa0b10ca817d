"""The command-line contract from SPEC, run as a user would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=Path(__file__).resolve().parents[1],
    )


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


SUNDAY = [
    "add",
    "--title",
    "Sunday walk",
    "--body",
    "We talked; I also kept my evening for painting.",
    "--theme",
    "trust",
    "--theme",
    "own-interests",
    "--person",
    "Sam",
    "--independence",
    "6",
    "--interdependence",
    "7",
]


def test_the_sunday_walk_session(tmp_path: Path) -> None:
    journal = str(tmp_path / "j.db")
    added = run("--journal", journal, *SUNDAY)
    assert added.returncode == 0, added.stderr
    uuid = added.stdout.strip()
    assert len(uuid) == 36

    listed = json.loads(run("--journal", journal, "list", "--json").stdout)
    assert len(listed) == 1
    record = listed[0]
    assert record["uuid"] == uuid
    assert record["themes"] == ["trust", "own-interests"] and record["people"] == ["Sam"]
    assert (record["independence"], record["interdependence"], record["balance"]) == (6, 7, 1)
    assert record["mood"] is None and record["starred"] is False
    assert list(record) == [
        "uuid",
        "date",
        "time",
        "utc_offset",
        "title",
        "body",
        "themes",
        "people",
        "independence",
        "interdependence",
        "balance",
        "mood",
        "starred",
        "created_at",
        "updated_at",
    ]

    found = json.loads(run("--journal", journal, "search", "painting", "--json").stdout)
    assert [r["uuid"] for r in found] == [uuid]

    stats = json.loads(run("--journal", journal, "stats", "--json").stdout)
    assert stats["entries"] == 1 and stats["rated_entries"] == 1
    assert stats["zones"]["interdependent"] == 1
    assert stats["mean_balance"] == 1 and stats["drift"] == []
    assert stats["themes"] == {"trust": 1, "own-interests": 1} and stats["people"] == {"Sam": 1}

    out = tmp_path / "out.csv"
    exported = run("--journal", journal, "export", "csv", str(out))
    assert exported.returncode == 0, exported.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert uuid in text and "trust;own-interests" in text and ",6,7,1,," in text


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["add", "--title", "x", "--independence", "11"], "--independence must be from 0 to 10"),
        (["add", "--title", "x", "--date", "2026-02-30"], "not a real date"),
        (["add", "--title", "x", "--theme", "Not A Slug"], "not a theme slug"),
        (["add", "--title", "x", "--person", "A;B"], "cannot contain ';'"),
        (["add", "--title", "x", "--time", "25:00"], "HH:MM"),
        (["show", "00000000-0000-0000-0000-000000000000"], "no entry with uuid"),
        (["delete", "nope"], "no entry with uuid"),
        (["list", "--from", "2026-05-01", "--to", "2026-04-01"], "start date is after"),
    ],
)
def test_bad_input_exits_1_with_one_line_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], reason: str
) -> None:
    journal = tmp_path / "j.db"
    assert cli(capsys, "--journal", str(journal), "add", "--title", "existing")[0] == 0
    before = journal.read_bytes()
    code, _out, err = cli(capsys, "--journal", str(journal), *args)
    assert code == 1
    assert reason in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert journal.read_bytes() == before


def test_a_text_file_as_journal_is_refused_and_unchanged(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a journal\n")
    result = run("--journal", str(text), "add", "--title", "x")
    assert result.returncode == 1
    assert result.stderr.strip().endswith("is not a Balance Journal file")
    assert "Traceback" not in result.stderr
    assert text.read_text() == "not a journal\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("--journal", str(tmp_path / "j.db"), "add").returncode == 2
    assert run("frobnicate").returncode == 2


def test_unknown_valid_slug_creates_a_theme_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = cli(
        capsys, "--journal", str(tmp_path / "j.db"), "add", "--title", "Clay", "--theme", "pottery"
    )
    assert code == 0 and "created a new theme 'pottery'" in err


def test_the_journal_comes_from_the_environment(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BALANCE_JOURNAL", str(tmp_path / "env.db"))
    assert cli(capsys, "add", "--title", "From env")[0] == 0
    assert (tmp_path / "env.db").exists()


def test_default_journal_lives_in_the_data_folder(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli(capsys, "add", "--title", "Default")[0] == 0
    assert (tmp_path / "data" / "journal.db").exists()


def test_list_filters_and_human_output(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    j = str(tmp_path / "j.db")
    cli(capsys, "--journal", j, "add", "--title", "March", "--date", "2026-03-01", "--theme", "trust")
    cli(
        capsys,
        "--journal",
        j,
        "add",
        "--title",
        "April",
        "--date",
        "2026-04-01",
        "--star",
        "--person",
        "Sam",
        "--independence",
        "2",
        "--interdependence",
        "9",
    )
    assert "April" in cli(capsys, "--journal", j, "list", "--starred")[1]
    assert "March" not in cli(capsys, "--journal", j, "list", "--from", "2026-03-15")[1]
    only_trust = json.loads(cli(capsys, "--journal", j, "list", "--theme", "trust", "--json")[1])
    assert [r["title"] for r in only_trust] == ["March"]
    with_sam = json.loads(cli(capsys, "--journal", j, "list", "--person", "Sam", "--json")[1])
    assert [r["title"] for r in with_sam] == ["April"]
    assert "codependency-risk" in cli(capsys, "--journal", j, "list")[1]


def test_delete_moves_to_trash(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    j = str(tmp_path / "j.db")
    uuid = cli(capsys, "--journal", j, "add", "--title", "Gone")[1].strip()
    assert cli(capsys, "--journal", j, "delete", uuid)[0] == 0
    assert json.loads(cli(capsys, "--journal", j, "list", "--json")[1]) == []
    assert cli(capsys, "--journal", j, "show", uuid)[0] == 1


def test_show_and_delete_take_the_short_uuid_that_list_prints(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    j = str(tmp_path / "j.db")
    uuid = cli(capsys, "--journal", j, "add", "--title", "Short and sweet")[1].strip()
    line = cli(capsys, "--journal", j, "list")[1].strip()
    short = line.split()[-1]
    assert short == uuid[:8]
    code, out, _ = cli(capsys, "--journal", j, "show", short.upper())
    assert code == 0 and out.splitlines()[0] == "Short and sweet"
    code, _, err = cli(capsys, "--journal", j, "show", short[:3])
    assert code == 1 and "too short to name an entry: give at least 4 characters" in err
    code, _, err = cli(capsys, "--journal", j, "show", "zz*")
    assert code == 1 and err == "balance-journal: error: there is no entry with uuid zz*\n"
    assert cli(capsys, "--journal", j, "delete", short)[0] == 0
    assert json.loads(cli(capsys, "--journal", j, "list", "--json")[1]) == []


def test_a_uuid_start_shared_by_two_entries_asks_for_more(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.entries.entry_table import save_entries
    from desktop.store.journal.opening import open_journal
    from tests.factories import make_entry

    j = tmp_path / "j.db"
    with open_journal(j):
        save_entries([make_entry(uuid="abcd1234-0000-4000-8000-00000000000" + str(n)) for n in (1, 2)])
    code, out, err = cli(capsys, "--journal", str(j), "delete", "abcd1234")
    assert (code, out) == (1, "")
    assert (
        err == "balance-journal: error: more than one entry has a uuid starting abcd1234; give more of it\n"
    )
    assert len(json.loads(cli(capsys, "--journal", str(j), "list", "--json")[1])) == 2


def test_reading_a_missing_journal_says_so(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli(capsys, "--journal", str(tmp_path / "none.db"), "list")
    assert code == 1 and "there is no journal at" in err
    assert not (tmp_path / "none.db").exists()


def test_body_from_a_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    body = tmp_path / "body.md"
    body.write_text("# Heading\n\nLong *markdown* text ✨\n", encoding="utf-8")
    j = str(tmp_path / "j.db")
    uuid = cli(capsys, "--journal", j, "add", "--title", "F", "--body-file", str(body))[1].strip()
    shown = json.loads(cli(capsys, "--journal", j, "show", uuid, "--json")[1])
    assert shown["body"] == body.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("zone", "day", "at"),
    [("Asia/Tokyo", "0001-01-01", "00:30"), ("America/New_York", "9999-12-31", "23:30")],
)
def test_a_date_far_out_is_a_clear_error(tmp_path: Path, zone: str, day: str, at: str) -> None:
    j = tmp_path / "j.db"
    result = run("--journal", str(j), "add", "--title", "edge", "--date", day, "--time", at, env={"TZ": zone})
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (
        f"balance-journal: error: --date {day} is out of range: dates run from 1000-01-01 to 8999-12-31\n"
    )
    assert not j.exists()


def test_an_error_that_spans_lines_is_printed_on_one(capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop.cli import fail

    # SQLite's integrity findings span lines ("*** in database main ***\nPage 6: ...").
    assert fail("the journal j.db is damaged (*** in database main ***\nPage 6: btree)") == 1
    assert capsys.readouterr().err == (
        "balance-journal: error: the journal j.db is damaged (*** in database main *** Page 6: btree)\n"
    )


def test_a_new_journal_is_announced_and_an_empty_path_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    j = tmp_path / "mistyped" / "folder" / "j.db"
    code, out, err = cli(capsys, "--journal", str(j), "add", "--title", "first")
    assert code == 0 and len(out.strip()) == 36
    assert err == f"balance-journal: started a new journal at {j}\n"
    code, _, err = cli(capsys, "--journal", str(j), "add", "--title", "second")
    assert (code, err) == (0, "")  # said once, when it was made
    result = run("--journal", "", "list")
    assert result.returncode == 2 and "--journal is empty" in result.stderr
    bad = tmp_path / "bad.csv"
    header = "uuid,date,time,utc_offset,title,body,themes,people,independence,interdependence,"
    header += "balance,mood,starred,created_at,updated_at"
    bad.write_text(header + "\n,2026-03-01,21:15,+01:00,Hi,,,,12,,,,false,,\n", encoding="utf-8")
    code, _, err = cli(capsys, "--journal", str(tmp_path / "never.db"), "import", str(bad), "--format", "csv")
    assert code == 1 and err.count("\n") == 1 and "started a new journal" not in err  # none was
    assert not (tmp_path / "never.db").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["stats", "--to", "0001-01-05"], "--to 0001-01-05 is out of range"),
        (["report", "--month", "0001-01", "--out", "r.pdf"], "--month 0001-01 is out of range"),
        (["chart", "trend", "--from", "9999-01-01", "--out", "c.png"], "--from 9999-01-01 is out of range"),
    ],
)
def test_filters_far_out_are_refused_in_one_line(
    tmp_path: Path, capsys, args: list[str], message: str
) -> None:  # type: ignore[no-untyped-def]
    j = str(tmp_path / "j.db")
    cli(capsys, "--journal", j, "add", "--title", "x")
    code, out, err = cli(capsys, "--journal", j, *args)
    assert (code, out) == (1, "")
    assert err.startswith(f"balance-journal: error: {message}") and err.count("\n") == 1


def test_a_body_file_keeps_its_line_endings_and_a_title_stays_on_its_row(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    body = tmp_path / "body.txt"
    body.write_bytes(b"windows\r\nold mac\runix\n")
    j = str(tmp_path / "j.db")
    uuid = cli(capsys, "--journal", j, "add", "--title", "two\nlines", "--body-file", str(body))[1].strip()
    shown = json.loads(cli(capsys, "--journal", j, "show", uuid, "--json")[1])
    assert shown["body"] == "windows\r\nold mac\runix\n"
    assert shown["title"] == "two\nlines"  # kept as given; only the listing folds it
    listing = cli(capsys, "--journal", j, "list")[1]
    assert listing.count("\n") == 1 and "two lines" in listing


def test_a_mistyped_theme_filter_is_pointed_out(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    j = str(tmp_path / "j.db")
    cli(capsys, "--journal", j, "add", "--title", "x", "--theme", "trust")
    code, out, err = cli(capsys, "--journal", j, "list", "--theme", "trsut")
    assert (code, out) == (0, "")
    assert err == "balance-journal: warning: this journal has no theme 'trsut'\n"
    code, out, err = cli(capsys, "--journal", j, "list", "--theme", "trust")
    assert code == 0 and err == "" and "x" in out


def _stats_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """`stats` meets a bug of ours whose message quotes the journal."""
    import desktop.commands.stats

    def summarise(args: object) -> int:
        raise KeyError("secret diary words")

    monkeypatch.setattr(desktop.commands.stats, "stats_command", summarise)


def test_an_unexpected_error_is_one_line_and_its_traceback_goes_to_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stats_fails(monkeypatch)
    log = tmp_path / "logs" / "balance-journal.log"
    code, out, err = cli(capsys, "--journal", str(tmp_path / "j.db"), "stats")
    assert (code, out) == (1, "")
    assert err.startswith("balance-journal: error: unexpected KeyError") and err.count("\n") == 1
    assert f"the details were written to {log}" in err
    text = log.read_text(encoding="utf-8")
    assert "unexpected KeyError in the stats command" in text and "in summarise" in text
    assert "secret diary words" not in text


def test_with_debug_set_the_error_is_raised_and_logged_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stats_fails(monkeypatch)
    monkeypatch.setenv("BALANCE_JOURNAL_DEBUG", "1")
    with pytest.raises(KeyError):
        main(["--journal", str(tmp_path / "j.db"), "stats"])
    log = tmp_path / "logs" / "balance-journal.log"
    assert log.read_text(encoding="utf-8").count("unexpected KeyError") == 1


def test_a_command_that_succeeds_leaves_no_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "--journal", str(tmp_path / "j.db"), "add", "--title", "x")[0] == 0
    assert not (tmp_path / "logs").exists()
