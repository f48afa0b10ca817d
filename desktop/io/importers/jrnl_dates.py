"""The dates of jrnl's entry headings, read as jrnl reads them but without the C library's locale.

jrnl writes a heading's date with `strftime(timeformat)` (in the C locale: English month names,
AM/PM) and reads it back with `strptime(timeformat)`; a heading that does not fit is read by
dateutil's forgiving parser, so `[2019-07 14:23]` is 2019-07-01 14:23. `strptime` reads names in
the process's locale, which the window takes from the system, so this module reads a timeformat
and the forgiving fallback itself, with English names always.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.io.importers.common import MONTH_NAMES, MONTHS, WEEKDAYS, english_month


class ImpossibleDate(ValueError):
    """The text has the shape of a date and time, but no such day or time exists."""


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DIRECTIVES = {
    "Y": r"(?P<Y>\d{4})",
    "y": r"(?P<y>\d{2})",
    "m": r"(?P<m>\d{1,2})",
    "d": r"(?P<d>\d{1,2})",
    "e": r"\s?(?P<d>\d{1,2})",
    "H": r"(?P<H>\d{1,2})",
    "k": r"\s?(?P<H>\d{1,2})",
    "I": r"(?P<I>\d{1,2})",
    "l": r"\s?(?P<I>\d{1,2})",
    "M": r"(?P<M>\d{1,2})",
    "S": r"(?P<S>\d{1,2})",
    "f": r"(?P<f>\d{1,6})",
    "p": r"(?P<p>[ap]\.?m\.?)",
    "P": r"(?P<p>[ap]\.?m\.?)",
    "b": rf"(?P<b>{_MONTH_NAMES})\.?",
    "j": r"(?P<j>\d{1,3})",
    "z": r"(?:[+-]\d{2}:?\d{2}|z)",
    "Z": r"(?:[a-z]{1,5})",
    "%": "%",
    "n": r"\s*",
    "t": r"\s*",
}
_DIRECTIVES["B"] = _DIRECTIVES["h"] = _DIRECTIVES["b"]
for _ignored in "aA":
    _DIRECTIVES[_ignored] = rf"(?:{_WEEKDAY_NAMES})\.?"
for _ignored in "UWVuwGgC":
    _DIRECTIVES[_ignored] = r"\d{1,4}"
# Shorthands, as the C locale spells them out.
_COMPOSITES = {
    "F": "%Y-%m-%d",
    "T": "%H:%M:%S",
    "R": "%H:%M",
    "r": "%I:%M:%S %p",
    "D": "%m/%d/%y",
    "x": "%m/%d/%y",
    "X": "%H:%M:%S",
    "c": "%a %b %e %H:%M:%S %Y",
}


@dataclass(frozen=True)
class StampFormat:
    """A jrnl `timeformat`, compiled: reads the dates it writes, in any locale."""

    timeformat: str
    pattern: re.Pattern[str]

    @classmethod
    def compile(cls, timeformat: str) -> StampFormat:
        """ValueError for a format with a directive this reader (like `strptime`) does not know."""
        return cls(timeformat, re.compile(_to_regex(timeformat), re.IGNORECASE))

    def parse(self, text: str) -> datetime | None:
        """The date and time of the whole `text`, None if it does not have the format's shape;
        ImpossibleDate if it has the shape but not a real date (`2024-02-30`)."""
        match = self.pattern.fullmatch(text)
        return _fields_to_datetime(match.groupdict()) if match else None

    def parse_start(self, line: str) -> tuple[datetime | None, int] | None:
        """(the date, where it ends) when `line` starts with a stamp in this format followed by a
        space or the line's end (the headings of jrnl 1.x have no brackets); the date is None
        when the stamp has the shape but no such date exists."""
        match = self.pattern.match(line)
        if not match or (match.end() < len(line) and not line[match.end()].isspace()):
            return None
        try:
            return _fields_to_datetime(match.groupdict()), match.end()
        except ImpossibleDate:
            return None, match.end()


_TOKEN_RE = re.compile(r"%[-_0^#]?(.)|\s+|[^%\s]+|%$")


def _to_regex(timeformat: str) -> str:
    parts: list[str] = []
    seen: set[str] = set()
    for match in _TOKEN_RE.finditer(_expanded(timeformat)):
        token = match.group(0)
        if not token.startswith("%"):
            parts.append(r"\s+" if token.isspace() else re.escape(token))
            continue
        code = match.group(1)
        if code is None or code not in _DIRECTIVES:
            raise ValueError(f"jrnl's timeformat {timeformat!r} has a directive {token!r} that is not known")
        regex = _DIRECTIVES[code]
        name = re.search(r"\?P<(\w)>", regex)
        if name and name.group(1) in seen:  # asked for twice: the second must just be there
            regex = regex.replace(f"?P<{name.group(1)}>", "?:")
        elif name:
            seen.add(name.group(1))
        parts.append(regex)
    return "".join(parts)


def _expanded(timeformat: str) -> str:
    """The format with its shorthands (`%F`, `%r`, `%c`, ...) spelt out."""

    def spell(match: re.Match[str]) -> str:
        return _COMPOSITES.get(match.group(1) or "", match.group(0))

    return _TOKEN_RE.sub(spell, timeformat)


def _fields_to_datetime(matched: dict[str, str | None]) -> datetime:
    """`strptime`'s reading of the fields: what the format leaves out is 1900-01-01 00:00:00."""
    fields = {key: value for key, value in matched.items() if value}
    number = {key: int(value) for key, value in fields.items() if value.isdigit()}
    year = number.get("Y", 1900)
    if "y" in number:
        year = number["y"] + (1900 if number["y"] >= 69 else 2000)
    month = number.get("m") or english_month(fields.get("b", "")) or 1
    hour = number.get("H", 0)
    if "I" in number:
        hour = number["I"]
        if "p" in fields:
            if not 1 <= hour <= 12:
                raise ImpossibleDate("an hour outside 1–12 before AM/PM")
            hour = hour % 12 + (12 if fields["p"].lower().startswith("p") else 0)
    minute, second = number.get("M", 0), min(number.get("S", 0), 59)  # 60: a leap second
    try:
        if "j" in number and "m" not in number and "b" not in fields:
            return datetime(year, 1, 1, hour, minute, second) + timedelta(days=number["j"] - 1)
        return datetime(year, month, number.get("d", 1), hour, minute, second)
    except (ValueError, OverflowError):
        raise ImpossibleDate("no such date or time") from None


