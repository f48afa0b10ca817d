"""Checks of an open journal's whole file that run beside the work, not before it.

Opening checks the whole file only when there is a reason to doubt it (see `soundness`). These
keep the routine: the window, once shown, checks in the background when the last whole check is
more than a day old, and the day's first backup counts as one (it is verified page by page).
`balance-journal check` runs the thorough check on demand.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.store.journal import check_record
from desktop.store.journal.errors import JournalDamaged, clear_damage
from desktop.store.journal.models import journal_db
from desktop.store.journal.opening import Journal, thread_connection
from desktop.store.safety.backup import backup_if_due
from desktop.store.safety.integrity import check_whole_file

ROUTINE_EVERY = timedelta(days=1)


def check_due(journal: Journal, now: datetime | None = None) -> bool:
    """Whether the routine check should run: the last whole check is unknown or a day old."""
    if journal.sound_since is None:
        return True
    try:
        last = datetime.fromisoformat(journal.sound_since)
    except ValueError:
        return True
    return (now or datetime.now(UTC)) - last >= ROUTINE_EVERY


def check_now(journal: Journal, *, thorough: bool = False) -> None:
    """Check the whole file on a connection of the calling thread's own (the window's work goes
    on beside it). JournalDamaged if it fails: the journal then refuses every write."""
    with thread_connection():
        check_whole_file(journal_db.obj.connection(), journal.path, thorough=thorough)
    clear_damage(journal.path)
    journal.sound_since = check_record.now_text()


def daily_backup_and_check(journal: Journal) -> Path | None:
    """The day's first backup, which doubles as the day's check; a copy that fails its
    verification has the journal itself checked, so damage there is named and stops writes."""
    try:
        made = backup_if_due(journal)
    except JournalDamaged:
        check_now(journal)
        raise
    if made is not None:
        journal.sound_since = check_record.now_text()
    return made


def check_journal_file(journal: Journal, *, thorough: bool = True) -> None:
    """`balance-journal check`: the whole file, on the command's own connection."""
    check_whole_file(journal.db.connection(), journal.path, thorough=thorough)
    clear_damage(journal.path)
    journal.sound_since = check_record.now_text()
