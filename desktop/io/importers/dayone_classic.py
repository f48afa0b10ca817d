"""Day One Classic: a journal folder (`Journal.dayone`) of one property list per entry
(`entries/<UUID>.doentry`), photos beside them (`photos/<entry UUID>.jpg`); or a zip of it.

Read with Python's `plistlib`. Each entry's `Creation Date` is UTC; its `Time Zone` gives the
local time (entries without one, from early versions and other tools, are read in this
computer's zone). An entry file that cannot be read (a broken plist, a date that is not ISO 8601
as Slogger wrote them) is a rejected entry named by its file, never a failed import. Photos are
counted for the preview, not imported yet.

The folder may be the journal itself, its `entries` folder, or a folder holding journals.
"""

from __future__ import annotations

import plistlib
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from desktop.domain.attachment_refs import MediaFile, import_link, safe_name, with_references
from desktop.domain.entry import Entry, InvalidEntry, validate_entry
from desktop.domain.entry_context import Place, Weather
from desktop.io.importers.common import ThemeCollector
from desktop.io.importers.dayone_common import (
    ACTIVITY,
    DEVICE,
    MUSIC,
    WEATHER_DETAILS,
    Tally,
    canonical_uuid,
    make_place,
    make_weather,
    plural,
    split_text,
    utc_offset,
    when_text,
)
from desktop.io.importers.plan import ImportFailed, ImportPlan, Rejected, stable_uuid

FORMAT = "dayone"
SUFFIX = ".doentry"
MAX_ENTRY_BYTES = 64 * 1024 * 1024
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_DATE_RE = re.compile(rb"<date>([^<]*)</date>")

_KEPT = frozenset(
    {"Creation Date", "Entry Text", "Time Zone", "UUID", "Starred", "Tags", "Location", "Weather"}
)
_EXTRAS = {"Creator": DEVICE, "Activity": ACTIVITY, "Step Count": ACTIVITY, "Music": MUSIC}
_PLACE_KEYS = frozenset(
    {"Place Name", "Locality", "Administrative Area", "Country", "Latitude", "Longitude", "Region"}
)
# Fahrenheit and the icon's name say again what Celsius and the description say.
_WEATHER_KEYS = frozenset({"Description", "Celsius", "Fahrenheit", "IconName"})


@dataclass
class _Journal:
    """One Classic journal: its entry files in name order, read on demand, and its photos."""

    name: str  # "Journal", the folder's name without ".dayone"
    label: str  # "Journal.dayone", as notes name it
    files: list[tuple[str, Callable[[], bytes]]] = field(default_factory=list)
    photos: dict[str, str] = field(default_factory=dict)  # entry UUID (upper case) -> file name
    photo_files: dict[str, MediaFile] = field(default_factory=dict)  # entry UUID -> its photo


def _journal_name(folder: str) -> str:
    return folder[: -len(".dayone")] if folder.lower().endswith(".dayone") and len(folder) > 7 else folder


def _is_entry_name(name: str) -> bool:
    base = PurePosixPath(name).name
    return base.lower().endswith(SUFFIX) and not base.startswith("._")  # "._x": macOS zip litter


# --- finding journals ----------------------------------------------------------------------------


def _folder_journal(root: Path, entries: Path) -> _Journal:
    journal = _Journal(_journal_name(root.name), root.name)
    files = sorted(p for p in entries.iterdir() if p.is_file() and _is_entry_name(p.name))
    journal.files = [(p.name, p.read_bytes) for p in files]
    photos = root / "photos"
    if photos.is_dir():
        journal.photos = {p.stem.upper(): p.name for p in sorted(photos.iterdir()) if p.is_file()}
        journal.photo_files = {
            p.stem.upper(): MediaFile(safe_name(p.name), p.stat().st_size, p.read_bytes)
            for p in sorted(photos.iterdir())
            if p.is_file()
        }
    return journal


def _folder_journals(path: Path) -> list[_Journal]:
    if (path / "entries").is_dir():
        return [_folder_journal(path, path / "entries")]
    in_journal = path.parent.name.lower().endswith(".dayone")
    if path.name.lower() == "entries" and (in_journal or any(_is_entry_name(p.name) for p in path.iterdir())):
        return [_folder_journal(path.parent, path)]
    return [
        _folder_journal(child, child / "entries")
        for child in sorted(path.iterdir())
        if child.is_dir() and (child / "entries").is_dir()
    ]


