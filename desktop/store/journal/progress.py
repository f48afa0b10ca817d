"""Progress of the store's long operations (backups, restoring, encrypting, emptying the trash).

Each takes an optional `progress(done, total)` callable and calls it from the thread it runs
on: at the start, as it goes and at the end, with `done` never going back and reaching `total`
when the work is finished. Plain callables, no Qt: the window turns them into a signal from its
worker thread, the command line passes none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from itertools import accumulate
from pathlib import Path

from desktop.store.journal.paths import WAL, side_file

Progress = Callable[[int, int], None]

# SQLite's and SQLCipher's default page size, with which every journal is made. Sizes estimated
# in pages only weigh one part of a task against another, so an odd page size does no harm.
_PAGE_BYTES = 4096


def estimated_pages(database: Path) -> int:
    """About how many pages reading or copying the database at `database` touches (at least 1)."""
    size = 0
    for path in (database, side_file(database, WAL)):
        with suppress(OSError):  # no such file: nothing to read
            size += path.stat().st_size
    return max(1, -(-size // _PAGE_BYTES))


class Stages:
    """One progress report over consecutive stages, each of a size known at the start.

    A stage reports its own progress in whatever unit it counts (pages copied, files done);
    that is scaled into the stage's share of the total. So a task made of steps of different
    kinds moves one bar smoothly, and a stage may itself be split into stages.
    """

    def __init__(self, progress: Progress | None, sizes: Sequence[int]) -> None:
        self._progress = progress
        self._bounds = list(accumulate((max(0, size) for size in sizes), initial=0))
        self.total = self._bounds[-1]
        self._done = -1
        self._report(0)

    def stage(self, index: int) -> Progress:
        """The progress callable of stage `index`."""
        start, end = self._bounds[index], self._bounds[index + 1]

        def report(done: int, total: int) -> None:
            if total <= 0:  # nothing to do is as good as done
                self._report(end)
            else:
                self._report(start + (end - start) * min(max(done, 0), total) // total)

        return report

    def complete(self, index: int) -> None:
        """Stage `index` is done (a stage that cannot say how far along it is)."""
        self._report(self._bounds[index + 1])

    def finish(self) -> None:
        self._report(self.total)

    def _report(self, done: int) -> None:
        # Never backwards (a backup that starts over), never the same figure twice.
        if self._progress is not None and done > self._done:
            self._done = done
            self._progress(done, self.total)
