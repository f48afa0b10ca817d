"""Light views of the journal for browsing: list rows without bodies, days by zone, on this day."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from peewee import fn

from desktop.domain.balance import Thresholds, Zone, balance_of, zone_of
from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.store.browse.filter_sql import apply_filter, fts_query
from desktop.store.browse.scratch_match import matching_among
from desktop.store.entries.entry_table import ids_in, links_for
from desktop.store.journal import settings
from desktop.store.journal.models import Entry, EntryIndex

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
    if flt.text:
        ids = newest_matching_ids(flt, offset + limit, prefix_last)
        if ids is not None:
            rows = {r[0]: r for r in _select(*_SUMMARY_COLUMNS).where(Entry.id.in_(ids_in(ids))).tuples()}
            return _summaries([rows[i] for i in ids[offset:] if i in rows])
    query = _ordered(apply_filter(_select(*_SUMMARY_COLUMNS), flt, prefix_last))
    return _summaries(list(query.limit(limit).offset(offset).tuples()))


# The newest entries are walked in chunks of this many, at most this many chunks, before a
# search's first pages are left to the query that finds every match.
_WALK_CHUNK = 500
_WALK_CHUNKS = 4
# A prefix in most of this many of the newest entries ("an", "the", "ther") is asked of a scratch
# index of the walked entries rather than of the journal's (scratch_match).
_PROBE = 50


def newest_matching_ids(flt: EntryFilter, wanted: int, prefix_last: bool) -> list[int] | None:
    """The ids of the `wanted` newest entries matching `flt` (text included), newest first, found
    by walking the newest entries; None when the walk cannot settle it cheaply.

    The full query asks the search index for every match before taking the newest: for a prefix
    of two letters that is nearly every entry, 20 ms at 100,000 entries and 250 ms at a million,
    on each key typed. Entries are mostly written (and imported) in date order, so the newest
    ones lie in a narrow band of ids: the index is asked only for matches within that band (it
    seeks to it). A chunk whose ids spread too widely, or a match too rare to fill the page
    within a few chunks, is left to the full query.
    """
    match = fts_query(flt.text, prefix_last)
    if match is None:
        return None
    newest = _ordered(apply_filter(_select(Entry.id), flt.with_changes(text="")))
    found: list[int] = []
    looked = 0
    # A word: the first chunk alone (it usually fills the page), then the others together. A
    # prefix is expanded by the index on each query, however narrow its band: all chunks at once.
    if match.endswith("*"):
        limits = [_WALK_CHUNK * _WALK_CHUNKS]
    else:
        limits = [_WALK_CHUNK, _WALK_CHUNK * (_WALK_CHUNKS - 1)]
    for limit in limits:
        ids = [entry_id for (entry_id,) in newest.limit(limit).offset(looked).tuples()]
        looked += len(ids)
        banded = _banded(ids)
        found.extend(_matching(banded, match, wanted - len(found)))
        if len(found) >= wanted:
            return found[:wanted]
        if len(banded) < len(ids):
            return None  # written out of date order: the band would hold most of the journal
        if len(ids) < limit:
            return found  # every entry the other filters allow was looked at
    return None


def _banded(ids: list[int]) -> list[int]:
    """The ids up to the first chunk of them that spreads over too wide a band of ids."""
    for start in range(0, len(ids), _WALK_CHUNK):
        chunk = ids[start : start + _WALK_CHUNK]
        if max(chunk) - min(chunk) > 4 * _WALK_CHUNK:
            return ids[:start]
    return ids


def _matching(ids: list[int], match: str, wanted: int) -> list[int]:
    """Those of `ids` that match `match`, in their order, at least the first `wanted` of them.

    A prefix is asked of a scratch index of the entries, a piece at a time, while it is in most
    of them: the journal's index reads the whole list of every word it starts, and for a common
    one that is most of the index ("the*" took a second at a million entries, "an*" 0.2 s). The
    rest, and everything else, is asked of the journal's index, one band of ids at a time.
    """
    found: list[int] = []
    done = 0
    if match.endswith("*"):  # the last word is a prefix
        piece = _PROBE  # a few entries first, to learn how common the prefix is
        while done < len(ids):
            chunk = ids[done : done + piece]
            scratch_hits = matching_among(chunk, match)
            found.extend(entry_id for entry_id in chunk if entry_id in scratch_hits)
            done += len(chunk)
            if len(found) >= wanted:
                return found
            if 2 * len(found) < done:
                break  # in fewer than half the entries: the index's lists of its words are short
            piece = min(_WALK_CHUNK, max(_PROBE, (wanted - len(found)) * 5 // 4))
    rest = ids[done:]
    hits: set[int] = set()
    for low, high in _bands(rest):
        band = EntryIndex.select(EntryIndex.rowid).where(
            EntryIndex.match(match) & (EntryIndex.rowid >= low) & (EntryIndex.rowid <= high)
        )
        hits.update(rowid for (rowid,) in band.tuples())
    found.extend(entry_id for entry_id in rest if entry_id in hits)
    return found


def _bands(ids: list[int]) -> list[tuple[int, int]]:
    """The ids' span as a few (low, high) bands, split where no id comes near another."""
    bands: list[tuple[int, int]] = []
    for entry_id in sorted(ids):
        if bands and entry_id - bands[-1][1] <= 4 * _WALK_CHUNK:
            bands[-1] = (bands[-1][0], entry_id)
        else:
            bands.append((entry_id, entry_id))
    return bands


def position_of(uuid: str, flt: EntryFilter = ALL_LIVE, prefix_last: bool = True) -> int | None:
    """The row an entry has in the list for `flt` (newest first), or None if it is not in it."""
    row = Entry.get_or_none(Entry.uuid == uuid)
    if row is None:
        return None
    matching = apply_filter(_select(Entry.id), flt, prefix_last)
    if not _matches(row.id, flt, prefix_last):
        return None
    newer = matching.where(
        (Entry.local_date > row.local_date)
        | ((Entry.local_date == row.local_date) & (Entry.local_time > row.local_time))
        | ((Entry.local_date == row.local_date) & (Entry.local_time == row.local_time) & (Entry.id > row.id))
    )
    return newer.count()


def _matches(entry_id: int, flt: EntryFilter, prefix_last: bool) -> bool:
    """Whether one entry matches the filter. The search text is asked of a scratch index of that
    entry alone: through the filter's SQL the journal's index lists every match first, which the
    window did on each key typed while the open entry was not among the results (40 ms at a
    million entries), and even for one entry it expands a prefix to every word it starts."""
    if flt.text:
        match = fts_query(flt.text, prefix_last)
        if match is None:
            return False
        if not matching_among([entry_id], match):
            return False
    rest = apply_filter(_select(Entry.id), flt.with_changes(text=""), prefix_last)
    return bool(rest.where(Entry.id == entry_id).exists())


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
