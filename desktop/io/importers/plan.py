"""What an import would do, before it touches the journal: the entries, rejected rows, warnings.

Every importer builds an `ImportPlan`; the preview shows it, and `store.importing.apply_import`
writes its entries in one transaction. A plan whose file has any rejected row is never applied.
"""

from __future__ import annotations

import uuid as uuid_module
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.attachment_refs import MediaFile
from desktop.domain.entry import Entry, Relation
from desktop.domain.theme_catalogue import ThemeSpec

PREVIEW_LIMIT = 200
# A fixed namespace so that an entry without a uuid of its own gets the same uuid every time the
# same file is imported: importing it again then adds nothing.
IMPORT_NAMESPACE = uuid_module.UUID("5b1c7d7e-2f0a-4a43-9a51-6a6f75726e6c")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportFailed(Exception):
    """The file cannot be imported at all; `str()` is a one-line reason for the user."""


class ImportCancelled(Exception):
    """The user stopped the import; nothing was changed."""


@dataclass(frozen=True, slots=True)
class Rejected:
    """One row (or entry) of the file that cannot be imported, and why."""

    row: int
    reason: str
    label: str = "row"

    def __str__(self) -> str:
        return f"{self.label} {self.row}: {self.reason}"


@dataclass(frozen=True)
class ImportOptions:
    """What the user told the import beyond the file: choices the file itself cannot make."""

    # Daylio mood labels the user gave a level 1–5 (custom moods, or defaults renamed in Daylio).
    moods: Mapping[str, int] = field(default_factory=dict)
    # jrnl's own config file, which says the journal's `timeformat`.
    jrnl_config: Path | None = None
    # Import the good rows and leave out the named bad ones; without it, a bad row stops it all.
    skip_bad: bool = False


@dataclass
class ImportPlan:
    """Entries ready to import from one file, with everything the preview must show."""

    source: Path
    format: str
    count: int = 0
    skipped: int = 0  # entries of the file left out on purpose; `warnings` says which and why
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    preview: list[Entry] = field(default_factory=list)
    themes: list[ThemeSpec] = field(default_factory=list)
    archived_themes: set[str] = field(default_factory=set)
    people: list[tuple[str, Relation]] = field(default_factory=list)
    custom_moods: dict[str, int] = field(default_factory=dict)  # mood label -> how many entries
    mood_levels: dict[str, int] = field(default_factory=dict)  # the level each label was given
    stream: Callable[[], Iterable[Entry]] | None = None
    already_present: int | None = None  # entries the journal holds already, once it was asked
    # Kinds of data the file held that the journal does not keep, each a line for the user
    # ("975 photos not imported yet", "richText formatting dropped"): nothing is left unseen.
    left_behind: list[str] = field(default_factory=list)
    # The user chose to import the good rows and leave out the rejected ones.
    skip_bad: bool = False
    # Photos and files the entries bring along; their texts name them `import-media:<index>`.
    media: list[MediaFile] = field(default_factory=list)

    @classmethod
    def of_entries(cls, source: Path, fmt: str, entries: list[Entry], **extra: object) -> ImportPlan:
        """A plan holding its entries in memory (files of the size other journal apps write)."""
        plan = cls(source=source, format=fmt, **extra)  # type: ignore[arg-type]
        plan.count = len(entries)
        plan.preview = entries[:PREVIEW_LIMIT]
        plan.stream = lambda: entries
        return plan

    @property
    def ok(self) -> bool:
        """Whether the plan may be applied: no bad row, or the user chose to leave them out."""
        return not self.rejected or self.skip_bad

    def entries(self) -> Iterator[Entry]:
        """The entries to import, streamed again from the file when it is large."""
        if not self.ok:
            raise ImportFailed(self.failure_message())
        if self.stream is not None:
            yield from self.stream()

    def failure_message(self, limit: int = 200) -> str:
        """Why nothing can be imported, in one line that names every bad row (up to `limit`
        of them): rows failing for the same reason are named together."""
        if not self.rejected:
            return ""
        if len(self.rejected) == 1:
            return f"{self.source.name}: {self.rejected[0]}; nothing was imported"
        by_reason: dict[tuple[str, str], list[int]] = {}
        for rejected in self.rejected[:limit]:
            by_reason.setdefault((rejected.label, rejected.reason), []).append(rejected.row)
        parts = [
            f"{label} {rows[0]}: {reason}"
            if len(rows) == 1
            else f"{_plural(label)} {', '.join(str(r) for r in rows)}: {reason}"
            for (label, reason), rows in by_reason.items()
        ]
        more = len(self.rejected) - limit
        if more > 0:
            parts.append(f"and {more} more")
        labels = {r.label for r in self.rejected}
        noun = _plural(labels.pop()) if len(labels) == 1 else "rows"
        return (
            f"{self.source.name}: {len(self.rejected)} {noun} cannot be imported, so nothing was: "
            + "; ".join(parts)
        )


def _plural(label: str) -> str:
    return label[:-1] + "ies" if label.endswith("y") else label + "s"  # entry -> entries, row -> rows


def zip_member_reader(path: Path, member: str) -> Callable[[], bytes]:
    """Reads one file of a zip when called: an import's photos are read one at a time, as they
    are stored, not all into memory with the plan."""

    def read() -> bytes:
        with zipfile.ZipFile(path) as archive:
            return archive.read(member)

    return read


def media_note(files: Sequence[MediaFile]) -> str:
    """The preview's line for the photos and files an import brings along."""
    size = sum(f.size for f in files) / 2**20
    if len(files) == 1:
        return f"1 photo or file ({size:,.1f} MB) comes along from the zip"
    return f"{len(files):,} photos and files ({size:,.1f} MB) come along from the zip"


def stable_uuid(fmt: str, *parts: str) -> str:
    """A uuid derived from the format and the source content, the same on every import."""
    return str(uuid_module.uuid5(IMPORT_NAMESPACE, "\x1f".join((fmt, *parts))))


def check_cancel(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled("the import was cancelled; nothing was changed")
