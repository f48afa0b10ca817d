"""Writing entries as CSV format version 1, streamed row by row."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path

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
    count = 0
    rows = iter(lines)
    # Plain "utf-8" with the mark written by hand: Python encodes it much faster than "utf-8-sig".
    with atomic_write(path, "w", encoding="utf-8", newline="") as handle:
        if bom:
            handle.write(BOM)
        handle.write(csv_row(list(CSV_COLUMNS)))
        while chunk := list(islice(rows, _CHUNK)):  # one write a thousand rows
            handle.write("".join(chunk))
            count += len(chunk)
            if progress is not None:
                progress(count)
    return count


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


def _joined_line(row: tuple) -> str:
    """A CSV row from a row of `store.export_rows.iter_joined_export_rows`: the same text as
    `csv_row(record_to_cells(entry_to_record(entry)))` for that entry, made without building the
    entry, with the formula escape and quoting written out inline (this runs once per entry of an export)."""
    (uuid, day, at, offset, title, body, themes, people, ind, inter, bal, mood, star, made, changed) = row
    cells = []
    for text in (title, body, themes, people):
        if text.startswith(FORMULA_TRIGGERS):
            text = "'" + text
        if '"' in text:
            text = '"' + text.replace('"', '""') + '"'
        elif "," in text or "\n" in text or "\r" in text:
            text = '"' + text + '"'
        cells.append(text)
    return (
        f"{_cell(uuid)},{day},{at},{offset},{cells[0]},{cells[1]},{cells[2]},{cells[3]},"
        f"{'' if ind is None else ind},{'' if inter is None else inter},{'' if bal is None else bal},"
        f"{'' if mood is None else mood},{'true' if star else 'false'},{made},{changed}{ROW_END}"
    )


def write_csv_joined_rows(
    rows: Iterable[tuple],
    path: Path,
    *,
    bom: bool = True,
    progress: Callable[[int], None] | None = None,
) -> int:
    """`write_csv` for rows of `store.export_rows.iter_joined_export_rows` (themes and people
    joined by LIST_SEPARATOR already): the export of the window and of the command line."""
    return _write_lines(map(_joined_line, rows), path, bom, progress)
