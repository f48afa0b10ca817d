"""The list shows a search's page before its count: what the user sees while the count is
coming, when it fails, and when an older search's reading fails late."""

from __future__ import annotations

import threading

from desktop.store.entries.entry_table import save_entries
from desktop.store.journal.errors import JournalLocked
from desktop.ui.browse import entry_model
from tests.factories import make_entry


def _held_count(monkeypatch, gate: threading.Event, fail: bool = False):  # type: ignore[no-untyped-def]
    real = entry_model._count

    def held(flt, generation):  # type: ignore[no-untyped-def]
        gate.wait(10)
        if fail:
            raise JournalLocked("the journal is busy in another program; try again in a moment")
        return real(flt, generation)

    monkeypatch.setattr(entry_model, "_count", held)


def _search(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.model.pageShown, timeout=5000):
        window.filter_panel.search.setText(text)


def test_rows_found_after_none_are_shown_before_their_count(qtbot, journal, make_window, monkeypatch):  # type: ignore[no-untyped-def]
    save_entries([make_entry(title=f"alpha {n}", body="a walk by the sea") for n in range(5)])
    window = make_window(journal)
    panel = window.list_panel
    _search(qtbot, window, "zzzz")
    qtbot.waitUntil(lambda: not window.model.is_loading)
    assert panel.empty_label.isVisible() and not panel.list_view.isVisible()
    gate = threading.Event()
    _held_count(monkeypatch, gate)
    _search(qtbot, window, "alpha")
    # The count is held back; the five rows show already, not "No entries match".
    assert window.model.rowCount() == 5
    assert panel.list_view.isVisible() and not panel.empty_label.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not window.model.is_loading)
    assert panel.count_label.text() == "5 entries"
    window.workers.wait()


def test_a_failed_count_leaves_the_rows_and_a_label_that_agrees(qtbot, journal, make_window, monkeypatch):  # type: ignore[no-untyped-def]
    save_entries([make_entry(title=f"alpha {n}", body="a walk by the sea") for n in range(3)])
    window = make_window(journal)
    _search(qtbot, window, "zzzz")
    qtbot.waitUntil(lambda: not window.model.is_loading)
    gate = threading.Event()
    gate.set()
    _held_count(monkeypatch, gate, fail=True)
    with qtbot.waitSignal(window.model.failed, timeout=5000):
        window.filter_panel.search.setText("alpha")
    qtbot.waitUntil(lambda: not window.model.is_loading)
    assert window.model.rowCount() == 3 and window.list_panel.list_view.isVisible()
    assert window.list_panel.count_label.text() == "3 entries"
    assert "busy" in window.statusBar().currentMessage()
    window.workers.wait()


def test_a_late_failure_of_an_older_search_changes_nothing(qtbot, journal, make_window, monkeypatch):  # type: ignore[no-untyped-def]
    save_entries([make_entry(title="alpha", body="sea"), make_entry(title="beta", body="sea")])
    window = make_window(journal)
    model = window.model
    errors: list[str] = []
    model.failed.connect(errors.append)
    gate = threading.Event()
    real = entry_model._count

    def count(flt, generation):  # type: ignore[no-untyped-def]
        if flt.text == "alpha":  # the older search: its count fails after the newer is shown
            gate.wait(10)
            raise JournalLocked("the journal is busy in another program; try again in a moment")
        return real(flt, generation)

    monkeypatch.setattr(entry_model, "_count", count)
    window.filter_panel.search.setText("alpha")
    _search(qtbot, window, "beta")
    qtbot.waitUntil(lambda: not model.is_loading)
    gate.set()
    window.workers.wait()
    qtbot.wait(50)
    assert [model.summary(r).title for r in range(model.rowCount())] == ["beta"]  # type: ignore[union-attr]
    assert window.list_panel.count_label.text() == "1 entry" and errors == []


def test_a_failed_page_keeps_the_old_rows_without_adding_the_new_search_to_them(  # type: ignore[no-untyped-def]
    qtbot, journal, make_window, monkeypatch
):
    save_entries([make_entry(title=f"alpha {n}", body="sea") for n in range(3)] + [make_entry(title="beta")])
    window = make_window(journal)
    model = window.model
    _search(qtbot, window, "beta")
    qtbot.waitUntil(lambda: not model.is_loading)

    def page(flt, generation):  # type: ignore[no-untyped-def]
        raise JournalLocked("the journal is busy in another program; try again in a moment")

    monkeypatch.setattr(entry_model, "_load_first_page", page)
    with qtbot.waitSignal(model.failed, timeout=5000):
        window.filter_panel.search.setText("alpha")  # 3 entries; its page fails
    window.workers.wait()
    qtbot.wait(50)
    assert [model.summary(r).title for r in range(model.rowCount())] == ["beta"]  # type: ignore[union-attr]
    assert not model.canFetchMore() and not model.is_loading


def test_a_search_is_counted_only_once_its_page_is_in(qtbot, journal, make_window, monkeypatch):  # type: ignore[no-untyped-def]
    save_entries([make_entry(title=f"alpha {n}", body="sea") for n in range(3)])
    window = make_window(journal)
    model = window.model
    gate = threading.Event()
    counted: list[str] = []
    real_page, real_count = entry_model._load_first_page, entry_model._count

    def held_page(flt, generation):  # type: ignore[no-untyped-def]
        gate.wait(10)
        return real_page(flt, generation)

    def count(flt, generation):  # type: ignore[no-untyped-def]
        counted.append(flt.text)
        return real_count(flt, generation)

    monkeypatch.setattr(entry_model, "_load_first_page", held_page)
    monkeypatch.setattr(entry_model, "_count", count)
    for text in ("a", "al", "alpha"):
        window.filter_panel.search.setText(text)
    qtbot.wait(100)
    assert counted == []  # nothing takes a core from the pages while they are read
    gate.set()
    qtbot.waitUntil(lambda: not model.is_loading)
    assert counted == ["alpha"]  # the keys typed past are never counted
    assert window.list_panel.count_label.text() == "3 entries"
    window.workers.wait()
