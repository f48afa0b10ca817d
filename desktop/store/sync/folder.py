"""The sync folder on disk: its description, the key, and the sealed files each computer adds.

```
FOLDER/balance-sync.json             format version, scrypt salt and parameters, a key check
FOLDER/devices/<device-id>/<n>.bjs   one computer's changes, numbered from 1, never rewritten
FOLDER/blobs/<xx>/<name>.bjb         one attachment's bytes, once per content (see blob_files.py)
```

Every `.bjs` file is AES-256-GCM sealed with the key scrypt derives from the sync passphrase; its
associated data names the computer and the number, so a file moved to another name or another
computer's folder fails to open, as does a file damaged or cut short. Inside, zlib-compressed
records: (document key, CRDT update). Nothing in the folder is readable without the passphrase:
not entry text, titles, theme names, people's names, nor the computers' names.

Each computer writes only in its own `devices/<device-id>/`, under a temporary name that is then
renamed, so a file-sync tool never sees two writers of one file nor a file half written.
"""

from __future__ import annotations

import base64
import json
import os
import re
import struct
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.store.sync.errors import DamagedSyncFile, SyncError, WrongSyncPassphrase

CONFIG_NAME = "balance-sync.json"
FORMAT = "balance-journal-sync"
VERSION = 1
MAGIC = b"BJSYNC1\n"
NONCE_SIZE = 12
# scrypt's cost: 2**17 x 8 uses 128 MiB and about half a second, once per setup (the key is then
# kept in the journal). Tests make folders with a smaller cost; the folder says which it uses.
DEFAULT_SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
KEY_CHECK = b"balance-journal sync key"
FILE_RE = re.compile(r"^(\d{10})\.bjs$")
DEVICE_RE = re.compile(r"^[0-9a-f]{16}$")

Record = tuple[str, bytes]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def create_folder(folder: Path, passphrase: str, *, scrypt_n: int = DEFAULT_SCRYPT_N) -> bytes:
    """Make `folder` a new sync folder for `passphrase`; returns the key."""
    if (folder / CONFIG_NAME).exists():
        raise SyncError(f"{folder} is a sync folder already; join it with its passphrase")
    if not passphrase:
        raise SyncError("a sync passphrase cannot be empty")
    salt = os.urandom(16)
    key = _derive(passphrase, salt, scrypt_n, SCRYPT_R, SCRYPT_P)
    nonce = os.urandom(NONCE_SIZE)
    check = nonce + AESGCM(key).encrypt(nonce, KEY_CHECK, b"key-check")
    config = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": {"name": "scrypt", "salt": _b64(salt), "n": scrypt_n, "r": SCRYPT_R, "p": SCRYPT_P},
        "cipher": "AES-256-GCM",
        "key_check": _b64(check),
    }
    try:
        (folder / "devices").mkdir(parents=True, exist_ok=True)
        write_whole(folder / CONFIG_NAME, json.dumps(config, indent=2).encode("utf-8"))
    except OSError as error:
        raise SyncError(f"cannot make a sync folder in {folder}: {error.strerror or error}") from None
    return key


def _config(folder: Path) -> dict[str, object]:
    path = folder / CONFIG_NAME
    try:
        config = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise SyncError(f"{folder} is not a sync folder (it has no {CONFIG_NAME})") from None
    except OSError as error:
        raise SyncError(f"cannot read {path}: {error.strerror or error}") from None
    except ValueError:
        raise SyncError(f"{path} is damaged: it is not the JSON a sync folder holds") from None
    if not isinstance(config, dict) or config.get("format") != FORMAT:
        raise SyncError(f"{path} does not describe a Balance Journal sync folder")
    if config.get("version") != VERSION:
        raise SyncError(f"{folder} was made by a newer version of Balance Journal; please update the app")
    return config


