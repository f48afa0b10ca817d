"""What the importers share: reading text files whatever their encoding, English month names
read without the C library's locale, tags to themes, and keeping one entry per uuid."""

from __future__ import annotations

import codecs
import io
import re
from datetime import date
from pathlib import Path
from typing import BinaryIO, TextIO

from desktop.domain.entry import Entry
from desktop.domain.theme_catalogue import BUILTIN_BY_SLUG, CUSTOM_THEME_COLOUR, ThemeSpec, theme_slug
from desktop.io.importers.plan import ImportFailed


class ThemeCollector:
    """Turns free tags into theme slugs: a built-in slug whatever its case, else a custom theme."""

    def __init__(self) -> None:
        self.custom: dict[str, ThemeSpec] = {}
        self.unusable: list[str] = []  # tags with no letter or digit to make a slug of

    def slugs(self, labels: list[str]) -> list[str]:
        slugs: list[str] = []
        for label in labels:
            slug = theme_slug(label)
            if not slug:
                if label not in self.unusable:
                    self.unusable.append(label)
                continue
            if slug in slugs:
                continue
            slugs.append(slug)
            if slug not in BUILTIN_BY_SLUG and slug not in self.custom:
                name = " ".join(label.split()) or slug
                self.custom[slug] = ThemeSpec(slug, name, None, "", CUSTOM_THEME_COLOUR)
        return slugs

    @property
    def themes(self) -> list[ThemeSpec]:
        return list(self.custom.values())

    def warnings(self) -> list[str]:
        """What the preview should say about tags that could not become themes."""
        if not self.unusable:
            return []
        shown = ", ".join(repr(label) for label in self.unusable[:10])
        more = f" and {len(self.unusable) - 10} more" if len(self.unusable) > 10 else ""
        return [f"tags with no letter or digit cannot be themes and were left out: {shown}{more}"]


class UniqueEntries:
    """Entries in file order, a repeated uuid (the same entry twice in the file) kept once."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.where: dict[str, int] = {}

    def add(self, entry: Entry, row: int) -> int | None:
        """Add the entry; if its uuid was seen, return the row it was first seen in instead."""
        earlier = self.where.setdefault(entry.uuid, row)
        if earlier != row:
            return earlier
        self.entries.append(entry)
        return None


# --- Text files: the encodings other tools write ------------------------------------------------
# UTF-8 with or without a byte-order mark, and UTF-16 (what Windows tools such as Notepad and
# PowerShell often write) with a mark or, told by its zero bytes, without one. Anything else is
# refused by the caller with its own message.

SNIFF_BYTES = 64 * 1024
_PRINTABLE = frozenset(b"\t\n\r" + bytes(range(0x20, 0x7F)))


def _bom_less_utf16(head: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" for UTF-16 without a byte-order mark: mostly ASCII text with a zero
    byte beside each character; None otherwise."""
    sample = head[:200]
    if len(sample) < 8:
        return None
    evens, odds = sample[0::2], sample[1::2]
    for codec, text, zeros in (("utf-16-le", evens, odds), ("utf-16-be", odds, evens)):
        if zeros.count(0) > 0.9 * len(zeros) and sum(b in _PRINTABLE for b in text) > 0.9 * len(text):
            return codec
    return None


def text_codec(head: bytes) -> str:
    """The codec that reads a text file starting with `head`, its byte-order mark included:
    "utf-8-sig", "utf-16" (with a mark), "utf-16-le" or "utf-16-be" (without one)."""
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"  # not read: the caller's decoding fails on it and says so
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return _bom_less_utf16(head) or "utf-8-sig"


def decode_text(data: bytes, name: str) -> str:
    """The text of a whole file's bytes, in any of the encodings above (the mark removed, line
    ends kept); ImportFailed saying where, for any other bytes."""
    codec = text_codec(data[:SNIFF_BYTES])
    if codec == "utf-32":
        raise ImportFailed(f"{name} is UTF-32 text; save it as UTF-8 and try again")
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        kind = "UTF-16" if codec.startswith("utf-16") else "UTF-8"
        raise ImportFailed(
            f"{name} is not {kind} text (a byte 0x{data[error.start]:02x} at position {error.start}); "
            "save it as UTF-8 and try again"
        ) from None


def read_text(path: Path) -> str:
    """The text of a file, in any of the encodings above; see `decode_text`."""
    path = Path(path)
    return decode_text(path.read_bytes(), path.name)


def text_stream(raw: BinaryIO) -> TextIO:
    """A streaming reader of the text in an open binary file (for files too big to hold at
    once), in any of the encodings above; line ends are kept as they are (newline="")."""
    head = raw.read(SNIFF_BYTES)
    raw.seek(0)
    codec = text_codec(head)
    if codec == "utf-32":
        codec = "utf-8-sig"  # not read: decoding fails, and the reader names the byte
    return io.TextIOWrapper(raw, encoding=codec, newline="", errors="strict")


# --- English names in dates -----------------------------------------------------------------------
# Other apps write month names and AM/PM in English whatever the user's language. `strptime` reads
# them in the C library's locale, which the window sets from the system (German, Malayalam, ...),
# so the importers read them with these tables instead.

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS = {
    name.casefold()[:length]: number for number, name in enumerate(MONTH_NAMES, 1) for length in (3, None)
}
MONTHS["sept"] = 9
WEEKDAYS = frozenset(
    name[:length]
    for name in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    for length in (3, len(name))
) | {"tues", "thur", "thurs"}


def english_month(word: str) -> int | None:
    """1–12 for an English month name, full or short, in any case (`Sep`, `SEPTEMBER`, `sept.`)."""
    return MONTHS.get(word.strip().rstrip(".").casefold())


_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})$", re.I)
_MONTH_DAY_YEAR = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$", re.I)


def english_date(text: str) -> date | None:
    """A date written with an English month name, day first or month first: `28 September 2018`,
    `Sep 28, 2018`; None if the text is not one (or not a real day)."""
    text = " ".join(text.split())
    if match := _DAY_MONTH_YEAR.match(text):
        day, month_name, year = match.groups()
    elif match := _MONTH_DAY_YEAR.match(text):
        month_name, day, year = match.groups()
    else:
        return None
    month = english_month(month_name)
    if month is None:
        return None
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None
