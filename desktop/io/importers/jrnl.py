"""jrnl: its plain-text journal file and its JSON export (`jrnl --format json`).

Tags (`@tag`, `#tag`) become themes; a trailing ` *` on the title line of the text file marks a
starred entry. jrnl keeps no UTC offset, so the machine's own offset at that moment is used.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from desktop.domain.entry import Entry, InvalidEntry, local_offset, validate_entry
from desktop.io.formats.json_format import load_document
from desktop.io.importers.common import ThemeCollector, UniqueEntries
from desktop.io.importers.plan import ImportFailed, ImportPlan, Rejected, stable_uuid

FORMAT = "jrnl"
HEADER_RE = re.compile(r"^\[(?P<stamp>\d{4}-\d{2}-\d{2} [^\]]+)\] ?(?P<title>.*)$")
# jrnl's own rule: a tag symbol at the start of a word, then word characters and -+*#/.
TAG_RE = re.compile(r"(?<!\S)[@#]([-+*#/\w]+)")
STAMP_FORMATS = (
    "%Y-%m-%d %I:%M:%S %p",
    "%Y-%m-%d %I:%M %p",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
)


def parse_stamp(text: str) -> datetime | None:
    for fmt in STAMP_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    return None


def looks_like_jrnl_text(first_line: str) -> bool:
    """A jrnl heading, `[YYYY-MM-DD HH:MM] Title`, even with a date that is not real: the
    importer then names the bad date, rather than the file being taken for JSON."""
    match = HEADER_RE.match(first_line)
    return bool(match) and re.match(r"\d{4}-\d{2}-\d{2} \d", match.group("stamp")) is not None  # type: ignore[union-attr]


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


def _text_records(path: Path) -> Iterator[tuple[int, datetime, str, list[str]]]:
    """(line number, stamp, title line, body lines) of each entry of a jrnl text file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFailed(f"{path.name} is not UTF-8 text") from None
    current: tuple[int, datetime, str, list[str]] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        match = HEADER_RE.match(line)
        stamp = parse_stamp(match.group("stamp")) if match else None
        if match and stamp is not None:
            if current:
                yield current
            current = (number, stamp, match.group("title"), [])
        elif current is not None:
            current[3].append(line)
        elif match and looks_like_jrnl_text(line):
            raise ImportFailed(
                f"{path.name}: line {number}: '{match.group('stamp')}' is not a real date and time"
            )
        elif line.strip():
            raise ImportFailed(
                f"{path.name} is not a jrnl journal: line {number} comes before any "
                "[YYYY-MM-DD HH:MM] entry heading"
            )
    if current:
        yield current


def _plan(path: Path, items: Iterator[tuple[int, dict[str, Any]]], label: str) -> ImportPlan:
    themes = ThemeCollector()
    unique = UniqueEntries()
    rejected: list[Rejected] = []
    warnings: list[str] = []
    skipped = 0
    for number, item in items:
        if "error" in item:
            rejected.append(Rejected(number, item["error"], label))
            continue
        try:
            entry = _make_entry(themes=themes, **item)
        except InvalidEntry as error:
            rejected.append(Rejected(number, str(error), label))
            continue
        earlier = unique.add(entry, number)
        if earlier is not None:
            warnings.append(f"{label} {number} repeats {label} {earlier} exactly; imported once")
            skipped += 1
    if not unique.entries and not rejected:
        raise ImportFailed(f"{path.name} holds no jrnl entries")
    plan = ImportPlan.of_entries(path, FORMAT, unique.entries, themes=themes.themes)
    plan.rejected, plan.warnings = rejected, warnings + themes.warnings()
    plan.skipped = skipped
    return plan


def _from_text(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, stamp, title, body in _text_records(path):
        starred = title.rstrip().endswith(" *") or title.strip() == "*"
        if starred:
            title = title.rstrip()[:-1]
        text = "\n".join(body)
        yield (
            number,
            {
                "day": stamp.date(),
                "at": stamp.time(),
                "title": title,
                "body": text,
                "tags": TAG_RE.findall(title + "\n" + text),
                "starred": starred,
            },
        )


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
        "tags": [t.lstrip("@#") for t in tags],
        "starred": record.get("starred") is True,
    }


def plan_jrnl(path: Path) -> ImportPlan:
    path = Path(path)
    with open(path, "rb") as handle:
        head = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        raise ImportFailed(f"{path.name} is empty")
    if head.startswith(b"{"):
        items = _from_json(path, load_document(path))
        return _plan(path, items, "entry")
    return _plan(path, _from_text(path), "entry at line")