def join_folder(folder: Path, passphrase: str) -> bytes:
    """The key of an existing sync folder; WrongSyncPassphrase if `passphrase` is not its own."""
    config = _config(folder)
    try:
        kdf = config["kdf"]
        assert isinstance(kdf, dict) and kdf.get("name") == "scrypt"
        salt = base64.b64decode(str(kdf["salt"]), validate=True)
        check = base64.b64decode(str(config["key_check"]), validate=True)
        key = _derive(passphrase, salt, int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
    except (AssertionError, KeyError, ValueError, TypeError):
        raise SyncError(f"{folder / CONFIG_NAME} is damaged: its key parameters cannot be read") from None
    try:
        AESGCM(key).decrypt(check[:NONCE_SIZE], check[NONCE_SIZE:], b"key-check")
    except InvalidTag:
        raise WrongSyncPassphrase(f"wrong sync passphrase for {folder}") from None
    return key


def _associated(device_id: str, seq: int) -> bytes:
    return f"{FORMAT}/{VERSION}/{device_id}/{seq}".encode("ascii")


def seal(key: bytes, device_id: str, seq: int, records: Iterable[Record]) -> bytes:
    parts = []
    for name, data in records:
        encoded = name.encode("utf-8")
        parts.append(struct.pack(">I", len(encoded)) + encoded + struct.pack(">I", len(data)) + data)
    plain = zlib.compress(b"".join(parts), 6)
    nonce = os.urandom(NONCE_SIZE)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, plain, _associated(device_id, seq))


def unseal(key: bytes, device_id: str, seq: int, sealed: bytes, shown: str) -> list[Record]:
    """The records of a sealed file; DamagedSyncFile naming it (`shown`) if it does not open."""
    damaged = DamagedSyncFile(
        f"the sync folder's file {shown} is damaged or was changed; nothing from it was applied"
    )
    if not sealed.startswith(MAGIC) or len(sealed) < len(MAGIC) + NONCE_SIZE + 16:
        raise damaged
    nonce = sealed[len(MAGIC) : len(MAGIC) + NONCE_SIZE]
    try:
        plain = zlib.decompress(
            AESGCM(key).decrypt(nonce, sealed[len(MAGIC) + NONCE_SIZE :], _associated(device_id, seq))
        )
    except (InvalidTag, zlib.error):
        raise damaged from None
    records: list[Record] = []
    at = 0
    try:
        while at < len(plain):
            (size,) = struct.unpack_from(">I", plain, at)
            name = plain[at + 4 : at + 4 + size].decode("utf-8")
            at += 4 + size
            (size,) = struct.unpack_from(">I", plain, at)
            records.append((name, plain[at + 4 : at + 4 + size]))
            at += 4 + size
    except (struct.error, UnicodeDecodeError):
        raise damaged from None
    return records


def write_whole(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write `path` (its bytes, or its pieces in order) under a temporary name, flush it to the
    disk, then rename it into place."""
    temporary = path.with_name(f".{path.name}.tmp")
    with open(temporary, "wb") as handle:
        for piece in [data] if isinstance(data, bytes) else data:
            handle.write(piece)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    try:
        directory = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def file_path(folder: Path, device_id: str, seq: int) -> Path:
    return folder / "devices" / device_id / f"{seq:010d}.bjs"


def place_file(folder: Path, device_id: str, seq: int, sealed: bytes) -> int:
    """Put one of this computer's files in the folder (once: a file there is never rewritten);
    returns the bytes written."""
    path = file_path(folder, device_id, seq)
    if path.exists():  # placed by a round that was stopped before it could note so
        return 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_whole(path, sealed)
    except OSError as error:
        raise SyncError(f"cannot write to the sync folder {folder}: {error.strerror or error}") from None
    return len(sealed)


def other_devices(folder: Path, own: str) -> list[str]:
    try:
        names = os.listdir(folder / "devices")
    except FileNotFoundError:
        return []
    except OSError as error:
        raise SyncError(f"cannot read the sync folder {folder}: {error.strerror or error}") from None
    return sorted(name for name in names if name != own and DEVICE_RE.match(name))


def new_files(folder: Path, device_id: str, after: int) -> Iterator[int]:
    """Numbers of `device_id`'s files after `after`, in order, up to the first gap (a file the
    file-sync tool has not brought yet: later ones wait for it)."""
    try:
        names = os.listdir(folder / "devices" / device_id)
    except OSError:
        return
    present = {int(m.group(1)) for name in names if (m := FILE_RE.match(name))}
    seq = after + 1
    while seq in present:
        yield seq
        seq += 1
