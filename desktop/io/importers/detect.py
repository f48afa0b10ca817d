"""Recognising an import file's format from its content, and building its plan."""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

from desktop.io.formats.records import CSV_COLUMNS
from desktop.io.importers.plan import Cancelled, ImportFailed, ImportPlan, Progress

FORMATS = ("csv", "json", "jrnl", "dayone", "daylio")
SNIFF_BYTES = 64 * 1024
_JSON_KEY_RE = r'"{}"\s*:'


def _has_key(text: str, key: str) -> bool:
    return re.search(_JSON_KEY_RE.format(re.escape(key)), text) is not None


_PRINTABLE = frozenset(b"\t\n\r" + bytes(range(0x20, 0x7F)))


def _looks_like_utf16(head: bytes) -> bool:
    """UTF-16 without a byte-order mark: mostly ASCII text, a zero byte beside each character."""
    sample = head[:200]
    if len(sample) < 8:
        return False
    evens, odds = sample[0::2], sample[1::2]
    for text, zeros in ((evens, odds), (odds, evens)):
        if zeros.count(0) > 0.9 * len(zeros) and sum(b in _PRINTABLE for b in text) > 0.9 * len(text):
            return True
    return False


def detect_format(path: Path) -> str:
    """One of FORMATS, judged from the content; ImportFailed if it is none of them."""
    path = Path(path)
    if path.is_dir():
        raise ImportFailed(f"{path} is a folder, not a file")
    if not path.exists():
        raise ImportFailed(f"there is no file {path}")
    if zipfile.is_zipfile(path):
        return "dayone"
    with open(path, "rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if not head.strip():
        raise ImportFailed(f"{path.name} is empty")
    if head.startswith(b"SQLite format 3\x00"):
        raise ImportFailed(
            f"{path.name} is a database (a journal or a backup), not an export; "
            "to bring a backup back, use restore"
        )
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_like_utf16(head):
        raise ImportFailed(f"{path.name} is UTF-16 text; save it as UTF-8 and try again")
    if head.startswith(b"PK\x03\x04"):
        raise ImportFailed(f"{path.name} is a damaged or incomplete zip archive; download or export it again")
    if b"\x00" in head:
        raise ImportFailed(f"{path.name} is a binary file, not a journal export")
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if len(head) < SNIFF_BYTES or error.start < len(head) - 4:
            raise ImportFailed(
                f"{path.name} is not UTF-8 text (a byte 0x{head[error.start]:02x} at "
                f"position {error.start}); save it as UTF-8 and try again"
            ) from None
        text = head[: error.start].decode("utf-8-sig")  # a character cut at the sample's end
    return _format_of_text(text.lstrip(), path)


def _format_of_text(text: str, path: Path) -> str:
    from desktop.io.importers.daylio import is_daylio_header
    from desktop.io.importers.jrnl import looks_like_jrnl_text

    first_line = text.splitlines()[0] if text else ""
    if looks_like_jrnl_text(first_line):
        return "jrnl"
    if text.startswith(("{", "[")):
        if _has_key(text, "format") and '"balance-journal"' in text:
            return "json"
        if _has_key(text, "creationDate") or _has_key(text, "timeZone"):
            return "dayone"
        # jrnl's export: {"tags": {...}, "entries": [{"title", "body", "date", ...}]}
        if _has_key(text, "entries") and (_has_key(text, "tags") or _has_key(text, "title")):
            return "jrnl"
        raise ImportFailed(f"{path.name} is JSON, but not an export this app knows")
    header = next(csv.reader([first_line]), [])
    if [c.strip() for c in header] == list(CSV_COLUMNS) or header[:1] == ["uuid"]:
        return "csv"  # (a damaged header of ours: the CSV reader says what is missing)
    if is_daylio_header(header):
        return "daylio"
    raise ImportFailed(f"cannot tell what kind of file {path.name} is; choose its format")


FORMAT_NAMES = {
    "csv": "Balance Journal CSV",
    "json": "Balance Journal JSON",
    "jrnl": "jrnl",
    "dayone": "Day One",
    "daylio": "Daylio",
}


def resolve_format(path: Path, fmt: str) -> str:
    """The format to read `path` as: `fmt`, or the one found in it for "auto". A chosen format
    that the content plainly contradicts is refused (read as the wrong kind, a file would come
    in with most of its fields lost); a file whose kind cannot be told is read as chosen."""
    path = Path(path)
    if fmt == "auto":
        return detect_format(path)
    if not path.is_file():
        raise ImportFailed(f"there is no file {path}")
    try:
        seen = detect_format(path)
    except ImportFailed:
        return fmt
    if seen == "jrnl" and _starts_as_json(path):
        return fmt  # jrnl's JSON is told by its keys alone, a guess the user may overrule
    if seen != fmt:
        raise ImportFailed(
            f"{path.name} is a {FORMAT_NAMES[seen]} file, not {FORMAT_NAMES[fmt]}; "
            f"import it as {seen}, or let its format be found (auto)"
        )
    return fmt


def _starts_as_json(path: Path) -> bool:
    with open(path, "rb") as handle:
        head = handle.read(SNIFF_BYTES).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] in (b"{", b"[")


def plan_import(
    path: Path,
    fmt: str = "auto",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPlan:
    """Read and check the whole file; the journal is not touched."""
    path = Path(path)
    fmt = resolve_format(path, fmt)
    try:
        return _plan(path, fmt, progress, cancelled)
    except OSError as error:
        raise ImportFailed(f"cannot read {path}: {error.strerror or error}") from None


def _plan(path: Path, fmt: str, progress: Progress | None, cancelled: Cancelled | None) -> ImportPlan:
    if fmt == "csv":
        from desktop.io.formats.csv_import import plan_csv

        return plan_csv(path, progress, cancelled)
    if fmt == "json":
        from desktop.io.formats.json_format import plan_json

        return plan_json(path)
    if fmt == "jrnl":
        from desktop.io.importers.jrnl import plan_jrnl

        return plan_jrnl(path)
    if fmt == "dayone":
        from desktop.io.importers.dayone import plan_dayone

        return plan_dayone(path)
    if fmt == "daylio":
        from desktop.io.importers.daylio import plan_daylio

        return plan_daylio(path)
    raise ImportFailed(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
