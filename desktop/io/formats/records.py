"""An entry as a flat record with the CSV columns as keys (SPEC: CSV format, version 1).

The same record shape is printed by `--json` and written, cell by cell, to CSV. The JSON document
adds what CSV version 1 has no column for (`context_to_record`): place, weather, source, scales.
"""

from __future__ import annotations

import re
import uuid as uuid_module
from collections.abc import Callable
from datetime import date, datetime, time, timezone
from typing import Any

from desktop.domain.entry import (
    Entry,
    InvalidEntry,
    clean_person_name,
    format_offset,
    format_timestamp,
    parse_offset,
    parse_timestamp,
    validate_entry,
)
from desktop.domain.entry_context import Place, Weather, scales_from_record
from desktop.io.formats.csv_text import CSV_COLUMNS, FORMULA_TRIGGERS, LIST_SEPARATOR

TEXT_COLUMNS = frozenset({"title", "body", "themes", "people"})


def entry_to_record(entry: Entry) -> dict[str, Any]:
    """JSON-ready values: lists for themes and people, numbers as numbers, None when absent."""
    return {
        "uuid": entry.uuid,
        "date": entry.date.isoformat(),
        "time": entry.time.strftime("%H:%M"),
        "utc_offset": format_offset(entry.utc_offset),
        "title": entry.title,
        "body": entry.body,
        "themes": list(entry.themes),
        "people": list(entry.people),
        "independence": entry.independence,
        "interdependence": entry.interdependence,
        "balance": entry.balance,
        "mood": entry.mood,
        "starred": entry.starred,
        "created_at": format_timestamp(entry.created_at),
        "updated_at": format_timestamp(entry.updated_at),
    }


CONTEXT_KEYS = ("place", "weather", "source", "scales")


def context_to_record(entry: Entry) -> dict[str, Any]:
    """The entry's place, weather, source and scales as JSON values, only those it has (most
    entries written here have none, and a JSON export of them stays as it was)."""
    record: dict[str, Any] = {}
    if entry.place is not None:
        record["place"] = entry.place.to_record()
    if entry.weather is not None:
        record["weather"] = entry.weather.to_record()
    if entry.source:
        record["source"] = entry.source
    if entry.scales:
        record["scales"] = dict(entry.scales)
    return record