# --- The forgiving reading, for headings that do not fit the timeformat --------------------------

_TIME_RE = re.compile(
    r"(?<![\d:])(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"(?:\s*(?P<p>[ap])\.?m\.?(?![a-z]))?(?![\d:])",
    re.IGNORECASE,
)
_HOUR_ONLY_RE = re.compile(r"(?<![\d:])(?P<H>\d{1,2})\s*(?P<p>[ap])\.?m\.?(?![a-z])", re.IGNORECASE)
_ZONE_RE = re.compile(r"(?<=\s)(?:[+-]\d{2}:?\d{2}|z|utc|gmt)(?![a-z\d])", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+\.?|\d+(?:st|nd|rd|th)?|[-/.,]|\S", re.IGNORECASE)
_NUMERIC_DATES = (
    # (pattern, field order): a year first is always year-month-day, as dateutil reads it
    (re.compile(r"(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?"), "ymd"),
    (re.compile(r"(\d{4})(\d{2})(\d{2})"), "ymd"),
    (re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})"), "?y"),
)


@dataclass(frozen=True)
class LooseStamp:
    """The parts of a date read without a format: `order` says which of the two numbers before the
    year of a numeric date (`09.06.2013`) is the day, once the whole file has been seen."""

    numbers: tuple[int, ...]
    order: str  # "ymd", "?y" (day and month not yet told apart) or "names"
    separator: str
    hour: int
    minute: int
    second: int

    @property
    def ambiguous(self) -> bool:
        return self.order == "?y" and self.numbers[0] <= 12 and self.numbers[1] <= 12

    def day_first_possible(self) -> bool:
        return self.order != "?y" or self.numbers[1] <= 12

    def month_first_possible(self) -> bool:
        return self.order != "?y" or self.numbers[0] <= 12

    def to_datetime(self, day_first: bool) -> datetime:
        if self.order == "?y":
            first, second, year = self.numbers
            day, month = (first, second) if day_first else (second, first)
            if year < 100:
                year += 1900 if year >= 69 else 2000
        else:
            year, month, day = self.numbers
        try:
            return datetime(year, month, day, self.hour, self.minute, min(self.second, 59))
        except (ValueError, OverflowError):
            raise ImpossibleDate("no such date or time") from None


