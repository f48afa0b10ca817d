"""The entry's context in the entries table: place, weather, source and scales as nullable columns.

Nearly every entry has none of it, so writing one costs a shared dict of NULLs, and reading one
builds nothing when every column is NULL. Lists and counts never read these columns.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.domain.entry import Entry
from desktop.domain.entry_context import Place, Weather

CONTEXT_FIELDS = (
    "place_name",
    "place_locality",
    "place_country",
    "latitude",
    "longitude",
    "weather",
    "temperature_c",
    "source",
    "scales",
)


NO_CONTEXT: dict[str, object] = dict.fromkeys(CONTEXT_FIELDS)


def context_values(entry: Entry) -> dict[str, object]:
    """The place, weather, source and scales columns: NULL for every part that is absent."""
    place, weather = entry.place, entry.weather
    if place is None and weather is None and not entry.source and not entry.scales:
        return NO_CONTEXT  # nearly every entry: no dict to build
    return {
        "place_name": (place.name or None) if place else None,
        "place_locality": (place.locality or None) if place else None,
        "place_country": (place.country or None) if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "weather": (weather.description or None) if weather else None,
        "temperature_c": weather.temperature_c if weather else None,
        "source": entry.source or None,
        "scales": json.dumps(entry.scales, ensure_ascii=False) if entry.scales else None,
    }


def _place(name: str | None, locality: str | None, country: str | None, lat: Any, lon: Any) -> Place | None:
    if name is None and locality is None and country is None and lat is None and lon is None:
        return None
    return Place(name or "", locality or "", country or "", lat, lon)


def _weather(description: str | None, temperature: float | None) -> Weather | None:
    if description is None and temperature is None:
        return None
    return Weather(description or "", temperature)


def context_from(
    name: str | None,
    locality: str | None,
    country: str | None,
    latitude: Any,
    longitude: Any,
    weather: str | None,
    temperature: float | None,
    source: str | None,
    scales: str | None,
) -> dict[str, Any]:
    """The Entry fields for the stored columns, in the order CONTEXT_FIELDS names them."""
    return {
        "place": _place(name, locality, country, latitude, longitude),
        "weather": _weather(weather, temperature),
        "source": source or "",
        "scales": json.loads(scales) if scales else {},
    }
