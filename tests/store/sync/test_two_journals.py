"""Two journals syncing through one folder on one machine: what a user with two computers sees."""

from __future__ import annotations

import hashlib
import subprocess
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from desktop.domain.entry import Entry
from desktop.store.attachments.attaching import attach_files
from desktop.store.attachments.blobs import blob_data
from desktop.store.entries.entry_table import get_entry, restore_entry, save_entry, trash_entry
from desktop.store.entries.theme_table import all_themes, create_theme, merge_themes, update_theme
from desktop.store.sync.errors import DamagedSyncFile, WrongSyncPassphrase
from desktop.store.sync.setup import folder_key
from desktop.store.sync.sync_round import sync_status
from tests.store.attachments.pictures import canary_png
from tests.store.sync.helpers import everything, opened, round_of, set_up, settle

CANARY = "zebracanary"


def _entry(title: str, body: str = "", **values: object) -> Entry:
    return Entry(
        title=title,
        body=body,
        date=date(2025, 3, 1),
        time=time(9, 30),
        utc_offset=timedelta(hours=1),
        **values,
    )  # type: ignore[arg-type]


def _add(path: Path, entry: Entry) -> str:
    with opened(path):
        save_entry(entry)
    return entry.uuid


def _edit_body(path: Path, uuid: str, body: str) -> None:
    with opened(path):
        entry = get_entry(uuid)
        entry.body = body
        save_entry(entry)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path, Path]:
    a, b, folder = tmp_path / "laptop.db", tmp_path / "desktop.db", tmp_path / "Sync"
    return a, b, folder


def test_entries_written_on_each_computer_reach_the_other(pair: tuple[Path, Path, Path]) -> None:
    a, b, folder = pair
    first = _add(
        a,
        _entry(
            "Walk with Sam", "We talked.", themes=["trust"], people=["Sam"], independence=6, interdependence=7
        ),
    )
    set_up(a, folder, "laptop")
    round_of(a)
    second = _add(b, _entry("Painting", "My own evening.", themes=["own-interests"], mood=4, starred=True))
    set_up(b, folder, "desktop")
    settle([a, b])
    assert everything(a) == everything(b)
    assert {e["uuid"] for e in everything(a)} == {first, second}


def test_a_body_edited_on_both_computers_keeps_both_edits(pair: tuple[Path, Path, Path]) -> None:
    a, b, folder = pair
    uuid = _add(a, _entry("Notes", "one\ntwo\nthree\n"))
    set_up(a, folder, "laptop")
    set_up(b, folder, "desktop")
    settle([a, b])
    _edit_body(a, uuid, "one\ntwo, said on the laptop\nthree\n")
    _edit_body(b, uuid, "zero from the desktop\none\ntwo\nthree\n")
    settle([a, b])
    merged = everything(a)
    assert merged == everything(b)
    assert merged[0]["body"] == "zero from the desktop\none\ntwo, said on the laptop\nthree\n"


def test_a_save_that_only_takes_words_out_travels(pair: tuple[Path, Path, Path]) -> None:
    a, b, folder = pair
    uuid = _add(a, _entry("Short", "keep this, drop this, keep that"))
    set_up(a, folder, "laptop")
    set_up(b, folder, "desktop")
    settle([a, b])
    _edit_body(a, uuid, "keep this, keep that")  # nothing inserted: only a deletion to carry
    settle([a, b])
    assert everything(b)[0]["body"] == "keep this, keep that"
    with opened(b):
        entry = get_entry(uuid)
        entry.title = "Sho"
        save_entry(entry)
    settle([a, b])
    assert everything(a) == everything(b)
    assert everything(a)[0]["title"] == "Sho"


def test_registers_set_on_either_side_both_survive(pair: tuple[Path, Path, Path]) -> None:
    a, b, folder = pair
    uuid = _add(a, _entry("Day"))
    set_up(a, folder, "laptop")
    set_up(b, folder, "desktop")
    settle([a, b])
    with opened(a):
        entry = get_entry(uuid)
        entry.mood, entry.themes = 2, ["trust"]
        save_entry(entry)
    with opened(b):
        entry = get_entry(uuid)
        entry.independence, entry.themes, entry.people = 8, ["boundaries"], ["Ana"]
        save_entry(entry)
    settle([a, b])
    merged = everything(a)[0]
    assert merged == everything(b)[0]
    assert merged["ratings"] == (8, None, 2, False)
    assert merged["themes"] == ["boundaries", "trust"]
    assert merged["people"] == ["Ana"]


