"""Gathering what the charts draw for a filter, and the drift of the last days, from the journal.

The charts only need per-day figures, so SQLite reduces the entries to days (means of the
ratings per day, theme tags per day, per-person days) and Python never holds one object per
entry: ten years of a busy journal come back as a few thousand rows. Those rows are read as
SQLite gives them (plain text and numbers): peewee's conversion of each value, which changes
none of them here, took 18 ms of the 135 ms that the five people's days took to read.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from peewee import JOIN, fn

from desktop.domain.balance import Thresholds
from desktop.domain.entry import Entry as JournalEntry
from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.domain.series import WARNING_THEMES, ChartData, TagCount
from desktop.domain.trend import DayValue, DriftAlert, detect_drift, drift_window
from desktop.store.browse.filter_sql import apply_filter, named_link_counts
from desktop.store.charts.whole_journal import people_by_mentions, tags_by_day
from desktop.store.entries.entry_table import rated_points
from desktop.store.entries.theme_table import all_themes
from desktop.store.journal import settings
from desktop.store.journal.models import Entry, EntryPerson, EntryTheme, Person, Theme, journal_db

TOP_PEOPLE = 5

_RATED = Entry.independence.is_null(False) & Entry.interdependence.is_null(False)


def _day_columns() -> tuple[Any, ...]:
    return (
        Entry.local_date,
        fn.AVG(Entry.independence),
        fn.AVG(Entry.interdependence),
        fn.COUNT(Entry.id),
    )


def day_values(flt: EntryFilter = ALL_LIVE) -> list[DayValue]:
    """The mean ratings of each day's rated entries that match, in date order (the balance
    model's daily values, computed in SQL)."""
    query = (
        apply_filter(Entry.select(*_day_columns()), flt)
        .where(_RATED)
        .group_by(Entry.local_date)
        .order_by(Entry.local_date)
    )
    return [
        DayValue(date.fromisoformat(day), float(ind), float(inter), count)
        for day, ind, inter, count in journal_db.execute(query)
    ]


def tag_counts(flt: EntryFilter = ALL_LIVE, slugs: tuple[str, ...] | None = None) -> list[TagCount]:
    """For each day and theme (of `slugs`, or all), how many matching entries carry the theme,
    in date order."""
    if slugs is not None and flt == ALL_LIVE:
        return tags_by_day(slugs)
    count = fn.COUNT(Entry.id)
    query = apply_filter(
        Entry.select(Entry.local_date, Theme.slug, count)
        .join(EntryTheme, on=(EntryTheme.entry == Entry.id))
        .join(Theme, on=(EntryTheme.theme == Theme.id)),
        flt,
    )
    if slugs is not None:
        query = query.where(Theme.slug.in_(list(slugs)))
    query = query.group_by(Entry.local_date, Theme.slug).order_by(Entry.local_date, Theme.slug)
    return [TagCount(date.fromisoformat(day), slug, n) for day, slug, n in journal_db.execute(query)]


def top_people(flt: EntryFilter = ALL_LIVE, limit: int = TOP_PEOPLE) -> list[tuple[str, int]]:
    """The people most often named in the matching entries, with their entry counts."""
    if flt == ALL_LIVE:
        return people_by_mentions()[:limit]
    return named_link_counts(flt, EntryPerson, EntryPerson.person, Person.name)[:limit]


def person_days(flt: EntryFilter, names: list[str]) -> dict[str, list[DayValue]]:
    """For each of `names`, the daily values of the matching rated entries that involve them.

    Names match case-insensitively and keep the order (and spelling) they were given in.
    """
    if not names:
        return {}
    # The matching entries first (from the index of live entries, which holds the ratings), then
    # each one's links. Left to itself SQLite starts from the people and reads every entry that
    # names one of them from the table, a row at a time: 57,000 rows for five people in a
    # journal of 100,000 entries with four or five people each. CROSS JOIN keeps the order, and
    # `person_id + 0` keeps SQLite from seeking each link of the entry by person, one seek per
    # name, when the entry's few links are quicker read through.
    named = Person.select(Person.id).where(Person.name.in_(names))
    query = (
        apply_filter(
            Entry.select(Person.name, *_day_columns()).join(EntryPerson, JOIN.CROSS).join(Person, JOIN.CROSS),
            flt,
        )
        .where((EntryPerson.entry == Entry.id) & (EntryPerson.person == Person.id))
        .where(_RATED & (EntryPerson.person + 0).in_(named))
        .group_by(Person.id, Entry.local_date)
        .order_by(Person.id, Entry.local_date)
    )
    by_folded: dict[str, list[DayValue]] = defaultdict(list)
    for name, day, ind, inter, count in journal_db.execute(query):
        by_folded[name.casefold()].append(DayValue(date.fromisoformat(day), float(ind), float(inter), count))
    return {name: by_folded.get(name.casefold(), []) for name in names}


def load_chart_data(
    flt: EntryFilter = ALL_LIVE, people: int = TOP_PEOPLE, all_tags: bool = True
) -> ChartData:
    """Everything the charts draw for the matching entries, and the theme catalogue.

    Without `all_tags` only the warning themes' tags are read: enough for every chart but the
    themes and theme-insight charts, and much quicker on a large journal.
    """
    themes = all_themes()
    names = [name for name, _ in top_people(flt, people)] if people else []
    return ChartData(
        days=day_values(flt),
        tags=tag_counts(flt, None if all_tags else WARNING_THEMES),
        all_tags=all_tags,
        people=person_days(flt, names),
        pillars={t.slug: t.pillar for t in themes},
        theme_names={t.slug: t.name for t in themes},
        date_from=flt.date_from,
        date_to=flt.date_to,
    )


def current_drift(end: date | None = None) -> list[DriftAlert]:
    """Drift alerts over the window that ends on `end` (today by default), with the journal's
    own thresholds, over all live entries."""
    end = end or date.today()
    thresholds = settings.thresholds()
    start, end = drift_window(end, thresholds)
    points = rated_points(EntryFilter(date_from=start, date_to=end))
    return detect_drift(points, end, thresholds)


def month_report_data(
    first: date, last: date
) -> tuple[ChartData, list[JournalEntry], list[DriftAlert], Thresholds]:
    """What the monthly report shows for the days `first`..`last`: the charts' data, the
    month's entries (oldest first), the drift at the month's end and the thresholds in use."""
    from desktop.store.entries.entry_table import iter_entries

    flt = EntryFilter(date_from=first, date_to=last)
    return load_chart_data(flt), list(iter_entries(flt)), current_drift(last), settings.thresholds()
