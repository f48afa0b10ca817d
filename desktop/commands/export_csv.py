"""`export csv`: the rows read and written by two processes at once.

Building each row's text (reading it, joining its themes and people, quoting its cells) takes
nearly all of a large export's time and uses one core. An export of the whole journal usually
has its second process running already, started before the journal was opened
(`export_early.py`), and the two write it span by span (`export_spans.py`); `export_csv` takes
this process's spans. Otherwise, for 4,000 entries or more, on Linux the command forks: the
child writes the second half of the export (in the export's own order) to an unnamed temporary
file while this process writes the first half to the target, and the child's half is then copied
after it. The file still appears only when complete (`atomic_write`).

The two halves must come from the same state of the journal. The child opens a connection of
its own (it never touches one it inherited) and starts reading only when this process says so,
after reading SQLite's `data_version`; if that has changed once both halves are done, another
program committed meanwhile and the export is written again in one process. Any failure of the
child is met the same way: the export is never left with a half missing.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Any, TextIO, cast

from desktop.commands.export_early import EarlyHalf, child_status, take_early
from desktop.commands.export_spans import copy_into
from desktop.domain.filters import EntryFilter

# Below this many entries a second process costs more than it saves.
SPLIT_FROM = 4000


class _HalvesDiffer(Exception):
    """The two halves were not read from the same state of the journal, or the child failed."""


def export_csv(flt: EntryFilter, target: Path) -> int:
    """Write the entries `flt` keeps to `target` as CSV; the number written."""
    from desktop.domain.filters import ALL_LIVE
    from desktop.io.formats.csv_export import write_csv_batches
    from desktop.io.formats.csv_text import LIST_SEPARATOR
    from desktop.store.transfer.export_rows import count_exported, iter_export_batches

    early = take_early(target)  # a child started on the later rows before the journal opened
    if early is not None:
        try:
            written = _finish_early(early) if flt == ALL_LIVE else None
        except _HalvesDiffer:
            written = None
        finally:
            early.stop()
        if written is not None:
            return written
    if sys.platform.startswith("linux") and count_exported(flt) >= SPLIT_FROM:
        try:
            return _export_in_two(flt, target)
        except _HalvesDiffer:
            pass  # written again below, in one process
    return write_csv_batches(iter_export_batches(flt, LIST_SEPARATOR), target)


def _finish_early(early: EarlyHalf) -> int | None:
    """Write the odd spans of the export (`export_spans.py`) beside the early child's even ones,
    and put the whole file in place of the target; the number written, or None if the child
    failed before saying how many there are."""
    from desktop.commands.export_early import HEAD_START
    from desktop.commands.export_spans import OtherSideFailed, span_ends, take_turns
    from desktop.domain.filters import ALL_LIVE
    from desktop.io.formats.csv_text import LIST_SEPARATOR
    from desktop.store.transfer.export_rows import export_span_start, iter_export_batches

    total = early.channel.receive_number("T")
    if total is None:
        return None
    try:
        take_turns(
            early.channel,
            span_ends(total, HEAD_START),
            1,
            early.fd,
            early.target.parent,
            lambda skip, after: export_span_start(ALL_LIVE, skip, after=after),
            lambda start, stop: iter_export_batches(ALL_LIVE, LIST_SEPARATOR, start=start, stop=stop),
        )
    except OtherSideFailed:
        raise _HalvesDiffer() from None
    if not early.finish():
        raise _HalvesDiffer()
    early.publish()
    return total


def _export_in_two(flt: EntryFilter, target: Path) -> int:
    # Everything either process needs is imported before the fork: the child then takes no
    # lock (an import's) that another thread of this process might have held at that moment.
    from desktop.domain.atomic_files import atomic_write
    from desktop.io.formats.csv_text import LIST_SEPARATOR, write_csv_batches_into, write_csv_header
    from desktop.store.journal.access import commits_by_others
    from desktop.store.journal.models import journal_db
    from desktop.store.transfer.export_rows import count_exported, export_span_start, iter_export_batches

    journal_db.close()  # the child inherits no open connection; this process opens a new one
    sys.stdout.flush()
    sys.stderr.flush()
    with tempfile.TemporaryFile(dir=target.parent) as part:
        go_read, go_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(go_write)
            _child(flt, part, go_read)
        os.close(go_read)
        try:
            before = commits_by_others()
            os.write(go_write, b"g")
            total = count_exported(flt)
            middle = export_span_start(flt, total // 2)
            with atomic_write(target, "w", encoding="utf-8", newline="") as out:
                write_csv_header(out)
                write_csv_batches_into(out, iter_export_batches(flt, LIST_SEPARATOR, stop=middle))
                status, pid = child_status(pid), 0
                if status != 0 or commits_by_others() != before:
                    raise _HalvesDiffer()
                out.flush()
                _append(part, cast(TextIO, out).fileno())
            return total
        finally:
            os.close(go_write)
            if pid:
                child_status(pid)  # the child sees the pipe close and ends without reading


def _append(part: IO[bytes], out: int) -> None:
    """Copy all of `part` to the end of the file open as `out`, by the kernel where it can."""
    copy_into(part.fileno(), os.fstat(part.fileno()).st_size, out, os.lseek(out, 0, os.SEEK_END))


def _child(flt: EntryFilter, part: IO[bytes], go: int) -> None:
    """Write the second half of the export to `part`, then end the process (0: written)."""
    from desktop.io.formats.csv_text import LIST_SEPARATOR, write_csv_batches_into
    from desktop.store.journal.access import separate_connection
    from desktop.store.transfer.export_rows import count_exported, export_span_start, iter_export_batches

    status = 1
    try:
        if os.read(go, 1) == b"g":
            conn: Any = separate_connection()
            total = count_exported(flt, conn)
            middle = export_span_start(flt, total // 2, conn)
            text = io.TextIOWrapper(part, encoding="utf-8", newline="")
            if middle is not None:
                batches = iter_export_batches(flt, LIST_SEPARATOR, start=middle, conn=conn)
                write_csv_batches_into(text, batches)
            text.flush()
            status = 0
    except BaseException:  # the parent sees the status and writes the export itself
        status = 1
    finally:
        os._exit(status)  # no cleanup of what this process inherited: the parent owns it
