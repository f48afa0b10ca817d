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
    assert dialog.entries_table.item(0, 3).text() == "3"  # "OK", a mood of the user's own: guessed
    assert dialog.entries_table.item(3, 3).text() == "4"  # Daylio's "good"
    assert mood_levels(dialog) == {
        "OK": (2, "3 · Okay"),
        "Anxious": (1, "2 · Low"),
        "Refreshed": (1, "4 · Good"),
        "ok but sleepy": (1, "2 · Low"),
    }
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


def test_the_user_may_choose_to_leave_the_bad_rows_out(qtbot, tmp_path: Path, journal_path: Path) -> None:
    with open_journal(journal_path):
        save_entries([make_entry(title="precious")])
    source = tmp_path / "one-bad.csv"
    rows = [",".join(CSV_COLUMNS)]
    for n in range(1000):
        independence = "12" if n == 400 else str(n % 11)
        rows.append(f",2025-01-{n % 28 + 1:02d},{n % 24:02d}:15,+01:00,Day {n},,,,{independence},,,,false,,")
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    dialog = _dialog(qtbot, journal_path)
    plan = _preview(qtbot, dialog, source)
    assert not plan.ok and not dialog.import_button.isEnabled()
    assert dialog.rejected_table.item(0, 0).text() == "row 402"
    # Nothing goes in without the user's explicit choice; the choice names what it does.
    assert not dialog.skip_bad.isHidden() and not dialog.skip_bad.isChecked()
    assert dialog.skip_bad.text() == "Import the other 999 entries and leave out the bad ones named below"
    with qtbot.waitSignal(dialog.planReady, timeout=WAIT_MS):
        dialog.skip_bad.setChecked(True)
    assert dialog.skip_bad.isChecked() and dialog.import_button.isEnabled()
    assert "Left out as you chose: 1 (see Rejected rows)" in dialog.summary.text()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as blocker:
        dialog.start_import()
    assert blocker.args[0].added == 999
    with open_journal(journal_path, create=False):
        titles = {e.title for e in all_entries()}
    assert len(titles) == 1000 and "Day 400" not in titles and "precious" in titles
    # The same file again: once the bad rows are left out, the preview sees all 999 are in.
    _preview(qtbot, dialog, source)
    assert not dialog.skip_bad.isChecked()  # the choice is asked anew for each file
    with qtbot.waitSignal(dialog.planReady, timeout=WAIT_MS):
        dialog.skip_bad.setChecked(True)
    assert "all 999 entries are in the journal already" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def mood_levels(dialog: ImportDialog) -> dict[str, tuple[int, str]]:
    """The Moods tab as the user sees it: label -> (entries, chosen level)."""
    table = dialog.moods_table
    shown = {}
    for row in range(table.rowCount()):
        combo = table.cellWidget(row, 2)
        shown[table.item(row, 0).text()] = (int(table.item(row, 1).text()), combo.currentText())
    return shown


def test_moods_of_ones_own_get_the_level_the_user_gives_and_it_is_remembered(
    qtbot, journal_path: Path
) -> None:
    source = FIXTURES / "daylio" / "sample_multiple_moods.csv"
    dialog = _dialog(qtbot, journal_path)
    _preview(qtbot, dialog, source)
    assert dialog.tabs.isTabVisible(3) and dialog.tabs.tabText(3) == "Moods (4)"
    row = [dialog.moods_table.item(r, 0).text() for r in range(dialog.moods_table.rowCount())].index("OK")
    combo = dialog.moods_table.cellWidget(row, 2)
    with qtbot.waitSignal(dialog.planReady, timeout=WAIT_MS) as blocker:
        combo.setCurrentIndex(combo.findData(2))  # "OK" was a low day for this writer
    plan = blocker.args[0]
    assert plan.mood_levels["OK"] == 2
    assert dialog.entries_table.item(0, 3).text() == "2"
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        dialog.start_import()
    with open_journal(journal_path, create=False):
        moods = {e.time.strftime("%H:%M"): e.mood for e in all_entries()}
    assert moods["18:52"] == 2
    # The next import of a Daylio file offers the same level for the same label.
    second = _dialog(qtbot, journal_path)
    _preview(qtbot, second, source)
    assert mood_levels(second)["OK"] == (2, "2 · Low")
