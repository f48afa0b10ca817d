"""The text of CSV format version 1: its header, its quoting, and the rows of an export.

This module imports only the standard library and the list of fields: the second process of a
whole-journal export (`commands/export_early.py`) writes with it before the entry model and the
rest of the app have loaded. `csv_export` writes whole files with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO, Protocol

from desktop.domain.record_fields import RECORD_FIELDS

CSV_COLUMNS = RECORD_FIELDS
# Themes and people share one cell each, joined by this.
LIST_SEPARATOR = ";"
# A cell starting with one of these could be run as a formula by a spreadsheet.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "'")
ROW_END = "\r\n"
BOM = "\ufeff"


class TextSink(Protocol):
    """Where rows are written: an open text file, or a span held until it can be written."""

    def write(self, text: str, /) -> int: ...


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


def write_csv_header(handle: IO[str], *, bom: bool = True) -> None:
    """The byte-order mark (if `bom`) and the header row, into a file opened as `atomic_write`
    opens it for a CSV export."""
    # Plain "utf-8" with the mark written by hand: Python encodes it much faster than "utf-8-sig".
    if bom:
        handle.write(BOM)
    handle.write(csv_row(list(CSV_COLUMNS)))


def _text_cell(text: str) -> str:
    """A text cell as `csv_row(record_to_cells(...))` writes it: formula-escaped, then quoted."""
    return _cell("'" + text if text.startswith(FORMULA_TRIGGERS) else text)


def batch_lines(batch: list[tuple]) -> str:
    """The CSV text of a batch of `store.transfer.export_sql` LineParts: the same text as
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


def write_into(
    handle: TextSink, chunks: Iterable[tuple[str, int]], progress: Callable[[int], None] | None
) -> int:
    """Write `chunks` (each whole CSV rows, and how many) to `handle`; the count of rows."""
    count = 0
    for text, rows in chunks:
        handle.write(text)
        count += rows
        if progress is not None:
            progress(count)
    return count


def write_csv_batches_into(
    handle: TextSink, batches: Iterable[list[tuple]], progress: Callable[[int], None] | None = None
) -> int:
    """The rows of `batches` (export LineParts) into an open text file (UTF-8, no newline
    translation), without the header: a span of an export written apart, to follow the header
    or another span."""
    return write_into(handle, ((batch_lines(batch), len(batch)) for batch in batches), progress)
