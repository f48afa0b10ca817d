"""What Day One's two formats (the JSON export and Classic `.doentry` files) share: titles from
the text, local times from time zones, and the tally of what an import keeps and leaves behind.

The tally makes sure nothing is left behind unseen: every kind of data a file held that the
journal does not keep becomes one line of `ImportPlan.left_behind`, with how much of it there was.
"""

from __future__ import annotations

import math
import re
import uuid as uuid_module
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.domain.entry import Entry
from desktop.domain.entry_context import Place, Weather
from desktop.io.importers.plan import ImportPlan

# Day One's link to a photo (or video, audio, PDF) of the entry: `![](dayone-moment://<id>)`,
# newer exports `![](dayone-moment:/video/<id>)`. They stay in the body as links to the media.
PLACEHOLDER_RE = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:[^)\s]*\)")
_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)")
# Zero-width characters Day One leaves around words; not ZWJ/ZWNJ, which shape scripts and emoji.
_NO_INVISIBLE = str.maketrans("", "", "\u200b\u2060\ufeff")
# A pair of emphasis marks around words: `*a*`, `**a**`, `***a***`, `_a_`, `__a__`.
# Underscores only at word edges: `snake_case_name` has none (as in CommonMark).
# Longer first lines (a whole paragraph) keep their marks: unmatched `*`s make the search slow.
_EMPHASIS_LIMIT = 2000
_EMPHASIS_RE = re.compile(r"(\*{1,3})(?=\S)(.+?)(?<=\S)\1|(?<!\w)(_{1,3})(?=\S)(.+?)(?<=\S)\3(?!\w)")


# Kinds of data Day One keeps with an entry that the journal does not (yet), as the preview
# names them. Both formats count into the same kinds.
RICH_TEXT = "richText formatting"
WEATHER_DETAILS = "weather details"
DEVICE = "the writing device"
MUSIC = "music"
ACTIVITY = "activity and step count"
PINNED = "the pinned mark"
MEDIA_KINDS = {
    "photos": "photo",
    "videos": "video",
    "audio recordings": "audio recording",
    "PDF files": "PDF file",
}
ASIDES = {
    RICH_TEXT: "their Markdown text is kept",
    WEATHER_DETAILS: "wind, pressure, humidity, sun and moon; conditions and temperature are kept",
}


def unescape_markdown(text: str) -> str:
    return _ESCAPE_RE.sub(r"\1", text)


def _words_of(line: str) -> str:
    """The line as a title: plain text, without heading marks, media links, emphasis marks
    (`**Luckily**`) and zero-width characters; "" when nothing of it is text."""
    line = PLACEHOLDER_RE.sub("", _HEADING_RE.sub("", line)).translate(_NO_INVISIBLE)
    if len(line) <= _EMPHASIS_LIMIT:
        line = _EMPHASIS_RE.sub(lambda m: m.group(2) or m.group(4), line)
    return line.strip()


def split_text(text: str, *, unescape: bool = True) -> tuple[str, str]:
    """(title, body): the first line of real text is the title, without its heading marks.

    A photo placeholder or an empty heading is never a title: lines before the title that hold
    media links stay at the top of the body, links on the title's own line just below them.
    Text with no words at all has no title; its body keeps the links. With `unescape`, Day One's
    Markdown escapes (`\\.`) are undone first (its JSON export writes them, Classic did not).
    """
    text = text.replace("\r\n", "\n")
    if unescape:
        text = unescape_markdown(text)
    lines = text.split("\n")
    found = next((i for i, line in enumerate(lines) if _words_of(line)), None)
    if found is None:
        return "", "\n".join(_links_or_blank(lines)).strip()
    links = PLACEHOLDER_RE.findall(lines[found])
    head = "\n".join(
        [*_links_or_blank(lines[:found]), " ".join(links)] if links else _links_or_blank(lines[:found])
    )
    rest = "\n".join(lines[found + 1 :]).strip("\n").rstrip()
    return _words_of(lines[found]), "\n\n".join(part for part in (head.strip("\n").rstrip(), rest) if part)


def _links_or_blank(lines: list[str]) -> list[str]:
    """The lines that hold media links, and the blank lines between them."""
    return [line for line in lines if PLACEHOLDER_RE.search(line) or not line.strip()]


def canonical_uuid(text: str) -> str | None:
    """Day One's 32 hex digits as a uuid in canonical form; None if they are not a uuid."""
    try:
        return str(uuid_module.UUID(text))
    except (ValueError, AttributeError, TypeError):
        return None


