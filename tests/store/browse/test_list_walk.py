"""The list's first pages while a search is typed: the walk over the newest entries gives exactly
the rows the query over every match gives, in the same order, whatever order entries were written in."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

import pytest

from desktop.domain.filters import EntryFilter
from desktop.store.browse import list_rows
from desktop.store.browse.list_rows import list_summaries, newest_matching_ids
from desktop.store.entries.entry_table import trash_entry
from desktop.store.transfer.bulk import insert_entries_bulk
from tests.factories import make_entry

WORDS = ["anchor", "answer", "annual", "apple", "banner", "canal", "dance", "plan", "animal", "and"]


def _journal(rng: random.Random, count: int, *, in_date_order: bool) -> None:
    entries = [
        make_entry(
            title=f"day {n}",
            body=" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 6))),
            date=date(2020, 1, 1) + timedelta(days=rng.randrange(900)),
            time=time(rng.randrange(24), rng.randrange(60)),
            themes=["trust"] if rng.random() < 0.3 else [],
        )
        for n in range(count)
    ]
    entries.sort(key=lambda e: (e.date, e.time))
    if not in_date_order:
        rng.shuffle(entries)
    insert_entries_bulk(entries)
    for entry in rng.sample(entries, count // 10):
        trash_entry(entry.uuid)


def _full_query(flt: EntryFilter, offset: int, limit: int) -> list[str]:
    query = list_rows._ordered(
        list_rows.apply_filter(list_rows._select(*list_rows._SUMMARY_COLUMNS), flt, True)
    )
    return [row.uuid for row in list_rows._summaries(list(query.limit(limit).offset(offset).tuples()))]


@pytest.mark.parametrize("in_date_order", [True, False], ids=["written-in-date-order", "written-shuffled"])
def test_the_walk_gives_the_rows_of_the_full_query(journal: object, in_date_order: bool) -> None:
    _journal(random.Random(7), 3000, in_date_order=in_date_order)
    for text in ("a", "an", "ann", "annual", "banner", "zzz", "plan and"):
        for flt in (EntryFilter(text=text), EntryFilter(text=text, themes=("trust",))):
            for offset, limit in ((0, 100), (0, 200), (200, 200)):
                shown = [s.uuid for s in list_summaries(flt, offset=offset, limit=limit)]
                assert shown == _full_query(flt, offset, limit), (text, flt.themes, offset)


def test_a_common_prefix_is_settled_by_the_walk_a_rare_word_by_the_full_query(journal: object) -> None:
    _journal(random.Random(3), 3000, in_date_order=True)
    walked = newest_matching_ids(EntryFilter(text="an"), 100, True)
    assert walked is not None and len(walked) == 100
    # No match in the first four chunks of the 2,700 live entries: the full query decides.
    assert newest_matching_ids(EntryFilter(text="zzz"), 100, True) is None


def test_entries_written_out_of_date_order_are_left_to_the_full_query(journal: object) -> None:
    _journal(random.Random(3), 3000, in_date_order=False)
    assert newest_matching_ids(EntryFilter(text="an"), 100, True) is None
