"""What open_journal refuses, and how: a newer journal, a damaged one, a file that is not one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.store.entries.entry_table import save_entry
from desktop.store.journal.errors import JournalDamaged, NewerJournal, NotAJournal
from desktop.store.journal.opening import open_journal, schema_version
from tests.factories import make_entry
from tests.store.helpers import damage


def _make_newer(path: Path) -> None:
    with open_journal(path):
        save_entry(make_entry(title="from the future"))
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.close()


def _sidecars(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def test_a_newer_journal_is_refused_and_left_byte_identical(journal_path: Path) -> None:
    _make_newer(journal_path)
    assert _sidecars(journal_path) == []
    before = journal_path.read_bytes()
    with pytest.raises(NewerJournal, match="newer version of Balance Journal") as caught:
        open_journal(journal_path)
    assert "update the app" in str(caught.value) and "\n" not in str(caught.value)
    assert journal_path.read_bytes() == before
    assert _sidecars(journal_path) == []
    assert not (journal_path.parent / f"{journal_path.name}.backups").exists()


def test_a_newer_journal_left_with_a_wal_after_a_crash_is_refused_unchanged(
    journal_path: Path,
) -> None:
    _make_newer(journal_path)
    # A crashed newer version leaves a -wal beside it; the refusal must not fold it in.
    holder = sqlite3.connect(journal_path)
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("CREATE TABLE made_by_the_future(x)")
    before = {p.name: p.read_bytes() for p in [journal_path, *_sidecars(journal_path)]}
    with pytest.raises(NewerJournal):
        open_journal(journal_path)
    after = {p.name: p.read_bytes() for p in [journal_path, *_sidecars(journal_path)]}
    holder.close()
    assert after[journal_path.name] == before[journal_path.name]
    assert after[f"{journal_path.name}-wal"] == before[f"{journal_path.name}-wal"]


def test_a_damaged_journal_is_named_damaged_and_left_alone(journal_path: Path) -> None:
    with open_journal(journal_path):
        for n in range(300):
            save_entry(make_entry(title=f"entry {n}", body="words " * 30))
    damage(journal_path)
    before = journal_path.read_bytes()
    with pytest.raises(JournalDamaged, match="damaged") as caught:
        open_journal(journal_path)
    assert "\n" not in str(caught.value)
    assert journal_path.read_bytes() == before


def _scribble_on_root_page(path: Path, table: str) -> None:
    """Garble the b-tree page a table starts on, past its page header, leaving every other page."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size + 12)
        handle.write(b"\xa5" * 512)


@pytest.mark.parametrize("table", ["entry_theme", "entry_fts_data", "entry_fts_idx"])
def test_damage_in_one_table_is_found_also_in_the_search_index(journal_path: Path, table: str) -> None:
    """The opening check goes table by table; the search index's own tables are among them."""
    with open_journal(journal_path):
        for n in range(200):
            save_entry(make_entry(title=f"entry {n}", body=f"words {n} " * 40, themes=["trust"]))
    _scribble_on_root_page(journal_path, table)
    with pytest.raises(JournalDamaged, match="damaged"):
        open_journal(journal_path)


def test_a_page_claimed_twice_is_found_before_anything_is_written(journal_path: Path) -> None:
    """A free page that is also a table's page: the next save would write over that table."""
    import struct

    from desktop.store.entries.entry_table import empty_trash, save_entries, trash_entry

    with open_journal(journal_path):
        entries = [make_entry(title=f"e{i}", body="word " * 300, people=[f"P{i % 7}"]) for i in range(300)]
        save_entries(entries)
        for entry in entries[:150]:
            trash_entry(entry.uuid)
        empty_trash()  # leaves free pages in the file
    conn = sqlite3.connect(journal_path)
    root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'person'").fetchone()[0]
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] > 0
    conn.close()
    data = bytearray(journal_path.read_bytes())
    page_size = struct.unpack(">H", data[16:18])[0]
    first_trunk = struct.unpack(">I", data[32:36])[0]
    at = (first_trunk - 1) * page_size + 8  # the trunk page's first free-page number
    data[at : at + 4] = struct.pack(">I", root)
    journal_path.write_bytes(data)
    before = journal_path.read_bytes()
    with pytest.raises(JournalDamaged, match="damaged"):
        open_journal(journal_path)
    assert journal_path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"Dear diary, today I...\n" * 100, b"", b"\x89PNG\r\n\x1a\n" + b"\x01" * 1000],
    ids=["text", "empty-is-new", "short-binary"],
)
def test_a_file_that_is_not_a_journal(journal_path: Path, content: bytes) -> None:
    journal_path.write_bytes(content)
    if not content:
        open_journal(journal_path).close()  # an empty file becomes a new journal
        return
    with pytest.raises(NotAJournal, match="not a Balance Journal"):
        open_journal(journal_path)
    assert journal_path.read_bytes() == content


def test_another_programs_sqlite_database_is_refused(journal_path: Path) -> None:
    conn = sqlite3.connect(journal_path)
    conn.execute("CREATE TABLE recipes(name)")
    conn.close()
    before = journal_path.read_bytes()
    with pytest.raises(NotAJournal, match="not a Balance Journal"):
        open_journal(journal_path)
    assert journal_path.read_bytes() == before


def test_a_journal_with_a_broken_header_is_damaged_not_foreign(journal_path: Path) -> None:
    with open_journal(journal_path):
        save_entry(make_entry(title="kept"))
    with open(journal_path, "r+b") as handle:
        handle.seek(16)  # the page size and format bytes right after "SQLite format 3"
        handle.write(b"\xff\xff\xff\xff")
    with pytest.raises(JournalDamaged, match="damaged"):
        open_journal(journal_path)


def test_another_programs_sqlite_database_is_still_not_a_journal(journal_path: Path) -> None:
    conn = sqlite3.connect(journal_path)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    with pytest.raises(NotAJournal):
        open_journal(journal_path)
