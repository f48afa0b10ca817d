"""Day One: its JSON export, alone or in the .zip Day One writes (one JSON file per journal), and
Day One Classic (`dayone_classic`: a `*.dayone` folder of `.doentry` files, or its zip).

The first line of real text is an entry's title (see `dayone_common.split_text`: a photo link or
an empty heading never is), the rest its body, with Day One's Markdown escapes (`\\.`) undone and
its photo links (`![](dayone-moment://…)`) kept. `creationDate` is UTC; the entry gets the local
date, time and offset of its own `timeZone`. Day One's 32-hex uuids are kept in canonical uuid
form; other ids (tools that write Day One files make their own) give a uuid derived from them.
The place, the weather and the name of the journal (the JSON file's name) are kept with the entry;
whatever else the file held is counted for the preview (`dayone_common.Tally`).

Notes and rejected entries name the journal file, the entry's number within it and its date.
"""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from desktop.domain.entry import Entry, InvalidEntry, validate_entry
from desktop.domain.entry_context import Place, Weather
from desktop.io.formats.json_format import load_document, parse_json_text
from desktop.io.importers.common import ThemeCollector
from desktop.io.importers.dayone_classic import is_classic, plan_dayone_classic
from desktop.io.importers.dayone_common import (
    ACTIVITY,
    DEVICE,
    MUSIC,
    PINNED,
    RICH_TEXT,
    WEATHER_DETAILS,
    Tally,
    canonical_uuid,
    make_place,
    make_weather,
    split_text,
    utc_offset,
    when_text,
)
from desktop.io.importers.dayone_common import unescape_markdown as unescape_markdown
from desktop.io.importers.dayone_media import ZipMedia
from desktop.io.importers.plan import ImportFailed, ImportPlan, Rejected, media_note, stable_uuid

FORMAT = "dayone"
MAX_ZIP_JSON_BYTES = 512 * 1024 * 1024

_KEPT = frozenset(
    {"uuid", "text", "creationDate", "modifiedDate", "timeZone", "tags", "starred", "location", "weather"}
)
_MEDIA = {"photos": "photos", "videos": "videos", "audios": "audio recordings", "pdfAttachments": "PDF files"}
_EXTRAS = {
    "richText": RICH_TEXT,
    "music": MUSIC,
    "userActivity": ACTIVITY,
    "creationDevice": DEVICE,
    "creationDeviceType": DEVICE,
    "creationDeviceModel": DEVICE,
    "creationOSName": DEVICE,
    "creationOSVersion": DEVICE,
    "editingTime": "editing time",
    "duration": "duration",
    "isPinned": PINNED,
    "isAllDay": "the all-day mark",
    "sourceString": "Day One's visit links (sourceString)",
}
# Parts of a location that are kept, or that repeat what is kept (the region's centre is the
# point; the zone is the entry's own).
_PLACE_KEYS = frozenset(
    {
        "placeName",
        "userLabel",
        "localityName",
        "administrativeArea",
        "country",
        "latitude",
        "longitude",
        "region",
        "timeZoneName",
    }
)
_WEATHER_KEYS = frozenset({"conditionsDescription", "temperatureCelsius"})


