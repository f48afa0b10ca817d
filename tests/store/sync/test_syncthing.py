"""Two journals syncing through a real replication engine: Syncthing, two instances on loopback,
each journal writing into its own instance's copy of the shared folder.

This is the setup the README promises works: the app writes only its own files, each whole
under a temporary name then renamed, and reads the others' as Syncthing brings them. CI installs
Debian's `syncthing` (.ci/setup.sh); without it this test fails and says so, as a missing
feature would.
"""

from __future__ import annotations

import time
from datetime import date, timedelta
from datetime import time as clock_time
from pathlib import Path

import pytest

from desktop.domain.entry import Entry
from desktop.store.entries.entry_table import get_entry, save_entry
from tests.store.sync.helpers import everything, opened, round_of, set_up
from tests.store.sync.syncthing_pair import Instance, syncthing_binary, syncthing_pair

CARRY_TIMEOUT_S = 90


def _entry(title: str, body: str) -> Entry:
    return Entry(
        title=title, body=body, date=date(2025, 5, 2), time=clock_time(8, 15), utc_offset=timedelta(hours=2)
    )


def _add(path: Path, title: str, body: str) -> str:
    entry = _entry(title, body)
    with opened(path):
        save_entry(entry)
    return entry.uuid


def _edit_body(path: Path, uuid: str, change: str) -> None:
    with opened(path):
        entry = get_entry(uuid)
        entry.body = change.replace("{body}", entry.body)
        save_entry(entry)


def _sync_files(copy: Path) -> dict[str, int]:
    """The sync folder's files in one copy (name -> size), Syncthing's own left out."""
    found = {
        str(path.relative_to(copy)): path.stat().st_size
        for path in copy.glob("devices/*/*.bjs")
        if not path.name.startswith(".")
    }
    config = copy / "balance-sync.json"
    if config.is_file():
        found[config.name] = config.stat().st_size
    return found


def _carried(source: Instance, target: Instance) -> None:
    """Wait until every sync file of `source`'s copy is in `target`'s, whole."""
    source.scan()
    deadline = time.monotonic() + CARRY_TIMEOUT_S
    wanted = _sync_files(source.copy)
    while time.monotonic() < deadline:
        have = _sync_files(target.copy)
        if all(have.get(name) == size for name, size in wanted.items()):
            return
        time.sleep(0.25)
        source.scan()
    missing = sorted(set(wanted) - set(_sync_files(target.copy)))
    pytest.fail(
        f"Syncthing did not carry {missing} from {source.name} to {target.name} in {CARRY_TIMEOUT_S} s.\n"
        f"{source.name} log:\n{source.log_tail()}\n{target.name} log:\n{target.log_tail()}"
    )


def test_two_journals_converge_through_two_syncthing_instances(tmp_path: Path) -> None:
    binary = syncthing_binary()
    if binary is None:
        pytest.fail("syncthing is not installed; .ci/setup.sh installs it (apt-get install syncthing)")
    laptop, desktop = tmp_path / "laptop.db", tmp_path / "desktop.db"
    shared = _add(laptop, "Plans for the summer", "We could walk the coast.")
    _add(laptop, "Years of writing", "An entry the laptop had before syncing.")
    _add(desktop, "Written on the desktop", "Kept apart until today.")

    with syncthing_pair(tmp_path, binary) as (near, far):
        set_up(laptop, near.copy, "laptop")  # makes the sync folder in the laptop's copy
        round_of(laptop)
        _carried(near, far)

        set_up(desktop, far.copy, "desktop")  # joins it, as Syncthing brought it
        round_of(desktop)
        _carried(far, near)
        round_of(laptop)
        assert everything(laptop) == everything(desktop)
        assert len(everything(laptop)) == 3

        # The same entry edited on both computers before either hears of the other's edit.
        _edit_body(laptop, shared, "Laptop: book the train.\n{body}")
        _edit_body(desktop, shared, "{body}\nDesktop: bring the tent.")
        round_of(laptop)
        round_of(desktop)
        _carried(near, far)
        _carried(far, near)
        round_of(laptop)
        round_of(desktop)
        _carried(near, far)
        _carried(far, near)
        round_of(laptop)
        round_of(desktop)

    on_laptop, on_desktop = everything(laptop), everything(desktop)
    assert on_laptop == on_desktop
    (plans,) = [e for e in on_laptop if e["uuid"] == shared]
    assert "Laptop: book the train." in plans["body"]
    assert "Desktop: bring the tent." in plans["body"]
    assert "We could walk the coast." in plans["body"]
    assert not list(near.copy.rglob("*sync-conflict*")), "Syncthing saw two writers of one file"
