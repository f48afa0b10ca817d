"""Daylio's CSV export, in each header layout it has written and each language it exports in.

- current: full_date,date,weekday,time,mood,activities,scales,note_title,note
- 2019–2023: full_date,date,weekday,time,mood,activities,note_title,note
- 2020 (some versions): full_date,date,weekday,time,mood,activities,note
- 2017–2018: year,date,weekday,time,mood,activities,note (`date` is `28 September`,
  `7 września`, … in the app's language)
- and any of these with the header row missing, told by the shape of the rows.

Times may be 12-hour (`8:30 pm`, `12:00 AM`) or 24-hour (`9:03`). Activities become themes. The
five default moods, named in the file's language, become 5…1; a label the user gave a level (the
preview, `--mood LABEL=N`) gets it; any other label has no level, so the entry keeps the label as
the last line of its text and the preview lists the labels with their counts. Scales become the
entry's `scales`. Daylio keeps no uuid or UTC offset: each row gets a uuid from its content, and
the machine's offset at that moment. Nothing here depends on the process's locale.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, time
from pathlib import Path

from desktop.domain.entry import Entry, InvalidEntry, local_offset, validate_entry
from desktop.io.formats.csv_import import FIELD_SIZE_LIMIT
from desktop.io.importers.common import ThemeCollector, UniqueEntries, read_text
from desktop.io.importers.daylio_languages import base_language, guess_languages, names_of
from desktop.io.importers.daylio_moods import MoodLevels, guess_mood_levels
from desktop.io.importers.daylio_text import note_markdown, parse_scales
from desktop.io.importers.plan import ImportFailed, ImportOptions, ImportPlan, Rejected, stable_uuid

__all__ = ["guess_mood_levels", "is_daylio_header", "parse_time", "plan_daylio", "starts_like_daylio"]

FORMAT = "daylio"
ACTIVITY_SEPARATOR = "|"
_TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])?\.?\s*(m\.?)?$", re.IGNORECASE)
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_RE = re.compile(r"^\d{4}$")

CURRENT = ("full_date", "date", "weekday", "time", "mood", "activities", "scales", "note_title", "note")
WITH_TITLE = ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note")
NOTE_ONLY = ("full_date", "date", "weekday", "time", "mood", "activities", "note")
YEAR = ("year", "date", "weekday", "time", "mood", "activities", "note")
LAYOUTS = (CURRENT, WITH_TITLE, NOTE_ONLY, YEAR)
_COLUMNS = frozenset(column for layout in LAYOUTS for column in layout)


def header_layout(cells: Sequence[str]) -> tuple[str, ...] | None:
    """The columns a header row names, if it is Daylio's: its column names, each once, with a
    time, a mood, and a date (`full_date`, or `year` and `date`)."""
    names = tuple(c.strip().lstrip("\ufeff").lower() for c in cells)
    present = set(names)
    if len(present) != len(names) or not present <= _COLUMNS or not {"time", "mood"} <= present:
        return None
    if "full_date" not in present and not {"year", "date"} <= present:
        return None
    return names


def row_layout(cells: Sequence[str]) -> tuple[str, ...] | None:
    """The layout of a file with no header, from the shape of a data row: an ISO date (or a
    year) first, a time fourth, and as many cells as one of Daylio's layouts."""
    if len(cells) < 7 or not _TIME_RE.match(cells[3].strip()):
        return None
    first = cells[0].strip().lstrip("\ufeff")
    if _YEAR_RE.match(first):
        return YEAR if len(cells) == len(YEAR) else None
    if _ISO_DATE_RE.match(first):
        return {len(layout): layout for layout in (CURRENT, WITH_TITLE, NOTE_ONLY)}.get(len(cells))
    return None


def is_daylio_header(cells: Sequence[str]) -> bool:
    return header_layout(cells) is not None


def starts_like_daylio(cells: Sequence[str]) -> bool:
    """Whether a file's first row is a Daylio header, or a Daylio row of a file without one."""
    return header_layout(cells) is not None or row_layout(cells) is not None


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


