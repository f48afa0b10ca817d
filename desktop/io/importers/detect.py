"""Recognising an import file's format from its content, and building its plan."""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

from desktop.io.formats.records import CSV_COLUMNS
from desktop.io.importers.common import text_codec
from desktop.io.importers.plan import Cancelled, ImportFailed, ImportOptions, ImportPlan, Progress

FORMATS = ("csv", "json", "jrnl", "dayone", "daylio")
SNIFF_BYTES = 64 * 1024
_JSON_KEY_RE = r'"{}"\s*:'


def _has_key(text: str, key: str) -> bool:
    return re.search(_JSON_KEY_RE.format(re.escape(key)), text) is not None


# jrnl's encrypted journals: jrnl 2's Fernet token, and jrnl 3's own header.
_ENCRYPTED_JRNL = (b"gAAAAA", b"JRNLv3")
# A JSON array starts with a value; a jrnl heading `[2019-07 14:23]` or `[ashasd] Title` does not.
_JSON_ARRAY_RE = re.compile(r"\[\s*(?:[\[{\"\]\d-]|true|false|null)")


def detect_format(path: Path) -> str:
    """One of FORMATS, judged from the content; ImportFailed if it is none of them."""
    path = Path(path)
    if path.is_dir():
        return _format_of_folder(path)
    if not path.exists():
        raise ImportFailed(f"there is no file {path}")
    if zipfile.is_zipfile(path):
        from desktop.io.formats.zip_export import is_journal_zip

        if is_journal_zip(path):
            return "json"  # this app's own zip: the JSON document and its attachments
    if zipfile.is_zipfile(path) or path.suffix.lower() == ".doentry":
        return "dayone"  # a Day One export, or Day One Classic (a zipped journal, one entry)
    with open(path, "rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if not head.strip():
        raise ImportFailed(f"{path.name} is empty")
    if head.startswith(b"SQLite format 3\x00"):
        raise ImportFailed(
            f"{path.name} is a database (a journal or a backup), not an export; "
            "to bring a backup back, use restore"
        )
    if head.startswith(b"PK\x03\x04"):
        raise ImportFailed(f"{path.name} is a damaged or incomplete zip archive; download or export it again")
    if head.startswith(_ENCRYPTED_JRNL):
        raise ImportFailed(
            f"{path.name} is an encrypted jrnl journal; decrypt it with jrnl first "
            "(jrnl --decrypt FILE) and import the decrypted file"
        )
    codec = text_codec(head)  # UTF-8, or UTF-16 with or without a byte-order mark
    if codec == "utf-32":
        raise ImportFailed(f"{path.name} is UTF-32 text; save it as UTF-8 and try again")
    if codec == "utf-8-sig" and b"\x00" in head:
        raise ImportFailed(f"{path.name} is a binary file, not a journal export")
    try:
        text = head.decode(codec)
    except UnicodeDecodeError as error:
        if len(head) < SNIFF_BYTES or error.start < len(head) - 4:
            raise ImportFailed(
                f"{path.name} is not {'UTF-16' if codec.startswith('utf-16') else 'UTF-8'} text "
                f"(a byte 0x{head[error.start]:02x} at position {error.start}); "
                "save it as UTF-8 and try again"
            ) from None
        text = head[: error.start].decode(codec)  # a character cut at the sample's end
    return _format_of_text(text.lstrip(), path)


def _format_of_folder(path: Path) -> str:
    from desktop.io.importers.dayone_classic import is_classic
    from desktop.io.importers.jrnl import day_files

    if is_classic(path):
        return "dayone"  # a Day One Classic journal: Journal.dayone/entries/*.doentry
    if day_files(path):
        return "jrnl"  # a jrnl folder journal: YYYY/MM/DD.txt
    raise ImportFailed(
        f"{path} is a folder, and neither a Day One Classic journal (entries/*.doentry) "
        "nor a jrnl folder journal (YYYY/MM/DD.txt)"
    )


def _format_of_text(text: str, path: Path) -> str:
    from desktop.io.importers.daylio import starts_like_daylio
    from desktop.io.importers.jrnl import looks_like_jrnl_text

    first_line = text.splitlines()[0] if text else ""
    if looks_like_jrnl_text(first_line):
        return "jrnl"
    if text.startswith("{") or _JSON_ARRAY_RE.match(text):
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
    if starts_like_daylio(header):  # Daylio's header, or its first row when it has none
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
    if path.is_dir() and fmt not in ("dayone", "jrnl"):
        raise ImportFailed(
            f"{path} is a folder; of folders, a Day One Classic journal or a jrnl folder "
            "journal can be imported"
        )
    if not path.exists():
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
        head = handle.read(SNIFF_BYTES)
    text = head.decode(text_codec(head), errors="replace").lstrip()
    return text[:1] in ("{", "[")


def plan_import(
    path: Path,
    fmt: str = "auto",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    options: ImportOptions | None = None,
) -> ImportPlan:
    """Read and check the whole file; the journal is not touched."""
    path = Path(path)
    options = options or ImportOptions()
    fmt = resolve_format(path, fmt)
    try:
        plan = _plan(path, fmt, progress, cancelled, options)
    except OSError as error:
        raise ImportFailed(f"cannot read {path}: {error.strerror or error}") from None
    plan.skip_bad = options.skip_bad
    return plan


def _plan(
    path: Path, fmt: str, progress: Progress | None, cancelled: Cancelled | None, options: ImportOptions
) -> ImportPlan:
    if fmt == "csv":
        from desktop.io.formats.csv_import import plan_csv

        return plan_csv(path, progress, cancelled)
    if fmt == "json":
        from desktop.io.formats.json_format import plan_json
        from desktop.io.formats.zip_export import plan_zip

        return plan_zip(path) if zipfile.is_zipfile(path) else plan_json(path)
    if fmt == "jrnl":
        from desktop.io.importers.jrnl import plan_jrnl

        return plan_jrnl(path, options)
    if fmt == "dayone":
        from desktop.io.importers.dayone import plan_dayone

        return plan_dayone(path)
    if fmt == "daylio":
        from desktop.io.importers.daylio import plan_daylio

        return plan_daylio(path, options)
    raise ImportFailed(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
