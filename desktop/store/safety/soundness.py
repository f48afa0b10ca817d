"""When the journal's whole file is checked, so that opening costs the same at 1 MB and at 2 GB.

SQLite's whole-file check reads every page; run at every opening it made each command pay for
the journal's size (a quarter of a second on 210 MB, seconds with photos). It still runs
whenever there is a reason to doubt the file, and before anything writes to it then:

- the file is new to this computer, or differs from how the app last left it (see
  `check_record`): something other than this app wrote, replaced or copied it;
- the last session did not end cleanly: a write-ahead log is left that no running program
  holds open (a crash or power cut in the middle of a session);
- the user asks (`balance-journal check`, or `full=True`).

Besides those, damage is still found: the day's first backup is verified whole (a damaged
page copies as damaged), the window checks in the background when the last whole check is
more than a day old, and any read that meets a damaged page reports it. From then on the
journal refuses every write and the record is dropped, so the next opening checks and refuses.
"""

from __future__ import annotations

import os
import struct
import sys
from collections import Counter
from pathlib import Path

from desktop.store.journal import check_record
from desktop.store.journal.paths import WAL, WAL_INDEX, side_file

# SQLite's unix VFS holds a shared lock on this byte of the -shm file for as long as a
# connection has the database open ("DMS", the dead-man switch; os_unix.c: (22 + 8) * 4 + 8).
_SHM_DMS_BYTE = 128

# Journals this process has open now (path → how many times): POSIX locks never conflict within
# one process, so our own open connections cannot be told from a crash by the lock alone.
_open_here: Counter[str] = Counter()


def opened(path: Path) -> None:
    _open_here[str(Path(path).absolute())] += 1


def closed(path: Path) -> None:
    key = str(Path(path).absolute())
    _open_here[key] -= 1
    if _open_here[key] <= 0:
        del _open_here[key]


def open_in_this_process(path: Path) -> bool:
    return _open_here[str(Path(path).absolute())] > 0


def _flock_query(fd: int, start: int) -> bool | None:
    """Whether another process holds a lock on one byte of `fd` (Linux's struct flock); None
    where that cannot be asked."""
    if not sys.platform.startswith("linux"):
        return None
    import fcntl

    # struct flock { short l_type; short l_whence; off_t l_start; off_t l_len; pid_t l_pid; }
    layout = "@hhqqi4x"
    request = struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, start, 1, 0)
    try:
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, request)
    except OSError:
        return None
    return struct.unpack(layout, answer)[0] != fcntl.F_UNLCK


def held_by_another_program(path: Path) -> bool | None:
    """Whether a running program has the journal open now (its connection holds SQLite's lock
    in the -shm file); None if this system cannot tell."""
    shm = side_file(path, WAL_INDEX)
    try:
        fd = os.open(shm, os.O_RDONLY)
    except FileNotFoundError:
        return False
    except OSError:
        return None
    try:
        return _flock_query(fd, _SHM_DMS_BYTE)
    finally:
        os.close(fd)


def left_by_a_crash(path: Path) -> bool:
    """A write-ahead log with something in it that no running program has open: the last
    session ended without closing (a clean close folds the log into the file and removes it)."""
    try:
        if side_file(path, WAL).stat().st_size == 0:
            return False
    except FileNotFoundError:
        return False
    except OSError:
        return True
    if open_in_this_process(path):
        return False
    return held_by_another_program(path) is not True


def reason_to_check(path: Path) -> str | None:
    """Why the whole file must be checked before this opening goes on, or None if it is known
    sound: unchanged since the app last closed it cleanly."""
    record = check_record.recorded(path)
    if record is None:
        return "first opened on this computer"
    if left_by_a_crash(path):
        return "the last session did not end cleanly"
    if not check_record.matches(path, record) and not _busy_elsewhere(path):
        return "changed since Balance Journal last closed it"
    return None


def _busy_elsewhere(path: Path) -> bool:
    """Another program (or this one) has the journal open: it checkpoints the log into the file
    as it writes, so the file changes under the record without anything being wrong."""
    return open_in_this_process(path) or held_by_another_program(path) is True
