"""Attachments in encrypted journals, backups and restores."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store.attachments.attaching import attach_files, detach
from desktop.store.attachments.backup_store import store_path
from desktop.store.attachments.blobs import blob_data
from desktop.store.attachments.references import attachments_of
from desktop.store.entries.entry_table import save_entry
from desktop.store.journal.connection import FileKind, file_kind
from desktop.store.journal.opening import open_journal
from desktop.store.journal.paths import attachments_file
from desktop.store.safety.backup import backup_journal, list_backups, make_automatic_backup
from desktop.store.safety.encryption import decrypt_journal, encrypt_journal
from desktop.store.safety.restore import restore_journal
from tests.factories import make_entry
from tests.store.attachments.pictures import canary_png, photo_jpeg

SECRET = "tide pool at seven"


def _every_byte_on_disk(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _entry_with(journal: Path, files: list[Path], passphrase: str | None = None) -> str:
    with open_journal(journal, passphrase=passphrase, daily_backup=False):
        entry = make_entry(title="with a photo")
        save_entry(entry)
        attach_files(entry.uuid, files)
    return entry.uuid


def test_an_encrypted_journal_holds_its_photo_nowhere_readable(tmp_path: Path) -> None:
    journal = tmp_path / "journal.db"
    png, marker = canary_png()
    source = tmp_path / "outside" / "canary.png"
    source.parent.mkdir()
    source.write_bytes(png)
    uuid = _entry_with(journal, [source], SECRET)
    with open_journal(journal, passphrase=SECRET) as opened:  # today's backup
        backup_journal(opened, tmp_path / "elsewhere" / "copy.db")
        make_automatic_backup(opened, "manual")
        assert blob_data(attachments_of(uuid)[0].sha256) == png
    assert file_kind(attachments_file(journal)) is FileKind.ENCRYPTED
    assert file_kind(store_path(journal)) is FileKind.ENCRYPTED
    files = {p: data for p, data in _every_byte_on_disk(tmp_path).items() if "outside" not in p.parts}
    assert len(files) >= 5  # journal, its attachments, two backups and their store, the copy's own
    for path, data in files.items():
        assert marker not in data and png[:64] not in data, f"the photo is readable in {path}"


def test_ten_backups_keep_a_photo_once(tmp_path: Path) -> None:
    journal = tmp_path / "journal.db"
    photos = [tmp_path / f"p{n}.jpg" for n in range(3)]
    for n, path in enumerate(photos):
        path.write_bytes(photo_jpeg(400_000, seed=n))
    _entry_with(journal, photos)
    with open_journal(journal, daily_backup=False) as opened:
        for _ in range(10):
            make_automatic_backup(opened, "daily")
    backups = list_backups(journal)
    assert len(backups) == 10
    photo_bytes = 3 * 400_000
    assert photo_bytes <= store_path(journal).stat().st_size < 1.2 * photo_bytes
    assert all(b.stat().st_size < 200_000 for b in backups)  # the journal alone, without photos


def test_restoring_a_backup_brings_its_photos_back(tmp_path: Path) -> None:
    journal = tmp_path / "journal.db"
    png, _marker = canary_png()
    source = tmp_path / "c.png"
    source.write_bytes(png)
    uuid = _entry_with(journal, [source])
    with open_journal(journal, daily_backup=False) as opened:
        backup = make_automatic_backup(opened, "manual")
        detach(uuid, "c.png")  # gone for real from the journal's attachments file
    conn = sqlite3.connect(attachments_file(journal))
    assert conn.execute("SELECT count(*) FROM blob").fetchone()[0] == 0
    conn.close()
    restore_journal(journal, backup)
    with open_journal(journal, daily_backup=False):
        restored = attachments_of(uuid)
        assert [a.name for a in restored] == ["c.png"]
        assert blob_data(restored[0].sha256) == png


def test_encrypting_and_decrypting_take_the_photos_along(tmp_path: Path) -> None:
    journal = tmp_path / "journal.db"
    png, marker = canary_png()
    source = tmp_path / "c.png"
    source.write_bytes(png)
    uuid = _entry_with(journal, [source])
    with open_journal(journal) as opened:
        make_automatic_backup(opened, "manual")
    encrypt_journal(journal, SECRET)
    for path in (attachments_file(journal), store_path(journal)):
        assert file_kind(path) is FileKind.ENCRYPTED
        assert marker not in path.read_bytes()
    with open_journal(journal, passphrase=SECRET, daily_backup=False):
        assert blob_data(attachments_of(uuid)[0].sha256) == png
    decrypt_journal(journal, SECRET)
    assert file_kind(attachments_file(journal)) is FileKind.PLAIN
    with open_journal(journal, daily_backup=False):
        assert blob_data(attachments_of(uuid)[0].sha256) == png


def test_a_journal_without_photos_gets_no_attachment_files(tmp_path: Path) -> None:
    journal = tmp_path / "journal.db"
    with open_journal(journal, daily_backup=False) as opened:
        save_entry(make_entry(title="words only"))
        make_automatic_backup(opened, "daily")
        backup_journal(opened, tmp_path / "copy.db")
    assert not attachments_file(journal).exists()
    assert not store_path(journal).exists()
    assert not attachments_file(tmp_path / "copy.db").exists()
