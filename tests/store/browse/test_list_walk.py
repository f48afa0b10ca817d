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


def test_a_prefix_in_most_entries_is_checked_in_a_scratch_index_with_the_same_rows(
    journal: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    _journal(random.Random(11), 3000, in_date_order=True)
    asked: list[int] = []
    real = list_rows.matching_among

    def counting(ids: list[int], match: str) -> set[int]:
        asked.append(len(ids))
        return real(ids, match)

    monkeypatch.setattr(list_rows, "matching_among", counting)
    for offset in (0, 200):
        flt = EntryFilter(text="an")
        assert [s.uuid for s in list_summaries(flt, offset=offset, limit=200)] == _full_query(
            flt, offset, 200
        )
    assert asked and sum(asked) < 1000  # a few hundred entries, not the journal
    asked.clear()
    shown = [s.uuid for s in list_summaries(EntryFilter(text="banner"), limit=100)]
    assert shown == _full_query(EntryFilter(text="banner"), 0, 100)
    assert asked == [50]  # in fewer than half of a few entries: asked of the journal's index


def test_newest_entries_in_two_bands_of_ids_give_the_rows_of_the_full_query(journal: object) -> None:
    rng = random.Random(13)

    def dated(day: date, count: int) -> list:
        return [
            make_entry(
                body=" ".join(rng.choice(WORDS) for _ in range(3)),
                date=day + timedelta(days=n // 1440),
                time=time(n % 1440 // 60, n % 60),
            )
            for n in range(count)
        ]

    # ids 1-500 of March 2021, 501-5500 of 2019, 5501-6000 of February 2021, 6001-6500 of 2022:
    # after the newest chunk, the walk's next ids lie in two bands far apart.
    for day, count in ((date(2021, 3, 1), 500), (date(2019, 1, 1), 5000), (date(2021, 2, 1), 500)):
        insert_entries_bulk(dated(day, count))
    insert_entries_bulk(dated(date(2022, 1, 1), 500))
    for text in ("banner", "canal dance", "plan"):
        flt = EntryFilter(text=text)
        assert [s.uuid for s in list_summaries(flt, limit=300)] == _full_query(flt, 0, 300), text
