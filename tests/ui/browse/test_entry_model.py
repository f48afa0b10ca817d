"""The list model on its own: pages on demand, and stale results dropped."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.domain.filters import ALL_LIVE
from desktop.store.entries.entry_table import save_entries
from desktop.ui.browse.entry_model import PAGE_SIZE, EntryListModel
from desktop.ui.common.workers import Workers
from tests.factories import make_entry


def test_pages_are_read_only_as_the_view_asks(qtbot, journal):
    start = date(2020, 1, 1)
    save_entries(
        [make_entry(title=f"Day {i}", date=start + timedelta(days=i)) for i in range(PAGE_SIZE * 2 + 50)]
    )
    workers = Workers()
    model = EntryListModel(workers)
    with qtbot.waitSignal(model.loaded) as loaded:
        model.set_filter(ALL_LIVE)
    assert loaded.args == [PAGE_SIZE * 2 + 50]
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2 + 50
    assert not model.canFetchMore()
    assert model.summary(0).title == f"Day {PAGE_SIZE * 2 + 49}"  # type: ignore[union-attr]
    workers.wait()


def test_a_result_for_an_older_filter_is_dropped(qtbot, journal):
    save_entries([make_entry(title="Alpha"), make_entry(title="Beta")])
    workers = Workers()
    model = EntryListModel(workers)
    model.set_filter(ALL_LIVE.with_changes(text="alp"))
    with qtbot.waitSignal(model.loaded):
        model.set_filter(ALL_LIVE.with_changes(text="bet"))
    workers.wait()
    qtbot.wait(20)
    assert [model.summary(r).title for r in range(model.rowCount())] == ["Beta"]  # type: ignore[union-attr]


def test_the_page_shows_before_its_count_arrives(qtbot, journal, monkeypatch):
    import threading

    from desktop.ui.browse import entry_model

    start = date(2020, 1, 1)
    total = PAGE_SIZE * 2 + 50
    save_entries([make_entry(title=f"Day {i}", date=start + timedelta(days=i)) for i in range(total)])
    counting = threading.Event()
    slow_count = entry_model._count

    def held_count(flt, generation):  # type: ignore[no-untyped-def]
        counting.wait(10)
        return slow_count(flt, generation)

    monkeypatch.setattr(entry_model, "_count", held_count)
    workers = Workers()
    model = EntryListModel(workers)
    with qtbot.waitSignal(model.pageShown):
        model.set_filter(ALL_LIVE)
    # The rows are there while the count is still being made.
    assert model.rowCount() == PAGE_SIZE and model.is_loading and not model.is_reading_page
    assert model.canFetchMore()
    model.fetch_until(total + 10)  # past the end: stops there rather than asking for ever
    assert model.rowCount() == total and not model.canFetchMore()
    with qtbot.waitSignal(model.loaded) as loaded:
        counting.set()
    assert loaded.args == [total] and not model.is_loading
    workers.wait()
