"""Settings kept inside the journal (they travel with it): the balance thresholds and others."""

from __future__ import annotations

import json
from typing import Any

from peewee import SqliteDatabase

from desktop.domain.balance import DEFAULT_THRESHOLDS, Thresholds, zone_of
from desktop.store.journal.models import Setting, journal_db

THRESHOLDS_KEY = "thresholds"

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