def _zip_journals(path: Path) -> list[_Journal]:
    journals: dict[tuple[str, ...], _Journal] = {}

    def journal_at(root: tuple[str, ...]) -> _Journal:
        folder = root[-1] if root else path.stem
        return journals.setdefault(root, _Journal(_journal_name(folder), folder))

    photos: list[tuple[tuple[str, ...], zipfile.ZipInfo]] = []
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [
                i for i in archive.infolist() if not i.is_dir() and not i.filename.startswith("__MACOSX/")
            ]
            for info in sorted(infos, key=lambda i: i.filename):
                parts = PurePosixPath(info.filename).parts
                if _is_entry_name(info.filename):
                    entries = len(parts) > 1 and parts[-2].lower() == "entries"
                    root = parts[: len(parts) - 2] if entries else parts[:-1]
                    journal_at(root).files.append((parts[-1], _zip_entry(archive, info)))
                elif len(parts) > 1 and parts[-2].lower() == "photos":
                    photos.append((parts[:-2], info))
    except (zipfile.BadZipFile, EOFError) as error:
        raise ImportFailed(f"{path.name} is a damaged zip file: {error}") from None
    for root, info in photos:
        if root in journals:
            name = PurePosixPath(info.filename).name
            key = PurePosixPath(name).stem.upper()
            journals[root].photos[key] = name
            journals[root].photo_files[key] = MediaFile(
                safe_name(name), info.file_size, _zip_file(path, info)
            )
    return list(journals.values())


def _zip_file(path: Path, info: zipfile.ZipInfo) -> Callable[[], bytes]:
    """A photo's bytes, read from the zip only when the import is applied."""

    def read() -> bytes:
        with zipfile.ZipFile(path) as archive:
            return archive.read(info.filename)

    return read


def _zip_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], bytes]:
    """The entry's bytes, read while the zip is open (entries are small); a reader that raises
    InvalidEntry, naming the file, for one that is too large or damaged in the zip."""
    name = PurePosixPath(info.filename).name
    problem = f"{name} is too large to be an entry" if info.file_size > MAX_ENTRY_BYTES else ""
    data = b""
    if not problem:
        try:
            data = archive.read(info)
        except (zipfile.BadZipFile, EOFError, ValueError) as error:
            problem = f"{name} cannot be read from the zip ({error})"

    def read() -> bytes:
        if problem:
            raise InvalidEntry(problem)
        return data

    return read


def _journals(path: Path) -> list[_Journal]:
    if path.is_dir():
        return _folder_journals(path)
    if zipfile.is_zipfile(path):
        return _zip_journals(path)
    # One entry file: its journal, with that entry alone.
    entries = path.parent
    root = entries.parent if entries.name.lower() == "entries" else entries
    journal = _Journal(_journal_name(root.name), root.name, [(path.name, path.read_bytes)])
    return [journal]


def is_classic(path: Path) -> bool:
    """Whether `path` is a Day One Classic journal: a folder of one, a zip of one, or an entry."""
    path = Path(path)
    if path.is_dir():
        try:
            return bool(_folder_journals(path))
        except OSError:
            return False
    if path.suffix.lower() == SUFFIX:
        return path.is_file()
    if zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                return any(_is_entry_name(name) for name in archive.namelist())
        except (zipfile.BadZipFile, OSError):
            return False
    return False


# --- reading entries -----------------------------------------------------------------------------


def _record(data: bytes, file_name: str) -> dict[str, Any]:
    for value in _DATE_RE.findall(data):
        text = value.decode("utf-8", "replace").strip()
        if not _ISO_DATE_RE.match(text):
            raise InvalidEntry(
                f"{file_name}: the date {text!r} is not an ISO 8601 date (YYYY-MM-DDTHH:MM:SSZ)"
            )
    try:
        record = plistlib.loads(data)
    except Exception as error:  # plistlib raises many kinds on damaged files; none may stop the import
        raise InvalidEntry(f"{file_name} is not a readable property list ({type(error).__name__})") from None
    if not isinstance(record, dict):
        raise InvalidEntry(f"{file_name} is not a Day One entry")
    return record


def _uuid(record: dict[str, Any], journal: _Journal, file_name: str) -> str:
    raw = record.get("UUID")
    if isinstance(raw, str) and raw.strip():
        return canonical_uuid(raw) or stable_uuid(FORMAT, raw.strip())
    return stable_uuid(FORMAT, journal.name, file_name)


def _place(location: Any, kinds: set[str]) -> Place | None:
    if not isinstance(location, dict) or not location:
        return None
    if any(key not in _PLACE_KEYS for key in location):
        kinds.update(f"the location's {key!r}" for key in location if key not in _PLACE_KEYS)
    return make_place(
        location.get("Place Name"),
        None,
        location.get("Locality"),
        location.get("Administrative Area"),
        location.get("Country"),
        location.get("Latitude"),
        location.get("Longitude"),
    )


