"""Which strings a long stream has shown before, in about 8 bytes a string (and 8 MiB past 262,144).

Not part of the balance model: it sits in `domain` because that is the one layer every other
may import. An import file's reader uses it to find a uuid named twice, the bulk insert to find
one it has already written while the journal's uuid index waits to be built.

A set of the strings themselves costs about 100 bytes each (150 MiB at a million uuids); a set
of their hashes 60. Here hashes gather in a set (fast to search) until there are `_PENDING` of
them, then move into a sorted array of 8-byte integers searched by bisection. Two strings can
share a hash, so a hash met again means the string *probably* was seen: callers confirm it by
other means (reading the file again, the journal's index) before they act on it.

Once there are arrays, a bit for each hash's low bits says whether the arrays may hold it. A new
string's bit is nearly always clear (one in seventy at a million strings is set by another), and
the arrays are searched only when it is set. Adding a hundred thousand uuids takes 0.03 s; a
million took 1.5 s when three arrays were bisected for each (every step making an integer of an
array item), 0.8 s with the bits, which take 8 MiB once the first array is made. An import
keeps two of these.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left

# The newest 262,144 hashes stay in the set; arrays this large keep the searches few (three at a
# million strings) and a stream of up to 262,144 strings in the set alone.
_PENDING = 1 << 18
# 2**26 bits (8 MiB), made with the first array: a million strings set one bit in 67.
_FILTER_BITS = 1 << 26


class SeenHashes:
    """Hashes of the strings added so far; `add` answers whether the hash was there already."""

    def __init__(self) -> None:
        self._pending: set[int] = set()
        self._sorted: list[array[int]] = []
        self._filter = bytearray()
        self._mask = _FILTER_BITS - 1

    def add(self, text: str) -> bool:
        """Record `text`; True if a string with the same hash was recorded before (not again)."""
        key = hash(text)
        if self._seen(key):
            return True
        self._pending.add(key)
        if len(self._pending) >= _PENDING:
            self._store_pending()
        return False

    def _store_pending(self) -> None:
        keys = array("q", sorted(self._pending))
        self._pending.clear()
        self._sorted.append(keys)
        if not self._filter:
            self._filter = bytearray((self._mask + 1) >> 3)
        bits, mask = self._filter, self._mask
        for key in keys:
            bit = key & mask
            bits[bit >> 3] |= 1 << (bit & 7)

    def _seen(self, key: int) -> bool:
        if key in self._pending:
            return True
        if not self._sorted:
            return False
        bit = key & self._mask
        if not self._filter[bit >> 3] & (1 << (bit & 7)):
            return False
        for keys in self._sorted:
            at = bisect_left(keys, key)
            if at < len(keys) and keys[at] == key:
                return True
        return False
