"""The sealed attachment files of the sync folder, on their own: content in and out whole, the
same file for the same content, and every kind of damage refused."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from desktop.store.sync import blob_files
from desktop.store.sync.blob_files import (
    CHUNK,
    blob_path,
    open_blob,
    padded_size,
    place_blob,
    sealed_size,
)
from desktop.store.sync.errors import DamagedSyncFile

KEY = bytes(range(32))


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("size", [0, 1, 255, 256, 257, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 12345])
def test_content_comes_back_whole(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    written = place_blob(tmp_path, KEY, _sha(data), data)
    path = blob_path(tmp_path, KEY, _sha(data))
    assert written == path.stat().st_size == sealed_size(size)
    assert open_blob(tmp_path, KEY, _sha(data)) == data
    assert place_blob(tmp_path, KEY, _sha(data), data) == 0  # there already: not written again


def test_the_same_content_seals_to_the_same_file_and_another_key_to_another(tmp_path: Path) -> None:
    data = os.urandom(CHUNK + 10)
    place_blob(tmp_path / "one", KEY, _sha(data), data)
    place_blob(tmp_path / "two", KEY, _sha(data), data)
    place_blob(tmp_path / "three", bytes(32), _sha(data), data)
    one = blob_path(tmp_path / "one", KEY, _sha(data))
    assert one.read_bytes() == blob_path(tmp_path / "two", KEY, _sha(data)).read_bytes()
    other = blob_path(tmp_path / "three", bytes(32), _sha(data))
    assert other.name != one.name and other.read_bytes() != one.read_bytes()
    assert _sha(data) not in str(one)


def test_sizes_are_padded_to_a_few_per_cent() -> None:
    assert padded_size(0) == padded_size(200) == 256
    for size in (300, 5000, 123_457, 3_000_001, 52_428_800, 1 << 30):
        padded = padded_size(size)
        assert size <= padded <= size * 1.0625
    assert padded_size(3_000_001) == padded_size(3_000_002)  # nearby sizes look alike


def test_a_missing_file_is_none(tmp_path: Path) -> None:
    assert open_blob(tmp_path, KEY, _sha(b"never placed")) is None


def _damaged(tmp_path: Path, change: object) -> str:
    data = os.urandom(2 * CHUNK + 99)
    sha = _sha(data)
    place_blob(tmp_path, KEY, sha, data)
    path = blob_path(tmp_path, KEY, sha)
    path.write_bytes(change(path.read_bytes()))  # type: ignore[operator]
    with pytest.raises(DamagedSyncFile) as raised:
        open_blob(tmp_path, KEY, sha)
    return str(raised.value)


def _without_last_chunk(sealed: bytes) -> bytes:
    last = padded_size(2 * CHUNK + 99) - 2 * CHUNK
    return sealed[: len(sealed) - last - blob_files.TAG_SIZE]


def _swap_chunks(sealed: bytes) -> bytes:
    head = len(blob_files.MAGIC) + blob_files.LENGTH.size + blob_files.TAG_SIZE
    size = CHUNK + blob_files.TAG_SIZE
    first, second = sealed[head : head + size], sealed[head + size : head + 2 * size]
    return sealed[:head] + second + first + sealed[head + 2 * size :]


@pytest.mark.parametrize(
    "change",
    [
        lambda s: s[:-1],  # cut short
        _without_last_chunk,
        lambda s: s + b"\0",  # grown
        lambda s: s[:100] + bytes([s[100] ^ 1]) + s[101:],  # one bit changed
        lambda s: b"X" + s[1:],  # not a sealed attachment
        _swap_chunks,
        lambda s: b"",
    ],
    ids=["cut-short", "last-chunk-gone", "grown", "bit-flipped", "magic", "chunks-swapped", "empty"],
)
def test_damage_of_any_kind_is_one_line(tmp_path: Path, change: object) -> None:
    message = _damaged(tmp_path, change)
    assert "\n" not in message and message.endswith("is damaged, cut short or was changed; it was not stored")


def test_a_file_under_another_contents_name_is_refused(tmp_path: Path) -> None:
    one, two = os.urandom(500), os.urandom(500)
    place_blob(tmp_path, KEY, _sha(one), one)
    place_blob(tmp_path, KEY, _sha(two), two)
    blob_path(tmp_path, KEY, _sha(two)).write_bytes(blob_path(tmp_path, KEY, _sha(one)).read_bytes())
    with pytest.raises(DamagedSyncFile):
        open_blob(tmp_path, KEY, _sha(two))
