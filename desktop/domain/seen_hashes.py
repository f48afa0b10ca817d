"""Which strings a long stream has shown before, in about 8 bytes a string.

Not part of the balance model: it sits in `domain` because that is the one layer every other
may import. An import file's reader uses it to find a uuid named twice, the bulk insert to find
one it has already written while the journal's uuid index waits to be built.

A set of the strings themselves costs about 100 bytes each (150 MiB at a million uuids); a set
of their hashes 60. Here hashes gather in a set (fast to search) until there are `_PENDING` of
them, then move into a sorted array of 8-byte integers searched by bisection. Two strings can
share a hash, so a hash met again means the string *probably* was seen: callers confirm it by
other means (reading the file again, the journal's index) before they act on it.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left

# The newest 262,144 hashes stay in the set; arrays this large keep the searches few (three at a
# million strings) and a stream of up to 262,144 strings in the set alone.
_PENDING = 1 << 18


class SeenHashes:
    """Hashes of the strings added so far; `add` answers whether the hash was there already."""

    def __init__(self) -> None:
        self._pending: set[int] = set()
        self._sorted: list[array[int]] = []

    def add(self, text: str) -> bool:
        """Record `text`; True if a string with the same hash was recorded before (not again)."""
        key = hash(text)
        if self._seen(key):
            return True
        self._pending.add(key)
        if len(self._pending) >= _PENDING:
            self._sorted.append(array("q", sorted(self._pending)))
            self._pending.clear()
        return False

    def _seen(self, key: int) -> bool:
        if key in self._pending:
            return True
        for keys in self._sorted:
            at = bisect_left(keys, key)
            if at < len(keys) and keys[at] == key:
                return True
        return False
