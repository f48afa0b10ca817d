"""The scratch index that answers a common prefix for a few entries matches exactly the entries
the journal's own index matches, in a plain, an encrypted and a read-only journal, and keeps no
text once it has answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.filters import EntryFilter
from desktop.store.browse.filter_sql import fts_query
from desktop.store.browse.list_rows import list_summaries
from desktop.store.browse.scratch_match import JOURNAL_TOKENIZER, matching_among
from desktop.store.entries.entry_table import save_entries
from desktop.store.journal.models import EntryIndex, journal_db
from desktop.store.journal.opening import open_journal
from tests.factories import make_entry

TEXTS = [
    ("Café with Anaïs", "We talked about the anniversary, and then about nothing."),
    ("STRASSE", "Straße, strasse; ANNUAL review — années passées."),
    ("naïve", "A naive plan: and-so-on, an_underscore, ann's notes."),
    ("Zürich", "Über alles: über, uber, Ueber. 東京 と 大阪."),
    ("", "Theirs, there, the; thé; Thèse."),
    ("Numbers", "2026 anno 1999, a1b2 an2 42nd."),
]
QUERIES = [
    "an",
    "ann",
    "the",
    "thè",
    "cafe",
    "über",
    "uber",
    "strasse",
    "an_",
    "a1",
    "東京",
    '"about the"',
    "anni ver",
]


def _save_texts() -> list[int]:
    save_entries([make_entry(title=title, body=body) for title, body in TEXTS])
    return [rowid for (rowid,) in EntryIndex.select(EntryIndex.rowid).tuples()]


def _journal_index(match: str) -> set[int]:
    return {rowid for (rowid,) in EntryIndex.select(EntryIndex.rowid).where(EntryIndex.match(match)).tuples()}


def _assert_same_as_the_journal_index(ids: list[int]) -> None:
    for text in QUERIES:
        for prefix_last in (True, False):
            match = fts_query(text, prefix_last)
            assert match is not None
            assert matching_among(ids, match) == _journal_index(match), (text, prefix_last)


def test_the_scratch_index_tokenizes_as_the_journal_index_does(journal: object) -> None:
    (sql,) = journal_db.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'entry_fts'").fetchone()
    assert f"tokenize='{JOURNAL_TOKENIZER}'" in sql


def test_it_matches_what_the_journal_index_matches_and_keeps_no_text(journal: object) -> None:
    ids = _save_texts()
    _assert_same_as_the_journal_index(ids)
    assert matching_among(ids[:2], fts_query("the", True) or "") == _journal_index('"the"*') & set(ids[:2])
    assert matching_among([], '"an"*') == set()
    left = journal_db.execute_sql(
        "SELECT count(*) FROM temp.bj_scratch_match WHERE bj_scratch_match MATCH 'a*'"
    )
    assert left.fetchone()[0] == 0


def test_it_works_in_an_encrypted_journal(journal_path: Path) -> None:
    with open_journal(journal_path, create=True, passphrase="quiet harbour lights"):
        _assert_same_as_the_journal_index(_save_texts())


def test_it_works_in_a_journal_opened_for_reading_only(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(journal_path, create=True):
        ids = _save_texts()
    monkeypatch.setattr("desktop.store.journal.opening._is_writable", lambda _path: False)
    with open_journal(journal_path, read_only_ok=True) as opened:
        assert opened.read_only
        _assert_same_as_the_journal_index(ids)
        expected = {
            title
            for rowid, (title, _body) in zip(ids, TEXTS, strict=True)
            if rowid in _journal_index('"an"*')
        }
        assert {s.title for s in list_summaries(EntryFilter(text="an"))} == expected
        assert len(expected) == 4
