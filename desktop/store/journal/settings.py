"""Settings kept inside the journal (they travel with it): the balance thresholds and others."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from peewee import SqliteDatabase

from desktop.domain.balance import DEFAULT_THRESHOLDS, Thresholds, zone_of
from desktop.store.journal.models import Setting, journal_db

THRESHOLDS_KEY = "thresholds"
DAYLIO_MOODS_KEY = "daylio_moods"

_state: dict[str, Thresholds] = {"thresholds": DEFAULT_THRESHOLDS}


def get(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def put(key: str, value: Any) -> None:
    with journal_db.atomic():
        Setting.replace(key=key, value=json.dumps(value)).execute()


def daylio_moods() -> dict[str, int]:
    """The levels 1–5 the user gave Daylio mood labels at the last import, for the next one."""
    stored = get(DAYLIO_MOODS_KEY, {})
    if not isinstance(stored, dict):
        return {}
    return {
        label: level
        for label, level in stored.items()
        if isinstance(label, str) and type(level) is int and 1 <= level <= 5
    }


def remember_daylio_moods(mapping: Mapping[str, int]) -> None:
    """Keep the user's label -> level choices (added to those remembered before)."""
    if any(type(level) is not int or not 1 <= level <= 5 for level in mapping.values()):
        raise ValueError("a Daylio mood level is between 1 and 5")
    put(DAYLIO_MOODS_KEY, {**daylio_moods(), **mapping})


def thresholds() -> Thresholds:
    """The thresholds of the open journal (defaults until it sets its own)."""
    return _state["thresholds"]


def load_thresholds() -> Thresholds:
    stored = get(THRESHOLDS_KEY, {})
    try:
        value = Thresholds.from_dict(stored if isinstance(stored, dict) else {})
    except ValueError:
        value = DEFAULT_THRESHOLDS
    _state["thresholds"] = value
    return value


def save_thresholds(value: Thresholds) -> None:
    value.validate()
    put(THRESHOLDS_KEY, value.to_dict())
    _state["thresholds"] = value


def _sql_zone(independence: int | None, interdependence: int | None) -> str | None:
    zone = zone_of(independence, interdependence, _state["thresholds"])
    return None if zone is None else zone.value


def register_sql_functions(db: SqliteDatabase) -> None:
    """`bj_zone(independence, interdependence)` lets queries filter by zone with live thresholds."""
    db.register_function(_sql_zone, "bj_zone", 2)
