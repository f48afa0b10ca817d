"""Writing entries as CSV format version 1, streamed row by row."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path

from desktop.domain.entry import Entry
from desktop.io.atomic import atomic_write
from desktop.io.records import CSV_COLUMNS, entry_to_record, record_to_cells


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
    count = 0
    encoding = "utf-8-sig" if bom else "utf-8"
    with atomic_write(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, dialect="excel", lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for entry in entries:
            writer.writerow(record_to_cells(entry_to_record(entry)))
            count += 1
            if progress is not None and count % 1000 == 0:
                progress(count)
    return count
