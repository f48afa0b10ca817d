"""Ratings per day, averaged by SQLite: what the balance trend is drawn from.

`rated_points` gives the balance model every entry (with its themes); for a trend over years
only each day's mean is needed, and SQLite computes those from the live-entries index without
reading a single entry row.
"""

from __future__ import annotations

from datetime import date

from peewee import fn

from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.domain.trend import DayValue
from desktop.store.browse.filter_sql import apply_filter
from desktop.store.journal.models import Entry, journal_db


def daily_ratings(flt: EntryFilter = ALL_LIVE) -> list[DayValue]:
    """One value per day with at least one rated matching entry, in date order.

    Equal to `domain.trend.daily_values(rated_points(flt))`: a day's value is the mean of its
    entries that have both ratings.
    """
    query = (
        apply_filter(
            Entry.select(
                Entry.local_date,
                fn.SUM(Entry.independence),
                fn.SUM(Entry.interdependence),
                fn.COUNT(Entry.id),
            ),
            flt,
        )
        .where(Entry.independence.is_null(False) & Entry.interdependence.is_null(False))
        .group_by(Entry.local_date)
        .order_by(Entry.local_date)
    )
    return [
        DayValue(date.fromisoformat(day), ind / n, inter / n, n)
        for day, ind, inter, n in journal_db.execute(query)
    ]
