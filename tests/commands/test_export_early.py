"""`export csv` of the whole journal starts its second process before the journal is opened
(commands/export_early.py): the file must be the one a single process writes, whatever happens
meanwhile."""

from __future__ import annotations

import os
from itertools import pairwise
from pathlib import Path

import pytest

from desktop.commands import export_csv, export_early, export_spans
from desktop.store.journal.connection import connect
from tests.commands.test_export_csv_split import (
    PASSPHRASE,
    _csv_and_leftovers,
    _export,
    _in_one_process,
    _journal_and_whole,
    _make,
    _no_fallback,
)


def _only_early(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if the export is written any other way than the early two parts."""
    _no_fallback(monkeypatch)

    def refuse(*_args: object) -> int:
        raise AssertionError("the export did not use the early child")

    monkeypatch.setattr(export_csv, "_export_in_two", refuse)


def _no_child_left() -> None:
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


@pytest.mark.parametrize(
    ("span_rows", "head_start", "held", "batch"),
    [
        # The default gives a small journal all to the child; 0 halves it; 7 leaves this one some.
        (export_spans.SPAN_ROWS, export_early.HEAD_START, export_spans._HELD_IN_MEMORY, None),
        (export_spans.SPAN_ROWS, 0, export_spans._HELD_IN_MEMORY, None),
        (export_spans.SPAN_ROWS, 7, export_spans._HELD_IN_MEMORY, None),
        (export_spans.SPAN_ROWS, 0, 2000, 2),  # a span too large to hold: in a file, many writes
        # A large journal's export goes in spans of 10,000 entries, the two processes in turn;
        # here spans of one to three entries, some held in memory and some in a file.
        (1, 0, 2000, None),
        (2, 1, 10**9, None),
        (3, 2, 300, None),
    ],
)
def test_the_early_spans_make_the_same_file_as_one_process(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    span_rows: int,
    head_start: int,
    held: int,
    batch: int | None,
) -> None:
    journal, whole = _journal_and_whole(tmp_path, monkeypatch)
    monkeypatch.setattr(export_spans, "SPAN_ROWS", span_rows)
    monkeypatch.setattr(export_spans, "_HELD_IN_MEMORY", held)
    monkeypatch.setattr(export_early, "HEAD_START", head_start)
    if batch is not None:
        monkeypatch.setattr("desktop.store.transfer.export_sql.EXPORT_BATCH", batch)
    _only_early(monkeypatch)
    assert _export(journal, tmp_path / "early.csv") == whole
    assert _csv_and_leftovers(tmp_path) == ["early.csv", "whole.csv"]
    _no_child_left()


def test_a_held_span_is_written_through_python_where_the_kernel_cannot_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, whole = _journal_and_whole(tmp_path, monkeypatch)
    monkeypatch.setattr(export_spans, "SPAN_ROWS", 2)
    monkeypatch.setattr(export_spans, "_HELD_IN_MEMORY", 10)
    monkeypatch.setattr(export_early, "HEAD_START", 0)
    copies: list[str] = []

    def cannot(*_args: object) -> int:
        copies.append("refused")
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(export_spans.os, "copy_file_range", cannot)
    _only_early(monkeypatch)
    assert _export(journal, tmp_path / "early.csv") == whole
    assert copies  # the kernel's copy was tried, and the span written the other way


@pytest.mark.parametrize("total", [6001, 20_000, 26_000, 100_000, 100_001, 1_000_000])
def test_spans_cover_every_row_in_turns_that_end_together(total: int) -> None:
    ends = export_spans.span_ends(total, 6000)
    sizes = [b - a for a, b in pairwise([0, *ends])]
    assert ends[-1] == total and all(size > 0 for size in sizes)
    assert len(sizes) % 2 == 0  # the child's and this process's, in pairs
    assert max(sizes[1:]) - min(sizes[1:]) <= 1  # all alike after the first...
    assert abs(sizes[0] - sizes[1] - 6000) <= 1  # ...which is longer by the head start
    assert abs(sum(sizes[0::2]) - sum(sizes[1::2]) - 6000) <= 1  # so both end together
    if total >= 2 * export_spans.SPAN_ROWS + 6000:
        assert 0.5 * export_spans.SPAN_ROWS <= sizes[1] <= 1.5 * export_spans.SPAN_ROWS


def test_an_export_no_longer_than_the_head_start_is_all_the_childs() -> None:
    assert export_spans.span_ends(0, 6000) == [0]
    assert export_spans.span_ends(6000, 6000) == [6000]


@pytest.mark.parametrize("extra", [("--theme", "trust"), ()])
def test_a_filtered_or_encrypted_export_does_not_start_early(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: tuple[str, ...]
) -> None:
    journal = tmp_path / "j.db"
    _make(journal, PASSPHRASE if not extra else None)
    monkeypatch.setenv("BALANCE_JOURNAL_PASSPHRASE", PASSPHRASE)
    whole = _in_one_process(journal, tmp_path, monkeypatch, *extra)

    _no_fork(monkeypatch)
    monkeypatch.setattr(export_csv, "SPLIT_FROM", 10**9)
    assert _export(journal, tmp_path / "later.csv", *extra) == whole


def test_a_commit_while_the_parts_are_read_means_one_process_writes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = tmp_path / "j.db"
    _make(journal)
    monkeypatch.setattr(export_early, "HEAD_START", 0)
    real_finish = export_early.EarlyHalf.finish

    def another_program_commits(self: export_early.EarlyHalf) -> bool:
        other = connect(journal)
        other.execute("UPDATE entry SET title = 'Changed meanwhile' WHERE id = 1")
        other.close()
        return real_finish(self)

    monkeypatch.setattr(export_early.EarlyHalf, "finish", another_program_commits)
    written = _export(journal, tmp_path / "again.csv")
    monkeypatch.undo()
    assert b"Changed meanwhile" in written
    assert written == _in_one_process(journal, tmp_path, monkeypatch)
    _no_child_left()


def test_a_child_that_cannot_open_the_journal_leaves_nothing_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, whole = _journal_and_whole(tmp_path, monkeypatch)

    def no_connection(*_args: object, **_kwargs: object) -> None:
        raise OSError("the child could not open the journal")

    # Only the child looks the driver's connection up afresh; this process bound it long ago.
    monkeypatch.setattr("desktop.store.journal.driver.driver_connection", no_connection)
    assert _export(journal, tmp_path / "again.csv") == whole
    _no_child_left()


def test_a_refused_target_stops_the_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "j.db"
    _make(journal)
    monkeypatch.setattr(export_early, "HEAD_START", 0)
    # A file in the journal's backup folder: refused after the child started, before opening.
    clash = journal.parent / f"{journal.name}.backups" / "x.csv"
    clash.parent.mkdir(exist_ok=True)
    before = sorted(p.name for p in clash.parent.iterdir())
    from desktop.cli import main

    assert main(["--journal", str(journal), "export", "csv", str(clash)]) == 1
    assert "backup" in capsys.readouterr().err
    assert sorted(p.name for p in clash.parent.iterdir()) == before
    _no_child_left()


def test_a_damaged_journal_stops_the_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main
    from desktop.store.journal.errors import JournalDamaged

    journal = tmp_path / "j.db"
    _make(journal)

    def damaged(*_args: object, **_kwargs: object) -> None:
        raise JournalDamaged("the file is damaged (page 7)")

    monkeypatch.setattr("desktop.store.journal.opening.open_journal", damaged)
    assert main(["--journal", str(journal), "export", "csv", str(tmp_path / "x.csv")]) == 1
    assert "damaged" in capsys.readouterr().err
    assert _csv_and_leftovers(tmp_path) == []
    _no_child_left()


def test_a_bad_date_is_reported_as_ever(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    journal = tmp_path / "j.db"
    _make(journal)
    assert main(["--journal", str(journal), "export", "csv", str(tmp_path / "x.csv"), "--from", "soon"]) == 1
    assert "--from" in capsys.readouterr().err
    _no_child_left()


def _no_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("a child was forked before the journal opened")

    monkeypatch.setattr(export_early.os, "fork", refuse)


def test_a_journal_to_be_checked_whole_is_opened_before_any_child_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.store.journal import check_record

    journal, whole = _journal_and_whole(tmp_path, monkeypatch)
    check_record.forget(journal)  # as if new to this computer: it must be checked whole first
    _no_fork(monkeypatch)
    assert _export(journal, tmp_path / "checked.csv") == whole
    assert check_record.recorded(journal) is not None  # checked, and known sound again


def test_a_journal_left_in_rollback_mode_is_opened_before_any_child_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, whole = _journal_and_whole(tmp_path, monkeypatch)
    from desktop.store.journal import check_record

    conn = connect(journal)
    conn.execute("PRAGMA journal_mode = DELETE")  # as an import cut short leaves it
    conn.close()
    check_record.remember(journal, check_record.now_text())  # and nothing else to doubt
    _no_fork(monkeypatch)
    assert _export(journal, tmp_path / "later.csv") == whole
    conn = connect(journal)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


PLAIN_FORMS = [
    (["export", "csv", "out.csv"], None),
    (["--journal", "j.db", "export", "csv", "out.csv"], "j.db"),
    (["--journal=j.db", "export", "csv", "out.csv"], "j.db"),
    (["--journal", "my journal.db", "export", "csv", "a b,c.csv"], "my journal.db"),
]


@pytest.mark.parametrize(("argv", "journal"), PLAIN_FORMS)
def test_a_plain_command_line_is_read_before_the_parser_as_the_parser_reads_it(
    argv: list[str], journal: str | None
) -> None:
    from desktop.cli import build_parser
    from desktop.commands.entries import filter_from
    from desktop.domain.filters import ALL_LIVE

    assert export_early._whole_csv_export(argv) == (journal, argv[-1])
    args = build_parser().parse_args(argv)
    assert (args.command, args.format, args.path, args.journal) == ("export", "csv", argv[-1], journal)
    assert filter_from(args) == ALL_LIVE


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "csv", "out.csv", "--from", "2024-01-01"],  # a filter: the store makes it SQL
        ["export", "--theme", "trust", "csv", "out.csv"],
        ["export", "json", "out.json"],
        ["export", "csv", "-"],
        ["export", "csv"],
        ["--journal", "", "export", "csv", "out.csv"],  # the parser's to refuse
        ["--journal", "--help", "export", "csv", "out.csv"],
        ["--jour", "j.db", "export", "csv", "out.csv"],  # abbreviated: the parser's to read
        ["list", "export", "csv"],
        [],
    ],
)
def test_any_other_command_line_is_left_to_the_parser(argv: list[str]) -> None:
    assert export_early._whole_csv_export(argv) is None


@pytest.mark.parametrize(
    "key", [("2024-02-29", "07:05", 12), ("2024\t02", "07:05\n", 3), ("\\t", "ഇന്ന്", 2**40)]
)
def test_a_span_start_crosses_the_pipe_unchanged_whatever_its_text(key: tuple[str, str, int]) -> None:
    from desktop.commands.export_spans import Channel

    reading, writing = os.pipe()
    channel = Channel(reading, writing)
    channel.send_key(key)
    channel.send_number("E", 12345)
    try:
        assert channel.receive_key() == key
        assert channel.receive("K") is None  # a line of another kind than awaited: a failure
    finally:
        channel.close()


def test_nothing_heavy_is_loaded_before_the_fork_or_by_the_child(tmp_path: Path) -> None:
    # What lets the child start early: the command line module and what decides (the journal's
    # path and soundness record), and what the child loads, need only the standard library.
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "import desktop.cli, desktop.commands.export_early\n"
        "import desktop.store.journal.paths, desktop.store.safety.soundness\n"
        "import desktop.io.formats.csv_text, desktop.store.journal.driver\n"
        "import desktop.store.transfer.export_sql\n"
        "heavy = ('peewee', 'dataclasses', 'argparse', 'tempfile', 'platformdirs',\n"
        "         'desktop.domain.entry', 'desktop.store.journal.models', 'desktop.commands.common')\n"
        "print(sorted(name for name in heavy if name in sys.modules))\n"
    )
    env = {**os.environ, "BALANCE_JOURNAL_DATA_DIR": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert run.stdout.strip() == "[]"
