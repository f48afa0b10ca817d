"""A full disk, a read-only disk and a locked journal: one clear line each, the journal intact.

The disks are real: a 2 MB tmpfs (or, where tmpfs cannot be mounted, a loop-mounted ext2 image),
the `small_disk` of conftest.py. The tests need root; where neither can be mounted they fail with
the reason, never skip.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store.entries.entry_table import count_entries, save_entries, save_entry
from desktop.store.journal import opening as database
from desktop.store.journal.connection import connect
from desktop.store.journal.errors import DiskFull, JournalLocked, JournalReadOnly, classify
from desktop.store.journal.models import journal_db
from desktop.store.journal.opening import open_journal
from tests.factories import make_entry
from tests.store.helpers import run_command


def _fill(disk: Path) -> Path:
    """Take every free byte of the disk."""
    filler = disk / "filler"
    with open(filler, "wb") as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 65536)
            handle.flush()
    return filler


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_a_full_disk_is_named_as_such_and_loses_nothing(small_disk: Path) -> None:
    path = small_disk / "journal.db"
    with open_journal(path):
        save_entries([make_entry(title=f"kept {n}") for n in range(3)])
    with open_journal(path) as journal:  # today's backup, before the disk fills
        journal_db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        before = path.read_bytes()
        filler = _fill(small_disk)
        big = "every word matters " * 20000
        with pytest.raises(DiskFull) as batch:
            save_entries([make_entry(title=f"imported {n}", body=big) for n in range(5)])
        with pytest.raises(DiskFull) as single:
            save_entry(make_entry(title="one more", body=big))
        for caught in (batch, single):
            assert str(caught.value).startswith("the disk is full; nothing was saved")
            assert "\n" not in str(caught.value)
        assert count_entries() == 3
        assert journal.warnings == []
    assert path.read_bytes() == before
    filler.unlink()
    assert _integrity(path) == "ok"
    with open_journal(path):
        assert count_entries() == 3
        save_entry(make_entry(title="after the disk was freed"))
        assert count_entries() == 4


def test_cli_on_a_full_disk_says_so_in_one_line(small_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = small_disk / "journal.db"
    open_journal(path).close()
    open_journal(path).close()
    filler = _fill(small_disk)
    code = main(["--journal", str(path), "add", "--title", "t", "--body", "lost? " * 50000])
    err = capsys.readouterr().err
    filler.unlink()
    assert code == 1
    assert err.count("\n") == 1 and "the disk is full" in err
    with open_journal(path):
        assert count_entries() == 0


def test_a_backup_on_a_full_disk_says_so_and_leaves_no_partial_files(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = small_disk / "journal.db"
    with open_journal(path, daily_backup=False):
        save_entries([make_entry(title=f"kept {n}", body=f"words {n} " * 60) for n in range(300)])
    (small_disk / "journal.db.backups").mkdir()
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    filler = small_disk / "filler"
    filler.write_bytes(b"\0" * max(0, free - 64 * 1024))  # room to start the copy, not to finish it
    code = main(["--journal", str(path), "backup"])
    err = capsys.readouterr().err
    filler.unlink()
    assert code == 1 and err.count("\n") == 1 and "the disk is full" in err
    folder = small_disk / "journal.db.backups"
    assert not folder.exists() or sorted(p.name for p in folder.iterdir()) == []


def test_a_read_only_journal_refuses_writes_and_still_reads(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = small_disk / "journal.db"
    with open_journal(path):
        save_entry(make_entry(title="kept"))
    before = path.read_bytes()
    assert run_command("mount", "-o", "remount,ro", str(small_disk)).returncode == 0
    try:
        with pytest.raises(JournalReadOnly, match="read-only"):
            open_journal(path)
        code = main(["--journal", str(path), "add", "--title", "new"])
        err = capsys.readouterr().err
        assert code == 1 and err.count("\n") == 1 and "read-only" in err
        # Reading needs no writing: a journal on a read-only disk can still be read and exported.
        assert main(["--journal", str(path), "list", "--json"]) == 0
        assert [e["title"] for e in json.loads(capsys.readouterr().out)] == ["kept"]
        assert main(["--journal", str(path), "search", "kept"]) == 0
        assert "kept" in capsys.readouterr().out
        assert main(["--journal", str(path), "stats", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["entries"] == 1
        assert main(["--journal", str(path), "export", "csv", str(tmp_path / "out.csv")]) == 0
        assert "kept" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
        capsys.readouterr()
        assert main(["--journal", str(path), "backup"]) == 1
        assert capsys.readouterr().err == (
            f"balance-journal: error: cannot make the backup folder {small_disk}/journal.db.backups: "
            "it is read-only\n"
        )
        # A dry run writes nothing either: it counts against the read-only journal.
        assert main(["--journal", str(path), "import", str(tmp_path / "out.csv"), "--dry-run"]) == 0
        assert "would add 0 entries, 1 already in the journal" in capsys.readouterr().out
    finally:
        run_command("mount", "-o", "remount,rw", str(small_disk))
    assert path.read_bytes() == before
    assert sorted(p.name for p in small_disk.iterdir() if p.name != "lost+found") == ["journal.db"]


def test_a_locked_journal_says_it_is_busy(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.2)
    with open_journal(journal_path):
        save_entry(make_entry(title="kept"))
    # Another program, played by a connection made as the app makes its own: within one
    # process only connections of one SQLite library see each other's locks.
    other = connect(journal_path)
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE entry SET title = 'being changed elsewhere'")
    try:
        with open_journal(journal_path, daily_backup=False):
            with pytest.raises(JournalLocked, match="busy in another program") as caught:
                save_entry(make_entry(title="not now"))
            assert "\n" not in str(caught.value)
        code = main(["--journal", str(journal_path), "add", "--title", "not now"])
        err = capsys.readouterr().err
        assert code == 1 and err.count("\n") == 1 and "busy" in err
    finally:
        other.execute("ROLLBACK")
        other.close()
    with open_journal(journal_path, daily_backup=False):
        assert count_entries() == 1


def test_classify_finds_the_real_cause_behind_a_rollback_error() -> None:
    import peewee

    try:
        try:
            raise peewee.OperationalError("database or disk is full")
        except peewee.OperationalError:
            raise peewee.OperationalError("cannot rollback - no transaction is active")  # noqa: B904
    except peewee.OperationalError as error:
        chained = error
    assert isinstance(classify(chained), DiskFull)
    assert classify(ValueError("disk is full")) is None  # not a database error: our bug


def test_a_read_only_journal_reached_by_a_link_still_shows_what_a_crash_left_in_its_wal(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    source = tmp_path / "live.db"
    with open_journal(source, daily_backup=False):
        save_entry(make_entry(title="checkpointed"))
    with open_journal(source, daily_backup=False):
        save_entry(make_entry(title="only in the wal"))
        # A copy taken while the journal is open: what a crash leaves, the -wal unfolded.
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(f"{source}{suffix}", small_disk / f"journal.db{suffix}")
    assert (small_disk / "journal.db-wal").stat().st_size > 0
    link = tmp_path / "link.db"
    link.symlink_to(small_disk / "journal.db")
    assert run_command("mount", "-o", "remount,ro", str(small_disk)).returncode == 0
    try:
        assert main(["--journal", str(link), "list", "--json"]) == 0
        titles = sorted(e["title"] for e in json.loads(capsys.readouterr().out))
    finally:
        run_command("mount", "-o", "remount,rw", str(small_disk))
    assert titles == ["checkpointed", "only in the wal"]
