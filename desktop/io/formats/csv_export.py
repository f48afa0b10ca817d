"""Writing entries as CSV format version 1, streamed row by row."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path
from typing import IO

from desktop.domain.atomic_files import atomic_write
from desktop.domain.entry import Entry
from desktop.io.formats.records import (
    CSV_COLUMNS,
    FORMULA_TRIGGERS,
    entry_to_record,
    record_to_cells,
)

ROW_END = "\r\n"
_CHUNK = 1000
BOM = "\ufeff"


def _cell(text: str) -> str:
    if '"' in text:
        return '"' + text.replace('"', '""') + '"'
    if "," in text or "\n" in text or "\r" in text:
        return '"' + text + '"'
    return text


def csv_row(cells: list[str]) -> str:
    """One RFC 4180 row, byte for byte what `csv.writer(dialect="excel")` writes.

    The `csv` module's writer copies every character through its own buffer; for journals of
    a hundred thousand long entries that alone took longer than the whole export may. The
    quoting rule is small enough to apply with `str` methods, which run at memory speed; a test
    holds it equal to the `csv` module's output.
    """
    if len(cells) == 1 and cells[0] == "":
        return '""' + ROW_END  # a lone empty cell must be quoted, or the row reads as blank
    return ",".join([_cell(c) for c in cells]) + ROW_END


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
        return _write_into(handle, chunks, progress)


def _write_into(
    handle: IO[str], chunks: Iterable[tuple[str, int]], progress: Callable[[int], None] | None
) -> int:
    count = 0
    for text, rows in chunks:
        handle.write(text)
        count += rows
        if progress is not None:
            progress(count)
    return count


def write_csv_header(handle: IO[str], *, bom: bool = True) -> None:
    """The byte-order mark (if `bom`) and the header row, into a file opened as `atomic_write`
    opens it for a CSV export."""
    # Plain "utf-8" with the mark written by hand: Python encodes it much faster than "utf-8-sig".
    if bom:
        handle.write(BOM)
    handle.write(csv_row(list(CSV_COLUMNS)))


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


def _text_cell(text: str) -> str:
    """A text cell as `csv_row(record_to_cells(...))` writes it: formula-escaped, then quoted."""
    return _cell("'" + text if text.startswith(FORMULA_TRIGGERS) else text)


def _batch_lines(batch: list[tuple]) -> str:
    """The CSV text of a batch of `store.transfer.export_rows` LineParts: the same text as
    `csv_row(record_to_cells(entry_to_record(entry)))` for each of those entries.

    This runs once per entry of an export, so it does the least it can: the cells that never
    need quoting come joined already, and the uuids (whose form the store does not check) are
    checked a batch at a time and quoted one by one only if one of them would need it.
    """
    text = _text_cell
    if _needs_quoting("".join([row[0] for row in batch])):
        batch = [(_cell(row[0]), *row[1:]) for row in batch]
    return "".join(
        [
            f"{u},{when},{text(title)},{text(body)},{text(th)},{text(pe)},{rest}"
            for u, when, title, body, th, pe, rest in batch
        ]
    )


def _needs_quoting(text: str) -> bool:
    return '"' in text or "," in text or "\n" in text or "\r" in text


def write_csv_batches(
    batches: Iterable[list[tuple]],
    path: Path,
    *,
    bom: bool = True,
    progress: Callable[[int], None] | None = None,
) -> int:
    """`write_csv` for batches of `store.transfer.export_rows.iter_export_batches` (themes and
    people joined by LIST_SEPARATOR already): the export of the window and of the command line."""
    chunks = ((_batch_lines(batch), len(batch)) for batch in batches)
    return _write_chunks(chunks, path, bom=bom, header=True, progress=progress)


def write_csv_batches_into(
    handle: IO[str], batches: Iterable[list[tuple]], progress: Callable[[int], None] | None = None
) -> int:
    """`write_csv_batches` into an open text file (UTF-8, no newline translation), without the
    header: a span of an export written apart, to follow the header or another span."""
    return _write_into(handle, ((_batch_lines(batch), len(batch)) for batch in batches), progress)
