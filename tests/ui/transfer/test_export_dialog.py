"""The export dialog: filters, a file written in the background, clear refusals."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from desktop.io.formats.csv_import import plan_csv
from desktop.store.entries.entry_table import save_entries
from desktop.store.journal.opening import open_journal
from desktop.ui.transfer.export_dialog import ExportDialog
from tests.factories import make_entry

WAIT_MS = 20_000


def _journal_with_entries(path: Path) -> None:
    with open_journal(path):
        save_entries(
            [
                make_entry(title="old", date=date(2020, 1, 1), themes=["trust"]),
                make_entry(title="new", date=date(2024, 1, 1), themes=["trust"]),
                make_entry(title="other", date=date(2024, 1, 2), themes=["isolation"]),
            ]
        )


def test_csv_export_follows_the_dates_and_themes_chosen(qtbot, tmp_path: Path, journal_path: Path) -> None:
    _journal_with_entries(journal_path)
    dialog = ExportDialog(journal_path)
    qtbot.addWidget(dialog)
    target = tmp_path / "out.csv"
    dialog.set_target(target, "csv")
    dialog.set_dates(QDate(2023, 1, 1), None)
    dialog.check_themes(["trust"])
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [1, target]
    assert [e.title for e in plan_csv(target).preview] == ["new"]
    assert dialog.status.text() == f"Exported 1 entry to {target}."


def test_json_export_holds_the_whole_journal(qtbot, tmp_path: Path, journal) -> None:
    save_entries([make_entry(title="only", people=["Sam"])])
    dialog = ExportDialog(journal.path)
    qtbot.addWidget(dialog)
    target = tmp_path / "journal.json"
    dialog.set_target(target, "json")
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):
        dialog.start_export()
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [e["title"] for e in document["entries"]] == ["only"]
    assert document["people"] == [{"name": "Sam", "relation": "other"}]


def test_a_missing_folder_is_refused_before_any_work(qtbot, tmp_path: Path, journal_path: Path) -> None:
    _journal_with_entries(journal_path)
    dialog = ExportDialog(journal_path)
    qtbot.addWidget(dialog)
    dialog.set_target(tmp_path / "nowhere" / "out.csv")
    with qtbot.assertNotEmitted(dialog.exported):
        dialog.start_export()
    assert dialog.status.text() == f"The folder {tmp_path / 'nowhere'} does not exist."
    assert not (tmp_path / "nowhere").exists()


def test_an_export_over_the_journal_is_refused_in_the_window(qtbot, journal_path: Path) -> None:
    _journal_with_entries(journal_path)
    before = journal_path.read_bytes()
    dialog = ExportDialog(journal_path)
    qtbot.addWidget(dialog)
    dialog.set_target(journal_path)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == f"{journal_path} is the journal itself; write to another file."
    assert journal_path.read_bytes() == before
