"""The journal entry as the rest of the app sees it, and the rules every entry must keep."""

from __future__ import annotations

import re
import unicodedata
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import StrEnum
from functools import lru_cache

from desktop.domain.balance import (
    DEFAULT_THRESHOLDS,
    MOOD_MAX,
    MOOD_MIN,
    RATING_MAX,
    RATING_MIN,
    Thresholds,
    Zone,
    balance_of,
    zone_of,
)
from desktop.domain.entry_context import Place, Weather, context_problem
from desktop.domain.theme_catalogue import is_valid_slug

PERSON_NAME_MAX = 100

_OFFSET_RE = re.compile(r"^([+-])(\d{2}):(\d{2})$")


class InvalidEntry(ValueError):
    """An entry breaks a rule; the message is meant for the user as it is."""


class Relation(StrEnum):
    PARTNER = "partner"
    FRIEND = "friend"
    FAMILY = "family"
    COLLEAGUE = "colleague"
    TEAM = "team"
    OTHER = "other"


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def now_local() -> datetime:
    """The current moment, aware, in the machine's local offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


def format_offset(offset: timedelta) -> str:
    """`+HH:MM` form of a UTC offset."""
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


@lru_cache(maxsize=1024)  # a journal has few offsets; an import of 100,000 entries asks for each
def parse_offset(text: str) -> timedelta:
    """Parse `+HH:MM`; raise InvalidEntry for anything else or beyond ±18 hours."""
    match = _OFFSET_RE.match(text.strip())
    if not match:
        raise InvalidEntry(f"UTC offset {text!r} is not of the form +HH:MM")
    sign, hours, minutes = match.groups()
    value = timedelta(hours=int(hours), minutes=int(minutes))
    if value > timedelta(hours=18) or int(minutes) >= 60:
        raise InvalidEntry(f"UTC offset {text!r} is out of range")
    return -value if sign == "-" else value


def format_timestamp(moment: datetime) -> str:
    """ISO 8601 with its offset, to the second: `2026-11-22T07:05:00+01:00`."""
    return moment.isoformat(timespec="seconds")


def parse_timestamp(text: str) -> datetime:
    """Parse an ISO 8601 timestamp that carries an offset."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidEntry(f"{text!r} is not an ISO 8601 date and time") from None
    if moment.tzinfo is None:
        raise InvalidEntry(f"{text!r} has no UTC offset")
    return moment


