"""Unsaved editor text kept in the journal, so a crash or a closed window never loses it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time

from desktop.domain.entry import (
    Entry,
    format_offset,
    format_timestamp,
    now_local,
    parse_offset,
    parse_timestamp,
)
from desktop.domain.entry_context import Place, Weather, scales_from_record
from desktop.store.journal.models import Draft, journal_db


@dataclass(frozen=True, slots=True)
class DraftInfo:
    id: int
    entry_uuid: str | None
    entry: Entry
    is_new: bool
    updated_at: datetime


def entry_to_data(entry: Entry, is_new: bool) -> dict[str, object]:
    """The editor's fields as plain JSON values; nothing is validated (drafts keep any text)."""
    return {
        "uuid": entry.uuid,
        "is_new": is_new,
        "title": entry.title,
        "body": entry.body,
        "date": entry.date.isoformat(),
        "time": entry.time.strftime("%H:%M"),
        "utc_offset": format_offset(entry.utc_offset),
        "themes": list(entry.themes),
        "people": list(entry.people),
        "independence": entry.independence,
        "interdependence": entry.interdependence,
        "mood": entry.mood,
        "starred": entry.starred,
        "created_at": format_timestamp(entry.created_at),
        # Not edited in the window, but kept: a restored draft saved over an imported entry
        # must not drop where it was written.
        "place": entry.place.to_record() if entry.place else None,
        "weather": entry.weather.to_record() if entry.weather else None,
        "source": entry.source,
        "scales": dict(entry.scales),
    }


def entry_from_data(data: dict[str, object]) -> Entry:
    created = data.get("created_at")
    return Entry(
        uuid=str(data["uuid"]),
        title=str(data.get("title", "")),
        body=str(data.get("body", "")),
        date=date.fromisoformat(str(data["date"])),
        time=time.fromisoformat(str(data["time"])),
        utc_offset=parse_offset(str(data["utc_offset"])),
        themes=[str(s) for s in data.get("themes", [])],  # type: ignore[attr-defined]
        people=[str(p) for p in data.get("people", [])],  # type: ignore[attr-defined]
        independence=data.get("independence"),  # type: ignore[arg-type]
        interdependence=data.get("interdependence"),  # type: ignore[arg-type]
        mood=data.get("mood"),  # type: ignore[arg-type]
        starred=bool(data.get("starred", False)),
        created_at=parse_timestamp(str(created)) if created else now_local(),
        place=Place.from_record(data["place"]) if data.get("place") else None,
        weather=Weather.from_record(data["weather"]) if data.get("weather") else None,
        source=str(data.get("source") or ""),
        scales=scales_from_record(data.get("scales")),
    )


def save_draft(entry: Entry, is_new: bool) -> int:
    """Keep the editor's text for `entry`, replacing its earlier draft; returns the draft id."""
    payload = json.dumps(entry_to_data(entry, is_new), ensure_ascii=False)
    stamp = format_timestamp(now_local())
    with journal_db.atomic():
        existing = Draft.get_or_none(Draft.entry_uuid == entry.uuid)
        if existing is None:
            return Draft.insert(entry_uuid=entry.uuid, data=payload, updated_at=stamp).execute()
        Draft.update(data=payload, updated_at=stamp).where(Draft.id == existing.id).execute()
        return existing.id


def list_drafts() -> list[DraftInfo]:
    """Every kept draft, the newest first; drafts that no longer parse are skipped, not lost."""
    drafts = []
    for row in Draft.select().order_by(Draft.updated_at.desc(), Draft.id.desc()):
        try:
            data = json.loads(row.data)
            entry = entry_from_data(data)
            updated = parse_timestamp(row.updated_at)
        except (ValueError, KeyError, TypeError):
            continue
        drafts.append(DraftInfo(row.id, row.entry_uuid, entry, bool(data.get("is_new")), updated))
    return drafts


def discard_draft(entry_uuid: str) -> None:
    with journal_db.atomic():
        Draft.delete().where(Draft.entry_uuid == entry_uuid).execute()