def _moment(value: Any, key: str) -> datetime:
    if not isinstance(value, str):
        raise InvalidEntry(f"'{key}' is missing")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidEntry(f"'{key}' {value!r} is not a date and time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def is_empty(value: Any) -> bool:
    """Nothing worth a note: absent, false, zero, or an empty text, list or object."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value == 0
    return value is None or value == "" or value == [] or value == {}


def _uuid(record: dict[str, Any], journal: str) -> str:
    raw = record.get("uuid")
    if isinstance(raw, str) and raw.strip():
        return canonical_uuid(raw) or stable_uuid(FORMAT, raw.strip())
    if raw is not None:
        raise InvalidEntry(f"uuid {raw!r} is not a Day One uuid")
    # No id at all: one from what the entry is, so that importing it again adds nothing.
    return stable_uuid(FORMAT, journal, str(record.get("creationDate")), str(record.get("text")))


def _place(location: Any, kinds: set[str]) -> Place | None:
    if not isinstance(location, dict) or not location:
        return None
    for key, value in location.items():
        if key not in _PLACE_KEYS and not is_empty(value):
            kinds.add("Foursquare place ids" if key == "foursquareID" else f"the location's {key!r}")
    latitude, longitude = location.get("latitude"), location.get("longitude")
    region = location.get("region")
    centre = region.get("center") if isinstance(region, dict) else None
    if latitude is None and longitude is None and isinstance(centre, dict):
        latitude, longitude = centre.get("latitude"), centre.get("longitude")
    return make_place(
        location.get("placeName"),
        location.get("userLabel"),
        location.get("localityName"),
        location.get("administrativeArea"),
        location.get("country"),
        latitude,
        longitude,
    )


def _weather(weather: Any, kinds: set[str]) -> Weather | None:
    if not isinstance(weather, dict) or not weather:
        return None
    if any(key not in _WEATHER_KEYS and not is_empty(value) for key, value in weather.items()):
        kinds.add(WEATHER_DETAILS)
    return make_weather(weather.get("conditionsDescription"), weather.get("temperatureCelsius"))


def _count(entry: Entry, record: dict[str, Any], kinds: set[str], tally: Tally) -> None:
    """Count what an imported entry kept, and what it held beyond that."""
    tally.kept(entry)
    for key, value in record.items():
        if key in _KEPT or is_empty(value):
            continue
        if key in _MEDIA:
            continue  # brought from the zip, or named as missing (`dayone_media`)
        else:
            kinds.add(_EXTRAS.get(key, repr(key)))
    tally.extras.update(kinds)


def _entry(
    record: Any, journal: str, themes: ThemeCollector, tally: Tally, kinds: set[str]
) -> tuple[Entry | None, str]:
    """The entry (None when it has no text) and its local date and time for notes; `kinds`
    gains the kinds of data its place and weather held that are not kept."""
    if not isinstance(record, dict):
        raise InvalidEntry("is not an object")
    local = tally.local_moment(_moment(record.get("creationDate"), "creationDate"), record.get("timeZone"))
    when = when_text(local)
    uuid = _uuid(record, journal)
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        raise InvalidEntry("'text' is not text")
    title, body = split_text(text or "")
    if not title and not body:
        return None, when
    modified = record.get("modifiedDate")
    tags = record.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise InvalidEntry("'tags' must be a list of text")
    entry = Entry(
        uuid=uuid,
        title=title,
        body=body,
        date=local.date(),
        time=local.time().replace(second=0, microsecond=0, tzinfo=None),
        utc_offset=utc_offset(local),
        themes=themes.slugs(tags),
        starred=record.get("starred") is True,
        place=_place(record.get("location"), kinds),
        weather=_weather(record.get("weather"), kinds),
        source=journal,
    )
    entry.created_at = local.replace(microsecond=0)
    entry.updated_at = (
        _moment(modified, "modifiedDate").astimezone(local.tzinfo).replace(microsecond=0)
        if modified
        else entry.created_at
    )
    validate_entry(entry)
    return entry, when


def _documents(path: Path) -> list[tuple[str, Any]]:
    """(file name, parsed JSON) of the export: the file itself, or each journal in the zip."""
    if not zipfile.is_zipfile(path):
        return [(path.name, load_document(path))]
    try:
        with zipfile.ZipFile(path) as archive:
            found = [n for n in archive.namelist() if n.lower().endswith(".json")]
            # Journals sit at the top of the zip; some tools wrap them in one folder.
            names = [n for n in found if len(PurePosixPath(n).parts) == 1] or [
                n for n in found if len(PurePosixPath(n).parts) == 2
            ]
            if not names:
                raise ImportFailed(f"{path.name} is a zip without a Day One journal (.json) in it")
            documents = []
            for name in sorted(names):
                if archive.getinfo(name).file_size > MAX_ZIP_JSON_BYTES:
                    raise ImportFailed(f"{name} in {path.name} is too large")
                documents.append((PurePosixPath(name).name, parse_json_text(archive.read(name), name)))
            return documents
    except (zipfile.BadZipFile, EOFError) as error:
        raise ImportFailed(f"{path.name} is a damaged zip file: {error}") from None


def plan_dayone(path: Path) -> ImportPlan:
    path = Path(path)
    if is_classic(path):
        return plan_dayone_classic(path)
    themes = ThemeCollector()
    tally = Tally()
    media = ZipMedia(path)
    entries: list[Entry] = []
    first_seen: dict[str, str] = {}
    rejected: list[Rejected] = []
    warnings: list[str] = []
    skipped = 0
    for name, document in _documents(path):
        records = document.get("entries") if isinstance(document, dict) else None
        if not isinstance(records, list):
            raise ImportFailed(f"{name} is not a Day One export (no 'entries' list)")
        journal = PurePosixPath(name).stem
        # Named by its journal file: in a zip of several journals, each counts its own entries.
        # The file chosen itself is named by the summary.
        label = "entry" if name == path.name else f"{name} entry"
        noted = f"{name} entry"
        for number, record in enumerate(records, start=1):
            kinds: set[str] = set()
            try:
                entry, when = _entry(record, journal, themes, tally, kinds)
            except InvalidEntry as error:
                rejected.append(Rejected(number, _with_date(str(error), record), label))
                continue
            if entry is None:
                warnings.append(f"{noted} {number} ({when}) has no text{_held(record)}; skipped")
                skipped += 1
                continue
            earlier = first_seen.setdefault(entry.uuid, f"{noted} {number}")
            if earlier != f"{noted} {number}":
                rejected.append(Rejected(number, f"its uuid is also that of {earlier} ({when})", label))
                continue
            entry.body = media.relink(record, entry.body, f"{noted} {number}, {when}")
            entries.append(entry)
            _count(entry, record, kinds, tally)
    plan = ImportPlan.of_entries(path, FORMAT, entries, themes=themes.themes)
    plan.rejected, plan.skipped = rejected, skipped
    plan.warnings = warnings + themes.warnings()
    tally.fill(plan)
    plan.media = media.files
    plan.left_behind[:0] = media.left_behind()
    if media.files:
        plan.warnings.append(media_note(media.files))
    return plan


def _held(record: dict[str, Any]) -> str:
    """What an entry without text held all the same, for the note that skips it."""
    held = [
        what
        for key, what in (("photos", "photos"), ("location", "a location"), ("weather", "the weather"))
        if not is_empty(record.get(key))
    ]
    return f" (only {', '.join(held)})" if held else ""


def _with_date(reason: str, record: Any) -> str:
    """A rejected entry's reason, with the date Day One gives it (UTC) when it has a readable one."""
    created = record.get("creationDate") if isinstance(record, dict) else None
    if isinstance(created, str) and "creationDate" not in reason:
        return f"{reason} (created {created})"
    return reason
