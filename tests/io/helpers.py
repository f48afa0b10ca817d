"""Shared by the import/export tests: the real export samples, and reading a journal back."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.entry import Entry
from desktop.domain.filters import EntryFilter, TrashState


def _fixtures_dir() -> Path:
    beside_repo = Path(__file__).resolve().parents[2] / ".." / "shared" / "fixtures"
    for candidate in (beside_repo, Path("/work/shared/fixtures")):
        if candidate.is_dir():
            return candidate.resolve()
    raise FileNotFoundError("the shared fixtures (../shared/fixtures beside the repository) are missing")


FIXTURES = _fixtures_dir()


def all_entries() -> list[Entry]:
    """Every entry of the open journal, the Trash included, in a stable order."""
    from desktop.store.entries.entry_table import iter_entries

    return sorted(iter_entries(EntryFilter(trash=TrashState.ANY)), key=lambda e: e.uuid)


def snapshot(journal_path: Path) -> list[tuple]:
    """The journal's entries, themes and people as plain values, to compare before and after."""
    from desktop.store.entries.person_table import all_people
    from desktop.store.entries.theme_table import all_themes
    from desktop.store.journal.opening import open_journal

    with open_journal(journal_path, create=False):
        entries = [tuple(getattr(e, f) for f in e.__slots__) for e in all_entries()]  # type: ignore[attr-defined]
        return [*entries, *all_themes(), *all_people()]
