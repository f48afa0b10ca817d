"""The first page of a search, built from the index's best matches, is exactly the start of
the plain ranked query's list: where one word is in most entries, ranks tie by the dozen, and
the Trash or a filter takes the best matches away."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

import pytest

from desktop.domain.filters import EntryFilter, TrashState
from desktop.store.browse import ranking
from desktop.store.browse.search import search_entries
from desktop.store.entries.entry_table import trash_entry
from desktop.store.journal import access
from desktop.store.journal.models import journal_db
from desktop.store.transfer.bulk import insert_entries_bulk
from tests.factories import make_entry

# A handful of words: "garden" ends up in most entries, often more than once, and short texts
# drawn from so few words give many entries exactly the same rank.
WORDS = ["garden", "garden", "rain", "tea", "walk", "sister", "calm"]


@pytest.fixture
def common_word_journal(journal: object) -> list:
    rng = random.Random(14)
    entries = [
        make_entry(
            title=" ".join(rng.choices(WORDS, k=rng.randint(1, 3))).capitalize(),
            body=" ".join(rng.choices(WORDS, k=rng.randint(2, 12))),
            date=date(2024, 1, 1) + timedelta(days=rng.randint(0, 60)),
            time=time(rng.randint(0, 23), rng.choice([0, 30])),
            themes=["trust"] if i % 3 == 0 else [],
        )
        for i in range(700)
    ]
    insert_entries_bulk(entries)
    # Most of the best matches go to the Trash, so the best of the index are mostly not shown.
    best = search_entries("garden", limit=60)
    doomed = [e.uuid for e in best[::4] + best[1::4] + best[2::4] + entries[::7]]
    for uuid in dict.fromkeys(doomed):
        trash_entry(uuid)
    return entries


def test_the_word_is_common_and_ranks_tie(common_word_journal: list) -> None:
    # What the other tests lean on: the word in most entries, and the best ranks tied by the dozen.
    assert len(search_entries("garden", EntryFilter(trash=TrashState.ANY))) > 500
    best = journal_db.execute_sql(
        "SELECT bm25(entry_fts, 4.0, 1.0, 2.0) AS s FROM entry_fts WHERE entry_fts MATCH ? "
        "ORDER BY s LIMIT 100",
        ('"garden"',),
    ).fetchall()
    assert len(set(best)) < 50


FILTERS = [
    EntryFilter(),
    EntryFilter(trash=TrashState.ANY),
    EntryFilter(trash=TrashState.TRASHED),
    EntryFilter(themes=("trust",)),
    EntryFilter(date_from=date(2024, 2, 15)),
]


@pytest.mark.parametrize("text", ["garden", "tea", "garden walk", '"garden rain"'])
def test_a_page_equals_the_start_of_the_ranked_list(common_word_journal: list, text: str) -> None:
    for flt in FILTERS:
        full = [e.uuid for e in search_entries(text, flt)]
        assert full, flt
        for limit in (1, 5, 37, 100, 250):
            page = [e.uuid for e in search_entries(text, flt, limit=limit)]
            assert page == full[:limit], (flt, limit)


def test_entries_whose_rank_ties_with_the_page_end_are_shown_newest_first(journal: object) -> None:
    # Every entry below ranks exactly alike; the page is the newest of them, whatever the order
    # the index gives them in.
    entries = [
        make_entry(title="Walk", body="garden tea", date=date(2023, 1, 1) + timedelta(days=(i * 37) % 300))
        for i in range(300)
    ]
    insert_entries_bulk(entries)
    newest = sorted(entries, key=lambda e: (e.date, e.time), reverse=True)
    page = search_entries("garden", limit=10)
    assert [(e.date, e.time) for e in page] == [(e.date, e.time) for e in newest[:10]]


@pytest.mark.parametrize("text", ["garden", "garden walk"])
def test_ranked_in_two_halves_the_pages_are_the_same(
    common_word_journal: list, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    one_thread = {
        (flt, limit): [e.uuid for e in search_entries(text, flt, limit=limit)]
        for flt in FILTERS
        for limit in (1, 37, 250)
    }
    apart = []
    real = access.separate_connection

    def counted() -> object:
        apart.append(1)
        return real()

    monkeypatch.setattr(ranking, "SPLIT_FROM", 1)
    monkeypatch.setattr(access, "separate_connection", counted)
    for (flt, limit), page in one_thread.items():
        assert [e.uuid for e in search_entries(text, flt, limit=limit)] == page, (flt, limit)
    assert len(apart) >= len(one_thread)  # every one of them ranked its upper half apart
