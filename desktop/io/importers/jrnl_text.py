"""jrnl's plain-text journal file, split into entries the way jrnl 4 splits it.

An entry starts at a heading: `[date] Title` at the start of a line since jrnl 2, `date Title`
without brackets in jrnl 1.x files (whose bracketed lines are then plain text). A heading whose date
jrnl cannot read is text of the entry before it; a bracketed line of six characters or fewer
(`[1]`, a Markdown footnote) is never a heading. The title is the heading's line, or, for an entry
of one line, its first sentence; a title line ending in `*` marks the entry starred; `@tag` and
`#tag` (the config's `tagsymbols`) anywhere in the entry are its tags.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from desktop.io.importers.jrnl_dates import (
    ImpossibleDate,
    LooseStamp,
    StampFormat,
    day_first,
    describe,
    loose_stamp,
)
from desktop.io.importers.plan import ImportFailed

DEFAULT_TAGSYMBOLS = "#@"  # jrnl 4's default config
HEADING_RE = re.compile(r"^\[(?P<stamp>[^\]\n]+)\](?: (?P<title>.*)|\s*$)")
# jrnl 1.x headings, read without a config: a numeric date and a time, then a space or the end.
LEGACY_RE = re.compile(
    r"^(?P<stamp>(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})"
    r"[ T]\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?)(?= |$)"
)
FOOTNOTE_LENGTH = 6
# A sentence ends at . ! ? … (and their kin) before spaces, a closing quote and brackets allowed
# between; CJK full stops need no space after them.
SENTENCE_END = re.compile(
    r"[.!?\u2026\u203c\u203d\u2047-\u2049\u22ef\ufe52\ufe57]['\u2019\"\u201d]?[\])]*\s+"
    r"|[\uff01\uff0e\uff1f\uff61\u3002]"
)


@dataclass
class TextEntry:
    """One entry of the file: where its heading is, its date, and its text as jrnl reads it."""

    line: int
    stamp: str
    when: datetime | LooseStamp | None  # None: the heading has a date's shape, but no such date
    title: str = ""
    body: str = ""
    starred: bool = False
    tags: list[str] = field(default_factory=list)


# A heading reader: for a line, its entry (date and stamp) and the text after the date, or None.
HeadingReader = Callable[[str], tuple[TextEntry, str] | None]


@dataclass
class JournalText:
    entries: list[TextEntry]
    notes: list[str]  # for the preview: how dates that could be read two ways were read


def read_journal_text(text: str, name: str, fmt: StampFormat | None, tagsymbols: str) -> JournalText:
    """The entries of a jrnl text journal; ImportFailed if it is not one."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ends_with_newline = lines[-1] == ""
    if ends_with_newline:
        lines.pop()
    first = next((line for line in lines if line.strip()), None)
    if first is None:
        raise ImportFailed(f"{name} is empty")
    legacy = legacy_reader(first, fmt)
    heading = legacy or bracket_reader(fmt)
    found: list[tuple[TextEntry, list[str]]] = []
    for number, line in enumerate(lines, start=1):
        start = heading(line)
        if start is not None:
            start[0].line = number
            found.append((start[0], [start[1]]))
        elif found:
            found[-1][1].append(line.rstrip() if legacy else line)  # jrnl 1.x trims every line
        elif line.strip():
            raise _before_any_heading(name, number, line)
    tag_re = re.compile(rf"(?<!\S)[{re.escape(tagsymbols)}]([-+*#/\w]+)")
    for index, (entry, text_lines) in enumerate(found):
        raw = "\n".join(text_lines)
        if legacy or (index == len(found) - 1 and ends_with_newline):
            raw += "\n"  # jrnl's text of the entry ends with its line's end
        _fill(entry, raw, tag_re)
    return _resolve_dates([entry for entry, _ in found])


def bracket_reader(fmt: StampFormat | None) -> HeadingReader:
    """Headings since jrnl 2: `[date] Title`."""

    def heading(line: str) -> tuple[TextEntry, str] | None:
        match = HEADING_RE.match(line)
        if not match:
            return None
        stamp = match.group("stamp")
        if fmt is not None:
            try:
                when = fmt.parse(stamp)
            except ImpossibleDate:
                return TextEntry(0, stamp, None), match.group("title") or ""
            if when is not None:
                return TextEntry(0, stamp, when), match.group("title") or ""
        loose = loose_stamp(stamp) if len(stamp) > FOOTNOTE_LENGTH else None
        return (TextEntry(0, stamp, loose), match.group("title") or "") if loose else None

    return heading


def legacy_reader(first_line: str, fmt: StampFormat | None) -> HeadingReader | None:
    """A reader of jrnl 1.x headings (`date Title`) if the file's first line is one, else None."""

    def by_format(line: str) -> tuple[TextEntry, str] | None:
        found = fmt.parse_start(line) if fmt is not None else None
        if found is None:
            return None
        when, end = found
        return TextEntry(0, line[:end], when), line[end + 1 :]

    def by_shape(line: str) -> tuple[TextEntry, str] | None:
        match = LEGACY_RE.match(line)
        loose = loose_stamp(match.group("stamp")) if match else None
        if match is None or loose is None:
            return None
        return TextEntry(0, match.group("stamp"), loose), line[match.end() + 1 :]

    if first_line.startswith("["):
        return None
    if by_format(first_line) is not None:
        return by_format
    if by_shape(first_line) is not None:
        return by_shape
    return None


def _fill(entry: TextEntry, raw: str, tag_re: re.Pattern[str]) -> None:
    first, _, rest = raw.partition("\n")
    text = raw
    if first.strip().endswith("*"):
        entry.starred = True
        text = first.strip("\n *") + "\n" + rest
    entry.title, entry.body = split_title(text)
    # A run of symbols alone is no tag: `##` is a Markdown heading.
    entry.tags = [tag for tag in tag_re.findall(raw) if any(ch.isalnum() for ch in tag)]


def split_title(text: str) -> tuple[str, str]:
    """(title, body): the first line when the text has several, else its first sentence."""
    stripped = text.lstrip()
    if "\n" in stripped:
        title, body = stripped.split("\n", 1)
        return title.strip(), body.strip()
    end = SENTENCE_END.search(text)
    if not end:
        return text.strip(), ""
    return text[: end.end()].strip(), text[end.end() :].strip()


def _resolve_dates(entries: list[TextEntry]) -> JournalText:
    """Numeric dates read without a format (`09.06.2013`) are day first or month first for the
    whole file, as the file's own dates show (see `jrnl_dates.day_first`)."""
    loose = [e.when for e in entries if isinstance(e.when, LooseStamp)]
    first, guessed = day_first(loose)
    notes = []
    example = next((s for s in loose if s.ambiguous), None)
    if guessed and example is not None:
        notes.append(
            f"dates such as {describe(first, example)}: they could be day or month first, and were "
            "read as the order of the entries and the way the dates are written suggest; if that is "
            "wrong, import again with jrnl's config file, which says the journal's timeformat"
        )
    for entry in entries:
        if isinstance(entry.when, LooseStamp):
            try:
                entry.when = entry.when.to_datetime(first)
            except ImpossibleDate:
                entry.when = None
    return JournalText(entries, notes)


def _before_any_heading(name: str, number: int, line: str) -> ImportFailed:
    match = HEADING_RE.match(line)
    if match:
        return ImportFailed(f"{name}: line {number}: '{match.group('stamp')}' is not a date and time")
    return ImportFailed(
        f"{name} is not a jrnl journal: line {number} comes before any entry heading "
        "such as [2024-01-31 20:30] Title"
    )
