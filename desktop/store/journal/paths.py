"""Every location the app uses, in one place, with overrides for scripts and tests."""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "balance-journal"
JOURNAL_ENV = "BALANCE_JOURNAL"
DATA_DIR_ENV = "BALANCE_JOURNAL_DATA_DIR"  # tests point this at a temporary folder
JOURNAL_FILE_NAME = "journal.db"

# The files SQLite keeps beside a database: the write-ahead log and its index in WAL mode, the
# rollback journal otherwise. Each belongs to the database as much as the file itself does: it
# may hold its latest writes (and so the text of recent entries).
WAL = "-wal"
WAL_INDEX = "-shm"
ROLLBACK_JOURNAL = "-journal"
SIDE_FILE_SUFFIXES = (WAL, WAL_INDEX, ROLLBACK_JOURNAL)
# Photos and files of a journal's entries live in a second SQLite file beside it (keyed like it
# when it is encrypted), so a backup can keep each attachment once however many backups hold it.
ATTACHMENTS_SUFFIX = ".attachments"


def data_dir() -> Path:
    """The user's data folder for the app (created on first write, not here)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs  # here: `export csv` resolves the journal before anything else loads

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def default_journal_path() -> Path:
    """`$BALANCE_JOURNAL` if set, else `journal.db` in the user data folder."""
    from_env = os.environ.get(JOURNAL_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return data_dir() / JOURNAL_FILE_NAME


def resolve_journal_path(given: str | os.PathLike[str] | None) -> Path:
    """The journal a command works on: the one given, else the default."""
    if given is None or str(given) == "":
        return default_journal_path()
    return Path(given).expanduser()


def backup_dir(journal: Path) -> Path:
    """Backups sit beside the journal in a folder named after it, so each journal has its own."""
    return journal.parent / f"{journal.name}.backups"


def side_file(database: Path, suffix: str) -> Path:
    """Where SQLite keeps one side file (`WAL`, `WAL_INDEX`, `ROLLBACK_JOURNAL`) of `database`."""
    return Path(f"{database}{suffix}")


def side_files(database: Path) -> list[Path]:
    """Where SQLite keeps the side files of `database` (whether they exist or not)."""
    return [side_file(database, suffix) for suffix in SIDE_FILE_SUFFIXES]


def attachments_file(database: Path) -> Path:
    """The file holding the attachments (photos, files) of the entries of `database`."""
    return Path(f"{database}{ATTACHMENTS_SUFFIX}")


def database_files(database: Path) -> list[Path]:
    """The database file itself, then its side files, then its attachments file and that file's
    side files: everything that holds the journal's writing."""
    attachments = attachments_file(database)
    return [Path(database), *side_files(database), attachments, *side_files(attachments)]


def journal_file_clash(target: Path, journal: Path) -> str | None:
    """Why writing a file at `target` (an export, a chart, a report) would harm the journal at
    `journal`, or None if it would not: over the journal or its -wal/-shm it would destroy it,
    and in its backup folder it would pass for a backup."""
    target, journal = Path(target), Path(journal)
    if target.absolute().parent.resolve() == backup_dir(journal).absolute().resolve():
        return f"{target} is in the journal's backup folder; write it somewhere else"
    for own in database_files(journal):
        same = target.resolve() == own.resolve()
        if not same and target.exists() and own.exists():
            same = os.path.samefile(target, own)
        if same:
            return f"{target} is the journal itself; write to another file"
    return None
