"""The entry list as a Qt item model: pages fetched as the view scrolls, bodies never loaded."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.domain.filters import ALL_LIVE, EntryFilter
from desktop.store.browse.list_rows import EntrySummary, list_summaries
from desktop.store.entries.entry_table import count_entries
from desktop.store.journal.access import Cancel, ReadCancelled, cancellable
from desktop.ui.common.workers import Workers

PAGE_SIZE = 200
SummaryRole = Qt.ItemDataRole.UserRole + 1
UuidRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class _FirstPage:
    generation: int
    rows: list[EntrySummary]


@dataclass(frozen=True, slots=True)
class _Count:
    generation: int
    total: int


def wants_prefix(text: str) -> bool:
    """Match the last word as a prefix while typing, once it has two letters.

    A single letter as a prefix matches most of a large journal and is slow to count; as a
    whole word it is quick and usually what was meant ("I", "a").
    """
    words = text.split()
    return bool(words) and len(words[-1]) >= 2


def _load_first_page(flt: EntryFilter, generation: int) -> _FirstPage:
    return _FirstPage(generation, list_summaries(flt, limit=PAGE_SIZE, prefix_last=wants_prefix(flt.text)))


def _count(flt: EntryFilter, generation: int) -> _Count:
    return _Count(generation, count_entries(flt, prefix_last=wants_prefix(flt.text)))


def _count_unless_cancelled(flt: EntryFilter, generation: int, cancel: Cancel) -> _Count | None:
    try:
        with cancellable(cancel):
            return _count(flt, generation)
    except ReadCancelled:
        return None  # the user typed on: a newer count is coming


class EntryListModel(QAbstractListModel):
    """Rows of `EntrySummary`, newest first, for the current filter.

    A new filter's first page is read on a worker and shown as soon as it is in (`pageShown`);
    its count (`loaded`), which for a search matching most of a large journal takes longer, is
    read after it, and only if no newer filter came first. Read side by side, the count of one
    key took a core from the next key's page: at a million entries on a busy two-core machine
    the pages took about twice as long.
    A result that arrives after a newer filter was set is dropped. Later pages are read when the
    view asks for them.
    """

    pageShown = Signal()  # the first page of the current filter is in the model
    loaded = Signal(int)  # the number of matching entries, once the first page is in too
    failed = Signal(str)

    def __init__(self, workers: Workers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workers = workers
        self._filter = ALL_LIVE
        self._rows: list[EntrySummary] = []
        self._total: int | None = 0  # None while the current filter is being counted
        self._counting: Cancel | None = None  # the count being made, to stop when the filter changes
        self._count_after_page = False  # the current filter's count starts once its page is in
        self._generation = 0
        self._page_pending = False
        self._count_failed = False

    # --- loading -------------------------------------------------------------------------
    @property
    def entry_filter(self) -> EntryFilter:
        return self._filter

    @property
    def total(self) -> int:
        """The number of matching entries (the rows read so far while they are being counted)."""
        return len(self._rows) if self._total is None else self._total

    @property
    def is_loading(self) -> bool:
        """The first page or the count of the current filter is still being read."""
        return self._page_pending or self.is_counting

    @property
    def is_counting(self) -> bool:
        """The current filter's count is still being made."""
        return self._total is None

    @property
    def is_reading_page(self) -> bool:
        """The list still shows the previous filter's rows."""
        return self._page_pending

    def set_filter(self, flt: EntryFilter, background: bool = True) -> None:
        self._filter = flt
        self._generation += 1
        generation = self._generation
        self._page_pending, self._total, self._count_failed = True, None, False
        if background:
            # A job whose filter the user has typed past by the time a worker takes it up does
            # nothing: counting a stale prefix over a million entries took a worker for a tenth
            # of a second, and the next key's page waited for it.
            self._workers.run(
                lambda: None if generation != self._generation else _load_first_page(flt, generation),
                self._on_first_page,
                lambda message: self._on_page_failed(generation, message),
            )
            if self._counting is not None:
                self._counting.cancel()  # a count of what the user has typed past
                self._counting = None
            self._count_after_page = True
        else:
            self._count_after_page = False  # counted here, right after the page
            self._on_first_page(_load_first_page(flt, generation))
            self._on_count(_count(flt, generation))

    def reload(self, background: bool = False) -> None:
        self.set_filter(self._filter, background)

    def _on_first_page(self, page: _FirstPage | None) -> None:
        if page is None or page.generation != self._generation:
            return  # the user has typed on since
        if self._count_after_page:
            self._count_after_page = False
            self._count_in_background(self._filter, page.generation)
        self.beginResetModel()
        self._rows = list(page.rows)
        self.endResetModel()
        self._page_pending = False
        self.pageShown.emit()
        if self._count_failed:
            self._on_count(_Count(page.generation, len(self._rows)))
        elif self._total is not None:
            self.loaded.emit(self._total)

    def _count_in_background(self, flt: EntryFilter, generation: int) -> None:
        cancel = self._counting = Cancel()
        self._workers.run(
            lambda: _count_unless_cancelled(flt, generation, cancel),
            self._on_count,
            lambda message: self._on_count_failed(generation, message),
        )

    def _on_count(self, count: _Count | None) -> None:
        if count is None or count.generation != self._generation:
            return
        self._total = count.total
        if not self._page_pending:
            self.loaded.emit(self._total)

    def _on_page_failed(self, generation: int, message: str) -> None:
        """The list keeps the rows it shows, and their count; the window says what went wrong."""
        if generation != self._generation:
            return  # a filter the user has typed past: nothing to say
        self._generation += 1  # the count still coming belongs to rows never shown
        self._page_pending = False
        # The rows shown are all there is to scroll: a count of the new filter, had it come
        # first, would let the view append the new filter's pages to the old rows.
        self._total = len(self._rows)
        self.failed.emit(message)

    def _on_count_failed(self, generation: int, message: str) -> None:
        """The page's rows stand in for the count, so the list and its label agree."""
        if generation != self._generation:
            return
        self._count_failed = True
        if not self._page_pending:
            self._on_count(_Count(generation, len(self._rows)))
        self.failed.emit(message)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._page_pending:
            return False
        if self._total is None:  # not counted yet: a full last page may have more after it
            return bool(self._rows) and len(self._rows) % PAGE_SIZE == 0
        return len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = list_summaries(
            self._filter,
            offset=len(self._rows),
            limit=PAGE_SIZE,
            prefix_last=wants_prefix(self._filter.text),
        )
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        if not page or (self._total is None and len(page) < PAGE_SIZE):
            # The end is in sight: the journal shrank under us, or the count is still coming.
            self._total = len(self._rows)

    def fetch_until(self, row: int) -> None:
        """Load pages until `row` is in the model (to select an entry further down)."""
        while row >= len(self._rows) and self.canFetchMore():
            self.fetchMore()

    # --- reading -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def summary(self, row: int) -> EntrySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uuid: str) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.uuid == uuid:
                return row
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        summary = self.summary(index.row()) if index.isValid() else None
        if summary is None:
            return None
        if role == SummaryRole:
            return summary
        if role == UuidRole:
            return summary.uuid
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.title or self.tr("Untitled")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [summary.date.isoformat(), summary.title or self.tr("Untitled")]
            if summary.people:
                parts.append(", ".join(summary.people))
            return " — ".join(parts)
        return None
