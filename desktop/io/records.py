"""An entry as a flat record with the CSV columns as keys (SPEC: CSV format, version 1).

The same record shape is printed by `--json` and written, cell by cell, to CSV.
"""

from __future__ import annotations

from typing import Any

from desktop.domain.entry import Entry, format_offset, format_timestamp

CSV_COLUMNS: tuple[str, ...] = (
    "uuid",
    "date",
    "time",
    "utc_offset",
    "title",
    "body",
    "themes",
    "people",
    "independence",
    "interdependence",
    "balance",
    "mood",
    "starred",
    "created_at",
    "updated_at",
)
LIST_SEPARATOR = ";"
TEXT_COLUMNS = frozenset({"title", "body", "themes", "people"})
# A cell starting with one of these could be run as a formula by a spreadsheet.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "'")


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


def escape_formula(text: str) -> str:
    """Prefix one `'` to a text cell a spreadsheet might evaluate."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def unescape_formula(text: str) -> str:
    """The exact inverse of `escape_formula` for cells this app wrote."""
    if text.startswith("'") and text[1:].startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


def record_to_cells(record: dict[str, Any]) -> list[str]:
    """The CSV cells of a record, in column order, text cells formula-safe."""
    cells: list[str] = []
    for column in CSV_COLUMNS:
        value = record[column]
        if column in ("themes", "people"):
            text = LIST_SEPARATOR.join(value)
        elif value is None:
            text = ""
        elif isinstance(value, bool):
            text = "true" if value else "false"
        else:
            text = str(value)
        cells.append(escape_formula(text) if column in TEXT_COLUMNS else text)
    return cells
