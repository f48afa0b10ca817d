"""jrnl: its plain-text journal file (any `timeformat`, and jrnl 1.x files) and its JSON export
(`jrnl --format json`).

The text file is read as jrnl reads it (see `jrnl_text`), with the `timeformat` and `tagsymbols`
of jrnl's config: the one the user names, else jrnl's own if this computer has one; without one,
the dates are recognised from the file. Tags become themes; jrnl keeps no UTC offset, so the
machine's own offset at that moment is used.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from desktop.domain.entry import Entry, InvalidEntry, local_offset, validate_entry
from desktop.io.formats.json_format import load_document
from desktop.io.importers.common import ThemeCollector, UniqueEntries, read_text
from desktop.io.importers.jrnl_config import default_config_path, settings_for
from desktop.io.importers.jrnl_dates import StampFormat, loose_stamp
from desktop.io.importers.jrnl_text import (
    DEFAULT_TAGSYMBOLS,
    FOOTNOTE_LENGTH,
    HEADING_RE,
    LEGACY_RE,
    read_journal_text,
)
from desktop.io.importers.plan import ImportFailed, ImportOptions, ImportPlan, Rejected, stable_uuid

FORMAT = "jrnl"


def looks_like_jrnl_text(first_line: str) -> bool:
    """A jrnl heading with a date in any layout, `[2024-01-31 20:30] Title`, `[31.01.2024 08:30 PM]`,
    or jrnl 1.x's `2024-01-31 20:30 Title`; even with a date that does not exist: the importer
    then names the bad date, rather than the file being taken for something else."""
    match = HEADING_RE.match(first_line)
    if match:
        stamp = match.group("stamp")
        return len(stamp) > FOOTNOTE_LENGTH and loose_stamp(stamp) is not None
    legacy = LEGACY_RE.match(first_line)
    return legacy is not None and loose_stamp(legacy.group("stamp")) is not None


def _make_entry(
    day: date, at: time, title: str, body: str, tags: list[str], starred: bool, themes: ThemeCollector
) -> Entry:
    title, body = title.strip(), body.strip()
    at = at.replace(second=0, microsecond=0)
    entry = Entry(
        uuid=stable_uuid(FORMAT, day.isoformat(), at.strftime("%H:%M"), title, body),
        title=title,
        body=body,
        date=day,
        time=at,
        utc_offset=local_offset(day, at),
        themes=themes.slugs(tags),
        starred=starred,
    )
    entry.created_at = entry.updated_at = entry.moment
    validate_entry(entry)
    return entry


def _plan(path: Path, items: Iterator[tuple[int, dict[str, Any]]], label: str) -> ImportPlan:
    themes = ThemeCollector()
    unique = UniqueEntries()
    rejected: list[Rejected] = []
    warnings: list[str] = []
    skipped = 0
    named: dict[int, str] = {}  # how each entry is named to the user, by its number
    for number, item in items:
        # A folder journal names an entry by its day file and line; a file, by its line.
        place, row = item.pop("where", (label, number))
        if "error" in item:
            rejected.append(Rejected(row, item["error"], place))
            continue
        try:
            entry = _make_entry(themes=themes, **item)
        except InvalidEntry as error:
            rejected.append(Rejected(row, str(error), place))
            continue
        named[number] = f"{place} {row}"
        earlier = unique.add(entry, number)
        if earlier is not None:
            warnings.append(f"{named[number]} repeats {named[earlier]} exactly; imported once")
            skipped += 1
    if not unique.entries and not rejected:
        raise ImportFailed(f"{path.name} holds no jrnl entries")
    plan = ImportPlan.of_entries(path, FORMAT, unique.entries, themes=themes.themes)
    plan.rejected, plan.warnings = rejected, warnings + themes.warnings()
    plan.skipped = skipped
    return plan


def _from_text(
    path: Path, text: str, options: ImportOptions, settings_path: Path | None = None
) -> tuple[Iterator[tuple[int, dict[str, Any]]], list[str]]:
    fmt, tagsymbols, notes = _settings(settings_path or path, options)
    journal = read_journal_text(text, path.name, fmt, tagsymbols)

    def items() -> Iterator[tuple[int, dict[str, Any]]]:
        for entry in journal.entries:
            if not isinstance(entry.when, datetime):
                yield entry.line, {"error": f"'{entry.stamp}' is not a real date and time"}
                continue
            yield (
                entry.line,
                {
                    "day": entry.when.date(),
                    "at": entry.when.time(),
                    "title": entry.title,
                    "body": entry.body,
                    "tags": entry.tags,
                    "starred": entry.starred,
                },
            )

    return items(), notes + journal.notes


def _settings(path: Path, options: ImportOptions) -> tuple[StampFormat | None, str, list[str]]:
    """The timeformat and tag symbols of jrnl's config (the user's choice, else jrnl's own at
    its usual place), and notes for the preview."""
    config = options.jrnl_config or default_config_path()
    if config is None:
        return None, DEFAULT_TAGSYMBOLS, []
    try:
        settings = settings_for(path, config)
    except ImportFailed as error:
        if options.jrnl_config:
            raise
        return None, DEFAULT_TAGSYMBOLS, [f"{error}; the dates were recognised from the file instead"]
    fmt, notes = None, []
    if settings.timeformat:
        try:
            fmt = StampFormat.compile(settings.timeformat)
        except ValueError as error:
            notes.append(f"{error} (in {config}); the dates were recognised from the file instead")
    return fmt, settings.tagsymbols or DEFAULT_TAGSYMBOLS, notes


def _from_json(path: Path, document: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    entries = document.get("entries") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise ImportFailed(f"{path.name} is not a jrnl JSON export (no 'entries' list)")
    for number, record in enumerate(entries, start=1):
        try:
            yield number, _json_fields(record)
        except InvalidEntry as error:
            yield number, {"error": str(error)}


def _json_fields(record: Any) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise InvalidEntry("is not an object")
    for key in ("title", "body", "date", "time"):
        if not isinstance(record.get(key), str):
            raise InvalidEntry(f"'{key}' is missing or not text")
    try:
        day = date.fromisoformat(record["date"])
        at = time.fromisoformat(record["time"])
    except ValueError:
        raise InvalidEntry(f"date {record['date']!r} {record['time']!r} is not a date and time") from None
    tags = record.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise InvalidEntry("'tags' must be a list of text")
    return {
        "day": day,
        "at": at,
        "title": record["title"],
        "body": record["body"],
        "tags": [t.lstrip("@#") for t in tags if any(ch.isalnum() for ch in t)],
        "starred": record.get("starred") is True,
    }


# A jrnl folder journal keeps each day in YYYY/MM/DD.txt; jrnl reads no other file there.
_DAY_FILE = re.compile(r"^\d{4}/\d{2}/\d{2}\.txt$")


def day_files(folder: Path) -> list[Path]:
    """The day files of a jrnl folder journal, in date order (other files are not jrnl's)."""
    found = [p for p in folder.rglob("*.txt") if _DAY_FILE.match(p.relative_to(folder).as_posix())]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _plan_folder(folder: Path, options: ImportOptions) -> ImportPlan:
    """A folder journal as one journal: each day file read as jrnl reads it, entries numbered
    through the whole folder and named by their file and line."""
    files = day_files(folder)
    if not files:
        raise ImportFailed(f"{folder} holds no jrnl day files (YYYY/MM/DD.txt)")
    notes: list[str] = []
    counter = iter(range(1, 10**9))

    def items() -> Iterator[tuple[int, dict[str, Any]]]:
        for day_file in files:
            text = read_text(day_file)
            if not text.strip():
                continue
            found, file_notes = _from_text(day_file, text, options, settings_path=folder)
            notes.extend(f"{day_file.relative_to(folder).as_posix()}: {note}" for note in file_notes)
            name = day_file.relative_to(folder).as_posix()
            for line, item in found:
                item["where"] = (f"entry in {name} at line", line)
                yield next(counter), item

    plan = _plan(folder, items(), "entry")
    plan.warnings[:0] = notes
    return plan


def plan_jrnl(path: Path, options: ImportOptions | None = None) -> ImportPlan:
    path = Path(path)
    if path.is_dir():
        return _plan_folder(path, options or ImportOptions())
    text = read_text(path)
    if not text.strip():
        raise ImportFailed(f"{path.name} is empty")
    if text.lstrip().startswith("{"):
        items = _from_json(path, load_document(path))
        return _plan(path, items, "entry")
    items, notes = _from_text(path, text, options or ImportOptions())
    plan = _plan(path, items, "entry at line")
    plan.warnings[:0] = notes
    return plan
