"""A sync round killed at any moment (SIGKILL: no clean-up runs) loses nothing: the next round
completes, and the other computer ends with every entry."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

from desktop.domain.entry import Entry
from desktop.store.transfer.bulk import insert_entries_bulk
from tests.store.sync.helpers import everything, opened, round_of, set_up, settle

ENTRIES = 6000


def _entries() -> list[Entry]:
    return [
        Entry(
            title=f"Day {n}",
            body=f"Entry number {n}.\n" * 20,
            date=date(2020, 1, 1) + timedelta(days=n % 1500),
            time=clock(7, 0),
            utc_offset=timedelta(0),
            themes=["trust"] if n % 3 else ["self-care"],
        )
        for n in range(ENTRIES)
    ]


def _round_in_a_child(journal: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "BALANCE_JOURNAL_DATA_DIR": str(journal.parent / "data")}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--journal", str(journal), "sync"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_killed_rounds_lose_nothing(tmp_path: Path) -> None:
    a, b, folder = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "Sync"
    with opened(a):
        insert_entries_bulk(_entries())
    set_up(a, folder, "laptop")
    rng = random.Random(17)
    killed = 0
    for _ in range(4):
        child = _round_in_a_child(a)
        time.sleep(rng.uniform(0.4, 1.2))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            killed += 1
        child.wait()
        connection = sqlite3.connect(a)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.close()
    assert killed, "no round was cut short: the test proved nothing"
    round_of(a)  # completes where the killed ones stopped
    set_up(b, folder, "desktop")
    settle([a, b])
    theirs = everything(b)
    assert len(theirs) == ENTRIES
    assert theirs == everything(a)
