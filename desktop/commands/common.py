"""What every command shares: opening the journal, parsing values, printing results."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from datetime import date, time
from typing import Any

from desktop.domain.entry import Entry


class CommandError(Exception):
    """Bad input to a command; the message is printed as it is and the exit code is 1."""


def open_for(args: Any, *, create: bool = False):  # type: ignore[no-untyped-def]
    """Open the journal the command works on (see `--journal`)."""
    from desktop.store.database import open_journal
    from desktop.store.paths import resolve_journal_path

    return open_journal(resolve_journal_path(args.journal), create=create)


def parse_date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{option} {text!r} is not a real date of the form YYYY-MM-DD") from None


def parse_time(text: str | None, option: str) -> time | None:
    if text is None:
        return None
    try:
        parsed = time.fromisoformat(text)
    except ValueError:
        parsed = None
    if parsed is None or len(text) != 5 or parsed.tzinfo is not None:
        raise CommandError(f"{option} {text!r} is not a time of the form HH:MM")
    return parsed


def parse_int(text: str | None, option: str, low: int, high: int) -> int | None:
    if text is None:
        return None
    try:
        value = int(text)
    except ValueError:
        raise CommandError(f"{option} must be a whole number from {low} to {high}") from None
    if not low <= value <= high:
        raise CommandError(f"{option} must be from {low} to {high}, not {value}")
    return value


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_entries_json(entries: Iterable[Entry]) -> None:
    """Print a JSON array of records as it streams, so a large journal never sits in memory."""
    from desktop.io.records import entry_to_record

    out = sys.stdout
    out.write("[")
    first = True
    for entry in entries:
        out.write("\n  " if first else ",\n  ")
        out.write(json.dumps(entry_to_record(entry), ensure_ascii=False))
        first = False
    out.write("\n]\n" if not first else "]\n")
