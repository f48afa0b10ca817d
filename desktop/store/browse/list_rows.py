"""Light views of the journal for browsing: list rows without bodies, days by zone, on this day."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from peewee import fn

from desktop.domain.balance import Thresholds, Zone, balance_of, zone_of
from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.store.browse.filter_sql import apply_filter
from desktop.store.entries.entry_table import links_for
from desktop.store.journal import settings
from desktop.store.journal.models import Entry

_SUMMARY_COLUMNS = (
    Entry.id,
    Entry.uuid,
    Entry.local_date,
    Entry.local_time,
    Entry.title,
    Entry.independence,
    Entry.interdependence,
    Entry.mood,
    Entry.starred,
    fn.substr(Entry.body, 1, 160),
)


@dataclass(frozen=True, slots=True)
class EntrySummary:
    """What a list row shows of an entry: everything but the full body."""

    uuid: str
    date: date
    time: time
    title: str
    themes: tuple[str, ...]
    people: tuple[str, ...]
    independence: int | None
    interdependence: int | None
    mood: int | None
    starred: bool
    snippet: str

    @property
    def balance(self) -> int | None:
        value = balance_of(self.independence, self.interdependence)
        return None if value is None else int(value)

    def zone(self, thresholds: Thresholds | None = None) -> Zone | None:
        return zone_of(self.independence, self.interdependence, thresholds or settings.thresholds())


def _ordered(query: Any) -> Any:
    return query.order_by(Entry.local_date.desc(), Entry.local_time.desc(), Entry.id.desc())


def _select(*columns: Any) -> Any:
    """An entry select, typed loosely: peewee's stubs cannot follow our column tuples."""
    return Entry.select(*columns)


def _summaries(rows: list[tuple]) -> list[EntrySummary]:
    themes, people = links_for([r[0] for r in rows])
    result = []
    for entry_id, uuid, d, t, title, ind, inter, mood, starred, snippet in rows:
        result.append(
            EntrySummary(
                uuid=uuid,
                date=date.fromisoformat(d),
                time=time.fromisoformat(t),
                title=title,
                themes=tuple(themes.get(entry_id, ())),
                people=tuple(people.get(entry_id, ())),
                independence=ind,
                interdependence=inter,
                mood=mood,
                starred=bool(starred),
                snippet=" ".join((snippet or "").split()),
            )
        )
    return result


def list_summaries(
    flt: EntryFilter = ALL_LIVE, *, offset: int = 0, limit: int = 200, prefix_last: bool = True
) -> list[EntrySummary]:
    """One page of list rows, newest first; search text matches word prefixes as the user types."""
    query = _ordered(apply_filter(_select(*_SUMMARY_COLUMNS), flt, prefix_last))
    return _summaries(list(query.limit(limit).offset(offset).tuples()))


def position_of(uuid: str, flt: EntryFilter = ALL_LIVE, prefix_last: bool = True) -> int | None:
    """The row an entry has in the list for `flt` (newest first), or None if it is not in it."""
    row = Entry.get_or_none(Entry.uuid == uuid)
    if row is None:
        return None
    matching = apply_filter(_select(Entry.id), flt, prefix_last)
    if not matching.where(Entry.id == row.id).exists():
        return None
    newer = matching.where(
        (Entry.local_date > row.local_date)
        | ((Entry.local_date == row.local_date) & (Entry.local_time > row.local_time))
        | ((Entry.local_date == row.local_date) & (Entry.local_time == row.local_time) & (Entry.id > row.id))
    )
    return newer.count()


def day_zones(start: date, end: date, flt: EntryFilter = ALL_LIVE) -> dict[date, Zone | None]:
    """Every day from `start` to `end` that has entries, with the zone of its mean ratings.

    A day whose entries are all unrated maps to None: it is marked as written, not as a zone.
    """
    query: Any = (
        apply_filter(
            _select(Entry.local_date, fn.AVG(Entry.independence), fn.AVG(Entry.interdependence)),
            flt.with_changes(date_from=start, date_to=end),
        )
        .group_by(Entry.local_date)
        .tuples()
    )
    limits = settings.thresholds()
    return {date.fromisoformat(d): zone_of(ind, inter, limits) for d, ind, inter in query}


def on_this_day(today: date, limit: int = 50) -> list[EntrySummary]:
    """Live entries written on today's month and day in earlier years, the most recent year first."""
    month_day = today.strftime("-%m-%d")
    query = _ordered(
        apply_filter(_select(*_SUMMARY_COLUMNS), ALL_LIVE).where(
            (fn.substr(Entry.local_date, 5) == month_day) & (Entry.local_date < today.isoformat())
        )
    )
    return _summaries(list(query.limit(limit).tuples()))


def years_ago(summaries: list[EntrySummary], today: date) -> dict[int, list[EntrySummary]]:
    """Group on-this-day entries by how many years ago they were written."""
    grouped: dict[int, list[EntrySummary]] = defaultdict(list)
    for summary in summaries:
        grouped[today.year - summary.date.year].append(summary)
    return dict(grouped)
