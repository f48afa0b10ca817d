"""The safety commands as a script uses them: backup, backups, restore, encrypt, decrypt, rekey."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store.entries.entry_table import count_entries, save_entry
from desktop.store.journal.opening import open_journal
from desktop.store.safety.backup import list_backups, verify_copy
from tests.factories import make_entry
from tests.store.helpers import damage, plain_count

WORKTREE = Path(__file__).resolve().parents[2]


def _cli(journal: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The real command in a child process, with no terminal on stdin."""
    full_env = dict(os.environ, PYTHONPATH=str(WORKTREE), **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--journal", str(journal), *args],
        cwd=WORKTREE,
        env=full_env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )


def _journal_with(path: Path, count: int, passphrase: str | None = None) -> None:
    with open_journal(path, passphrase=passphrase, daily_backup=False):
        for n in range(count):
            save_entry(make_entry(title=f"entry {n}", body="words " * 30))


def test_backup_to_the_backup_folder_and_to_a_path(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal_with(journal_path, 3)
    assert main(["--journal", str(journal_path), "backup"]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent.name == "journal.db.backups" and plain_count(made) == 3
    target = tmp_path / "elsewhere.db"
    assert main(["--journal", str(journal_path), "backup", "--to", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    verify_copy(target)
    assert main(["--journal", str(journal_path), "backup", "--to", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["--journal", str(journal_path), "backups"]) == 0
    assert str(made) in capsys.readouterr().out


def test_restore_keeps_the_current_journal(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal_with(journal_path, 2)
    saved = tmp_path / "saved.db"
    assert main(["--journal", str(journal_path), "backup", "--to", str(saved)]) == 0
    _journal_with(journal_path, 1)
    capsys.readouterr()
    assert main(["--journal", str(journal_path), "restore", str(saved)]) == 0
    err = capsys.readouterr().err
    assert "restored" in err and "the journal as it was is kept at" in err
    assert plain_count(journal_path) == 2
    kept = [p for p in list_backups(journal_path) if "before-restore" in p.name]
    assert len(kept) == 1 and plain_count(kept[0]) == 3


def test_restore_of_a_missing_or_damaged_backup_changes_nothing(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal_with(journal_path, 300)
    saved = tmp_path / "saved.db"
    assert main(["--journal", str(journal_path), "backup", "--to", str(saved)]) == 0
    damage(saved)
    before = journal_path.read_bytes()
    assert main(["--journal", str(journal_path), "restore", str(tmp_path / "nope.db")]) == 1
    assert main(["--journal", str(journal_path), "restore", str(saved)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert "there is no backup file" in err[0] and "is damaged" in err[1]
    assert journal_path.read_bytes() == before


def test_a_damaged_journal_points_to_the_newest_verified_backup(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal_with(journal_path, 300)
    assert main(["--journal", str(journal_path), "backup"]) == 0
    made = capsys.readouterr().out.strip()
    damage(journal_path)
    assert main(["--journal", str(journal_path), "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "is damaged" in err
    # The command it prints, run exactly as printed, restores this journal (not the default one).
    command = shlex.split(err.split("restore the newest verified backup with: ", 1)[1])
    assert command == ["balance-journal", "--journal", str(journal_path), "restore", made]
    assert main(command[1:]) == 0
    assert "the damaged journal is kept at" in capsys.readouterr().err
    assert main(["--journal", str(journal_path), "list"]) == 0


def test_encrypt_then_every_command_needs_the_passphrase(journal_path: Path) -> None:
    _journal_with(journal_path, 2)
    done = _cli(journal_path, "encrypt", env={"BALANCE_JOURNAL_NEW_PASSPHRASE": "blue whale"})
    assert done.returncode == 0, done.stderr
    assert b"entry 1" not in journal_path.read_bytes()

    no_key = _cli(journal_path, "list")
    assert no_key.returncode == 1
    assert no_key.stderr.count("\n") == 1
    assert "is encrypted" in no_key.stderr and "$BALANCE_JOURNAL_PASSPHRASE" in no_key.stderr

    wrong = _cli(journal_path, "list", env={"BALANCE_JOURNAL_PASSPHRASE": "red whale"})
    assert wrong.returncode == 1 and "wrong passphrase" in wrong.stderr

    right = {"BALANCE_JOURNAL_PASSPHRASE": "blue whale"}
    added = _cli(journal_path, "add", "--title", "third", env=right)
    assert added.returncode == 0, added.stderr
    listed = _cli(journal_path, "list", env=right)
    assert listed.returncode == 0 and listed.stdout.count("\n") == 3
    backed = _cli(journal_path, "backup", env=right)
    assert b"third" not in Path(backed.stdout.strip()).read_bytes()


def test_rekey_and_decrypt_from_the_command_line(journal_path: Path) -> None:
    _journal_with(journal_path, 1, passphrase="first")
    rekeyed = _cli(
        journal_path,
        "rekey",
        env={"BALANCE_JOURNAL_PASSPHRASE": "first", "BALANCE_JOURNAL_NEW_PASSPHRASE": "second"},
    )
    assert rekeyed.returncode == 0, rekeyed.stderr
    stale = _cli(journal_path, "decrypt", env={"BALANCE_JOURNAL_PASSPHRASE": "first"})
    assert stale.returncode == 1 and "wrong passphrase" in stale.stderr
    done = _cli(journal_path, "decrypt", env={"BALANCE_JOURNAL_PASSPHRASE": "second"})
    assert done.returncode == 0, done.stderr
    assert plain_count(journal_path) == 1
    again = _cli(journal_path, "decrypt")
    assert again.returncode == 1 and "not encrypted" in again.stderr


def test_encrypt_without_a_passphrase_or_terminal_changes_nothing(journal_path: Path) -> None:
    _journal_with(journal_path, 1)
    before = journal_path.read_bytes()
    done = _cli(journal_path, "encrypt")
    assert done.returncode == 1
    assert "encrypting needs a passphrase: set $BALANCE_JOURNAL_NEW_PASSPHRASE" in done.stderr
    assert journal_path.read_bytes() == before


def test_the_passphrase_is_asked_for_on_a_terminal(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal_with(journal_path, 1, passphrase="typed in")
    prompts: list[str] = []

    def fake_getpass(prompt: str) -> str:
        prompts.append(prompt)
        return "typed in"

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    assert main(["--journal", str(journal_path), "list"]) == 0
    assert prompts == [f"Passphrase for {journal_path}: "]
    assert "entry 0" in capsys.readouterr().out


def test_commands_that_replace_the_file_refuse_while_a_window_has_it(
    qapp: object, journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.store.safety.lock import try_lock

    _journal_with(journal_path, 1)
    lock = try_lock(journal_path)
    assert lock is not None
    try:
        code = main(["--journal", str(journal_path), "restore", str(journal_path)])
        assert code == 1
        assert "open in Balance Journal; close its window first" in capsys.readouterr().err
    finally:
        lock.unlock()
    with open_journal(journal_path, daily_backup=False):
        assert count_entries() == 1


def test_backups_an_interrupted_encryption_left_readable_are_encrypted_at_the_next_opening(
    journal_path: Path,
) -> None:
    import shutil

    _journal_with(journal_path, 2)
    made = _cli(journal_path, "backup")
    assert made.returncode == 0, made.stderr
    plain_backup = Path(made.stdout.strip())
    kept_aside = journal_path.parent / "plain-copy.db"
    shutil.copy2(plain_backup, kept_aside)
    done = _cli(journal_path, "encrypt", env={"BALANCE_JOURNAL_NEW_PASSPHRASE": "blue whale"})
    assert done.returncode == 0, done.stderr
    # As if the window had been closed after the journal was converted, before this backup was.
    shutil.copy2(kept_aside, plain_backup)
    assert b"entry 1" in plain_backup.read_bytes()

    listed = _cli(journal_path, "list", env={"BALANCE_JOURNAL_PASSPHRASE": "blue whale"})
    assert listed.returncode == 0, listed.stderr
    assert "still readable; now encrypted" in listed.stderr
    assert all(b"entry 1" not in p.read_bytes() for p in list_backups(journal_path))
    verify_copy(plain_backup, "blue whale")  # and it opens with the journal's passphrase
