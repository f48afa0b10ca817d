"""Attachments in the sync folder: each photo or file sealed once, under a name that gives
nothing away.

```
FOLDER/blobs/<first 2 hex of the name>/<name>.bjb
```

The name is an HMAC-SHA256 of the attachment's SHA-256 under the sync key. The same content
always gets the same name, so whichever computer adds it first places it and the others find it
there; but someone who holds a known photo cannot tell from the folder whether the journal has
it, since its plain hash is written nowhere.

The sealing is deterministic, so two computers sealing the same photo write the same file byte
for byte and a file-sync tool that sees both never reports a conflict between them. The key
of a file is derived from the sync key and the content's hash (and the chunk size): it only ever
seals that one content, laid out one way, so numbering the nonces from 0 never seals two
different plaintexts under one key and nonce.

Inside: the magic, then AES-256-GCM sealed chunks. Chunk 0 holds the content's length; the
content follows, padded with zeros (Padmé: at most 1/16 more for a small file, 1/32 for one over
64 KB) so the file's size does not tell a known photo by its exact size, in chunks of CHUNK bytes. Every
chunk's associated data names the file and the chunk's number, so a chunk moved, swapped or
taken from another file fails, and the length in chunk 0 fixes the size of the whole, so a file
cut short at a chunk boundary is caught too. The content's SHA-256 is checked after decrypting.

Chunks let a large file be sealed without a second whole copy in memory (the attachment's bytes
are read once from the attachments file, then sealed a chunk at a time as they are written) and
read back one chunk at a time.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.store.attachments.blobs import MAX_ATTACHMENT_BYTES
from desktop.store.sync.errors import DamagedSyncFile, SyncError
from desktop.store.sync.folder import FORMAT, VERSION, write_whole

BLOBS = "blobs"
SUFFIX = ".bjb"
MAGIC = b"BJBLOB1\n"
CHUNK = 1024 * 1024
TAG_SIZE = 16
LENGTH = struct.Struct(">Q")
SMALLEST = 256  # every file pads to at least this, so a tiny file says nothing of its size
_NAME_LABEL = b"balance-journal blob name\x00"
_KEY_LABEL = b"balance-journal blob key\x00"


def blob_name(key: bytes, sha256: str) -> str:
    return hmac.new(key, _NAME_LABEL + bytes.fromhex(sha256), hashlib.sha256).hexdigest()


def blob_path(folder: Path, key: bytes, sha256: str) -> Path:
    name = blob_name(key, sha256)
    return folder / BLOBS / name[:2] / f"{name}{SUFFIX}"


def padded_size(length: int) -> int:
    """Padmé: the size rounded up so that only its top few bits can vary, which hides how long
    the content is to within a few per cent."""
    if length <= SMALLEST:
        return SMALLEST
    exponent = length.bit_length() - 1
    mask = (1 << (exponent - exponent.bit_length())) - 1
    return (length + mask) & ~mask


def sealed_size(length: int) -> int:
    padded = padded_size(length)
    chunks = -(-padded // CHUNK)
    return len(MAGIC) + LENGTH.size + TAG_SIZE + padded + chunks * TAG_SIZE


def _content_key(key: bytes, sha256: str) -> AESGCM:
    label = _KEY_LABEL + struct.pack(">I", CHUNK) + bytes.fromhex(sha256)
    return AESGCM(hmac.new(key, label, hashlib.sha256).digest())


def _nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


def _associated(name: str, index: int) -> bytes:
    return f"{FORMAT}/{VERSION}/blob/{name}/{index}".encode("ascii")


def _sealed_pieces(key: bytes, sha256: str, data: bytes) -> Iterator[bytes]:
    name = blob_name(key, sha256)
    aead = _content_key(key, sha256)
    padded = padded_size(len(data))
    yield MAGIC
    yield aead.encrypt(_nonce(0), LENGTH.pack(len(data)), _associated(name, 0))
    view = memoryview(data)
    for index, start in enumerate(range(0, padded, CHUNK), start=1):
        piece = bytes(view[start : start + CHUNK])
        wanted = min(CHUNK, padded - start)
        if len(piece) < wanted:
            piece += bytes(wanted - len(piece))
        yield aead.encrypt(_nonce(index), piece, _associated(name, index))


def place_blob(folder: Path, key: bytes, sha256: str, data: bytes) -> int:
    """Seal `data` into the folder unless a file of that content is there; returns bytes written."""
    path = blob_path(folder, key, sha256)
    if path.exists():
        return 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_whole(path, _sealed_pieces(key, sha256, data))
    except OSError as error:
        raise SyncError(f"cannot write to the sync folder {folder}: {error.strerror or error}") from None
    return sealed_size(len(data))


def _read(handle: BinaryIO, key: bytes, sha256: str, damaged: DamagedSyncFile) -> bytes:
    name = blob_name(key, sha256)
    aead = _content_key(key, sha256)
    try:
        size = os.fstat(handle.fileno()).st_size
        if handle.read(len(MAGIC)) != MAGIC:
            raise damaged
        (length,) = LENGTH.unpack(
            aead.decrypt(_nonce(0), handle.read(LENGTH.size + TAG_SIZE), _associated(name, 0))
        )
        if length > MAX_ATTACHMENT_BYTES or size != sealed_size(length):
            raise damaged
        digest = hashlib.sha256()
        pieces: list[bytes] = []
        remaining = length
        padded = padded_size(length)
        for index, start in enumerate(range(0, padded, CHUNK), start=1):
            sealed = handle.read(min(CHUNK, padded - start) + TAG_SIZE)
            plain = aead.decrypt(_nonce(index), sealed, _associated(name, index))
            kept = plain[:remaining] if remaining < len(plain) else plain
            digest.update(kept)
            pieces.append(kept)
            remaining -= len(kept)
    except (InvalidTag, struct.error, ValueError):
        raise damaged from None
    if digest.hexdigest() != sha256:
        raise damaged
    return b"".join(pieces)


def open_blob(folder: Path, key: bytes, sha256: str) -> bytes | None:
    """The content of the attachment `sha256`, or None while the folder does not hold it;
    DamagedSyncFile (one line naming the file) if it is damaged, cut short or not that content."""
    path = blob_path(folder, key, sha256)
    damaged = DamagedSyncFile(
        f"the sync folder's attachment {os.path.relpath(path, folder)} is damaged, cut short or was "
        "changed; it was not stored"
    )
    try:
        with open(path, "rb") as handle:
            return _read(handle, key, sha256, damaged)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise SyncError(f"cannot read {path}: {error.strerror or error}") from None