class _RowReader:
    """Turns the cells of one row into an Entry, with what the whole file told: its languages,
    the mood levels, the themes met so far, and the custom mood labels counted."""

    def __init__(self, languages: list[str], moods: MoodLevels) -> None:
        self.languages = languages
        self.moods = moods
        self.themes = ThemeCollector()
        self.custom_moods: dict[str, int] = {}  # every label not a default name -> its count
        self.unplaced: Counter[str] = Counter()  # those of them with no level

    def entry(self, cells: dict[str, str], raw: list[str]) -> Entry:
        day, at = self._date(cells), parse_time(cells["time"])
        label = " ".join(cells["mood"].split())
        mood = self.moods.level(label) if label else None
        scales, scale_text = parse_scales(cells.get("scales", ""))
        activities = [a.strip() for a in cells.get("activities", "").split(ACTIVITY_SEPARATOR) if a.strip()]
        entry = Entry(
            uuid=self._uuid(day, at, label, mood, activities, cells),
            title=" ".join(cells.get("note_title", "").split()),
            body=_body(note_markdown(cells.get("note", "")), scale_text, label if mood is None else ""),
            date=day,
            time=at,
            utc_offset=local_offset(day, at),
            themes=self.themes.slugs(activities),
            mood=mood,
            scales=scales,
        )
        entry.created_at = entry.updated_at = entry.moment
        validate_entry(entry)
        if label and not self.moods.is_default(label):
            self.custom_moods[label] = self.custom_moods.get(label, 0) + 1
            if mood is None:
                self.unplaced[label] += 1
        return entry

    def _uuid(
        self, day: date, at: time, label: str, mood: int | None, activities: list[str], cells: dict[str, str]
    ) -> str:
        """The same entry gets the same uuid from any export of it, so importing a newer export
        adds only what is new: made from what the row means, not from its cells, which change
        with the layout (a scales column), the phone's language (weekday and month names, the
        default moods' names) and its 12- or 24-hour clock."""
        mood_key = f"level {mood}" if label and self.moods.is_default(label) else label
        return stable_uuid(
            FORMAT,
            day.isoformat(),
            at.strftime("%H:%M"),
            mood_key,
            "|".join(activities),
            " ".join(cells.get("note_title", "").split()),
            cells.get("note", "").strip(),
        )

    def _date(self, cells: dict[str, str]) -> date:
        if "full_date" in cells:
            try:
                return date.fromisoformat(cells["full_date"].strip())
            except ValueError:
                raise InvalidEntry(f"full_date {cells['full_date']!r} is not YYYY-MM-DD") from None
        text, year = cells["date"].strip(), cells["year"].strip()
        for language in self.languages:
            found = names_of(language).day_and_month(text)
            if found is None:
                continue
            try:
                return date(int(year), found[1], found[0])
            except ValueError:
                raise InvalidEntry(f"date {text!r} {year!r} is not a day of the calendar") from None
        raise InvalidEntry(f"date {text!r} is not a day and month such as '28 September'")


def _body(note: str, scale_text: list[str], mood_label: str) -> str:
    parts = [note]
    if scale_text:
        parts.append("Scales: " + " | ".join(scale_text))
    if mood_label:
        parts.append(f"Mood: {mood_label}")
    return "\n\n".join(p for p in parts if p)


def _read_rows(path: Path) -> list[list[str]]:
    csv.field_size_limit(FIELD_SIZE_LIMIT)  # long notes
    text = read_text(path)  # UTF-8 with or without a mark, or UTF-16
    try:
        return list(csv.reader(io.StringIO(text), strict=True))
    except csv.Error as error:
        raise ImportFailed(f"{path.name} is not valid CSV: {error}") from None


def _layout(path: Path, rows: list[list[str]]) -> tuple[tuple[str, ...], int]:
    """The file's columns and the index of its first data row."""
    header = header_layout(rows[0])
    if header is not None:
        return header, 1
    for raw in rows[:20]:  # a file without a header: the first row of a known shape
        if (layout := row_layout(raw)) is not None:
            return layout, 0
    raise ImportFailed(f"{path.name} does not start with a Daylio header such as {','.join(WITH_TITLE)}")


def plan_daylio(path: Path, options: ImportOptions | None = None) -> ImportPlan:
    path, options = Path(path), options or ImportOptions()
    rows = _read_rows(path)
    if not any(rows):
        raise ImportFailed(f"{path.name} is empty")
    columns, start = _layout(path, rows)
    shaped = [raw for raw in rows[start:] if len(raw) == len(columns)]
    languages = guess_languages(
        (raw[columns.index("weekday")] for raw in shaped if "weekday" in columns),
        (raw[columns.index("date")] for raw in shaped if "date" in columns),
    ) or ["en"]
    reader = _RowReader(languages, MoodLevels.of(map(base_language, languages), options.moods))
    width = f"the header has {len(columns)}" if start else f"Daylio's rows have {len(columns)}"
    unique = UniqueEntries()
    rejected: list[Rejected] = []
    warnings: list[str] = []
    skipped = 0
    for number, raw in enumerate(rows[start:], start=start + 1):
        if not raw:
            continue
        if len(raw) != len(columns):
            rejected.append(Rejected(number, f"{len(raw)} cells where {width}"))
            continue
        try:
            entry = reader.entry(dict(zip(columns, raw, strict=True)), raw)
        except InvalidEntry as error:
            rejected.append(Rejected(number, str(error)))
            continue
        earlier = unique.add(entry, number)
        if earlier is not None:
            warnings.append(f"row {number} repeats row {earlier} exactly; imported once")
            skipped += 1
    if reader.unplaced:
        labels = ", ".join(f"'{label}' ({count})" for label, count in reader.unplaced.items())
        warnings.append(
            f"moods you added in Daylio have no place on the 1–5 scale: {labels}; those entries "
            "are imported without a mood, and the mood's name is kept as the last line of their "
            "text (give each a level 1–5 in the preview, or with --mood 'LABEL=N' before "
            "importing: try it with --dry-run first, as an entry already imported keeps its mood)"
        )
    plan = ImportPlan.of_entries(
        path, FORMAT, unique.entries, themes=reader.themes.themes, custom_moods=reader.custom_moods
    )
    plan.rejected, plan.warnings = rejected, warnings + reader.themes.warnings()
    plan.skipped = skipped
    return plan
