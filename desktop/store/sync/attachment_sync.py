"""Photos and files travelling with their entries: what a round sends and what it fetches.

Sending: when a round records an entry whose text names attachments, their hashes are noted
(`sync_blob_out`, in the same transaction as the entry's document), and before the round places
its own files, each is sealed into the folder unless a file of that content is there already
(see blob_files.py). Noted first and placed after, a round stopped in between places them next
time; placing is skipped when the file exists, so a photo goes into the folder once, whichever
computer and however many entries name it.

Fetching: when a round writes an entry whose text names an attachment this journal lacks, the
entry is written all the same and the hash noted with the entry (`sync_blob_wanted`), so an
entry never waits for its photo, nor is lost for it. The round then fetches every attachment
waited for that the folder holds, through the attachments store's own API (the bytes stored
once, with their thumbnail, in the journal's attachments file, encrypted with it), and writes the
rows of the entries naming it as a save writes them. One the folder does not hold yet (the
file-sync tool has not brought it) waits for a later round, and `sync status` counts it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.attachment_refs import SCHEME, references_in, sniff_mime
from desktop.store.attachments.blobs import blob_data, held, store_bytes, stored_blobs
from desktop.store.attachments.references import write_references_for
from desktop.store.journal.models import journal_db
from desktop.store.sync import tables
from desktop.store.sync.blob_files import blob_path, open_blob, place_blob
from desktop.store.sync.errors import DamagedSyncFile

_SNIFF_BYTES = 64
_CHUNK = 500


@dataclass
class Fetched:
    attachments: int = 0
    entries: int = 0
    damaged: str | None = None  # the first damaged file's one-line message


def note_sent(body: str) -> None:
    """An entry naming attachments is being sent: have its attachments placed in the folder."""
    if SCHEME in body:
        tables.note_blobs_out(sorted({ref.sha256 for ref in references_in(body)}))


def drops_attachments(before: str, after: str) -> bool:
    """Whether an entry's text going from `before` to `after` stops naming an attachment."""
    if SCHEME not in before:
        return False
    return bool({r.sha256 for r in references_in(before)} - {r.sha256 for r in references_in(after)})


def note_received(bodies: dict[str, str]) -> None:
    """Entries (uuid -> text) were written from another computer: note the attachments they name
    that this journal lacks (inside the caller's transaction)."""
    named = {
        (ref.sha256, uuid) for uuid, body in bodies.items() if SCHEME in body for ref in references_in(body)
    }
    if not named:
        return
    here = stored_blobs(sha for sha, _ in named)
    tables.note_wanted(sorted((sha, uuid) for sha, uuid in named if sha not in here))


def place_blobs(key: bytes, folder: Path) -> tuple[int, int]:
    """Seal into the folder the attachments noted for sending; returns (files placed, bytes)."""
    placed = written = 0
    for sha in tables.blobs_out():
        if not blob_path(folder, key, sha).exists():
            data = blob_data(sha)  # None: not here either (the entry came without it): nothing to send
            if data is not None:
                written += place_blob(folder, key, sha, data)
                placed += 1
            del data  # one large video in memory at a time
        with journal_db.atomic():
            tables.forget_blob_out(sha)
    return placed, written


def _naming(sha256: str, uuids: list[str]) -> dict[str, str]:
    """Of the entries `uuids`, those whose text still names `sha256`, with the name it has there
    (an entry emptied from the Trash, or edited since, no longer waits for it)."""
    found: dict[str, str] = {}
    for start in range(0, len(uuids), _CHUNK):
        chunk = uuids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = journal_db.execute_sql(f"SELECT uuid, body FROM entry WHERE uuid IN ({marks})", chunk)
        for uuid, body in rows:
            names = [ref.name for ref in references_in(body) if ref.sha256 == sha256]
            if names:
                found[uuid] = names[0]
    return found


def fetch_wanted(key: bytes, folder: Path) -> Fetched:
    """Fetch the attachments waited for that the folder holds; a damaged one is stored nowhere,
    stays waited for, and its message is returned (the others are fetched all the same)."""
    fetched = Fetched()
    for sha, uuids in tables.wanted().items():
        naming = _naming(sha, uuids)
        with held([sha]):
            if naming and sha not in stored_blobs([sha]):
                try:
                    data = open_blob(folder, key, sha)
                except DamagedSyncFile as error:
                    fetched.damaged = fetched.damaged or str(error)
                    continue
                if data is None:
                    continue  # not in the folder yet: a later round looks again
                name = next(iter(naming.values()))
                store_bytes(data, sniff_mime(name, data[:_SNIFF_BYTES]))
                del data
                fetched.attachments += 1
            # Stored (by now, or by a round stopped before it could say so): the entries' rows.
            with journal_db.atomic():
                write_references_for(list(naming))
                tables.forget_wanted(sha)
        fetched.entries += len(naming)
    return fetched


def waiting() -> int:
    return tables.wanted_count()