def test_trash_restore_and_emptying_travel(pair: tuple[Path, Path, Path]) -> None:
    a, b, folder = pair
    uuid = _add(a, _entry("To be binned", CANARY))
    set_up(a, folder, "laptop")
    set_up(b, folder, "desktop")
    settle([a, b])
    with opened(a):
        trash_entry(uuid)
    settle([a, b])
    assert everything(b)[0]["trashed"]
    with opened(b):
        restore_entry(uuid)
    settle([a, b])
    assert not everything(a)[0]["trashed"]
    with opened(a):
        from desktop.store.entries.entry_table import empty_trash

        trash_entry(uuid)
        empty_trash()
    settle([a, b])
    assert everything(a) == everything(b) == []


def test_theme_renames_and_merges_travel(pair: tuple[Path, Path, Path]) -> None:
    a, b, folder = pair
    with opened(a):
        create_theme("hiking", "Hiking")
        create_theme("walks", "Walks")
    uuid = _add(a, _entry("Hill", themes=["hiking"]))
    set_up(a, folder, "laptop")
    set_up(b, folder, "desktop")
    settle([a, b])
    with opened(a):
        update_theme("trust", name="Trust, mostly")
        merge_themes("hiking", "walks")
    settle([a, b])
    with opened(b):
        names = {t.slug: t.name for t in all_themes()}
        assert get_entry(uuid).themes == ["walks"]
    assert names["trust"] == "Trust, mostly"
    assert "hiking" not in names


def test_two_journals_kept_apart_merge_without_duplicates(pair: tuple[Path, Path, Path]) -> None:
    a, b, folder = pair
    shared = _entry("Imported on both", "the same text\n")
    _add(a, shared)
    _add(b, shared)
    _add(a, _entry("Only on the laptop"))
    set_up(a, folder, "laptop")
    set_up(b, folder, "desktop")  # neither has seen the other: both make their documents alone
    settle([a, b])
    entries = everything(a)
    assert entries == everything(b)
    assert len(entries) == 2
    assert next(e for e in entries if e["uuid"] == shared.uuid)["body"] == "the same text\n"


def test_the_folder_holds_no_readable_text(pair: tuple[Path, Path, Path]) -> None:
    a, b, folder = pair
    uuid = _add(
        a, _entry(f"title {CANARY}", f"body {CANARY}", themes=[f"{CANARY}-theme"], people=[f"Ms {CANARY}"])
    )
    png, marker = canary_png()  # a photo holding a text of its own, attached on the laptop
    (a.parent / "canary.png").write_bytes(png)
    with opened(a):
        (photo,) = attach_files(uuid, [a.parent / "canary.png"])
    sha = photo.blob.sha256
    assert sha == hashlib.sha256(png).hexdigest()
    set_up(a, folder, f"host-{CANARY}")
    set_up(b, folder, "desktop")
    settle([a, b])
    assert everything(b)[0]["title"] == f"title {CANARY}"
    with opened(b):
        assert blob_data(sha) == png
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert len(files) >= 4 and any(p.suffix == ".bjb" for p in files)
    for path in files:
        data = path.read_bytes()
        assert CANARY.encode() not in data and CANARY.encode("utf-16-le") not in data, path
        assert bytes.fromhex(sha) not in data and png[16:48] not in data, path
        assert CANARY not in path.name
    # Neither the photo's text nor its hash (which would tell a known photo is in the journal)
    # is anywhere in the folder, names included.
    for needle in (marker, sha.encode(), CANARY.encode()):
        found = subprocess.run(
            ["grep", "-r", "-l", "-a", "-F", "-e", needle, str(folder)],
            capture_output=True,
            check=False,
            env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"},
        )
        assert found.returncode == 1, (needle, found.stdout)  # 1: found nowhere
    assert not [p for p in folder.rglob("*") if sha[:12] in str(p.relative_to(folder))]


def test_a_wrong_passphrase_is_named_and_changes_nothing(pair: tuple[Path, Path, Path]) -> None:
    a, _, folder = pair
    set_up(a, folder, "laptop")
    before = sorted(p.name for p in folder.rglob("*"))
    with pytest.raises(WrongSyncPassphrase, match=r"^wrong sync passphrase for .*Sync$"):
        folder_key(folder, "not it")
    assert sorted(p.name for p in folder.rglob("*")) == before


def test_a_damaged_file_is_refused_in_one_line_and_applies_nothing(pair: tuple[Path, Path, Path]) -> None:
    a, b, folder = pair
    _add(a, _entry("First"))
    set_up(a, folder, "laptop")
    round_of(a)
    (sealed,) = folder.glob("devices/*/0000000001.bjs")
    sealed.write_bytes(sealed.read_bytes()[:-5])  # cut short, as a half-copied file would be
    set_up(b, folder, "desktop")
    with pytest.raises(DamagedSyncFile) as raised:
        round_of(b)
    assert "\n" not in str(raised.value)
    assert "0000000001.bjs is damaged or was changed; nothing from it was applied" in str(raised.value)
    assert everything(b) == []
    with opened(b):
        assert sync_status().computers == []