@dataclass(slots=True)
class Entry:
    """One journal entry. `time` is to the minute; `themes` are slugs, `people` are names."""

    title: str
    date: date
    time: time
    utc_offset: timedelta
    body: str = ""
    themes: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    independence: int | None = None
    interdependence: int | None = None
    mood: int | None = None
    starred: bool = False
    uuid: str = field(default_factory=new_uuid)
    created_at: datetime = field(default_factory=now_local)
    updated_at: datetime = field(default_factory=now_local)
    deleted_at: datetime | None = None
    # Kept from other journal apps (see entry_context): where, the weather, the source journal's
    # name, and measured levels such as Daylio's scales ("Sleep" -> 4).
    place: Place | None = None
    weather: Weather | None = None
    source: str = ""
    scales: dict[str, int] = field(default_factory=dict)

    @property
    def balance(self) -> int | None:
        value = balance_of(self.independence, self.interdependence)
        return None if value is None else int(value)

    def zone(self, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Zone | None:
        return zone_of(self.independence, self.interdependence, thresholds)

    @property
    def moment(self) -> datetime:
        """The aware local date and time the entry is about."""
        return datetime.combine(self.date, self.time, tzinfo=timezone(self.utc_offset))


def local_now_parts() -> tuple[date, time, timedelta]:
    """Today's date, the time to the minute, and the local offset — defaults for a new entry."""
    now = now_local()
    offset = now.utcoffset() or timedelta(0)
    return now.date(), now.time().replace(second=0, microsecond=0), offset


_SURROGATE = re.compile("[\ud800-\udfff]")  # no UTF-8 can hold these; JSON escapes can

# The dates an entry may have. Charts and reports look years either side of an entry's date (a
# trend window may span ten years); these bounds keep all of that inside the calendar.
EARLIEST_DATE = date(1000, 1, 1)
LATEST_DATE = date(8999, 12, 31)


def check_date(day: date, what: str = "the date") -> date:
    """`day` if an entry may have it; InvalidEntry otherwise."""
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise InvalidEntry(
            f"{what} {day.isoformat()} is out of range: dates run from "
            f"{EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()}"
        )
    return day


def local_offset(day: date, at: time) -> timedelta:
    """The machine's UTC offset at that local moment (so DST is right for past dates).

    At the very edges of the calendar (1 January of year 1, 31 December 9999) the moment may
    have no UTC equivalent: InvalidEntry says so rather than the calendar overflowing.
    """
    try:
        return datetime.combine(day, at).astimezone().utcoffset() or timedelta(0)
    except (ValueError, OverflowError):
        raise InvalidEntry(_EDGE_OF_CALENDAR.format(day=day.isoformat())) from None


_EDGE_OF_CALENDAR = "{day} is too close to the edge of the calendar for its time zone"


def check_rating(name: str, value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidEntry(f"{name} must be a whole number from {RATING_MIN} to {RATING_MAX}")
    if not RATING_MIN <= value <= RATING_MAX:
        raise InvalidEntry(f"{name} must be from {RATING_MIN} to {RATING_MAX}, not {value}")
    return value


def check_mood(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not MOOD_MIN <= value <= MOOD_MAX:
        raise InvalidEntry(f"mood must be a whole number from {MOOD_MIN} to {MOOD_MAX}")
    return value


@lru_cache(maxsize=4096)  # the same few people, again and again: an import asks twice per mention
def clean_person_name(name: str) -> str:
    """A person's name trimmed and in composed Unicode (NFC), so "José" typed on two keyboards
    is one person; raise InvalidEntry if empty, too long or holding `;`."""
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not cleaned:
        raise InvalidEntry("a person's name cannot be empty")
    if ";" in cleaned:
        raise InvalidEntry(f"a person's name cannot contain ';': {name!r}")
    if len(cleaned) > PERSON_NAME_MAX:
        raise InvalidEntry(f"a person's name is limited to {PERSON_NAME_MAX} characters")
    return cleaned


def validate_entry(entry: Entry) -> None:
    """Raise InvalidEntry, with a message for the user, if the entry breaks a rule."""
    check_rating("independence", entry.independence)
    check_rating("interdependence", entry.interdependence)
    check_mood(entry.mood)
    check_date(entry.date)
    if entry.time.second or entry.time.microsecond:
        raise InvalidEntry("an entry's time is kept to the minute")
    if abs(entry.utc_offset) > timedelta(hours=18):
        raise InvalidEntry("the UTC offset is out of range")
    try:
        entry.moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise InvalidEntry(_EDGE_OF_CALENDAR.format(day=entry.date.isoformat())) from None
    for slug in entry.themes:
        if not is_valid_slug(slug):
            raise InvalidEntry(f"{slug!r} is not a theme slug (lowercase letters, digits and hyphens)")
    if len(set(entry.themes)) != len(entry.themes):
        raise InvalidEntry("a theme is listed twice")
    names = [clean_person_name(p) for p in entry.people]
    if len({n.casefold() for n in names}) != len(names):
        raise InvalidEntry("a person is listed twice")
    if problem := context_problem(entry.place, entry.weather, entry.source, entry.scales):
        raise InvalidEntry(problem)
    if "\x00" in entry.title or "\x00" in entry.body:
        raise InvalidEntry("the text holds a NUL character")
    for text in (entry.title, entry.body, *entry.people):
        if not text.isascii() and _SURROGATE.search(text):
            raise InvalidEntry("the text holds half of a character (a lone UTF-16 surrogate)")