def when_text(moment: datetime) -> str:
    """An entry's local date and time as notes name it."""
    return moment.strftime("%Y-%m-%d %H:%M")


def plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


class Tally:
    """What an import kept beyond the text, and what it left behind, counted by kind."""

    def __init__(self) -> None:
        self.places = 0
        self.weather = 0
        self.sources: Counter[str] = Counter()
        self.media: Counter[str] = Counter()  # "photos" -> how many
        self.linked_entries = 0  # entries whose body keeps links to their media
        self.extras: Counter[str] = Counter()  # a kind of data -> entries that held it
        self.no_zone = 0
        self.unknown_zones: set[str] = set()

    # --- as entries are read ----------------------------------------------------------------------
    def kept(self, entry: Entry) -> None:
        self.places += entry.place is not None
        self.weather += entry.weather is not None
        if entry.source:
            self.sources[entry.source] += 1
        self.linked_entries += PLACEHOLDER_RE.search(entry.body) is not None

    def local_moment(self, utc: datetime, zone_name: Any) -> datetime:
        """`utc` as the local time of Day One's zone name; with no zone, this computer's."""
        if zone_name is None or zone_name == "":
            self.no_zone += 1
            return utc.astimezone()
        cleaned = str(zone_name).replace("\\", "")  # `Etc\/GMT`, escaped twice by some tools
        try:
            return utc.astimezone(ZoneInfo(cleaned))
        except (ZoneInfoNotFoundError, ValueError):
            self.unknown_zones.add(str(zone_name))
            return utc.astimezone(UTC)

    # --- for the preview --------------------------------------------------------------------------
    def left_behind(self) -> list[str]:
        """One line per kind of data not kept, read after "not kept: "."""
        lines = []
        for kind, count in self.media.items():
            what = plural(count, MEDIA_KINDS.get(kind, kind), kind)
            if kind == "photos" and self.linked_entries:
                where = plural(self.linked_entries, "entry", "entries")
                lines.append(f"{what} (not imported yet; the links to them stay in {where})")
            else:
                lines.append(f"{what} (not imported yet)")
        for kind, entries in self.extras.most_common():
            aside = f" ({ASIDES[kind]})" if kind in ASIDES else ""
            lines.append(f"{kind} of {plural(entries, 'entry', 'entries')}{aside}")
        return lines

    def notes(self) -> list[str]:
        """What was kept beyond the text, and how times were read."""
        notes = []
        if self.places:
            notes.append(
                plural(self.places, "location", "locations")
                + " kept (place name, locality, country, coordinates): search finds entries by their place"
            )
        if self.weather:
            notes.append(
                plural(self.weather, "weather report", "weather reports") + " kept (conditions, temperature)"
            )
        if self.sources:
            names = ", ".join(f"“{name}” ({count:,})" for name, count in self.sources.most_common())
            notes.append(f"each entry keeps the name of the journal it came from: {names}")
        if self.no_zone:
            zone = datetime.now().astimezone().strftime("UTC%z")
            notes.append(
                plural(self.no_zone, "entry has", "entries have")
                + f" no time zone: read in this computer's time zone (now {zone[:6]}:{zone[6:]})"
            )
        notes.extend(
            f"unknown time zone {name!r}: those entries keep their UTC time"
            for name in sorted(self.unknown_zones)
        )
        return notes

    def fill(self, plan: ImportPlan) -> None:
        plan.left_behind.extend(self.left_behind())
        plan.warnings.extend(self.notes())


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _number(value: Any) -> float | None:
    """A number Day One wrote as a number or as text ("12"); None if it is neither."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value.strip().replace(",", ".") if isinstance(value, str) else value)
    except (ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def make_place(
    name: Any, label: Any, locality: Any, area: Any, country: Any, latitude: Any, longitude: Any
) -> Place | None:
    """A place from Day One's parts. The user's own label for it comes before its address, the
    state or region after the town (`Lehi, UT`), or stands for it when there is no town."""
    names = [part for part in (_text(label), _text(name)) if part]
    town, region = _text(locality), _text(area)
    place = Place(
        name=", ".join(dict.fromkeys(names)),
        locality=", ".join(dict.fromkeys(part for part in (town, region) if part)),
        country=_text(country),
        latitude=_number(latitude),
        longitude=_number(longitude),
    )
    if place == Place():
        return None
    return place


def make_weather(description: Any, celsius: Any) -> Weather | None:
    weather = Weather(_text(description), _number(celsius))
    return None if weather == Weather() else weather


def utc_offset(moment: datetime) -> timedelta:
    return moment.utcoffset() or timedelta(0)
