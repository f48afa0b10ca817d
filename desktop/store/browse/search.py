"""Full-text search, best match first: the ranking, a fast first page, and every result streamed.

Searching as the list filters (newest first) goes through `queries.apply_filter`; this module
ranks by relevance, for `search` and the first page of a search.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from peewee import JOIN

from desktop.domain.entry import Entry
from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.store.browse.filter_sql import apply_filter, fts_query
from desktop.store.browse.line_rows import LineRow, line_columns
from desktop.store.browse.ranking import RANK, best_matches
from desktop.store.entries.entry_table import BATCH_SIZE, ENTRY_COLUMNS, hydrate, ids_in, raw_rows
from desktop.store.journal.models import Entry as EntryRow
from desktop.store.journal.models import EntryIndex


def _ranked(select: Any, match: str, flt: EntryFilter) -> Any:
    """`select` over the entries matching `match` and `flt`, best match first."""
    # The index first, each match then looked up by id. Left to choose, SQLite 3.51 walks every
    # live entry and asks the index about each (10 s for a word in 17 % of 100,000 entries);
    # a CROSS JOIN fixes the order.
    query = (
        select.from_(EntryIndex)
        .join(EntryRow, JOIN.CROSS)
        .where((EntryIndex.rowid == EntryRow.id) & EntryIndex.match(match))
        .order_by(RANK, EntryRow.local_date.desc(), EntryRow.local_time.desc(), EntryRow.id.desc())
    )
    return apply_filter(query, flt.with_changes(text=""))


def search_entries(
    text: str,
    flt: EntryFilter = ALL_LIVE,
    *,
    limit: int | None = None,
    prefix_last: bool = False,
) -> list[Entry]:
    """Entries matching every word of `text`, best match first (titles weigh more than bodies)."""
    if limit is None:
        return list(iter_search(text, flt, prefix_last=prefix_last))
    match = fts_query(text, prefix_last)
    if match is None:
        return []
    page = _best_page(match, flt, limit)
    if page is not None:
        return page
    return hydrate(list(raw_rows(_ranked(EntryRow.select(*ENTRY_COLUMNS), match, flt).limit(limit))))


def iter_search(text: str, flt: EntryFilter = ALL_LIVE, *, prefix_last: bool = False) -> Iterator[Entry]:
    """Every result of `search_entries`, in its order, streamed in batches: memory stays flat.

    Only ids are ranked (sorting whole rows, bodies and all, cost more than the ranking), then
    the entries are read a batch at a time.
    """
    match = fts_query(text, prefix_last)
    if match is None:
        return
    ids = [entry_id for (entry_id,) in raw_rows(_ranked(EntryRow.select(EntryRow.id), match, flt))]
    for start in range(0, len(ids), BATCH_SIZE):
        chunk = ids[start : start + BATCH_SIZE]
        rows = {
            row[0]: row
            for row in raw_rows(EntryRow.select(*ENTRY_COLUMNS).where(EntryRow.id.in_(ids_in(chunk))))
        }
        yield from hydrate([rows[entry_id] for entry_id in chunk if entry_id in rows])


def iter_search_lines(
    text: str, flt: EntryFilter = ALL_LIVE, *, prefix_last: bool = False, separator: str = ", "
) -> Iterator[LineRow]:
    """Every result of `search_entries`, in its order, as the command line's rows of
    `line_rows.LINE_FIELDS`, streamed.

    Ranked in one statement with what a line shows: without bodies the rows sort as cheaply as
    ids, and reading them again by id, a batch at a time, cost more than the ranking.
    """
    match = fts_query(text, prefix_last)
    if match is None:
        return iter(())
    return iter(raw_rows(_ranked(EntryRow.select(*line_columns(separator)), match, flt)))


def _best_page(match: str, flt: EntryFilter, limit: int) -> list[Entry] | None:
    """The first `limit` results of `search_entries`, ranked inside the index alone.

    Joining every match to its row before ranking cost more than the ranking itself for a word
    in tens of thousands of entries. Here the index picks the best matches and only their rows
    are read. The page is exact when the window of best matches fetched holds `limit` entries
    the filter keeps and every match that ties with the last of them (equal ranks are common; the
    date decides among them); otherwise a window four times as large is fetched. None (the
    caller runs the full query) only if even the largest window cannot settle it.
    """
    if limit < 1:
        return []
    rest = flt.with_changes(text="")
    fetch = _FIRST_WINDOW * limit
    while fetch <= _LAST_WINDOW * limit:
        page = _page_from_window(match, rest, limit, fetch)
        if page is not None:
            return page
        fetch *= 4
    return None


# Windows of best matches, in pages: the Trash or a filter thins a window, ties widen it.
_FIRST_WINDOW = 4
_LAST_WINDOW = 64


def _page_from_window(match: str, rest: EntryFilter, limit: int, fetch: int) -> list[Entry] | None:
    hits = best_matches(match, fetch)
    complete = len(hits) < fetch  # every match is in the window
    score = dict(hits)
    # Only what orders and filters the window is read, best first, a run of it at a time, until
    # the filter has kept a page. Looked up all at once, the four pages of the window cost 1.3 to
    # 1.9 ms of a 31 ms search (a page of the file read per entry), and a page seldom needs much
    # more than its own length.
    kept: list[tuple[Any, ...]] = []
    read = 0
    while len(kept) < limit and read < len(hits):
        # Twice what is missing (the Trash or a filter thinned the last run), at least twice
        # what was read so far (a narrow filter would otherwise take many small runs).
        end = _run_end(hits, read + (limit if read == 0 else max(2 * (limit - len(kept)), read)))
        kept.extend(_filtered_keys([entry_id for entry_id, _ in hits[read:end]], rest))
        read = end
    kept.sort(key=lambda r: (r[1], r[2], r[0]), reverse=True)  # newest first among equal ranks
    kept.sort(key=lambda r: score[r[0]])
    # A run ends where the rank changes, so the matches not read all rank below every one read:
    # the page is settled unless the whole window was read and matches beyond it may belong.
    if not complete and read == len(hits):
        if len(kept) < limit:
            return None  # the filter thinned the window: matches beyond it may belong on the page
        edge = score[kept[limit - 1][0]]
        if hits[-1][1] <= edge:
            return None  # matches beyond the window may tie with the page's last, or rank above it
    page = [row[0] for row in kept[:limit]]
    # Whole rows (bodies and all) only for the page: decoding the window's bodies cost a tenth
    # of the search.
    whole = {
        row[0]: row for row in raw_rows(EntryRow.select(*ENTRY_COLUMNS).where(EntryRow.id.in_(ids_in(page))))
    }
    return hydrate([whole[entry_id] for entry_id in page])


def _run_end(hits: list[tuple[Any, ...]], want: int) -> int:
    """Where the run of equal ranks holding `hits[want - 1]` ends: ties are read together."""
    end = min(want, len(hits))
    while end < len(hits) and hits[end][1] == hits[end - 1][1]:
        end += 1
    return end


def _filtered_keys(ids: list[int], rest: EntryFilter) -> list[tuple[Any, ...]]:
    """(id, local_date, local_time, deleted_at) of those of `ids` that `rest` keeps.

    The rows are read by id alone and narrowed after: given the filter too, SQLite would rather
    walk the live-entries index than look up a hundred ids.
    """
    wanted = ids_in(ids)
    keys = EntryRow.select(EntryRow.id, EntryRow.local_date, EntryRow.local_time, EntryRow.deleted_at)
    found = list(raw_rows(keys.where(EntryRow.id.in_(wanted))))
    if rest == ALL_LIVE:
        return [row for row in found if row[3] is None]
    narrowed = apply_filter(EntryRow.select(EntryRow.id).where(EntryRow.id.in_(wanted)), rest)
    allowed = {entry_id for (entry_id,) in raw_rows(narrowed)}
    return [row for row in found if row[0] in allowed]
