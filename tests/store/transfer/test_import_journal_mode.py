"""A large import goes through SQLite's rollback journal when nothing else has the journal open:
afterwards the journal is back in write-ahead-log mode, and a kill in the middle leaves it as
it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop.io.formats.csv_export import write_csv
from desktop.store.entries.entry_table import count_entries
from desktop.store.journal.connection import connect
from desktop.store.journal.opening import open_journal
from desktop.store.transfer.importing import apply_import
from tests.factories import make_entry

WORKTREE = Path(__file__).resolve().parents[3]


def _mode(path: Path) -> str:
    conn = connect(path)
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        conn.close()


def _journal_with(path: Path, count: int) -> None:
    with open_journal(path, daily_backup=False):
        apply_import([make_entry(title=f"kept {i}") for i in range(count)])


def test_after_an_import_the_journal_is_in_wal_mode_again(tmp_path: Path) -> None:
    journal = tmp_path / "j.db"
    _journal_with(journal, 5)
    with open_journal(journal, daily_backup=False):
        result = apply_import([make_entry(title=f"new {i}") for i in range(300)])
        assert result.added == 300
        assert count_entries() == 305
    assert _mode(journal) == "wal"


def test_with_another_connection_open_the_import_goes_through_the_log(tmp_path: Path) -> None:
    journal = tmp_path / "j.db"
    _journal_with(journal, 5)
    other = connect(journal)  # another program reading the journal
    try:
        other.execute("SELECT count(*) FROM entry").fetchone()
        with open_journal(journal, daily_backup=False):
            assert apply_import([make_entry(title=f"new {i}") for i in range(50)]).added == 50
        assert other.execute("SELECT count(*) FROM entry").fetchone()[0] == 55
    finally:
        other.close()
    assert _mode(journal) == "wal"


def test_a_kill_in_the_middle_of_an_import_leaves_the_journal_as_it_was(tmp_path: Path) -> None:
    journal, source = tmp_path / "j.db", tmp_path / "big.csv"
    _journal_with(journal, 7)
    write_csv([make_entry(title=f"imported {i}", body="words " * 200) for i in range(40_000)], source)
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--journal", str(journal), "import", str(source)],
        cwd=WORKTREE,
        env=dict(os.environ, PYTHONPATH=str(WORKTREE)),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    rollback = journal.with_name(journal.name + "-journal")
    deadline = time.monotonic() + 60
    while not (rollback.exists() and rollback.stat().st_size > 0) and time.monotonic() < deadline:
        time.sleep(0.01)  # the import has begun writing through the rollback journal
    assert process.poll() is None, "the import ended before it could be interrupted"
    time.sleep(0.3)
    process.send_signal(signal.SIGKILL)
    process.wait()
    with open_journal(journal, daily_backup=False, full_check=True):
        assert count_entries() == 7
    assert _mode(journal) == "wal"
