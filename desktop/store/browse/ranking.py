"""The best matches of a full-text query by rank, and the rank itself: bm25 with column weights.

Ranking costs about a third of a microsecond per matching entry, all of it inside SQLite: for a
word in most of 100,000 entries, more than a search may take. So in a large journal the entries
are ranked in two halves by id at once, the second on a connection of its own in
a second thread, and the two best-first lists are merged. A half's scores are the whole's:
bm25 weighs a word by how many entries of the whole index hold it, whatever the half.
"""

from __future__ import annotations

import heapq
import threading
from typing import Any

from peewee import SQL

from desktop.store.journal.models import journal_db

# Titles weigh four times as much as bodies, places twice: a word in the title says most of
# what an entry is about, a place name found in its place more than a passing mention in the text.
RANK = SQL("bm25(entry_fts, 4.0, 1.0, 2.0)")

# Below this many entries (by the span of their ids) one thread ranks any query sooner than
# two can start; above it, even a rare word costs the second thread less than a millisecond.
SPLIT_FROM = 40_000

_BEST = (
    # Ordered by the alias: naming bm25() twice would compute it twice.
    "SELECT rowid, bm25(entry_fts, 4.0, 1.0, 2.0) AS score FROM entry_fts "
    "WHERE entry_fts MATCH ?{band} ORDER BY score LIMIT ?"
)


def best_matches(match: str, fetch: int) -> list[tuple[int, float]]:
    """(entry id, score) of the `fetch` best matches of `match` (an FTS5 query), best first
    (lowest score); among equal scores the order is SQLite's."""
    # Two subqueries: asked for both ends in one, SQLite reads every id in between.
    low, high = journal_db.execute_sql(
        "SELECT (SELECT min(id) FROM entry), (SELECT max(id) FROM entry)"
    ).fetchone()
    if low is None or high - low < SPLIT_FROM:
        return list(journal_db.execute_sql(_BEST.format(band=""), (match, fetch)).fetchall())
    middle = (low + high) // 2 + 1  # entries are numbered as they come: about half on each side
    upper: list[Any] = []
    failure: list[BaseException] = []
    helper = threading.Thread(
        target=_rank_apart, args=(match, middle, fetch, upper, failure), name="rank-upper-half", daemon=True
    )
    helper.start()
    try:
        lower = journal_db.execute_sql(_BEST.format(band=" AND rowid < ?"), (match, middle, fetch)).fetchall()
    finally:
        helper.join()
    if failure:
        raise failure[0]
    return list(heapq.merge(lower, upper, key=lambda hit: hit[1]))[:fetch]


def _rank_apart(match: str, middle: int, fetch: int, into: list[Any], failure: list[BaseException]) -> None:
    """The best matches from `middle` up, ranked on a connection of this thread's own."""
    from desktop.store.journal.access import separate_connection

    try:
        conn = separate_connection()
        try:
            into.extend(conn.execute(_BEST.format(band=" AND rowid >= ?"), (match, middle, fetch)).fetchall())
        finally:
            conn.close()
    except BaseException as error:  # the caller raises it on its own thread
        failure.append(error)
