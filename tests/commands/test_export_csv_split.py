"""`export csv` of a large journal is written by two processes; the file must be the same."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.commands import export_csv, export_spans
from desktop.store.journal.opening import open_journal
from tests.store.transfer.test_export_rows import _journal_with_awkward_entries

PASSPHRASE = "correct horse battery"


def _make(path: Path, passphrase: str | None = None) -> None:
    with open_journal(path, passphrase=passphrase):
        _journal_with_awkward_entries()


def _export(journal: Path, target: Path, *extra: str) -> bytes:
    assert main(["--journal", str(journal), "export", "csv", str(target), *extra]) == 0
    return target.read_bytes()


def _in_one_process(journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *extra: str) -> bytes:
    with monkeypatch.context() as m:
        m.setattr(export_csv, "SPLIT_FROM", 10**9)
        _not_early(m)
        return _export(journal, tmp_path / "whole.csv", *extra)


def _journal_and_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, bytes]:
    """A plain journal of awkward entries, and its whole export written by one process."""
    journal = tmp_path / "j.db"
    _make(journal)
    return journal, _in_one_process(journal, tmp_path, monkeypatch)


def _not_early(monkeypatch: pytest.MonkeyPatch) -> None:
    """No second process started before the journal opens (commands/export_early.py)."""
    monkeypatch.setattr("desktop.commands.export_early.start_from_command_line", lambda _argv: None)


def _csv_and_leftovers(folder: Path) -> list[str]:
    """The exported files and anything half-written left beside them."""
    return sorted(p.name for p in folder.iterdir() if p.suffix in (".csv", ".partial") or "tmp" in p.name)


def _no_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("the export fell back to one process")

    monkeypatch.setattr("desktop.io.formats.csv_export.write_csv_batches", refuse)


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE])
def test_two_processes_write_the_same_file_as_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, passphrase: str | None
) -> None:
    journal = tmp_path / "j.db"
    _make(journal, passphrase)
    if passphrase:
        monkeypatch.setenv("BALANCE_JOURNAL_PASSPHRASE", passphrase)
    for extra in ((), ("--theme", "trust"), ("--to", "2024-02-20")):
        whole = _in_one_process(journal, tmp_path, monkeypatch, *extra)
        with monkeypatch.context() as m:
            m.setattr(export_csv, "SPLIT_FROM", 1)
            _no_fallback(m)
            _not_early(m)
            halves = _export(journal, tmp_path / "halves.csv", *extra)
        assert halves == whole
        assert whole.count(b"\r\n") > 10
    assert _csv_and_leftovers(tmp_path) == ["halves.csv", "whole.csv"]


def test_a_commit_between_the_halves_means_one_process_writes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, whole = _journal_and_whole(tmp_path, monkeypatch)
    counter = itertools.count()
    monkeypatch.setattr(export_csv, "SPLIT_FROM", 1)
    _not_early(monkeypatch)
    # Another program committed while the halves were read: data_version moved.
    monkeypatch.setattr("desktop.store.journal.access.commits_by_others", lambda: next(counter))
    assert _export(journal, tmp_path / "again.csv") == whole
    assert _csv_and_leftovers(tmp_path) == ["again.csv", "whole.csv"]


def test_a_failed_child_leaves_no_half_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal, whole = _journal_and_whole(tmp_path, monkeypatch)

    def no_connection() -> None:
        raise OSError("the child could not open the journal")

    monkeypatch.setattr(export_csv, "SPLIT_FROM", 1)
    _not_early(monkeypatch)
    monkeypatch.setattr("desktop.store.journal.access.separate_connection", no_connection)
    assert _export(journal, tmp_path / "again.csv") == whole


def test_a_file_system_that_cannot_copy_in_the_kernel_still_gets_the_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, whole = _journal_and_whole(tmp_path, monkeypatch)
    real_copy = export_spans.os.copy_file_range

    refused: list[int] = []

    def gives_up(source: int, out: int, count: int, source_at: int, out_at: int) -> int:
        if source_at > 0:  # a first piece is copied, then the file system refuses
            refused.append(source_at)
            raise OSError(22, "Invalid argument")
        return real_copy(source, out, max(1, count // 3), source_at, out_at)

    monkeypatch.setattr(export_spans.os, "copy_file_range", gives_up)
    monkeypatch.setattr(export_csv, "SPLIT_FROM", 1)
    _no_fallback(monkeypatch)
    _not_early(monkeypatch)  # the two-process export copies the child's half in the kernel
    assert _export(journal, tmp_path / "copied.csv") == whole
    assert refused  # the copy did start in the kernel and went on through Python
