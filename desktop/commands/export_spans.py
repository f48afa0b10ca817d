"""An export written by two processes into one file, span by span, and what they tell each other.

The rows are cut into spans in the export's order (`span_ends`); the child (`export_early.py`)
takes the even ones, this process the odd ones. The child's first span starts the file at its
first byte, with the header, and is longer by the head start it has; the others are alike, about
`SPAN_ROWS` each, so both processes end together. Each process holds a span's text (`HeldSpan`)
until the other says where its own span before ended in the file, and writes it there: nothing
is copied afterwards, and neither holds more than a span. Before reading a span, its process
finds where the next one starts (one index lookup) and says so, for the other process starts
there (`take_turns`, which both run).

The two talk through a pipe each way, a line per message (`Channel`): the count of rows (child),
where a span starts (`K`), where a span ended in the file (`E`), this process's "done" (`d`), and
the child's answer (`+`: its spans are written, and the journal did not change while both read).
The messages come in the order both follow the spans, so each side reads the next line it needs;
a line of another kind, or a closed pipe, is a failure (`OtherSideFailed`), and the export is
then written again in one process.

This module imports only the standard library, `io/formats/csv_text.py` and the statements'
key (`store/transfer/export_sql.py`): the child uses it before anything else loads.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path
from typing import IO

from desktop.io.formats.csv_text import write_csv_batches_into
from desktop.store.transfer.export_sql import SpanKey as Key

# Rows in a span after the first: a span's text is held in memory until it can be written
# (10,000 everyday entries are 12 MB of CSV).
SPAN_ROWS = 10_000
_HELD_IN_MEMORY = 16 * 1024 * 1024
_COPY_CHUNK = 1 << 20


def span_ends(total: int, head_start: int) -> list[int]:
    """How many rows of the export come up to the end of each span (the last is `total`).

    The spans come in pairs, the child's then this process's, about `SPAN_ROWS` each and all
    alike but the first, which is longer by the head start: so both processes end together.
    """
    if total <= head_start:
        return [total]  # all the child's
    pairs = max(1, round((total - head_start) / (2 * SPAN_ROWS)))
    return [head_start + span * (total - head_start) // (2 * pairs) for span in range(1, 2 * pairs + 1)]


class OtherSideFailed(Exception):
    """The other process said something else than what comes next, or ended."""


def take_turns(
    channel: Channel,
    ends: list[int],
    first: int,
    out: int,
    folder: Path,
    next_start: Callable[[int, Key], Key | None],
    rows: Callable[[Key, Key | None], Iterable[list[tuple]]],
) -> None:
    """Write this process's spans from the span `first` on, every other one, into the file open
    as `out`: for each, learn where it starts, find and say where the next one starts
    (`next_start(rows to skip, from key)`), hold its `rows(start, stop)`, and once told where
    the span before ended, put it there and say where it ends."""
    for span in range(first, len(ends), 2):
        start = channel.receive_key()
        if start is None:
            raise OtherSideFailed("no start for a span")
        last = span + 1 == len(ends)
        stop = None if last else next_start(ends[span] - ends[span - 1], start)
        if stop is not None:
            channel.send_key(stop)
        with HeldSpan(folder) as held:
            write_csv_batches_into(held, rows(start, stop))
            offset = channel.receive_number("E")
            if offset is None:
                raise OtherSideFailed("no end for the span before")
            end = held.put_at(out, offset)
        if not last:
            channel.send_number("E", end)


def write_behind(out: int, end: int) -> None:
    """Have the kernel start writing the export's first `end` bytes (all in place by now) to
    the disk, and let go of the memory of those it has written already.

    A hint (`posix_fadvise`), which Linux follows without waiting for any write: the export's
    final sync then has little left, and a large export does not fill the system's memory with
    a file the app will not read again. A million entries: 4.0 s -> 3.8 s, 1.1 GB less cached.
    """
    with suppress(AttributeError, OSError):  # only a hint
        os.posix_fadvise(out, 0, end, os.POSIX_FADV_DONTNEED)


class Channel:
    """One process's side of the two pipes: lines to send, lines to read in order."""

    def __init__(self, incoming: int, outgoing: int) -> None:
        self.incoming, self.outgoing = incoming, outgoing
        self._pending = b""

    def send(self, kind: str, *parts: str) -> None:
        # Each part escaped, so that no text of the journal (a key's date or time) can break
        # the line.
        line = b"\t".join(part.encode("unicode_escape") for part in (kind, *parts)) + b"\n"
        os.write(self.outgoing, line)

    def receive(self, kind: str) -> list[str] | None:
        """The parts of the next line, if it is of `kind`; None if it is not, or the other side
        has closed its pipe."""
        while b"\n" not in self._pending:
            more = os.read(self.incoming, 4096)
            if not more:
                return None
            self._pending += more
        line, self._pending = self._pending.split(b"\n", 1)
        parts = [part.decode("unicode_escape") for part in line.split(b"\t")]
        return parts[1:] if parts[0] == kind else None

    def send_key(self, key: Key) -> None:
        self.send("K", key[0], key[1], str(key[2]))

    def receive_key(self) -> Key | None:
        parts = self.receive("K")
        return None if parts is None or len(parts) != 3 else (parts[0], parts[1], int(parts[2]))

    def send_number(self, kind: str, number: int) -> None:
        self.send(kind, str(number))

    def receive_number(self, kind: str) -> int | None:
        parts = self.receive(kind)
        return None if parts is None or len(parts) != 1 else int(parts[0])

    def close(self) -> None:
        for fd in (self.incoming, self.outgoing):
            with suppress(OSError):
                os.close(fd)


