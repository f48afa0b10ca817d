"""Writing entries as CSV format version 1, streamed row by row."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path

from desktop.domain.atomic_files import atomic_write
from desktop.domain.entry import Entry
from desktop.io.formats.csv_text import batch_lines, csv_row, write_csv_header, write_into
from desktop.io.formats.records import entry_to_record, record_to_cells

_CHUNK = 1000


def _write_lines(lines: Iterable[str], path: Path, bom: bool, progress: Callable[[int], None] | None) -> int:
    rows = iter(lines)
    chunks = iter(lambda: list(islice(rows, _CHUNK)), [])  # one write a thousand rows
    return _write_chunks(
        (("".join(chunk), len(chunk)) for chunk in chunks), path, bom=bom, header=True, progress=progress
    )


def _write_chunks(
    chunks: Iterable[tuple[str, int]],
    path: Path,
    *,
    bom: bool,
    header: bool,
    progress: Callable[[int], None] | None,
) -> int:
    """Write the header and `chunks` (each whole CSV rows, and how many) to `path`, which appears
    only when complete; the count of rows."""
    with atomic_write(path, "w", encoding="utf-8", newline="") as handle:
        if header:
            write_csv_header(handle, bom=bom)
        return write_into(handle, chunks, progress)


def write_csv(
    entries: Iterable[Entry],
    path: Path,
    *,
    bom: bool = True,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write every entry to `path` (UTF-8, BOM by default, RFC 4180); return the row count.

    The file appears only when complete. Rows end in CRLF as RFC 4180 asks; line breaks inside
    cells are written exactly as they are in the text.
    """
    lines = (csv_row(record_to_cells(entry_to_record(entry))) for entry in entries)
    return _write_lines(lines, path, bom, progress)


def write_csv_batches(
    batches: Iterable[list[tuple]],
    path: Path,
    *,
    bom: bool = True,
    progress: Callable[[int], None] | None = None,
) -> int:
    """`write_csv` for batches of `store.transfer.export_rows.iter_export_batches` (themes and
    people joined by LIST_SEPARATOR already): the export of the window and of the command line."""
    chunks = ((batch_lines(batch), len(batch)) for batch in batches)
    return _write_chunks(chunks, path, bom=bom, header=True, progress=progress)
