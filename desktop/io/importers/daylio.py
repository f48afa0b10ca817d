"""Daylio's CSV export, in each of the header layouts it has used.

- current: full_date,date,weekday,time,mood,activities,scales,note_title,note
- 2019–2023: full_date,date,weekday,time,mood,activities,note_title,note
- 2018: year,date,weekday,time,mood,activities,note

Times may be 12-hour (`8:30 pm`, `12:00 am`) or 24-hour. Activities become themes. The default
moods rad/good/meh/bad/awful become 5…1; a custom mood label has no number, so the entry keeps
the label as the last line of its text and the preview lists the labels. Daylio keeps no uuid
or UTC offset: each row gets a uuid from its content, and the machine's offset at that moment.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, time
from pathlib import Path

from desktop.domain.entry import Entry, InvalidEntry, local_offset, validate_entry
from desktop.io.formats.csv_import import FIELD_SIZE_LIMIT
from desktop.io.importers.common import ThemeCollector, UniqueEntries
from desktop.io.importers.plan import ImportFailed, ImportPlan, Rejected, stable_uuid

FORMAT = "daylio"
DEFAULT_MOODS = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
ACTIVITY_SEPARATOR = "|"
_TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])?\.?\s*(m\.?)?$", re.IGNORECASE)
HEADERS = (
    ("full_date", "date", "weekday", "time", "mood", "activities", "scales", "note_title", "note"),
    ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"),
    ("year", "date", "weekday", "time", "mood", "activities", "note"),
)


def is_daylio_header(cells: list[str]) -> bool:
    return tuple(c.strip().lower() for c in cells) in HEADERS


def parse_time(text: str) -> time:
    match = _TIME_RE.match(text.strip())
    if not match:
        raise InvalidEntry(f"time {text!r} is not a time such as 20:30 or 8:30 pm")
    hour, minute, half = int(match.group(1)), int(match.group(2)), match.group(3)
    if half:
        if not 1 <= hour <= 12:
            raise InvalidEntry(f"time {text!r} has an hour outside 1–12")
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    if hour > 23 or minute > 59:
        raise InvalidEntry(f"time {text!r} is not a time of day")
    return time(hour, minute)


def _parse_date(cells: dict[str, str]) -> date:
    if "full_date" in cells:
        try:
            return date.fromisoformat(cells["full_date"].strip())
        except ValueError:
            raise InvalidEntry(f"full_date {cells['full_date']!r} is not YYYY-MM-DD") from None
    text = f"{cells['date'].strip()} {cells['year'].strip()}"
    for fmt in ("%d %B %Y", "%B %d %Y", "%d %b %Y", "%b %d %Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise InvalidEntry(f"date {text!r} is not a date such as '28 September 2018'")


def _body(cells: dict[str, str], mood_label: str | None) -> str:
    parts = [cells.get("note", "").strip()]
    scales = cells.get("scales", "").strip()
    if scales:
        parts.append(f"Scales: {scales}")
    if mood_label:
        parts.append(f"Mood: {mood_label}")
    return "\n\n".join(p for p in parts if p)


def _entry(cells: dict[str, str], raw: list[str], themes: ThemeCollector, moods: dict[str, int]) -> Entry:
    day, at = _parse_date(cells), parse_time(cells["time"])
    label = " ".join(cells["mood"].split())
    mood = DEFAULT_MOODS.get(label.lower())
    custom = label if mood is None and label else None
    activities = [a for a in cells["activities"].split(ACTIVITY_SEPARATOR) if a.strip()]
    entry = Entry(
        uuid=stable_uuid(FORMAT, *raw),
        title=cells.get("note_title", "").strip(),
        body=_body(cells, custom),
        date=day,
        time=at,
        utc_offset=local_offset(day, at),
        themes=themes.slugs([a.strip() for a in activities]),
        mood=mood,
    )
    entry.created_at = entry.updated_at = entry.moment
    validate_entry(entry)
    if custom:
        moods[custom] = moods.get(custom, 0) + 1
    return entry


def _read_rows(path: Path) -> list[list[str]]:
    csv.field_size_limit(FIELD_SIZE_LIMIT)  # long notes
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return list(csv.reader(io.StringIO(handle.read()), strict=True))
    except UnicodeDecodeError:
        raise ImportFailed(f"{path.name} is not UTF-8 text") from None
    except csv.Error as error:
        raise ImportFailed(f"{path.name} is not valid CSV: {error}") from None


def plan_daylio(path: Path) -> ImportPlan:
    path = Path(path)
    rows = _read_rows(path)
    if not rows:
        raise ImportFailed(f"{path.name} is empty")
    header = [c.strip().lower() for c in rows[0]]
    if not is_daylio_header(header):
        raise ImportFailed(f"{path.name} does not start with a Daylio header such as {','.join(HEADERS[1])}")
    themes, unique, moods = ThemeCollector(), UniqueEntries(), {}  # type: ignore[var-annotated]
    rejected: list[Rejected] = []
    warnings: list[str] = []
    skipped = 0
    for number, raw in enumerate(rows[1:], start=2):
        if not raw:
            continue
        if len(raw) != len(header):
            rejected.append(Rejected(number, f"{len(raw)} cells where the header has {len(header)}"))
            continue
        try:
            entry = _entry(dict(zip(header, raw, strict=True)), raw, themes, moods)
        except InvalidEntry as error:
            rejected.append(Rejected(number, str(error)))
            continue
        earlier = unique.add(entry, number)
        if earlier is not None:
            warnings.append(f"row {number} repeats row {earlier} exactly; imported once")
            skipped += 1
    if moods:
        labels = ", ".join(f"'{label}' ({count})" for label, count in moods.items())
        warnings.append(
            f"moods you added in Daylio have no place on the 1–5 scale: {labels}; those entries "
            "are imported without a mood, and the mood's name is kept as the last line of their text"
        )
    plan = ImportPlan.of_entries(path, FORMAT, unique.entries, themes=themes.themes, custom_moods=moods)
    plan.rejected, plan.warnings = rejected, warnings + themes.warnings()
    plan.skipped = skipped
    return plan
