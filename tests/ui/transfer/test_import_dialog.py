"""The import dialog: a preview first, rejected rows named, background work that can be cancelled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.io.formats.records import CSV_COLUMNS
from desktop.store.entries.entry_table import save_entries
from desktop.store.journal.opening import open_journal
from desktop.ui.transfer.import_dialog import ImportDialog
from tests.factories import make_entry
from tests.io.helpers import FIXTURES, all_entries, snapshot

WAIT_MS = 20_000


def _dialog(qtbot, journal_path: Path) -> ImportDialog:
    dialog = ImportDialog(journal_path)
    qtbot.addWidget(dialog)  # not shown: the offscreen platform warns about window hints
    return dialog


def _preview(qtbot, dialog: ImportDialog, path: Path, fmt: str = "auto"):
    with qtbot.waitSignal(dialog.planReady, timeout=WAIT_MS) as blocker:
        dialog.set_source(path, fmt)
    return blocker.args[0]


def test_preview_then_import_then_nothing_new_the_second_time(qtbot, journal_path: Path) -> None:
    dialog = _dialog(qtbot, journal_path)
    plan = _preview(qtbot, dialog, FIXTURES / "daylio" / "sample_multiple_moods.csv")
    assert plan.format == "daylio" and dialog.entries_table.rowCount() == 7
    assert dialog.entries_table.item(0, 0).text() == "2021-05-12"
    assert dialog.entries_table.item(0, 1).text() == "18:52"
    assert dialog.entries_table.item(0, 2).text() == "Mood: OK"  # no title: the text is shown
    assert dialog.entries_table.item(3, 3).text() == "4"  # Daylio's "good"
    notes = [dialog.notes_list.item(i).text() for i in range(dialog.notes_list.count())]
    assert any("'Refreshed' (1)" in n for n in notes)  # custom moods are reported
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].added == 7
    assert "Added 7 entries" in dialog.summary.text()
    with open_journal(journal_path, create=False):
        assert len(all_entries()) == 7
    again = _preview(qtbot, dialog, FIXTURES / "daylio" / "sample_multiple_moods.csv")
    assert again.already_present == 7
    assert "all 7 entries are in the journal already; nothing new to import" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_it_works_beside_a_journal_the_window_has_open(qtbot, journal) -> None:
    save_entries([make_entry(title="mine")])
    dialog = _dialog(qtbot, journal.path)
    _preview(qtbot, dialog, FIXTURES / "dayone" / "Journal.json")
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        dialog.start_import()
    assert len(all_entries()) == 10  # read back through the window's own connection


def test_rejected_rows_are_listed_and_nothing_can_be_imported(
    qtbot, tmp_path: Path, journal_path: Path
) -> None:
    with open_journal(journal_path):
        save_entries([make_entry(title="precious")])
    before = snapshot(journal_path)
    bad = tmp_path / "bad.csv"
    good = "6f1c0d0e-8a0b-4c1e-9a55-0a4b7e7f1a01,2026-03-01,21:15,+01:00,Hi,,,,,,,,false,,"
    bad.write_text(
        ",".join(CSV_COLUMNS)
        + "\n"
        + good
        + "\n"
        + good.replace("a01", "a02").replace(",,,,,,,,", ",,,,11,,,,")
        + "\n",
        encoding="utf-8",
    )
    dialog = _dialog(qtbot, journal_path)
    plan = _preview(qtbot, dialog, bad)
    assert not plan.ok
    assert dialog.rejected_table.rowCount() == 1
    assert dialog.rejected_table.item(0, 0).text() == "row 3"
    assert dialog.rejected_table.item(0, 1).text() == "independence must be from 0 to 10, not 11"
    assert dialog.tabs.currentIndex() == 1 and not dialog.import_button.isEnabled()
    dialog.start_import()  # refused: the plan has rejected rows
    assert not dialog.is_busy()
    assert snapshot(journal_path) == before


def test_an_unreadable_file_is_explained(qtbot, tmp_path: Path, journal_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    dialog = _dialog(qtbot, journal_path)
    with qtbot.waitSignal(dialog.failed, timeout=WAIT_MS) as blocker:
        dialog.set_source(empty)
    assert blocker.args == ["empty.json is empty"]
    assert dialog.summary.text() == "Nothing was imported: empty.json is empty"
    assert not journal_path.exists()


def test_a_large_file_shows_progress_and_can_be_cancelled(qtbot, tmp_path: Path, journal_path: Path) -> None:
    big = tmp_path / "big.csv"
    row = ",2026-03-01,21:15,+01:00,Title {n},A body long enough to take a little while {n},,,,,,,false,,\n"
    big.write_text(
        ",".join(CSV_COLUMNS) + "\n" + "".join(row.format(n=n) for n in range(60_000)), encoding="utf-8"
    )
    dialog = _dialog(qtbot, journal_path)
    with qtbot.waitSignal(dialog.cancelled, timeout=WAIT_MS):
        dialog.set_source(big)
        assert dialog.is_busy() and not dialog.progress.isHidden() and not dialog.cancel_button.isHidden()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "Cancelled; nothing was imported."
    assert dialog.progress.isHidden()


def test_progress_is_reported_while_a_large_file_is_read(qtbot, tmp_path: Path, journal_path: Path) -> None:
    big = tmp_path / "big.csv"
    row = ",2026-03-01,21:15,+01:00,Title {n},Body {n},,,,,,,false,,\n"
    big.write_text(
        ",".join(CSV_COLUMNS) + "\n" + "".join(row.format(n=n) for n in range(5_000)), encoding="utf-8"
    )
    dialog = _dialog(qtbot, journal_path)
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    plan = _preview(qtbot, dialog, big)
    assert plan.count == 5_000 and dialog.entries_table.rowCount() == 200
    assert "5,000 entries ready to import (the first 200 shown)" in dialog.summary.text()
    assert values and values == sorted(values) and values[-1] == 1000


def test_closing_during_an_import_rolls_it_back(qtbot, tmp_path: Path, journal_path: Path) -> None:
    big = tmp_path / "big.csv"
    row = ",2026-03-01,21:15,+01:00,Title {n},Body {n},,,,,,,false,,\n"
    big.write_text(
        ",".join(CSV_COLUMNS) + "\n" + "".join(row.format(n=n) for n in range(20_000)), encoding="utf-8"
    )
    with open_journal(journal_path):
        save_entries([make_entry(title="precious")])
    before = snapshot(journal_path)
    dialog = _dialog(qtbot, journal_path)
    _preview(qtbot, dialog, big)
    dialog.start_import()
    assert dialog.is_busy()
    dialog.reject()  # waits for the worker, which stops at its next batch and rolls back
    assert snapshot(journal_path) == before
