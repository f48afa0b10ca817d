"""Building entries for tests with sensible defaults."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from desktop.domain.entry import Entry


def make_entry(**fields: Any) -> Entry:
    values: dict[str, Any] = {
        "title": "An evening",
        "body": "",
        "date": date(2026, 3, 14),
        "time": time(20, 30),
        "utc_offset": timedelta(hours=1),
    }
    values.update(fields)
    return Entry(**values)
