"""The bytes of attachments in the journal's attachments file: stored once per content.

An attachment is known by the SHA-256 of its bytes, so the same photo attached to ten entries
(or imported twice) is stored once. A new attachment is committed to the attachments file before
the entry that names it is saved: the two files commit one after the other, never together, so
a crash between them leaves the entry as it was and an attachment nothing names, which the next
collection removes (`collect.py`). Until the entry is saved, the hash is held in `pending` so a
collection running meanwhile leaves it alone.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from desktop.domain.attachment_refs import is_image, sniff_mime
from desktop.store.attachments.blob_file import live_blobs
from desktop.store.attachments.location import without_location
from desktop.store.attachments.thumbnails import make_thumbnail
from desktop.store.journal.errors import InvalidValue

MAX_ATTACHMENT_BYTES = 1024 * 1024 * 1024  # 1 GiB: a whole file is held in memory while stored
_LOOKUP_CHUNK = 500
_pending: dict[str, int] = {}
_pending_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class StoredBlob:
    """One attachment's bytes as stored: what names them and what they are."""

    sha256: str
    mime: str
    size: int


def pending_hashes() -> set[str]:
    with _pending_lock:
        return set(_pending)


@contextmanager
def held(hashes: Iterable[str]) -> Iterator[None]:
    """Keep collection away from `hashes` for the block (while the entry naming them is saved)."""
    wanted = list(hashes)
    with _pending_lock:
        for sha in wanted:
            _pending[sha] = _pending.get(sha, 0) + 1
    try:
        yield
    finally:
        with _pending_lock:
            for sha in wanted:
                _pending[sha] -= 1
                if not _pending[sha]:
                    del _pending[sha]


def prepared(data: bytes, name: str, *, strip_location: bool) -> tuple[bytes, str]:
    """The bytes to store for a file and their media type: a photo's location removed first when
    asked, so neither the journal nor its hash keeps it."""
    mime = sniff_mime(name, data[:64])
    if strip_location and is_image(mime):
        data = without_location(data, mime)
    return data, mime


def store_bytes(data: bytes, mime: str) -> StoredBlob:
    """Store `data` (once: bytes already there are not written again) and make its thumbnail.

    The caller holds the hash (`held`) until the entry naming it is saved.
    """
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise InvalidValue(f"an attachment can be at most {MAX_ATTACHMENT_BYTES // 2**20} MB")
    sha = hashlib.sha256(data).hexdigest()
    blob = StoredBlob(sha, mime, len(data))
    with live_blobs(create=True) as conn:
        assert conn is not None  # created when missing
        if conn.execute("SELECT 1 FROM blob WHERE sha256 = ?", (sha,)).fetchone():
            return blob
        # Made before the write transaction starts, so readers are not kept waiting for it.
        thumbnail = make_thumbnail(data, mime) if is_image(mime) else None
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "INSERT OR IGNORE INTO blob (sha256, mime, size, added_at, thumbnail, data) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (sha, mime, len(data), time.time(), thumbnail, data),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return blob


def blob_data(sha256: str) -> bytes | None:
    """The stored bytes of an attachment, or None if the journal does not hold them."""
    with live_blobs() as conn:
        if conn is None:
            return None
        row = conn.execute("SELECT data FROM blob WHERE sha256 = ?", (sha256,)).fetchone()
    return bytes(row[0]) if row else None


def thumbnail_data(sha256: str) -> bytes | None:
    """The stored thumbnail of a photo, or None (not a photo, unreadable, or not held)."""
    with live_blobs() as conn:
        if conn is None:
            return None
        row = conn.execute("SELECT thumbnail FROM blob WHERE sha256 = ?", (sha256,)).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def stored_blobs(hashes: Iterable[str]) -> dict[str, StoredBlob]:
    """What the attachments file holds of `hashes` (those it lacks are left out)."""
    wanted = sorted(set(hashes))
    found: dict[str, StoredBlob] = {}
    if not wanted:
        return found
    with live_blobs() as conn:
        if conn is None:
            return found
        for start in range(0, len(wanted), _LOOKUP_CHUNK):
            chunk = wanted[start : start + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(f"SELECT sha256, mime, size FROM blob WHERE sha256 IN ({marks})", chunk)
            found.update((sha, StoredBlob(sha, mime, size)) for sha, mime, size in rows)
    return found
