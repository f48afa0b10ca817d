"""Where and in what weather an entry was written, and which other journal it came from.

Other journal apps record this with each entry (Day One: place, coordinates, weather and the
journal's name; Daylio: the levels of its scales). The journal keeps it with the entry so that an
import loses nothing the user can see, and an export gives it back.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    """A named place and/or a point on the globe; every part optional."""

    name: str = ""  # e.g. a café, a park, a street address
    locality: str = ""  # town or city
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None

    @property
    def label(self) -> str:
        """One line for people: "Blue Bottle, Oakland, United States", else the coordinates."""
        words = ", ".join(part for part in (self.name, self.locality, self.country) if part)
        if words:
            return words
        if self.latitude is not None and self.longitude is not None:
            return f"{self.latitude:.4f}, {self.longitude:.4f}"
        return ""

    def to_record(self) -> dict[str, object]:
        """The place as JSON values: every part, "" or null when it is absent."""
        return {
            "name": self.name,
            "locality": self.locality,
            "country": self.country,
            "latitude": self.latitude,
            "longitude": self.longitude,
        }

    @classmethod
    def from_record(cls, value: object) -> Place:
        """The place `to_record` wrote (parts may be missing); ValueError says what is wrong."""
        record = _object(value, "place")
        return cls(
            name=_text(record, "name", "place"),
            locality=_text(record, "locality", "place"),
            country=_text(record, "country", "place"),
            latitude=_number(record, "latitude", "place"),
            longitude=_number(record, "longitude", "place"),
        )

    def problem(self) -> str | None:
        """Why these coordinates cannot be a place on Earth, or None when they can."""
        for value, limit, what in ((self.latitude, 90.0, "latitude"), (self.longitude, 180.0, "longitude")):
            if value is not None and (not math.isfinite(value) or abs(value) > limit):
                return f"the place's {what} {value} is out of range"
        return None


@dataclass(frozen=True, slots=True)
class Weather:
    description: str = ""  # "Partly Cloudy"
    temperature_c: float | None = None

    @property
    def label(self) -> str:
        temperature = "" if self.temperature_c is None else f"{self.temperature_c:.0f} °C"
        return ", ".join(part for part in (self.description, temperature) if part)

    def to_record(self) -> dict[str, object]:
        """The weather as JSON values: "" or null for a part that is absent."""
        return {"description": self.description, "temperature_c": self.temperature_c}

    @classmethod
    def from_record(cls, value: object) -> Weather:
        """The weather `to_record` wrote (parts may be missing); ValueError says what is wrong."""
        record = _object(value, "weather")
        return cls(_text(record, "description", "weather"), _number(record, "temperature_c", "weather"))

    def problem(self) -> str | None:
        """Why this temperature cannot be a reading, or None when it can."""
        if self.temperature_c is not None and not math.isfinite(self.temperature_c):
            return f"the temperature {self.temperature_c} is not a number"
        return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _object(value: object, what: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise ValueError(f"'{what}' is not an object")
    return value


def _text(record: dict[str, object], key: str, what: str) -> str:
    value = record.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"'{what}.{key}' is not text")
    return value


def _number(record: dict[str, object], key: str, what: str) -> float | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"'{what}.{key}' is not a number")
    return value


def scales_from_record(value: object) -> dict[str, int]:
    """Scale levels by name from JSON; ValueError if it is not an object of whole numbers."""
    if value is None:
        return {}
    record = _object(value, "scales")
    for name, level in record.items():
        if isinstance(level, bool) or not isinstance(level, int):
            raise ValueError(f"the scale {name!r} has a level {level!r} that is not a whole number")
    return dict(record)  # type: ignore[arg-type]


def context_problem(
    place: Place | None, weather: Weather | None, source: str, scales: Mapping[str, int]
) -> str | None:
    """Why an entry's context cannot be kept exactly as given, or None when it can.

    Coordinates and temperatures must be finite numbers (SQLite keeps NaN as NULL, JSON cannot
    hold it); texts follow the rules of an entry's own text; scale levels are whole numbers.
    """
    if place is not None and (problem := place.problem()):
        return problem
    if weather is not None and (problem := weather.problem()):
        return problem
    texts = [source, *scales]
    if place is not None:
        texts += [place.name, place.locality, place.country]
    if weather is not None:
        texts.append(weather.description)
    for text in texts:
        if not isinstance(text, str):
            return f"{text!r} is not text"
        if "\x00" in text:
            return "the place, weather, source or a scale's name holds a NUL character"
        if not text.isascii() and _SURROGATE.search(text):
            return "the place, weather, source or a scale's name holds half of a character"
    for name, level in scales.items():
        if not name.strip():
            return "a scale has no name"
        if isinstance(level, bool) or not isinstance(level, int):
            return f"the scale {name!r} has a level {level!r} that is not a whole number"
    return None
