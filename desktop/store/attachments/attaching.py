"""Adding files to an entry and taking them off: what the command line, the editor and the
importers call.

Adding stores the bytes first (a commit of the attachments file), then saves the entry with a
reference to them in its text (a commit of the journal): killed in between, the entry is as it
was and the stored bytes are collected later. Taking one off removes its reference from the
text, saves, and removes the bytes for real when no other entry names them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.attachment_refs import (
    Reference,
    markdown_for,
    references_in,
    safe_name,
    with_references,
    without_reference,
)
from desktop.store.attachments.blobs import MAX_ATTACHMENT_BYTES, StoredBlob, held, prepared, store_bytes
from desktop.store.attachments.collect import collect_unused
from desktop.store.attachments.references import Attachment, attachments_of
from desktop.store.entries.entry_table import get_entry, save_entry
from desktop.store.journal import settings
from desktop.store.journal.errors import InvalidValue

STRIP_LOCATION_SETTING = "attachments.strip_location"


@dataclass(frozen=True, slots=True)
class NewAttachment:
    """A file ready to be named by an entry: its stored bytes and its name."""

    blob: StoredBlob
    name: str

    @property
    def markdown(self) -> str:
        return markdown_for(self.blob.sha256, self.name, self.blob.mime)


def strips_location() -> bool:
    """Whether photos lose their GPS location as they are added (on unless turned off)."""
    return settings.get(STRIP_LOCATION_SETTING, True) is not False


def set_strips_location(on: bool) -> None:
    settings.put(STRIP_LOCATION_SETTING, bool(on))


def read_file(path: Path) -> bytes:
    """A file's bytes, or InvalidValue with a one-line reason."""
    try:
        if path.is_dir():
            raise InvalidValue(f"{path} is a folder, not a file")
        if path.stat().st_size > MAX_ATTACHMENT_BYTES:
            raise InvalidValue(f"{path.name} is larger than {MAX_ATTACHMENT_BYTES // 2**20} MB")
        return path.read_bytes()
    except OSError as error:
        raise InvalidValue(f"cannot read {path}: {error.strerror or error}") from None


def store_file_bytes(data: bytes, name: str, *, as_is: bool = False) -> NewAttachment:
    """Store one file's bytes (the location taken out of a photo when the setting says so,
    unless `as_is`: bytes this app exported come back exactly as they left)."""
    data, mime = prepared(data, name, strip_location=not as_is and strips_location())
    return NewAttachment(store_bytes(data, mime), safe_name(name))


def attach_files(uuid: str, files: Sequence[Path]) -> list[NewAttachment]:
    """Add `files` to the entry `uuid`, each named at the end of its text; all or nothing for
    the entry (every file is read before anything is written)."""
    contents = [(Path(f).name, read_file(Path(f))) for f in files]
    entry = get_entry(uuid)
    added = [store_file_bytes(data, name) for name, data in contents]
    with held(a.blob.sha256 for a in added):
        present = {(r.sha256, r.name) for r in references_in(entry.body)}
        lines = [a.markdown for a in added if (a.blob.sha256, a.name) not in present]
        entry.body = with_references(entry.body, list(dict.fromkeys(lines)))
        save_entry(entry)
    return added


def detach(uuid: str, name: str) -> Attachment:
    """Take the attachment called `name` (or whose hash starts with it) off the entry `uuid`;
    its bytes go for real once no entry names them."""
    current = attachments_of(uuid)
    chosen = [a for a in current if a.name == name] or [
        a for a in current if len(name) >= 6 and a.sha256.startswith(name.lower())
    ]
    if not chosen:
        raise InvalidValue(f"the entry has no attachment called {name}")
    if len(chosen) > 1:
        raise InvalidValue(f"more than one attachment matches {name}; give its hash")
    gone = chosen[0]
    entry = get_entry(uuid)
    entry.body = without_reference(entry.body, Reference(gone.sha256, gone.name))
    save_entry(entry)
    collect_unused()
    return gone
