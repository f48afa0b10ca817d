"""Which row of an import file first held a uuid, in a few bytes a uuid.

A file may name a uuid only once; a repeat is rejected with the row that held it first. A dict
of every uuid seen (a 36-character string and a row number each) held 150 MiB at a million rows.
Here a uuid costs its hash (`domain.seen_hashes`: 20 MiB at a million rows). A hash met again
means the uuid probably was, but two uuids can share a hash, so the file's earlier rows are read
once more to be sure, and to find the row. A file that repeats one uuid often repeats many (the
same export pasted twice), so from then on every uuid is held by name, as before, and the file
is read again at most once.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.domain.seen_hashes import SeenHashes


class FirstRows:
    """Rows recorded one by one, in order: for each, the earlier row with the same uuid, if any.

    `rows_before(row)` reads the file again and answers every uuid of the rows before `row`
    with the first row that held it (only rows that were recorded).
    """

    def __init__(self, rows_before: Callable[[int], dict[str, int]]) -> None:
        self._rows_before = rows_before
        self._hashes: SeenHashes | None = SeenHashes()
        self._by_uuid: dict[str, int] | None = None  # once a hash has been met twice

    def earlier(self, uuid: str, row: int) -> int | None:
        """The row before `row` that held `uuid`; None records `row` as its first."""
        if self._by_uuid is None:
            assert self._hashes is not None
            if not self._hashes.add(uuid):
                return None
            self._by_uuid = self._rows_before(row)
            self._hashes = None
        first = self._by_uuid.setdefault(uuid, row)
        return None if first == row else first