class HeldSpan:
    """A span's text, as UTF-8, held in memory up to 16 MiB and beyond that in an unnamed
    temporary file in `folder`, until `put_at` writes it into the export where it belongs."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._chunks: list[bytes] = []
        self._size = 0
        self._file: IO[bytes] | None = None

    def write(self, text: str) -> int:
        data = text.encode("utf-8")
        if self._file is None and self._size + len(data) > _HELD_IN_MEMORY:
            import tempfile  # only for a span this large; the child loads it only then

            self._file = tempfile.TemporaryFile(dir=self._folder)  # noqa: SIM115 (closed on exit)
            self._file.writelines(self._chunks)
            self._chunks = []
        if self._file is None:
            self._chunks.append(data)
        else:
            self._file.write(data)
        self._size += len(data)
        return len(text)

    def put_at(self, out: int, offset: int) -> int:
        """Write the span into the file open as `out` at `offset`, leaving the file's position
        alone (the other process shares it), and start writing it to the disk (`write_behind`);
        the offset where the span ends."""
        end = self._put_at(out, offset)
        write_behind(out, end)
        return end

    def _put_at(self, out: int, offset: int) -> int:
        if self._file is None:
            for chunk in self._chunks:
                offset = _write_at(out, chunk, offset)
            return offset
        self._file.flush()
        return copy_into(self._file.fileno(), self._size, out, offset)

    def __enter__(self) -> HeldSpan:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._file is not None:
            self._file.close()


def copy_into(source: int, size: int, out: int, offset: int) -> int:
    """Copy the first `size` bytes of the file open as `source` into the file open as `out` at
    `offset`, by the kernel where the file system lets it (never through Python's memory), else
    through Python; the offset where they end. Neither file's position moves."""
    try:
        done = 0
        while done < size:
            copied = os.copy_file_range(source, out, size - done, done, offset + done)
            if copied == 0:
                raise OSError("the source ended early")
            done += copied
    except OSError:  # a file system that cannot: all of it again, through Python
        for start in range(0, size, _COPY_CHUNK):
            _write_at(out, os.pread(source, _COPY_CHUNK, start), offset + start)
    return offset + size


def _write_at(out: int, data: bytes, offset: int) -> int:
    view = memoryview(data)
    while view:
        written = os.pwrite(out, view, offset)
        view, offset = view[written:], offset + written
    return offset
