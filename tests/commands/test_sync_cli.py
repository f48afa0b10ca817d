"""The sync commands as a new user tries them: two journals on one folder, an entry written in
each and the same entry edited in both; `edit UUID` changes only what it is given."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main

CANARY = "quokkacanary"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def _entries(capsys: pytest.CaptureFixture[str], journal: Path) -> list[dict[str, object]]:
    return sorted(
        json.loads(_run(capsys, "--journal", str(journal), "list", "--json")), key=lambda e: str(e["uuid"])
    )


def test_two_journals_on_one_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BALANCE_JOURNAL_SYNC_PASSPHRASE", "our long sync passphrase")
    a, b, folder = tmp_path / "laptop.db", tmp_path / "desktop.db", tmp_path / "Sync"
    shared = _run(
        capsys, "--journal", str(a), "add", "--title", f"Shared {CANARY}", "--body", "one\ntwo\nthree\n"
    ).strip()
    _run(capsys, "--journal", str(a), "sync", "setup", str(folder), "--name", "laptop")
    _run(capsys, "--journal", str(b), "add", "--title", "Written on the desktop", "--theme", "trust")
    _run(capsys, "--journal", str(b), "sync", "setup", str(folder), "--name", "desktop")
    _run(capsys, "--journal", str(a), "sync")
    _run(capsys, "--journal", str(a), "edit", shared[:8], "--body", "one\ntwo (laptop)\nthree\n")
    _run(
        capsys,
        "--journal",
        str(b),
        "edit",
        shared,
        "--body",
        "one\ntwo\nthree\nfour (desktop)\n",
        "--mood",
        "4",
    )
    for journal in (a, b, a, b):
        _run(capsys, "--journal", str(journal), "sync")
    mine, theirs = _entries(capsys, a), _entries(capsys, b)
    assert mine == theirs
    assert len(mine) == 2
    edited = next(e for e in mine if e["uuid"] == shared)
    assert edited["body"] == "one\ntwo (laptop)\nthree\nfour (desktop)\n"
    assert edited["mood"] == 4
    status = json.loads(_run(capsys, "--journal", str(b), "sync", "status", "--json"))
    assert status["computer"] == "desktop"
    assert [c["name"] for c in status["computers_seen"]] == ["laptop"]
    assert status["changes_waiting"] == 0
    for path in folder.rglob("*"):
        assert not path.is_file() or CANARY.encode() not in path.read_bytes()


def test_a_wrong_sync_passphrase_is_one_line_and_makes_no_journal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, a, b = tmp_path / "Sync", tmp_path / "a.db", tmp_path / "b.db"
    monkeypatch.setenv("BALANCE_JOURNAL_SYNC_PASSPHRASE", "right")
    _run(capsys, "--journal", str(a), "sync", "setup", str(folder))
    monkeypatch.setenv("BALANCE_JOURNAL_SYNC_PASSPHRASE", "wrong")
    assert main(["--journal", str(b), "sync", "setup", str(folder)]) == 1
    err = capsys.readouterr().err
    assert err == f"balance-journal: error: wrong sync passphrase for {folder}\n"
    assert not b.exists()


def test_sync_before_setup_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = tmp_path / "j.db"
    _run(capsys, "--journal", str(journal), "add", "--title", "x")
    assert main(["--journal", str(journal), "sync"]) == 1
    assert "sync setup FOLDER" in capsys.readouterr().err


def test_edit_changes_only_what_is_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = str(tmp_path / "j.db")
    uuid = _run(
        capsys,
        "--journal",
        journal,
        "add",
        "--title",
        "Walk",
        "--body",
        "text",
        "--theme",
        "trust",
        "--person",
        "Sam",
        "--independence",
        "5",
        "--star",
    ).strip()
    _run(capsys, "--journal", journal, "edit", uuid, "--title", "Long walk", "--mood", "3", "--no-star")
    (entry,) = json.loads(_run(capsys, "--journal", journal, "list", "--json"))
    assert (entry["title"], entry["body"], entry["themes"], entry["people"]) == (
        "Long walk",
        "text",
        ["trust"],
        ["Sam"],
    )
    assert (entry["independence"], entry["mood"], entry["starred"]) == (5, 3, False)
    assert main(["--journal", journal, "edit", uuid, "--mood", "9"]) == 1
    assert "--mood must be from 1 to 5" in capsys.readouterr().err
