"""The whole journal with its photos and files in one zip, and the import of that zip.

    journal.json                       the JSON document (`json_format`), entries' texts naming
                                       their attachments `attachment:<sha256>/<name>`
    attachments/<sha256>/<name>        each attachment's bytes, once however many entries use it

Photos are stored in the zip as they are (they are compressed already); the JSON is deflated.
Importing the zip stores each attachment exactly as exported, so its hash, and every entry's
reference to it, come back unchanged: export then import gives back the same entries and the
same bytes.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from desktop.domain.atomic_files import atomic_write
from desktop.domain.attachment_refs import SCHEME, MediaFile, references_in, safe_name
from desktop.domain.entry import Entry
from desktop.io.formats.json_format import (
    PersonLike,
    ThemeLike,
    parse_json_text,
    plan_json_document,
    write_json,
)
from desktop.io.importers.plan import ImportFailed, ImportPlan, media_note, zip_member_reader

DOCUMENT_NAME = "journal.json"
ATTACHMENTS = "attachments"
MAX_DOCUMENT_BYTES = 2 * 1024**3


@dataclass
class ZipExport:
    entries: int = 0
    attachments: int = 0
    missing: int = 0  # named by an entry, but the journal lacks the bytes


def is_journal_zip(path: Path) -> bool:
    """Whether `path` is a zip this app wrote (a journal.json at its top)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return DOCUMENT_NAME in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def write_zip(
    path: Path,
    entries: Iterable[Entry],
    themes: Iterable[ThemeLike],
    people: Iterable[PersonLike],
    read_attachment: Callable[[str], bytes | None],
) -> ZipExport:
    """Write the zip to `path` (it appears only when complete)."""
    result = ZipExport()
    named: dict[str, str] = {}  # sha256 -> the first name an entry gives it

    def noting(source: Iterable[Entry]) -> Iterable[Entry]:
        for entry in source:
            if SCHEME in entry.body:
                for ref in references_in(entry.body):
                    named.setdefault(ref.sha256, ref.name)
            yield entry

    with atomic_write(path, "wb") as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
        document = path.with_name(f".{path.name}.json.partial")
        try:
            result.entries = write_json(document, noting(entries), themes, people)
            archive.write(document, DOCUMENT_NAME)
        finally:
            document.unlink(missing_ok=True)
        for sha, name in named.items():
            data = read_attachment(sha)
            if data is None:
                result.missing += 1
                continue
            archive.writestr(
                zipfile.ZipInfo(f"{ATTACHMENTS}/{sha}/{safe_name(name)}", (1980, 1, 1, 0, 0, 0)),
                data,
                compress_type=zipfile.ZIP_STORED,
            )
            result.attachments += 1
    return result


def plan_zip(path: Path) -> ImportPlan:
    """The plan for a zip this app wrote: its entries, and its attachments as media."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(DOCUMENT_NAME)
            if info.file_size > MAX_DOCUMENT_BYTES:
                raise ImportFailed(f"{DOCUMENT_NAME} in {path.name} is too large")
            document = parse_json_text(archive.read(DOCUMENT_NAME), DOCUMENT_NAME)
            members = [
                i for i in archive.infolist() if not i.is_dir() and i.filename.startswith(f"{ATTACHMENTS}/")
            ]
    except KeyError:
        raise ImportFailed(f"{path.name} is a zip without a {DOCUMENT_NAME} in it") from None
    except (zipfile.BadZipFile, EOFError) as error:
        raise ImportFailed(f"{path.name} is a damaged zip file: {error}") from None
    plan = plan_json_document(path, document)
    held: set[str] = set()
    for member in members:
        parts = PurePosixPath(member.filename).parts
        if len(parts) != 3:
            continue
        held.add(parts[1])
        plan.media.append(
            MediaFile(parts[2], member.file_size, zip_member_reader(path, member.filename), as_exported=True)
        )
    named = (
        {ref.sha256 for entry in plan.entries() for ref in references_in(entry.body)} if plan.ok else set()
    )
    missing = named - held
    if missing:
        plan.left_behind.append(f"{len(missing):,} attachments named by entries but missing from the zip")
    if plan.media:
        plan.warnings.append(media_note(plan.media))
    return plan
