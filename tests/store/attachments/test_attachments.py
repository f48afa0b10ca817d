"""Photos and files in entries: added, listed, stored once, removed for real."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from desktop.domain.attachment_refs import references_in
from desktop.store.attachments.attaching import attach_files, detach, set_strips_location
from desktop.store.attachments.blobs import blob_data, thumbnail_data
from desktop.store.attachments.references import attachments_of
from desktop.store.entries.entry_table import empty_trash, get_entry, save_entry, trash_entry
from desktop.store.journal.errors import InvalidValue
from desktop.store.journal.opening import open_journal
from desktop.store.journal.paths import attachments_file
from tests.factories import make_entry
from tests.store.attachments.pictures import canary_png, jpeg_with_location, photo_jpeg
from tests.store.helpers import all_bytes


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _blob_rows(journal: Path) -> int:
    conn = sqlite3.connect(attachments_file(journal))
    try:
        return int(conn.execute("SELECT count(*) FROM blob").fetchone()[0])
    finally:
        conn.close()


def test_an_attached_photo_is_named_listed_and_kept_whole(journal_path: Path, tmp_path: Path) -> None:
    photo = photo_jpeg(200_000)
    pdf = b"%PDF-1.4\n% a letter\n"
    with open_journal(journal_path):
        entry = make_entry(title="Beach", body="We walked.")
        save_entry(entry)
        attach_files(entry.uuid, [_write(tmp_path, "beach.jpg", photo), _write(tmp_path, "letter.pdf", pdf)])
        saved = get_entry(entry.uuid)
        assert saved.body.startswith("We walked.\n\n![beach.jpg](attachment:")
        assert [r.name for r in references_in(saved.body)] == ["beach.jpg", "letter.pdf"]
        listed = attachments_of(entry.uuid)
        assert [(a.name, a.mime, a.size) for a in listed] == [
            ("beach.jpg", "image/jpeg", len(photo)),
            ("letter.pdf", "application/pdf", len(pdf)),
        ]
        assert blob_data(listed[0].sha256) == photo
        thumbnail = Image.open(io.BytesIO(thumbnail_data(listed[0].sha256) or b""))
        assert max(thumbnail.size) <= 480 and thumbnail.size[0] > thumbnail.size[1]
        assert thumbnail_data(listed[1].sha256) is None  # a PDF has no picture


def test_the_same_photo_in_two_entries_is_stored_once(journal_path: Path, tmp_path: Path) -> None:
    photo = _write(tmp_path, "same.jpg", photo_jpeg(300_000))
    with open_journal(journal_path):
        first, second = make_entry(title="one"), make_entry(title="two")
        save_entry(first)
        save_entry(second)
        attach_files(first.uuid, [photo])
        attach_files(second.uuid, [photo])
        attach_files(second.uuid, [photo])  # again: nothing new, not named twice
        assert get_entry(second.uuid).body.count("attachment:") == 1
    assert _blob_rows(journal_path) == 1
    assert attachments_file(journal_path).stat().st_size < 2 * 300_000


def test_a_removed_photo_leaves_no_bytes_after_emptying_the_trash(journal_path: Path, tmp_path: Path) -> None:
    png, marker = canary_png()
    kept = _write(tmp_path, "kept.jpg", photo_jpeg(50_000))
    with open_journal(journal_path):
        doomed, other = make_entry(title="doomed"), make_entry(title="other")
        save_entry(doomed)
        save_entry(other)
        attach_files(doomed.uuid, [_write(tmp_path, "canary.png", png)])
        attach_files(other.uuid, [kept])
        trash_entry(doomed.uuid)
        assert marker in all_bytes(attachments_file(journal_path))  # still restorable from the Trash
        empty_trash()
        for path in (journal_path, attachments_file(journal_path)):
            assert marker not in all_bytes(path), f"the removed photo is still in {path.name}"
        assert len(attachments_of(other.uuid)) == 1  # what another entry uses stays
    assert _blob_rows(journal_path) == 1


def test_detaching_removes_the_reference_and_the_bytes(journal_path: Path, tmp_path: Path) -> None:
    png, marker = canary_png()
    with open_journal(journal_path):
        entry = make_entry(title="t", body="before")
        save_entry(entry)
        attach_files(entry.uuid, [_write(tmp_path, "c.png", png)])
        detach(entry.uuid, "c.png")
        assert get_entry(entry.uuid).body == "before"
        assert attachments_of(entry.uuid) == []
        with pytest.raises(InvalidValue, match="no attachment called nope"):
            detach(entry.uuid, "nope")
    assert marker not in all_bytes(attachments_file(journal_path))


def test_a_photo_loses_its_location_unless_the_setting_is_off(journal_path: Path, tmp_path: Path) -> None:
    source = _write(tmp_path, "where.jpg", jpeg_with_location())
    assert Image.open(source).getexif().get_ifd(0x8825)  # the camera wrote a place
    with open_journal(journal_path):
        entry = make_entry(title="t")
        save_entry(entry)
        attach_files(entry.uuid, [source])
        stored = blob_data(attachments_of(entry.uuid)[0].sha256) or b""
        image = Image.open(io.BytesIO(stored))
        assert not image.getexif().get_ifd(0x8825)
        assert image.getexif()[0x0112] == 1  # the rest of the EXIF is untouched
        assert len(stored) == source.stat().st_size  # the pixels were not re-encoded
        set_strips_location(False)
        other = make_entry(title="u")
        save_entry(other)
        attach_files(other.uuid, [source])
        assert blob_data(attachments_of(other.uuid)[0].sha256) == source.read_bytes()


def test_a_missing_file_changes_nothing(journal_path: Path, tmp_path: Path) -> None:
    with open_journal(journal_path):
        entry = make_entry(title="t", body="text")
        save_entry(entry)
        good = _write(tmp_path, "ok.png", canary_png()[0])
        with pytest.raises(InvalidValue, match="cannot read"):
            attach_files(entry.uuid, [good, tmp_path / "absent.jpg"])
        assert get_entry(entry.uuid).body == "text"
    assert not attachments_file(journal_path).exists()


def test_an_iphone_heic_photo_gets_a_thumbnail(journal_path: Path, tmp_path: Path) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    out = io.BytesIO()
    Image.new("RGB", (1200, 900), (30, 90, 160)).save(out, "HEIF")
    with open_journal(journal_path):
        entry = make_entry(title="t")
        save_entry(entry)
        attach_files(entry.uuid, [_write(tmp_path, "IMG_0001.HEIC", out.getvalue())])
        (stored,) = attachments_of(entry.uuid)
        assert stored.mime == "image/heic"
        thumbnail = Image.open(io.BytesIO(thumbnail_data(stored.sha256) or b""))
        assert thumbnail.size == (480, 360)
