"""Day One: its JSON export, alone or in the .zip Day One writes (one JSON file per journal).

The first line of an entry's text is its title (heading marks removed), the rest its body, with
Day One's Markdown escapes (`\\.`) undone. `creationDate` is UTC; the entry gets the local date,
time and offset of its own `timeZone`. Day One's 32-hex uuids are kept in canonical uuid form.
"""

from __future__ import annotations

import re
import uuid as uuid_module
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.domain.entry import Entry, InvalidEntry, validate_entry
from desktop.io.formats.json_format import load_document, parse_json_text
from desktop.io.importers.common import ThemeCollector, UniqueEntries
from desktop.io.importers.plan import ImportFailed, ImportPlan, Rejected

FORMAT = "dayone"
_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")
MAX_ZIP_JSON_BYTES = 512 * 1024 * 1024


def unescape_markdown(text: str) -> str:
    return _ESCAPE_RE.sub(r"\1", text)


def split_text(text: str) -> tuple[str, str]:
    """(title, body): the first line without heading marks, and the rest."""
    # Blank lines (or lines of spaces) before the first words do not make an empty title.
    text = unescape_markdown(text.replace("\r\n", "\n")).lstrip()
    first, _, rest = text.partition("\n")
    title = _HEADING_RE.sub("", first).strip()
    return title, rest.strip("\n").rstrip()


def canonical_uuid(text: str) -> str | None:
    try:
        return str(uuid_module.UUID(text))
    except (ValueError, AttributeError, TypeError):
        return None


def _zone(name: Any, warnings: set[str]) -> ZoneInfo | Any:
    cleaned = str(name or "").replace("\\", "")
    if cleaned:
        try:
            return ZoneInfo(cleaned)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    warnings.add(f"unknown time zone {name!r}: those entries keep their UTC time")
    return UTC


def _moment(value: Any, key: str) -> datetime:
    if not isinstance(value, str):
        raise InvalidEntry(f"'{key}' is missing")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidEntry(f"'{key}' {value!r} is not a date and time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _entry(record: Any, themes: ThemeCollector, zones: set[str]) -> Entry | None:
    if not isinstance(record, dict):
        raise InvalidEntry("is not an object")
    uuid = canonical_uuid(record.get("uuid"))  # type: ignore[arg-type]
    if uuid is None:
        raise InvalidEntry(f"uuid {record.get('uuid')!r} is not a Day One uuid")
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        raise InvalidEntry("'text' is not text")
    if not text or not text.strip():
        return None
    local = _moment(record.get("creationDate"), "creationDate").astimezone(
        _zone(record.get("timeZone"), zones)
    )
    modified = record.get("modifiedDate")
    tags = record.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise InvalidEntry("'tags' must be a list of text")
    title, body = split_text(text)
    entry = Entry(
        uuid=uuid,
        title=title,
        body=body,
        date=local.date(),
        time=local.time().replace(second=0, microsecond=0, tzinfo=None),
        utc_offset=local.utcoffset() or timedelta(0),
        themes=themes.slugs(tags),
        starred=record.get("starred") is True,
    )
    entry.created_at = local.replace(microsecond=0)
    entry.updated_at = (
        _moment(modified, "modifiedDate").astimezone(local.tzinfo).replace(microsecond=0)
        if modified
        else entry.created_at
    )
    validate_entry(entry)
    return entry


def _documents(path: Path) -> list[tuple[str, Any]]:
    """(name, parsed JSON) of the export: the file itself, or each journal in the zip."""
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
                documents.append((name, parse_json_text(archive.read(name), name)))
            return documents
    except (zipfile.BadZipFile, EOFError) as error:
        raise ImportFailed(f"{path.name} is a damaged zip file: {error}") from None


def plan_dayone(path: Path) -> ImportPlan:
    path = Path(path)
    themes = ThemeCollector()
    unique = UniqueEntries()
    rejected: list[Rejected] = []
    warnings: list[str] = []
    skipped = 0
    zones: set[str] = set()
    number = 0
    for name, document in _documents(path):
        entries = document.get("entries") if isinstance(document, dict) else None
        if not isinstance(entries, list):
            raise ImportFailed(f"{name} is not a Day One export (no 'entries' list)")
        for record in entries:
            number += 1
            try:
                entry = _entry(record, themes, zones)
            except InvalidEntry as error:
                rejected.append(Rejected(number, str(error), "entry"))
                continue
            if entry is None:
                when = record.get("creationDate", "?")
                warnings.append(f"entry {number} ({record.get('uuid')}, {when}) has no text; skipped")
                skipped += 1
                continue
            earlier = unique.add(entry, number)
            if earlier is not None:
                rejected.append(Rejected(number, f"uuid {entry.uuid} is also entry {earlier}", "entry"))
    warnings.extend(sorted(zones))
    plan = ImportPlan.of_entries(path, FORMAT, unique.entries, themes=themes.themes)
    plan.rejected, plan.warnings = rejected, warnings + themes.warnings()
    plan.skipped = skipped
    return plan
