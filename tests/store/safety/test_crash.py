"""Killing a writing process at random moments loses no committed entry and no half batch."""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

KILLS = 20
BATCH_SIZE = 600
WORKTREE = Path(__file__).resolve().parents[3]


def _start_writer(journal: Path) -> tuple[subprocess.Popen[str], queue.Queue[str]]:
    env = dict(os.environ, PYTHONPATH=str(WORKTREE))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.store.safety.crash_writer", str(journal), str(BATCH_SIZE)],
        cwd=WORKTREE,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line.strip())

    threading.Thread(target=pump, daemon=True).start()
    return proc, lines


def _wait_for(lines: queue.Queue[str], prefix: str, seen: list[str], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.05)
        except queue.Empty:
            continue
        seen.append(line)
        if line.startswith(prefix):
            return
    raise AssertionError(f"the writer never printed {prefix!r}; it printed {seen[-3:]}")


def _drain(lines: queue.Queue[str], seen: list[str]) -> None:
    time.sleep(0.05)  # let the reader thread hand over what the pipe still held
    while True:
        try:
            seen.append(lines.get_nowait())
        except queue.Empty:
            return


def _check(journal: Path, printed: list[str]) -> None:
    conn = sqlite3.connect(journal)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        uuids = {row[0] for row in conn.execute("SELECT uuid FROM entry")}
        batches: dict[str, int] = {}
        for (title,) in conn.execute("SELECT title FROM entry WHERE title LIKE 'batch %'"):
            key = title.split()[1]
            batches[key] = batches.get(key, 0) + 1
    finally:
        conn.close()
    for line in printed:
        kind, _, value = line.partition(" ")
        if kind == "saved":
            assert value in uuids, f"committed entry {value} was lost"
        elif kind == "import-done":
            assert batches.get(value) == BATCH_SIZE, f"committed batch {value} is incomplete"
    for batch, count in batches.items():
        assert count in (0, BATCH_SIZE), f"batch {batch} was half saved: {count} entries"


def test_sigkill_at_random_moments_loses_nothing_committed(journal_path: Path) -> None:
    from desktop.store.journal.opening import open_journal

    open_journal(journal_path).close()
    rng = random.Random(20261122)
    printed: list[str] = []
    during_import = 0
    started = time.monotonic()
    for kill in range(KILLS):
        proc, lines = _start_writer(journal_path)
        seen: list[str] = []
        try:
            if kill % 2:
                # Half the kills land inside a large import, somewhere in its transaction.
                _wait_for(lines, "import-start", seen)
                time.sleep(rng.uniform(0.0, 0.6))
            elif kill % 4 == 0:
                # Right after an import has committed: it must be there in full.
                _wait_for(lines, "import-done", seen, timeout=60)
                time.sleep(rng.uniform(0.0, 0.3))
            else:
                _wait_for(lines, "ready", seen)
                time.sleep(rng.uniform(0.0, 1.6))
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
        _drain(lines, seen)
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
        if seen and seen[-1].startswith("import-start"):
            during_import += 1
        printed.extend(seen)
        _check(journal_path, printed)
    elapsed = time.monotonic() - started
    saved = sum(1 for line in printed if line.startswith("saved "))
    imports = sum(1 for line in printed if line.startswith("import-done "))
    assert saved >= KILLS // 2, "the writer hardly wrote anything; the test proves little"
    assert during_import >= KILLS // 4, "too few kills landed inside an import"
    assert imports >= 1
    # The journal still opens normally and passes the start-up check after all that.
    with open_journal(journal_path, daily_backup=False):
        pass
    print(
        f"{KILLS} kills ({during_import} mid-import), {saved} entries and {imports} imports "
        f"committed, {elapsed:.1f}s"
    )
