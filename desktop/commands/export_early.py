"""`export csv` of the whole journal: its second process starts on the rows before this one
has loaded the store.

Loading the store's modules and opening the journal take this process 35-40 ms before it can
read a row, and the second process of a two-process export (`export_csv.py`) waited for them.
Here, as soon as the command line is read, a child is forked that opens a connection of its own
(SQLCipher's driver alone, `store/journal/driver.py`, with statements from
`store/transfer/export_sql.py`) and writes the header and the first part of the export into the
file that will become the export (named as `atomic_write` names one not yet complete), taking
`HEAD_START` rows more than half for the time it gains, and syncs it to the disk while this
process still works. This process opens the journal as every command does (its checks, the
day's backup), writes the later part to an unnamed temporary file, appends it, syncs it, and
puts the file in place of the target.

The child says through a pipe how many entries there are and where this process's part starts.
Both parts must come from one state of the journal: the child reads SQLite's `data_version`
before its first row and again once this process says it has read its last; if any other
connection committed in between (another program, or this process's opening migrating the
journal), or the child failed, the file is dropped and the export written again in one process.
Only plain journals start early (an encrypted one's passphrase is asked for while opening),
only for the whole journal (a filter needs the store to become SQL), and only on Linux.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import Any, NoReturn

# Rows the child writes beyond half of them for the time it gains while this process loads the
# store and opens the journal (about 40 ms). Both share the machine meanwhile, and the child also
# syncs its part before this process's part is done: 3,000-4,000 gave the shortest exports on a
# two-core machine (trash-20 shape, 20,000 entries: 169 ms with none, 157 ms; 170 ms with 8,000).
HEAD_START = 3500
_PLAIN_HEADER = b"SQLite format 3\x00"

# (total entries, the key of the first entry of this process's part, or None when it has none)
Where = tuple[int, tuple[str, str, int] | None]


class EarlyHalf:
    """The child started for one export, the file it writes into, and what it shares with this
    process."""

    def __init__(self, pid: int, target: Path, partial: Path, fd: int, told: int, done: int) -> None:
        self.pid, self.target, self.partial, self.fd = pid, target, partial, fd
        self._told, self._done = told, done  # the child's line to this process; this one's "done"
        self._published = False

    def where(self) -> Where | None:
        """The child's count and where this process's part starts (None: it is empty); None if
        the child failed before saying."""
        line = b""
        while not line.endswith(b"\n"):
            more = os.read(self._told, 4096)
            if not more:
                return None
            line += more
        total, key = json.loads(line)
        return int(total), (None if key is None else (str(key[0]), str(key[1]), int(key[2])))

    def finish(self) -> bool:
        """Tell the child this process has read all of its own rows; whether the child's part
        is written whole and from the same state of the journal."""
        with suppress(OSError):  # a child that has died already fails below
            os.write(self._done, b"d")
        return self._reap() == 0

    def publish(self) -> None:
        """Put the file, complete now, in place of the target, durably."""
        from desktop.domain.atomic_files import PRIVATE_MODE, replace_atomically

        os.fchmod(self.fd, PRIVATE_MODE)
        replace_atomically(self.partial, self.target)  # syncs the file, renames, syncs the folder
        self._published = True

    def stop(self) -> None:
        """End the child if it still runs, close what it shared, and remove the file unless it
        was put in place."""
        if self.pid:
            with suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._reap()
        for fd in (self._told, self._done, self.fd):
            with suppress(OSError):
                os.close(fd)
        if not self._published:
            self.partial.unlink(missing_ok=True)

    def _reap(self) -> int:
        status, self.pid = child_status(self.pid), 0
        return status


def child_status(pid: int) -> int:
    """Wait for the child `pid` to end: its exit status (anything but 0 is a failure)."""
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


_started: EarlyHalf | None = None


def start_early(args: Any) -> None:
    """Fork the child for the command line's `export` in `args`, if this export may start early."""
    global _started
    from desktop.commands.entries import filter_from
    from desktop.domain.filters import ALL_LIVE

    if args.format != "csv" or not sys.platform.startswith("linux"):
        return
    try:
        whole = filter_from(args) == ALL_LIVE
    except Exception:  # a bad option: the command reports it
        return
    if not whole:
        return
    from desktop.store.journal.paths import resolve_journal_path

    journal, target = resolve_journal_path(args.journal), Path(args.path)
    if not _plain_in_wal(journal) or target.is_dir() or not target.parent.is_dir():
        return  # the command itself says what is wrong, if anything
    from desktop.store.safety.soundness import reason_to_check

    # A journal to be checked whole as it opens (new to this computer, changed outside the app,
    # left by a crash) is opened first: the child's connection would look like another program
    # using it, and the check would be taken for unnecessary.
    if reason_to_check(journal) is not None:
        return
    try:  # named as `atomic_write` names a file not yet complete
        fd, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    except OSError:
        return
    told_read, told_write = os.pipe()
    done_read, done_write = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        os.close(told_read)
        os.close(done_write)
        _child(journal, fd, told_write, done_read)
    os.close(told_write)
    os.close(done_read)
    _started = EarlyHalf(pid, target, Path(partial), fd, told_read, done_write)


def take_early(target: Path) -> EarlyHalf | None:
    """The child started for an export to `target`, now the caller's to finish or stop."""
    global _started
    early, _started = _started, None
    if early is not None and early.target != target:
        early.stop()
        return None
    return early


def abandon_early() -> None:
    """Stop the child if one was started and not taken (the command failed before writing)."""
    global _started
    early, _started = _started, None
    if early is not None:
        early.stop()


def _plain_in_wal(journal: Path) -> bool:
    """A plain SQLite file in write-ahead-log mode (its header's bytes 18 and 19 are 2). Opening
    puts a journal in that mode, which needs the file to itself: a child already reading would
    make the switch fail."""
    try:
        with open(journal, "rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return header.startswith(_PLAIN_HEADER) and header[18:20] == b"\x02\x02"


def _child(journal: Path, fd: int, told: int, done: int) -> NoReturn:
    """Write the header and the first part of the export into the file open as `fd`, and sync
    it; end the process (0: written, and the journal unchanged meanwhile)."""
    status = 1
    try:
        from desktop.io.formats.csv_text import LIST_SEPARATOR, write_csv_batches_into, write_csv_header
        from desktop.store.journal.driver import data_version, driver_connection
        from desktop.store.transfer.export_sql import count_exported, export_batches, export_span_start

        conn = driver_connection(str(journal))
        before = data_version(conn)
        total = count_exported(conn)
        key = export_span_start(conn, (total + HEAD_START) // 2)  # None: the child writes all
        os.write(told, (json.dumps([total, key]) + "\n").encode())
        with open(fd, "w", encoding="utf-8", newline="", closefd=False) as text:
            write_csv_header(text)
            write_csv_batches_into(text, export_batches(conn, LIST_SEPARATOR, stop=key))
        os.fdatasync(fd)  # while the parent still writes its part
        if os.read(done, 1) == b"d" and data_version(conn) == before:
            status = 0
    except BaseException:  # this process reports nothing: the parent writes the export itself
        status = 1
    finally:
        os._exit(status)  # no cleanup of what this process inherited: the parent owns it
