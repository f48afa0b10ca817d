"""What this computer knows about a journal file's soundness: the file as the app last left it.

After a session that began with a sound journal (checked, or known sound) and ended cleanly
(the write-ahead log folded back in and removed), the file holds only what SQLite wrote, so it
is as sound as it was. The record keeps that file's identity (device, inode, size, change and
modification times) and when its whole file was last checked. The next opening compares: a
file that differs in any of them was changed by something other than this app (a file-sync
service, a copy, a disk tool, a restore from elsewhere) and is checked whole before anything
writes to it. The change time cannot be set back by any program, so a tool that restores the
modification time after writing still shows.

One small JSON file per journal in the app's data folder, named by a hash of the journal's
absolute path; a journal moved or copied elsewhere has no record there and is checked once.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import NamedTuple

from desktop.store.journal.paths import data_dir

RECORD_FOLDER = "checked"


# Named tuples rather than dataclasses: `export csv` reads the record before it loads anything
# else (commands/export_early.py), and the dataclasses module alone takes 6 ms to import.
class FileIdentity(NamedTuple):
    """What changes when anything writes, replaces or copies a file."""

    device: int
    inode: int
    size: int
    modified_ns: int
    changed_ns: int

    @classmethod
    def of(cls, path: Path) -> FileIdentity:
        status = os.stat(path)
        return cls(status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)


class CheckRecord(NamedTuple):
    identity: FileIdentity
    checked_at: str  # ISO time (UTC) of the last whole-file check that found nothing wrong


def _record_file(journal: Path) -> Path:
    key = hashlib.sha256(str(Path(journal).absolute()).encode("utf-8", "surrogateescape")).hexdigest()
    return data_dir() / RECORD_FOLDER / f"{key[:32]}.json"


def recorded(journal: Path) -> CheckRecord | None:
    """The record of `journal`, or None if there is none (or it cannot be read: then the
    journal is simply checked again)."""
    try:
        data = json.loads(_record_file(journal).read_text(encoding="utf-8"))
        if data.get("path") != str(Path(journal).absolute()):
            return None  # a hash clash, however unlikely, must not vouch for another file
        return CheckRecord(FileIdentity(**data["identity"]), str(data["checked_at"]))
    except (OSError, ValueError, TypeError, KeyError):
        return None


def now_text() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="seconds")


def remember(journal: Path, checked_at: str) -> None:
    """Record `journal` as it is on disk now as sound, last checked whole at `checked_at`.

    Best effort: a record that cannot be written only means the next opening checks again.
    """
    try:
        record = CheckRecord(FileIdentity.of(journal), checked_at)
        if recorded(journal) == record:
            return  # a session that only read: no write, and no wait on the disk for its sync
        target = _record_file(journal)
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        from desktop.domain.atomic_files import atomic_write

        data = {
            "path": str(Path(journal).absolute()),
            "identity": record.identity._asdict(),
            "checked_at": record.checked_at,
        }
        with atomic_write(target, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
    except OSError:
        pass


def forget(journal: Path) -> None:
    """Drop the record, so that the next opening checks the whole file (damage was seen)."""
    with contextlib.suppress(OSError):
        _record_file(journal).unlink(missing_ok=True)


def matches(journal: Path, record: CheckRecord) -> bool:
    try:
        return FileIdentity.of(journal) == record.identity
    except OSError:
        return False
