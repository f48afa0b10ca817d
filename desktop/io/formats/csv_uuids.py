"""Which row of an import file first held a uuid, in a few bytes a uuid.

A file may name a uuid only once; a repeat is rejected with the row that held it first. A dict
of every uuid seen (a 36-character string and a row number each) held 150 MiB at a million rows.
Here a uuid costs its hash: in a set for the newest 262,144, then 8 bytes in a sorted array
(20 MiB at a million rows, most of it the set). A hash met again means the uuid
probably was, but two uuids can share a hash, so the file's earlier rows are read once more to
be sure, and to find the row. A file that repeats one uuid often repeats many (the same export
pasted twice), so from then on every uuid is held by name, as before, and the file is read
again at most once.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable

# Hashes gather in a set (fast to search) until there are this many, then move to a sorted array
# (8 bytes each, searched by bisection). A set of them all would cost 60 bytes a uuid; arrays this
# large keep the searches few (three at a million rows) and a file of up to 262,144 rows in the set.
_PENDING = 1 << 18


class FirstRows:
    """Rows recorded one by one, in order: for each, the earlier row with the same uuid, if any.

    `rows_before(row)` reads the file again and answers every uuid of the rows before `row`
    with the first row that held it (only rows that were recorded).
    """

    def __init__(self, rows_before: Callable[[int], dict[str, int]]) -> None:
        self._rows_before = rows_before
        self._pending: set[int] = set()
        self._sorted: list[array[int]] = []
        self._by_uuid: dict[str, int] | None = None  # once a hash has been met twice

    def earlier(self, uuid: str, row: int) -> int | None:
        """The row before `row` that held `uuid`; None records `row` as its first."""
        if self._by_uuid is None:
            key = hash(uuid)
            if not self._seen(key):
                self._add(key)
                return None
            self._by_uuid = self._rows_before(row)
            self._pending.clear()
            self._sorted.clear()
        first = self._by_uuid.setdefault(uuid, row)
        return None if first == row else first

    def _seen(self, key: int) -> bool:
        if key in self._pending:
            return True
        for keys in self._sorted:
            at = bisect_left(keys, key)
            if at < len(keys) and keys[at] == key:
                return True
        return False

    def _add(self, key: int) -> None:
        self._pending.add(key)
        if len(self._pending) >= _PENDING:
            self._sorted.append(array("q", sorted(self._pending)))
            self._pending.clear()
