"""Reading back the text of a PDF that matplotlib wrote with TrueType fonts (fonttype 42).

matplotlib writes each glyph as its own kerned piece of a TJ array, so words never appear whole
in the raw bytes; this joins the pieces back. Glyphs beyond the font's first 256 (an em dash, a
ligature such as "fl") are drawn another way and are missing from the result, so tests should
look for plain ASCII words.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
_TJ = re.compile(rb"\[(.*?)\]\s*TJ", re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _strings(array: bytes) -> list[bytes]:
    """The literal strings of a TJ array, with PDF escapes undone."""
    found: list[bytes] = []
    i = 0
    while i < len(array):
        if array[i : i + 1] != b"(":
            i += 1
            continue
        i += 1
        depth, current = 0, bytearray()
        while i < len(array):
            ch = array[i : i + 1]
            if ch == b"\\":
                nxt = array[i + 1 : i + 2]
                octal = re.match(rb"[0-7]{1,3}", array[i + 1 : i + 4])
                if octal:
                    current.append(int(octal.group(), 8))
                    i += 1 + len(octal.group())
                    continue
                current += _ESCAPES.get(nxt, nxt)
                i += 2
                continue
            if ch == b"(":
                depth += 1
            elif ch == b")":
                if depth == 0:
                    break
                depth -= 1
            current += ch
            i += 1
        found.append(bytes(current))
        i += 1
    return found


def pdf_lines(path: Path) -> list[str]:
    """Every text run drawn in the PDF's content streams, one string per TJ operator."""
    lines: list[str] = []
    for raw in _STREAM.findall(Path(path).read_bytes()):
        try:
            content = zlib.decompress(raw)
        except zlib.error:
            continue
        if b"TJ" not in content:
            continue
        for array in _TJ.findall(content):
            text = b"".join(_strings(array))
            lines.append(text.decode("utf-16-be", errors="replace").replace("\x00", ""))
    return lines


def page_count(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", Path(path).read_bytes()))
