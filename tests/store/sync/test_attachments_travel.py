"""Photos and files travelling with their entries through the sync folder: the bytes arrive whole,
are kept once in the folder, may arrive a round late, are refused when damaged, and go for real
on every computer once the entry naming them is deleted for good."""

from __future__ import annotations

import json
import shutil
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.entry import Entry
from desktop.store.attachments.attaching import attach_files, detach
from desktop.store.attachments.blobs import blob_data, thumbnail_data
from desktop.store.attachments.references import attachments_of
from desktop.store.entries.entry_table import empty_trash, get_entry, save_entry, trash_entry
from desktop.store.sync.errors import DamagedSyncFile
from desktop.store.sync.sync_round import sync_status
from tests.store.attachments.pictures import photo_jpeg
from tests.store.sync.helpers import everything, opened, round_of, set_up, settle


def _entry(title: str, body: str = "") -> Entry:
    return Entry(
        title=title, body=body, date=date(2025, 3, 1), time=time(9, 30), utc_offset=timedelta(hours=1)
    )


def _attach(journal: Path, uuid: str, name: str, data: bytes) -> str:
    """Attach `data` as the file `name` to the entry; returns its hash."""
    source = journal.parent / "files" / name
    source.parent.mkdir(exist_ok=True)
    source.write_bytes(data)
    with opened(journal):
        (added,) = attach_files(uuid, [source])
    return added.blob.sha256


def _add(journal: Path, title: str) -> str:
    entry = _entry(title, "A day.")
    with opened(journal):
        save_entry(entry)
    return entry.uuid


def _blobs(folder: Path) -> list[Path]:
    return sorted(folder.glob("blobs/*/*.bjb"))


def _held(journal: Path, sha: str) -> bytes | None:
    with opened(journal):
        return blob_data(sha)


def _waiting(journal: Path) -> int:
    with opened(journal):
        return sync_status().attachments_waiting


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path, Path]:
    a, b, folder = tmp_path / "a" / "laptop.db", tmp_path / "b" / "desktop.db", tmp_path / "Sync"
    a.parent.mkdir()
    b.parent.mkdir()
    set_up(a, folder, "laptop")
    set_up(b, folder, "desktop")
    return a, b, folder


def test_a_photo_attached_on_one_computer_arrives_whole_on_the_other(pair: tuple[Path, Path, Path]) -> None:
    a, b, folder = pair
    uuid = _add(a, "Beach")
    photo = photo_jpeg(2_500_000, seed=1)  # over two chunks of the sealed file
    sha = _attach(a, uuid, "beach.jpg", photo)
    settle([a, b])
    assert _held(b, sha) == photo
    with opened(b):
        listed = [(x.name, x.mime, x.size, x.sha256) for x in attachments_of(uuid)]
        assert thumbnail_data(sha) is not None  # made as the photo was stored here
    assert listed == [("beach.jpg", "image/jpeg", len(photo), sha)]
    # And back: a file attached on the other computer to the same entry reaches the first.
    letter = b"%PDF-1.4\n% a letter written on the desktop\n"
    letter_sha = _attach(b, uuid, "letter.pdf", letter)
    settle([a, b])
    assert _held(a, letter_sha) == letter
    with opened(a):
        names = [x.name for x in attachments_of(uuid)]
    assert names == ["beach.jpg", "letter.pdf"]
    assert everything(a) == everything(b)
    assert len(_blobs(folder)) == 2
    assert _waiting(a) == _waiting(b) == 0


def test_the_same_photo_attached_on_both_computers_is_kept_once_in_the_folder(
    pair: tuple[Path, Path, Path],
) -> None:
    a, b, folder = pair
    photo = photo_jpeg(300_000, seed=2)
    first, second = _add(a, "Seen here"), _add(b, "Seen there")
    sha = _attach(a, first, "IMG_1.jpg", photo)
    assert _attach(b, second, "same.jpg", photo) == sha
    settle([a, b])
    (sealed,) = _blobs(folder)
    kept = sealed.read_bytes()
    for journal in (a, b):
        with opened(journal):
            assert (
                [x.sha256 for x in attachments_of(first)]
                == [x.sha256 for x in attachments_of(second)]
                == [sha]
            )
    # Sealing is deterministic: the other computer writes the very same file, so two computers
    # placing one photo at once never give a file-sync tool a conflict.
    sealed.unlink()
    with opened(b):
        entry = get_entry(second)
        entry.title = "Seen there, again"
        save_entry(entry)
    round_of(b)
    assert sealed.read_bytes() == kept


