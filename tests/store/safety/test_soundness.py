"""When opening checks the whole file: only with a reason to doubt it, and always before a write then."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store.entries.entry_table import count_entries, save_entry
from desktop.store.journal import check_record
from desktop.store.journal import opening as opening_module
from desktop.store.journal.errors import JournalDamaged, damage_seen
from desktop.store.journal.opening import open_journal
from desktop.store.safety.checkup import check_due, check_now, daily_backup_and_check
from desktop.store.safety.soundness import reason_to_check
from tests.factories import make_entry
from tests.store.helpers import damage

WORKTREE = Path(__file__).resolve().parents[3]


@pytest.fixture
def whole_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every whole-file check opening makes, by journal."""
    made: list[Path] = []
    real = opening_module.check_whole_file

    def counting(conn: object, path: Path, **options: bool) -> None:
        made.append(path)
        real(conn, path, **options)

    monkeypatch.setattr(opening_module, "check_whole_file", counting)
    return made


def _journal_with_entries(path: Path, count: int = 200) -> None:
    with open_journal(path, daily_backup=False):
        for n in range(count):
            save_entry(make_entry(title=f"entry {n}", body="words of the day " * 30))


def _python(code: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(WORKTREE))
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=WORKTREE,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_a_journal_left_as_the_app_closed_it_opens_without_reading_every_page(
    journal_path: Path, whole_checks: list[Path]
) -> None:
    _journal_with_entries(journal_path)
    for _ in range(3):
        with open_journal(journal_path, daily_backup=False):
            assert count_entries() == 200
    assert whole_checks == []


def test_a_journal_new_to_this_computer_is_checked_once(
    journal_path: Path, tmp_path: Path, whole_checks: list[Path]
) -> None:
    _journal_with_entries(journal_path)
    copy = tmp_path / "elsewhere" / "journal.db"
    copy.parent.mkdir()
    copy.write_bytes(journal_path.read_bytes())
    assert reason_to_check(copy) == "first opened on this computer"
    open_journal(copy, daily_backup=False).close()
    open_journal(copy, daily_backup=False).close()
    assert whole_checks == [copy]


def test_damage_done_after_the_app_closed_is_refused_before_any_write(journal_path: Path) -> None:
    _journal_with_entries(journal_path)
    stamp = journal_path.stat()
    damage(journal_path)
    # A tool that sets the modification time back still changes the file's change time.
    os.utime(journal_path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    before = journal_path.read_bytes()
    with pytest.raises(JournalDamaged, match="damaged"):
        open_journal(journal_path)
    assert journal_path.read_bytes() == before
    assert not Path(f"{journal_path}-wal").exists() or Path(f"{journal_path}-wal").stat().st_size == 0
    with pytest.raises(JournalDamaged):  # and every time after, until it is restored
        open_journal(journal_path)


def test_after_a_session_that_was_killed_the_whole_file_is_checked(
    journal_path: Path, whole_checks: list[Path]
) -> None:
    _journal_with_entries(journal_path, 20)
    writer = _python(
        f"""
        from pathlib import Path
        from desktop.store.entries.entry_table import save_entry
        from desktop.store.journal.opening import open_journal
        from tests.factories import make_entry
        journal = open_journal(Path({str(journal_path)!r}), daily_backup=False)
        save_entry(make_entry(title="written just before the crash"))
        print("saved", flush=True)
        input()
        """
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "saved"
    assert reason_to_check(journal_path) is None  # it is running, not crashed
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=10)
    assert reason_to_check(journal_path) == "the last session did not end cleanly"
    with open_journal(journal_path, daily_backup=False):
        assert count_entries() == 21
    assert whole_checks == [journal_path]
    open_journal(journal_path, daily_backup=False).close()  # a clean close trusts it again
    assert whole_checks == [journal_path]


def test_a_journal_another_program_has_open_is_not_taken_for_a_crash(
    journal_path: Path, whole_checks: list[Path]
) -> None:
    _journal_with_entries(journal_path, 20)
    holder = _python(
        f"""
        from pathlib import Path
        from desktop.store.entries.entry_table import save_entry
        from desktop.store.journal.opening import open_journal
        from tests.factories import make_entry
        journal = open_journal(Path({str(journal_path)!r}), daily_backup=False)
        for n in range(300):  # enough to fold the log into the file: the file changes under us
            save_entry(make_entry(title=f"from the window {{n}}", body="words " * 200))
        print("written", flush=True)
        input()
        journal.close()
        print("closed", flush=True)
        """
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "written"
        with open_journal(journal_path, daily_backup=False):
            assert count_entries() == 320
        assert whole_checks == []
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "closed"
    finally:
        holder.kill()
        holder.wait(timeout=10)
    open_journal(journal_path, daily_backup=False).close()  # the last to close recorded it
    assert whole_checks == []


def test_damage_found_while_open_stops_every_write_and_the_next_opening(journal_path: Path) -> None:
    _journal_with_entries(journal_path)
    journal = open_journal(journal_path, daily_backup=False)
    try:
        damage(journal_path)  # the disk goes bad under a running window
        with pytest.raises(JournalDamaged):
            check_now(journal)
        assert damage_seen(journal_path)
        with pytest.raises(JournalDamaged, match="nothing was saved"):
            save_entry(make_entry(title="must not be written into a damaged file"))
    finally:
        journal.close()
    assert check_record.recorded(journal_path) is None
    with pytest.raises(JournalDamaged):
        open_journal(journal_path)


def test_the_days_backup_counts_as_the_days_check(journal_path: Path) -> None:
    _journal_with_entries(journal_path, 10)
    with open_journal(journal_path, daily_backup=False) as journal:
        journal.sound_since = "2020-01-01T00:00:00+00:00"
        assert check_due(journal)
        assert daily_backup_and_check(journal) is not None
        assert not check_due(journal)
    record = check_record.recorded(journal_path)
    assert record is not None and record.checked_at.startswith(check_record.now_text()[:10])


@pytest.fixture
def cli(journal_path: Path) -> Iterator[list[str]]:
    yield [sys.executable, "-m", "desktop", "--journal", str(journal_path)]


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(WORKTREE))
    return subprocess.run(argv, cwd=WORKTREE, env=env, capture_output=True, text=True, timeout=60)


def test_the_check_command_names_a_sound_journal_and_a_damaged_one(
    journal_path: Path, cli: list[str]
) -> None:
    _journal_with_entries(journal_path)
    sound = _run([*cli, "check"])
    assert sound.returncode == 0, sound.stderr
    assert "is sound: every page checked" in sound.stdout
    assert _run([*cli, "backup"]).returncode == 0
    damage(journal_path)
    before = journal_path.read_bytes()
    broken = _run([*cli, "check"])
    assert broken.returncode != 0
    lines = broken.stderr.strip().splitlines()
    assert len(lines) == 1 and "damaged" in lines[0] and "restore" in lines[0]
    assert journal_path.read_bytes() == before
