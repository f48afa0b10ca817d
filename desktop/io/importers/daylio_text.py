"""The free-text cells of a Daylio export: the note (HTML since 2021) and the scales.

Daylio's newer notes are HTML (`Who knows.<br><br>Am I …`, `<b>bold</b>`); the journal's text is
Markdown, so the tags become line breaks, `**bold**`, `*italic*` and `- ` list items. An older
note is plain text and is kept as it is, `<` and `&` included.

A scales cell reads `Sleep Quality: 8/10 points | Sleep Time: 8:00`, with no-break spaces after
the colon and before the unit. A level (`8/10`, `4`) becomes data (`{"Sleep Quality": 8}`); a
value that is not a level (a duration, `8:00`) stays as text.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_TAG_RE = re.compile(r"</?(br|b|strong|i|em|u|s|strike|del|p|div|ul|ol|li|span|font|h[1-6])\b[^>]*>", re.I)
_SCALE_RE = re.compile(r"^(?P<name>.+?):\s*(?P<value>.+)$", re.S)
_LEVEL_RE = re.compile(r"^(?P<level>[+-]?\d+)(?:\s*/\s*\d+)?(?:\s+\D.*)?$", re.S)
SCALE_SEPARATOR = "|"


class _NoteToMarkdown(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.lists: list[str] = []  # "ul"/"ol" nesting
        self.numbers: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in ("b", "strong"):
            self.parts.append("**")
        elif tag in ("i", "em"):
            self.parts.append("*")
        elif tag in ("s", "strike", "del"):
            self.parts.append("~~")
        elif tag in ("ul", "ol"):
            self.lists.append(tag)
            self.numbers.append(0)
            self._new_line()
        elif tag == "li":
            self._new_line()
            indent = "  " * max(len(self.lists) - 1, 0)
            if self.lists and self.lists[-1] == "ol":
                self.numbers[-1] += 1
                self.parts.append(f"{indent}{self.numbers[-1]}. ")
            else:
                self.parts.append(f"{indent}- ")
        elif tag in ("p", "div") or re.fullmatch(r"h[1-6]", tag):
            self._new_line()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("b", "strong"):
            self.parts.append("**")
        elif tag in ("i", "em"):
            self.parts.append("*")
        elif tag in ("s", "strike", "del"):
            self.parts.append("~~")
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self.numbers.pop()
            self._new_line()
        elif tag in ("p", "div", "li") or re.fullmatch(r"h[1-6]", tag):
            self._new_line()

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def _new_line(self) -> None:
        if self.parts and not "".join(self.parts[-2:]).endswith("\n"):
            self.parts.append("\n")


def note_markdown(note: str) -> str:
    """A Daylio note as Markdown text: HTML tags converted, plain text left alone."""
    note = note.replace("\r\n", "\n").strip()
    if not _TAG_RE.search(note):
        return note
    parser = _NoteToMarkdown()
    parser.feed(note)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    text = re.sub(r"\*\*(\s*)\*\*", r"\1", text)  # an empty <b></b>
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def parse_scales(cell: str) -> tuple[dict[str, int], list[str]]:
    """The levels of a scales cell, and the parts that are not levels, as readable text."""
    levels: dict[str, int] = {}
    rest: list[str] = []
    for part in cell.split(SCALE_SEPARATOR):
        part = " ".join(html.unescape(part).split())  # no-break spaces become plain ones
        if not part:
            continue
        match = _SCALE_RE.match(part)
        level = _LEVEL_RE.match(match.group("value")) if match else None
        if match and level and match.group("name").strip() not in levels:
            levels[match.group("name").strip()] = int(level.group("level"))
        else:
            rest.append(part)
    return levels, rest
