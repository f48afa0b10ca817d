"""File → Monthly Report…: the month's PDF from the window, full or redacted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.store.entries.entry_table import save_entries
from desktop.ui.transfer.report_dialog import ReportDialog
from tests.factories import make_entry
from tests.io.pdf_text import page_count, pdf_lines

SECRET = "Quixotic wombats argued"


@pytest.fixture
def september(journal):  # type: ignore[no-untyped-def]
    save_entries(
        [
            make_entry(title=f"{SECRET} {n}", date=date(2026, 9, n), independence=6, interdependence=7)
            for n in range(1, 6)
        ]
    )
    return journal


def _write(qtbot, dialog: ReportDialog, target: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.write_to(target)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=30000)


def test_the_report_of_a_month_is_saved_and_says_so(qtbot, september, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(today=date(2026, 9, 20))
    qtbot.addWidget(dialog)
    assert dialog.month.text() == "September 2026"
    assert dialog.suggested_path().name == "balance-report-2026-09.pdf"
    target = tmp_path / "sept.pdf"
    _write(qtbot, dialog, target)
    pages = page_count(target)
    assert dialog.status.text() == f"Saved a {pages}-page report to {target}."
    assert SECRET.split()[0] in "\n".join(pdf_lines(target))


def test_the_redacted_report_holds_no_entry_text(qtbot, september, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(today=date(2026, 9, 20))
    qtbot.addWidget(dialog)
    dialog.redacted.setChecked(True)
    assert dialog.suggested_path().name == "balance-report-2026-09-redacted.pdf"
    target = tmp_path / "shared.pdf"
    _write(qtbot, dialog, target)
    text = "\n".join(pdf_lines(target))
    assert "Quixotic" not in text and "wombats" not in text
    assert b"Quixotic" not in target.read_bytes()


def test_a_place_that_cannot_be_written_is_told(qtbot, september, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(today=date(2026, 9, 20))
    qtbot.addWidget(dialog)
    _write(qtbot, dialog, tmp_path / "missing" / "r.pdf")
    assert dialog.status.text().startswith("The report was not saved:")
    assert not (tmp_path / "missing").exists()


def test_the_file_menu_offers_it(qtbot, september, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window(september)
    assert window.menu.report in window.menuBar().actions()[0].menu().actions()
    target = tmp_path / "from-menu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def run(dialog: ReportDialog) -> int:
        dialog.save_button.click()
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=30000)
        return 0

    monkeypatch.setattr(ReportDialog, "exec", run)
    window.transfer.monthly_report()
    assert target.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


def test_a_report_into_the_backup_folder_is_refused(qtbot, september, journal_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(today=date(2026, 9, 20), journal_path=journal_path)
    qtbot.addWidget(dialog)
    folder = journal_path.parent / f"{journal_path.name}.backups"
    folder.mkdir(exist_ok=True)
    dialog.write_to(folder / "r.pdf")
    assert "is in the journal's backup folder" in dialog.status.text()
    assert not (folder / "r.pdf").exists()
