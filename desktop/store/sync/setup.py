"""Setting a journal up to sync: making a new sync folder or joining one, in one step.

Setting up notes every entry, theme, person and setting as pending, so the first round builds
every document in one pass (a batch per transaction) and the other computers receive them all;
until then nothing of sync runs inside a save, which keeps bulk imports as fast as before.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from desktop.store.journal.models import journal_db
from desktop.store.sync import tables
from desktop.store.sync.entry_doc import DERIVED_CLIENT_IDS
from desktop.store.sync.errors import SyncError
from desktop.store.sync.folder import CONFIG_NAME, DEFAULT_SCRYPT_N, create_folder, join_folder

# Client ids pycrdt accepts reach 2**53 (JavaScript's safe integers, for Yjs peers).
CLIENT_ID_LIMIT = 1 << 53


def is_sync_folder(folder: Path) -> bool:
    return (folder / CONFIG_NAME).is_file()


def folder_key(folder: Path, passphrase: str, *, scrypt_n: int = DEFAULT_SCRYPT_N) -> tuple[bytes, bool]:
    """The key of `folder` (checked against its key check), making it a new sync folder if it is
    not one yet; and whether it was one already."""
    folder = folder.expanduser().absolute()
    if is_sync_folder(folder):
        return join_folder(folder, passphrase), True
    return create_folder(folder, passphrase, scrypt_n=scrypt_n), False


def set_up_sync(folder: Path, key: bytes, device_name: str) -> None:
    """Let this journal sync through `folder` with `key` (from `folder_key`); refused, with
    nothing changed, if it syncs already."""
    present = tables.sync_state()
    if present is not None:
        raise SyncError(f"this journal syncs through {present.folder} already")
    device_id = secrets.token_hex(8)
    client_id = DERIVED_CLIENT_IDS + secrets.randbelow(CLIENT_ID_LIMIT - DERIVED_CLIENT_IDS)
    with journal_db.atomic():
        tables.execute(
            "INSERT INTO sync_state (id, folder, device_id, client_id, device_name, key, next_seq) "
            "VALUES (1, ?, ?, ?, ?, ?, 1)",
            (str(folder.expanduser().absolute()), device_id, client_id, device_name, key),
        )
        tables.install_triggers()
        tables.execute("INSERT OR IGNORE INTO sync_pending SELECT uuid FROM entry")
        tables.execute("INSERT OR IGNORE INTO sync_pending VALUES (?)", (tables.JOURNAL_DOC,))
