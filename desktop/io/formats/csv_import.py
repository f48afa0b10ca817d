"""Reading the app's own CSV (format version 1): strict, streamed, in two passes.

The first pass checks every row and keeps only the uuids (memory stays flat for any file size);
the import then streams the file a second time to hand the entries to the store.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from desktop.domain.entry import Entry, InvalidEntry
from desktop.io.formats.csv_uuids import FirstRows
from desktop.io.formats.records import CSV_COLUMNS, REQUIRED_COLUMNS, entry_from_cells
from desktop.io.importers.common import text_stream
from desktop.io.importers.plan import (
    PREVIEW_LIMIT,
    Cancelled,
    ImportFailed,
    ImportPlan,
    Progress,
    Rejected,
    check_cancel,
    stable_uuid,
)

FORMAT = "csv"
# Bodies may be very long; the csv module's default limit (128 KiB per cell) is far too small.
FIELD_SIZE_LIMIT = 256 * 1024 * 1024
PROGRESS_EVERY = 1000

csv.field_size_limit(FIELD_SIZE_LIMIT)


class _Rows:
    """The CSV rows of a file as (row number, cells by column), reporting progress in bytes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.size = path.stat().st_size

    def __iter__(self) -> Iterator[tuple[int, dict[str, str] | str]]:
        with open(self.path, "rb") as raw:
            self.raw = raw
            text = text_stream(raw)  # UTF-8, or UTF-16 with or without a byte-order mark
            reader = csv.reader(text, dialect="excel", strict=True)
            try:
                yield from self._rows(reader)
            except UnicodeDecodeError as error:
                raise ImportFailed(
                    f"{self.path.name} is not UTF-8 text (a byte 0x{error.object[error.start]:02x} "
                    f"near line {reader.line_num + 1}); save it as UTF-8 and try again"
                ) from None
            except csv.Error as error:
                reason = str(error)
                if "NUL" in reason:
                    reason = "it holds NUL bytes, so it is not a text file"
                elif "unexpected end of data" in reason:
                    reason = "a quoted cell is never closed (is the file cut short?)"
                raise ImportFailed(
                    f"{self.path.name} is not valid CSV at line {reader.line_num}: {reason}"
                ) from None

    def _rows(self, reader: Iterator[list[str]]) -> Iterator[tuple[int, dict[str, str] | str]]:
        header = next(reader, None)
        if header is None:
            raise ImportFailed(f"{self.path.name} is empty")
        columns = _check_header(header, self.path)
        width = len(header)
        for number, cells in enumerate(reader, start=2):
            if not cells:
                continue  # a blank line holds no entry (spreadsheets often add one at the end)
            if len(cells) != width:
                yield number, f"{len(cells)} cells where the header has {width}"
                continue
            yield number, {name: cells[i] for name, i in columns.items()}

    @property
    def position(self) -> int:
        return self.raw.tell()


def _check_header(header: list[str], path: Path) -> dict[str, int]:
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ImportFailed(
            f"{path.name} is not a Balance Journal CSV: the header lacks "
            f"{', '.join(missing)} (expected {','.join(CSV_COLUMNS)})"
        )
    unknown = [c for c in header if c not in CSV_COLUMNS]
    if unknown:
        raise ImportFailed(f"{path.name}: unknown columns in the header: {', '.join(unknown)}")
    if len(set(header)) != len(header):
        raise ImportFailed(f"{path.name}: a column is named twice in the header")
    return {name: header.index(name) for name in CSV_COLUMNS if name in header}


def _entry(cells: dict[str, str]) -> Entry:
    # Rows without a uuid (made by hand) get one from their content, the same on every import.
    return entry_from_cells(cells, lambda: stable_uuid(FORMAT, *(cells[c] for c in REQUIRED_COLUMNS)))


def _checked(
    path: Path, plan: ImportPlan, progress: Progress | None, cancelled: Cancelled | None
) -> Iterator[Entry]:
    """The good entries of the file, in order; bad rows are added to `plan.rejected`."""
    rows = _Rows(path)
    first_rows = FirstRows(lambda row: _first_rows_before(path, row))
    for number, cells in rows:
        if number % PROGRESS_EVERY == 0:
            check_cancel(cancelled)
            if progress is not None:
                progress(rows.position, rows.size)
        if isinstance(cells, str):
            plan.rejected.append(Rejected(number, cells))
            continue
        try:
            entry = _entry(cells)
        except InvalidEntry as error:
            plan.rejected.append(Rejected(number, str(error)))
            continue
        earlier = first_rows.earlier(entry.uuid, number)
        if earlier is not None:
            plan.rejected.append(Rejected(number, f"uuid {entry.uuid} is also in row {earlier}"))
            continue
        plan.count += 1
        if len(plan.preview) < PREVIEW_LIMIT:
            plan.preview.append(entry)
        yield entry
    if progress is not None:
        progress(rows.size, rows.size)


def _first_rows_before(path: Path, row: int) -> dict[str, int]:
    """Each uuid of the good rows before `row`, with the first row that held it (see FirstRows)."""
    first: dict[str, int] = {}
    for number, cells in _Rows(path):
        if number >= row:
            break
        if isinstance(cells, str):
            continue
        try:
            first.setdefault(_entry(cells).uuid, number)
        except InvalidEntry:
            continue
    return first


def plan_csv(path: Path, progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportPlan:
    """Check every row of the file; the plan streams the entries again when applied."""
    path = Path(path)
    plan = ImportPlan(source=path, format=FORMAT)
    for _entry_checked in _checked(path, plan, progress, cancelled):
        pass

    def stream() -> Iterator[Entry]:
        if plan.skip_bad:  # the user chose to leave the bad rows out: check them again, quietly
            yield from _checked(path, ImportPlan(source=path, format=FORMAT), None, None)
        else:
            yield from _stream_entries(path)

    plan.stream = stream
    return plan


def streaming_plan_csv(
    path: Path, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> ImportPlan:
    """A plan that checks the rows as they are imported: one pass over the file, for scripts.

    The header is checked now. Count, preview and rejected rows fill in while `entries()` is
    consumed; at its end it raises ImportFailed if any row was bad, so the caller's transaction
    (see `store.importing.apply_import`) rolls back and the journal is left as it was.
    """
    path = Path(path)
    next(iter(_Rows(path)), None)  # reads the header: an empty or foreign file fails here
    plan = ImportPlan(source=path, format=FORMAT)

    def stream() -> Iterator[Entry]:
        yield from _checked(path, plan, progress, cancelled)
        if plan.rejected:
            raise ImportFailed(plan.failure_message())

    plan.stream = stream
    return plan


def _stream_entries(path: Path) -> Iterator[Entry]:
    for number, cells in _Rows(path):
        try:
            if isinstance(cells, str):
                raise InvalidEntry(cells)
            yield _entry(cells)
        except InvalidEntry as error:
            raise ImportFailed(f"{path.name} changed while importing: row {number} {error}") from None