def _weather(weather: Any, kinds: set[str]) -> Weather | None:
    if not isinstance(weather, dict) or not weather:
        return None
    if any(key not in _WEATHER_KEYS for key in weather):
        kinds.add(WEATHER_DETAILS)
    return make_weather(weather.get("Description"), weather.get("Celsius"))


def _entry(
    data: bytes, file_name: str, journal: _Journal, themes: ThemeCollector, tally: Tally, kinds: set[str]
) -> tuple[Entry | None, str]:
    """The entry (None when it has no text) and its local date and time for notes; `kinds`
    gains the kinds of data it held that are not kept."""
    record = _record(data, file_name)
    created = record.get("Creation Date")
    if not isinstance(created, datetime):
        raise InvalidEntry(f"{file_name} has no 'Creation Date'")
    local = tally.local_moment(created.replace(tzinfo=UTC), record.get("Time Zone"))
    when = when_text(local)
    text = record.get("Entry Text")
    if text is not None and not isinstance(text, str):
        raise InvalidEntry(f"{file_name}: 'Entry Text' is not text")
    title, body = split_text(text or "", unescape=False)
    if not title and not body:
        return None, when
    tags = record.get("Tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise InvalidEntry(f"{file_name}: 'Tags' must be a list of text")
    moment = local.replace(microsecond=0)
    entry = Entry(
        uuid=_uuid(record, journal, file_name),
        title=title,
        body=body,
        date=local.date(),
        time=local.time().replace(second=0, microsecond=0, tzinfo=None),
        utc_offset=utc_offset(local),
        themes=themes.slugs(tags),
        starred=record.get("Starred") is True,
        place=_place(record.get("Location"), kinds),
        weather=_weather(record.get("Weather"), kinds),
        source=journal.name,
        created_at=moment,
        updated_at=moment,
    )
    validate_entry(entry)
    kinds.update(_EXTRAS.get(key, repr(key)) for key, value in record.items() if key not in _KEPT and value)
    return entry, when


def plan_dayone_classic(path: Path) -> ImportPlan:
    path = Path(path)
    journals = _journals(path)
    if not journals:
        raise ImportFailed(f"{path.name} holds no Day One Classic journal (entries/*{SUFFIX})")
    themes = ThemeCollector()
    tally = Tally()
    entries: list[Entry] = []
    first_seen: dict[str, str] = {}
    rejected: list[Rejected] = []
    warnings: list[str] = []
    unmatched: list[str] = []
    media: list[MediaFile] = []
    skipped = 0
    one_here = len(journals) == 1 and not (path.is_file() and zipfile.is_zipfile(path))
    for journal in journals:
        # The journal chosen itself is named by the summary; in a zip or a folder of journals,
        # each entry is named by its journal too.
        noted = f"{journal.label} entry"
        label = "entry" if one_here else noted
        matched: set[str] = set()
        if not journal.files:
            warnings.append(f"{journal.label} has no entries (no {SUFFIX} files)")
        for number, (file_name, read) in enumerate(journal.files, start=1):
            kinds: set[str] = set()
            try:
                entry, when = _entry(read(), file_name, journal, themes, tally, kinds)
            except InvalidEntry as error:
                rejected.append(Rejected(number, str(error), label))
                continue
            if entry is None:
                warnings.append(f"{noted} {number} ({file_name}, {when}) has no text; skipped")
                skipped += 1
                continue
            here = f"{noted} {number} ({file_name})"
            earlier = first_seen.setdefault(entry.uuid, here)
            if earlier != here:
                rejected.append(Rejected(number, f"{file_name}: its uuid is also that of {earlier}", label))
                continue
            entries.append(entry)
            tally.kept(entry)
            tally.extras.update(kinds)
            photo = entry.uuid.replace("-", "").upper()
            if photo in journal.photos:
                matched.add(photo)
                if photo in journal.photo_files:  # Classic's one photo an entry: at its end
                    media.append(journal.photo_files[photo])
                    link = import_link(len(media) - 1, media[-1].name)
                    entry.body = with_references(entry.body, [link])
        unmatched.extend(name for key, name in journal.photos.items() if key not in matched)
    plan = ImportPlan.of_entries(path, FORMAT, entries, themes=themes.themes)
    plan.rejected, plan.skipped = rejected, skipped
    plan.warnings = warnings + themes.warnings()
    tally.fill(plan)
    plan.media = media
    if media:
        plan.warnings.append(plural(len(media), "photo comes", "photos come") + " along from photos/")
    if unmatched:
        files = plural(len(unmatched), "file in photos/ that belongs", "files in photos/ that belong")
        plan.left_behind.append(f"{files} to no entry ({', '.join(unmatched[:5])})")
    return plan