def loose_stamp(text: str) -> LooseStamp | None:
    """The date and time in `text` as jrnl's fallback (dateutil) reads it when the text has a
    year: ISO dates, partial ones (`2019-07` is its first day), numeric dates with the year last,
    English month names, 12- or 24-hour times (none: midnight), weekday names and zones ignored.
    None for anything else, and for dates without a year (jrnl would take this year's)."""
    rest = f" {text.strip()} "
    hour = minute = second = 0
    found = _TIME_RE.search(rest) or _HOUR_ONLY_RE.search(rest)
    if found:
        fields = found.groupdict()
        hour, minute, second = int(fields["H"]), int(fields.get("M") or 0), int(fields.get("S") or 0)
        if fields.get("p"):
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if fields["p"].lower() == "p" else 0)
        if hour > 23 or minute > 59 or second > 60:
            return None
        rest = rest[: found.start()] + " " + rest[found.end() :]
    rest = _ZONE_RE.sub(" ", rest)
    rest = re.sub(r"(?<=\d)T(?=\s)", " ", rest)  # ISO's T between date and time
    words = [
        word
        for word in _WORD_RE.findall(rest)
        if word != "," and word.rstrip(".").casefold() not in WEEKDAYS and word.casefold() != "at"
    ]
    if not words or any(len(w) == 1 and not w.isalnum() and w not in "-/." for w in words):
        return None  # a character no date has
    joined = "".join(words)
    for pattern, order in _NUMERIC_DATES:
        match = pattern.fullmatch(joined)
        if match:
            groups = [g for g in match.groups() if g is not None and g not in "-/."]
            separator = match.group(2) if len(match.groups()) == 4 else ""
            numbers = [int(g) for g in groups] + [1] * (3 - len(groups))
            return LooseStamp(tuple(numbers), order, separator, hour, minute, second)
    return _named_month_stamp(words, hour, minute, second)


def _named_month_stamp(words: list[str], hour: int, minute: int, second: int) -> LooseStamp | None:
    month = day = year = None
    for word in words:
        if word in "-/.":
            continue
        if word[0].isdigit():
            number = int(re.sub(r"\D", "", word))
            if len(word.rstrip("stndrh")) == 4 and year is None:
                year = number
            elif day is None and number <= 31:
                day = number
            else:
                return None
        elif month is None and (month := english_month(word)) is not None:
            continue
        else:
            return None
    if year is None or month is None:
        return None
    return LooseStamp((year, month, day or 1), "names", "", hour, minute, second)


def day_first(stamps: list[LooseStamp], separator_hint: str = "") -> tuple[bool, bool]:
    """(whether numeric dates with the year last put the day first, whether that was a guess).

    A number above 12 settles it; else the order of the entries (jrnl writes them sorted by date);
    else the custom of the separator: `09.06.2013` is day first, `06/09/2013` month first."""
    numeric = [s for s in stamps if s.order == "?y"]
    if not numeric:
        return True, False
    can_day, can_month = (
        all(s.day_first_possible() for s in numeric),
        all(s.month_first_possible() for s in numeric),
    )
    if can_day != can_month:
        return can_day, False
    if not can_day:
        return True, False  # neither fits every date: the impossible ones are named on their own
    sorted_day, sorted_month = (_in_order(numeric, first) for first in (True, False))
    if sorted_day != sorted_month:
        return sorted_day, False
    separator = separator_hint or numeric[0].separator
    return separator != "/", any(s.ambiguous for s in numeric)


def _in_order(stamps: list[LooseStamp], first: bool) -> bool:
    try:
        moments = [s.to_datetime(first) for s in stamps]
    except ImpossibleDate:
        return False
    return all(a <= b for a, b in itertools.pairwise(moments))


def describe(day_first_order: bool, example: LooseStamp) -> str:
    """How an ambiguous date was read, for the preview: `09.06.2013 as 9 June 2013`."""
    moment: date = example.to_datetime(day_first_order).date()
    sep = example.separator or "."
    first, second, year = example.numbers
    written = f"{first:02d}{sep}{second:02d}{sep}{year}"
    return f"{written} as {moment.day} {MONTH_NAMES[moment.month - 1]} {moment.year}"
