"""Shared helpers for the store's tests: reading a journal's files as bytes, counting, damaging,
running a system command (mounting a small disk)."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path


def run_command(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def all_bytes(path: Path) -> bytes:
    """The journal file and its -wal together: everything SQLite keeps of it on disk."""
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data


def plain_count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM entry").fetchone()[0]
    finally:
        conn.close()


def damage(path: Path) -> None:
    """Overwrite the middle of a (closed, checkpointed) journal with garbage, keeping its header."""
    size = path.stat().st_size
    page = 4096
    with open(path, "r+b") as handle:
        for number in range(2, size // page):
            handle.seek(number * page + 8)
            handle.write(b"\xa5" * 64)
