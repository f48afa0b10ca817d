"""A file written or replaced is whole or absent, and on the disk before its new name is."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.domain import atomic_files
from desktop.domain.atomic_files import atomic_write, replace_atomically


def _synced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record what each fsync reached, by the path its descriptor is open on (Linux)."""
    seen: list[str] = []
    real = os.fsync

    def recording(fd: int) -> None:
        seen.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    monkeypatch.setattr(atomic_files.os, "fsync", recording)
    return seen


def test_a_replaced_file_is_synced_then_its_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target, new = tmp_path / "journal.db", tmp_path / ".journal.db.new"
    target.write_text("old")
    new.write_text("new")
    synced = _synced(monkeypatch)
    replace_atomically(new, target)
    assert target.read_text() == "new" and not new.exists()
    assert synced == [str(new), str(tmp_path)]  # the bytes first, then the rename


def test_a_written_file_appears_whole_and_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "export.csv"
    synced = _synced(monkeypatch)
    with atomic_write(target, "w", encoding="utf-8") as handle:
        handle.write("a,b\n")
        assert not target.exists()  # nothing under the name until the block ends
    assert target.read_text(encoding="utf-8") == "a,b\n"
    assert target.stat().st_mode & 0o777 == 0o600
    assert len(synced) == 2 and synced[1] == str(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("kept")

    with pytest.raises(RuntimeError), atomic_write(target) as handle:
        handle.write("half of it")
        raise RuntimeError("the disk went away")
    assert target.read_text() == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]