def test_a_photo_the_file_sync_tool_brings_a_round_late_is_fetched_then(
    pair: tuple[Path, Path, Path],
) -> None:
    a, b, folder = pair
    uuid = _add(a, "Harbour")
    photo = photo_jpeg(150_000, seed=3)
    sha = _attach(a, uuid, "harbour.jpg", photo)
    round_of(a)
    (sealed,) = _blobs(folder)
    aside = folder.parent / "not-yet"
    shutil.move(sealed, aside)  # the entry's file has arrived, the photo's not yet
    round_of(b)
    with opened(b):
        assert "harbour.jpg" in get_entry(uuid).body  # the entry is not held back for its photo
        assert attachments_of(uuid) == []
        assert blob_data(sha) is None
    assert _waiting(b) == 1
    round_of(b)
    assert _waiting(b) == 1
    shutil.move(aside, sealed)
    result = round_of(b)
    assert result.attachments_fetched == 1 and result.entries_changed == 1
    assert _held(b, sha) == photo
    with opened(b):
        assert [x.name for x in attachments_of(uuid)] == ["harbour.jpg"]
    assert _waiting(b) == 0


def _flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _cut_short(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-100])


@pytest.mark.parametrize("damage", [_flip_a_byte, _cut_short], ids=["changed", "cut-short"])
def test_a_damaged_photo_is_refused_in_one_line_and_stores_nothing(
    pair: tuple[Path, Path, Path], damage: object
) -> None:
    a, b, folder = pair
    uuid = _add(a, "Garden")
    photo = photo_jpeg(120_000, seed=4)
    sha = _attach(a, uuid, "garden.jpg", photo)
    round_of(a)
    (sealed,) = _blobs(folder)
    whole = sealed.read_bytes()
    damage(sealed)  # type: ignore[operator]
    with pytest.raises(DamagedSyncFile) as raised:
        round_of(b)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith("the sync folder's attachment blobs/") and message.endswith(
        ".bjb is damaged, cut short or was changed; it was not stored"
    )
    with opened(b):
        assert blob_data(sha) is None
        assert attachments_of(uuid) == []
        assert get_entry(uuid).title == "Garden"  # the entry itself arrived
    assert _waiting(b) == 1
    sealed.write_bytes(whole)  # the file-sync tool finishes bringing it
    round_of(b)
    assert _held(b, sha) == photo
    assert _waiting(b) == 0


def test_a_photo_moved_to_another_photos_name_is_refused(pair: tuple[Path, Path, Path]) -> None:
    a, b, folder = pair
    uuid = _add(a, "Two photos")
    first = _attach(a, uuid, "one.jpg", photo_jpeg(50_000, seed=5))
    round_of(a)
    (one,) = _blobs(folder)
    second = _attach(a, uuid, "two.jpg", photo_jpeg(50_000, seed=6))
    round_of(a)
    (two,) = [p for p in _blobs(folder) if p != one]
    shutil.copyfile(one, two)  # the second's file now holds the first's sealed bytes
    with pytest.raises(DamagedSyncFile):
        round_of(b)
    assert _held(b, first) is not None
    assert _held(b, second) is None


def test_deleting_for_real_on_one_computer_removes_the_photo_on_the_other(
    pair: tuple[Path, Path, Path],
) -> None:
    a, b, _ = pair
    kept_uuid, binned_uuid = _add(a, "Kept"), _add(a, "Binned")
    photo = photo_jpeg(60_000, seed=7)
    shared = _attach(a, kept_uuid, "shared.jpg", photo)
    assert _attach(a, binned_uuid, "shared.jpg", photo) == shared
    alone = _attach(a, binned_uuid, "alone.jpg", photo_jpeg(60_000, seed=8))
    taken_off = _attach(a, kept_uuid, "taken-off.pdf", b"%PDF-1.4\n% soon detached\n")
    settle([a, b])
    assert all(_held(b, sha) is not None for sha in (shared, alone, taken_off))
    with opened(a):
        trash_entry(binned_uuid)
    settle([a, b])
    assert _held(b, alone) is not None  # in the Trash: still there
    with opened(a):
        empty_trash()
        detach(kept_uuid, "taken-off.pdf")
    settle([a, b])
    assert _held(b, alone) is None and _held(b, taken_off) is None
    assert _held(b, shared) is not None  # the kept entry still names it
    assert everything(a) == everything(b)


def test_sync_status_counts_the_attachments_waited_for(
    pair: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, folder = pair
    uuid = _add(a, "Album")
    _attach(a, uuid, "one.jpg", photo_jpeg(40_000, seed=9))
    _attach(a, uuid, "two.jpg", photo_jpeg(40_000, seed=10))
    round_of(a)
    aside = folder.parent / "aside"
    shutil.move(folder / "blobs", aside)
    round_of(b)
    assert main(["--journal", str(b), "sync", "status"]) == 0
    assert "Attachments waiting to arrive: 2\n" in capsys.readouterr().out
    shutil.move(aside, folder / "blobs")
    assert main(["--journal", str(b), "sync"]) == 0
    assert "0 attachment(s) sent, 2 received" in capsys.readouterr().err
    assert main(["--journal", str(b), "sync", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["attachments_waiting"] == 0
