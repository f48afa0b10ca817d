"""A small real disk for the tests of what a full or read-only disk does to a journal."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store.journal.models import journal_db
from tests.store.helpers import run_command


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A mounted 2 MB file system (tmpfs, or a loop-mounted ext2 image where tmpfs cannot be
    mounted). Needs root; fails with the reason, never skips."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.environ.get("BALANCE_TEST_LOOP_DISK"):  # exercise the fallback on purpose
        tried = subprocess.CompletedProcess([], 1, "", "skipped on request")
    else:
        tried = run_command("mount", "-t", "tmpfs", "-o", "size=2M,mode=0700", "tmpfs", str(mount))
    if tried.returncode != 0:
        image = tmp_path / "disk.img"
        with open(image, "wb") as handle:
            handle.truncate(3 * 1024 * 1024)
        made = run_command("mkfs.ext2", "-q", "-F", str(image))
        looped = run_command("mount", "-o", "loop", str(image), str(mount))
        if made.returncode != 0 or looped.returncode != 0:
            pytest.fail(
                "cannot mount a small filesystem for the disk tests (run them as root): "
                f"tmpfs: {tried.stderr.strip()}; loop: {made.stderr.strip()} {looped.stderr.strip()}"
            )
    try:
        yield mount
    finally:
        journal_db.initialize(None)
        run_command("umount", "-l", str(mount))