def escape_formula(text: str) -> str:
    """Prefix one `'` to a text cell a spreadsheet might evaluate."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def unescape_formula(text: str) -> str:
    """The exact inverse of `escape_formula` for cells this app wrote."""
    if text.startswith("'") and text[1:].startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def record_to_cells(record: dict[str, Any]) -> list[str]:
    """The CSV cells of a record, in CSV_COLUMNS order, text cells formula-safe.

    Spelled out column by column: it runs once per exported entry.
    """
    return [
        record["uuid"],
        record["date"],
        record["time"],
        record["utc_offset"],
        escape_formula(record["title"]),
        escape_formula(record["body"]),
        escape_formula(LIST_SEPARATOR.join(record["themes"])),
        escape_formula(LIST_SEPARATOR.join(record["people"])),
        _number(record["independence"]),
        _number(record["interdependence"]),
        _number(record["balance"]),
        _number(record["mood"]),
        "true" if record["starred"] else "false",
        record["created_at"],
        record["updated_at"],
    ]


# --- reading records back ------------------------------------------------------------------------

_TIME_RE = re.compile(r"^\d{2}:\d{2}$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INT_RE = re.compile(r"^[+-]?\d{1,9}$")
REQUIRED_COLUMNS = tuple(c for c in CSV_COLUMNS if c != "balance")


# The one spelling `str(UUID(...))` gives back: what this app writes, and what an import checks
# every uuid against. Matching it settles nearly every row without building a UUID, which cost
# about 4 µs a row (0.4 s of reading 100,000 rows; the match takes a seventh of that).
_CANONICAL_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _parse_uuid(text: str) -> str:
    if _CANONICAL_UUID_RE.fullmatch(text):
        return text
    try:
        value = str(uuid_module.UUID(text))
    except ValueError:
        raise InvalidEntry(f"uuid {text!r} is not a UUID") from None
    if value != text:
        raise InvalidEntry(f"uuid {text!r} is not in the form {value}")
    return value


def _parse_date(text: str) -> date:
    try:
        if not _DATE_RE.match(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidEntry(f"date {text!r} is not a real date of the form YYYY-MM-DD") from None


def _parse_time(text: str) -> time:
    try:
        if not _TIME_RE.match(text):
            raise ValueError
        return time.fromisoformat(text)
    except ValueError:
        raise InvalidEntry(f"time {text!r} is not a time of the form HH:MM") from None


def _parse_int_cell(column: str, text: str) -> int | None:
    if text == "":
        return None
    if not _INT_RE.match(text.strip()):
        raise InvalidEntry(f"{column} {text!r} is not a whole number")
    return int(text)


def _parse_starred(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered not in ("true", "false"):
        raise InvalidEntry(f"starred {text!r} must be true or false")
    return lowered == "true"


def _split_list(text: str) -> list[str]:
    return [] if text == "" else text.split(LIST_SEPARATOR)


def entry_from_cells(cells: dict[str, str], fallback_uuid: Callable[[], str]) -> Entry:
    """An entry from one CSV row (cells by column name, as written); raise InvalidEntry if bad.

    Text cells lose exactly the one `'` the export added; `balance` is derived and ignored. An
    empty uuid becomes `fallback_uuid()`, empty timestamps the moment the entry is about.
    """
    text = {c: unescape_formula(cells[c]) for c in TEXT_COLUMNS}
    day, at = _parse_date(cells["date"]), _parse_time(cells["time"])
    offset = parse_offset(cells["utc_offset"])
    created = cells["created_at"]
    created_at = parse_timestamp(created) if created else datetime.combine(day, at, tzinfo=timezone(offset))
    updated = cells["updated_at"]
    entry = Entry(
        uuid=_parse_uuid(cells["uuid"]) if cells["uuid"] else fallback_uuid(),
        date=day,
        time=at,
        utc_offset=offset,
        title=text["title"],
        body=text["body"],
        themes=_split_list(text["themes"]),
        people=[clean_person_name(p) for p in _split_list(text["people"])],
        independence=_parse_int_cell("independence", cells["independence"]),
        interdependence=_parse_int_cell("interdependence", cells["interdependence"]),
        mood=_parse_int_cell("mood", cells["mood"]),
        starred=_parse_starred(cells["starred"]),
        created_at=created_at,
        updated_at=parse_timestamp(updated) if updated else created_at,
    )
    validate_entry(entry)
    return entry


def _typed(record: dict[str, Any], key: str, kind: type | tuple[type, ...], optional: bool = False) -> Any:
    if key not in record:
        raise InvalidEntry(f"'{key}' is missing")
    value = record[key]
    if value is None and optional:
        return None
    if (isinstance(value, bool) and kind is int) or not isinstance(value, kind):
        raise InvalidEntry(f"'{key}' has the wrong type ({type(value).__name__})")
    return value


def _string_list(record: dict[str, Any], key: str) -> list[str]:
    value = _typed(record, key, list)
    if not all(isinstance(item, str) for item in value):
        raise InvalidEntry(f"'{key}' must be a list of strings")
    return list(value)


def entry_from_record(record: object) -> Entry:
    """An entry from a JSON record (the shape `entry_to_record` makes); raise InvalidEntry."""
    if not isinstance(record, dict):
        raise InvalidEntry("is not an object")
    entry = Entry(
        uuid=_parse_uuid(_typed(record, "uuid", str)),
        date=_parse_date(_typed(record, "date", str)),
        time=_parse_time(_typed(record, "time", str)),
        utc_offset=parse_offset(_typed(record, "utc_offset", str)),
        title=_typed(record, "title", str),
        body=_typed(record, "body", str),
        themes=_string_list(record, "themes"),
        people=[clean_person_name(p) for p in _string_list(record, "people")],
        independence=_typed(record, "independence", int, optional=True),
        interdependence=_typed(record, "interdependence", int, optional=True),
        mood=_typed(record, "mood", int, optional=True),
        starred=_typed(record, "starred", bool),
    )
    entry.created_at = parse_timestamp(_typed(record, "created_at", str))
    entry.updated_at = parse_timestamp(_typed(record, "updated_at", str))
    _read_context(record, entry)
    validate_entry(entry)
    return entry


def _read_context(record: dict[str, Any], entry: Entry) -> None:
    """The optional keys of `context_to_record`; absent or null means the entry has none."""
    try:
        if record.get("place") is not None:
            entry.place = Place.from_record(record["place"])
        if record.get("weather") is not None:
            entry.weather = Weather.from_record(record["weather"])
        entry.scales = scales_from_record(record.get("scales"))
    except ValueError as error:
        raise InvalidEntry(str(error)) from None
    source = record.get("source")
    if source is not None and not isinstance(source, str):
        raise InvalidEntry(f"'source' has the wrong type ({type(source).__name__})")
    entry.source = source or ""
