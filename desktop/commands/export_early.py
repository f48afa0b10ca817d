"""`export csv` of the whole journal: its second process starts on the rows before this one
has loaded the store.

Loading the command line's modules and the store's and opening the journal take this process
60 ms before it can read a row, and the second process of a two-process export
(`export_csv.py`) waited for them. Here, first thing in `cli.main`, before the parser is built,
a command line of the plain form `[--journal J] export csv PATH` forks a child that opens a
connection of its own (SQLCipher's driver alone, `store/journal/driver.py`, with statements from
`store/transfer/export_sql.py` and text from `io/formats/csv_text.py`; none of them loads
anything else of the app) and starts writing the export into the file that will become it
(named as `atomic_write` names one not yet complete): the header and the first span, longer by
`HEAD_START` rows for the time it gains. This process opens the journal as every command does
(its checks, the day's backup) and writes the next span; from there the two take the spans in
turn, each written straight into its place in the file (`export_spans.py`). This process then
syncs the file and puts it in place of the target. So that the fork comes early, this module,
`cli` and what the decision reads (`store/journal/paths.py`, `store/safety/soundness.py`) import
only the standard library at their top.

Both processes' spans must come from one state of the journal: the child reads SQLite's
`data_version` before its first row and again once this process says it has written its last,
and answers `+` if no other connection committed in between (another program, or this process's
opening migrating the journal); otherwise, or if the child failed, the file is dropped and the
export written again in one process. Only plain journals start early (an encrypted one's
passphrase is asked for while opening), only for the whole journal (a filter needs the store to
become SQL), and only on Linux.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import NoReturn

from desktop.commands.export_spans import Channel, span_ends, take_turns, write_behind

# Rows the child's first span has beyond the others for the time it gains while this process
# loads the app and opens the journal (about 60 ms); both share the machine meanwhile. Medians
# of 15-21 exports of 20,000 entries on a two-core machine, with 3,500 / 6,000 / 8,000: everyday
# 159 / 154 / 153 ms, long and short 153 / 144 / 141, many links 174 / 173 / 184, small
# vocabulary 162 / 153 / 154, trash-20 150 (3,500), 143-146 (5,000), 140-142 (6,000), 139-141
# (7,000).
HEAD_START = 6000
_PLAIN_HEADER = b"SQLite format 3\x00"


class EarlyHalf:
    """The child started for one export, the file it writes into, and the pipes to it."""

    def __init__(self, pid: int, target: Path, partial: Path, fd: int, channel: Channel) -> None:
        self.pid, self.target, self.partial, self.fd, self.channel = pid, target, partial, fd, channel
        self._published = False

    def finish(self) -> bool:
        """Tell the child this process has written all of its spans; whether the child's are
        written whole and read from the same state of the journal. The child answers before it
        ends, so this process does not wait for it to be torn down."""
        try:
            self.channel.send("d")
            return self.channel.receive("+") is not None
        except OSError:  # the child has died already
            return False

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
            import signal

            with suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._reap()
        self.channel.close()
        with suppress(OSError):
            os.close(self.fd)
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


def start_from_command_line(argv: Sequence[str]) -> None:
    """Fork the child if `argv` (the command line after the program's name) asks for `export
    csv` of the whole journal and this export may start early.

    This runs before the command line's parser has been built (it needs every command's module),
    so only the plain forms are recognised: `[--journal J] export csv PATH`, nothing more; the
    parser reads them the same way, and any other form is simply written without an early start.
    """
    global _started
    request = _whole_csv_export(list(argv))
    if request is None or _started is not None or not sys.platform.startswith("linux"):
        return
    from desktop.store.journal.paths import resolve_journal_path

    journal, target = resolve_journal_path(request[0]), Path(request[1])
    if not _plain_in_wal(journal) or target.is_dir() or not target.parent.is_dir():
        return  # the command itself says what is wrong, if anything
    from desktop.store.safety.soundness import reason_to_check

    # A journal to be checked whole as it opens (new to this computer, changed outside the app,
    # left by a crash) is opened first: the child's connection would look like another program
    # using it, and the check would be taken for unnecessary.
    if reason_to_check(journal) is not None:
        return
    try:
        fd, partial = _new_partial(target)
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
        _child(journal, fd, partial.parent, Channel(done_read, told_write))
    os.close(told_write)
    os.close(done_read)
    _started = EarlyHalf(pid, target, partial, fd, Channel(told_read, done_write))


def _whole_csv_export(argv: list[str]) -> tuple[str | None, str] | None:
    """(the --journal given or None, the target) if `argv` is one of the plain forms of `export
    csv` of every live entry."""
    journal = None
    if argv[:1] == ["--journal"] and len(argv) >= 2:
        journal, argv = argv[1], argv[2:]
    elif argv[:1] and argv[0].startswith("--journal="):
        journal, argv = argv[0].removeprefix("--journal="), argv[1:]
    if journal is not None and (not journal.strip() or journal.startswith("-")):
        return None  # the parser's to refuse
    if len(argv) != 3 or argv[:2] != ["export", "csv"] or argv[2].startswith("-") or not argv[2]:
        return None
    return journal, argv[2]


def _new_partial(target: Path) -> tuple[int, Path]:
    """A new, empty file beside `target`, named as `atomic_write` names a file not yet complete
    (its module, tempfile, is not loaded yet: 3 ms)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        partial = target.parent / f".{target.name}.{os.urandom(6).hex()}.partial"
        try:
            return os.open(partial, flags, 0o600), partial
        except FileExistsError:
            continue
    raise FileExistsError(f"no free name for a file beside {target}")


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


def _child(journal: Path, fd: int, folder: Path, channel: Channel) -> NoReturn:
    """Write the header and the even spans of the export into the file open as `fd`, answer
    `+` once this process is done if the journal is unchanged meanwhile, and end."""
    status = 1
    try:
        from desktop.io.formats.csv_text import LIST_SEPARATOR, write_csv_batches_into, write_csv_header
        from desktop.store.journal.driver import data_version, driver_connection
        from desktop.store.transfer.export_sql import count_exported, export_batches, export_span_start

        conn = driver_connection(str(journal))
        before = data_version(conn)
        total = count_exported(conn)
        ends = span_ends(total, HEAD_START)
        channel.send_number("T", total)
        stop = export_span_start(conn, ends[0]) if len(ends) > 1 else None
        if stop is not None:
            channel.send_key(stop)
        with open(fd, "w", encoding="utf-8", newline="", closefd=False) as text:
            write_csv_header(text)
            write_csv_batches_into(text, export_batches(conn, LIST_SEPARATOR, stop=stop))
        end = os.lseek(fd, 0, os.SEEK_CUR)  # only this process has moved it: the rest use offsets
        write_behind(fd, end)
        if len(ends) > 1:
            channel.send_number("E", end)  # where the parent's first span goes in the file
        take_turns(
            channel,
            ends,
            2,
            fd,
            folder,
            lambda skip, after: export_span_start(conn, skip, after=after),
            lambda start, stop: export_batches(conn, LIST_SEPARATOR, start=start, stop=stop),
        )
        if channel.receive("d") is not None and data_version(conn) == before:
            channel.send("+")
            status = 0
    except BaseException:  # this process reports nothing: the parent writes the export itself
        status = 1
    finally:
        os._exit(status)  # no cleanup of what this process inherited: the parent owns it
