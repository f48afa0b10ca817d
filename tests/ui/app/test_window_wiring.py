"""The main window with everything plugged in: charts, drift, prompts, import, backups, passphrase."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.domain.filters import ALL_LIVE
from desktop.store.entries import drafts
from desktop.store.entries.entry_table import count_entries, save_entries
from desktop.store.journal.connection import SQLITE_MAGIC
from desktop.store.safety.backup import list_backups
from desktop.ui.app.main_window import MainWindow
from desktop.ui.safety.passphrase_dialog import NewPassphraseDialog
from tests.factories import make_entry

ROOT = Path(__file__).resolve().parents[3]


def leaning_fortnight() -> list:
    today = date.today()
    return [
        make_entry(
            title=f"Day {n}",
            date=today - timedelta(days=n),
            independence=2,
            interdependence=9,
            themes=["codependency"],
        )
        for n in range(6)
    ]


def test_the_charts_tab_draws_the_filtered_journal(journal, make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    save_entries(leaning_fortnight())
    window: MainWindow = make_window(journal)
    assert window.pages.count() == 2 and window.pages.tabText(1) == "Charts"
    assert window.charts_page.view is None  # not built until opened
    window.pages.setCurrentIndex(1)
    view = window.charts_page.view
    assert view is not None
    with qtbot.waitSignal(view.chartDrawn, timeout=10000):
        pass
    axes = view.figure.axes
    assert axes[0].get_title("left") == "Where has my balance been heading?"
    assert "6 rated entries" in axes[0].get_title("right")  # drawn from the journal's entries


def test_the_window_starts_without_matplotlib() -> None:
    code = (
        "import pathlib, sys, tempfile\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop.store.journal.opening import open_journal\n"
        "from desktop.ui.app.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "window = MainWindow(open_journal(pathlib.Path(tempfile.mkdtemp()) / 'j.db'))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print('matplotlib' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_a_drift_shows_the_banner_and_its_prompt_starts_an_entry(journal, make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    save_entries(leaning_fortnight())
    window: MainWindow = make_window(journal)
    banner = window.reflect.drift_banner
    assert banner.isVisible()
    assert "codependency" in banner.message.text().lower() or "others" in banner.message.text().lower()
    prompt = banner.prompt()
    banner.write_button.click()
    assert window.editor.is_new
    assert prompt.strip() in window.editor.body.toPlainText()


def test_no_drift_no_banner(journal, make_window) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    save_entries([make_entry(date=today, independence=7, interdependence=7)])
    window: MainWindow = make_window(journal)
    assert not window.reflect.drift_banner.isVisible()


def test_a_template_from_the_prompt_menu_fills_a_new_entry(journal, make_window) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(journal)
    window.reflect.prompt_picker.templateChosen.emit("## What happened\n\n## What I needed")
    assert window.editor.is_new
    assert "## What I needed" in window.editor.body.toPlainText()


def test_a_prompt_left_untouched_leaves_no_entry_and_one_written_to_is_saved(
    journal, make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    save_entries([make_entry(title="Already here")])
    window: MainWindow = make_window(journal)
    window.reflect.prompt_picker.templateChosen.emit("What did I need today?")
    window.open_entry(window.model.summary(0).uuid)  # moving on without writing
    qtbot.wait(20)
    assert count_entries(ALL_LIVE) == 1
    window.reflect.prompt_picker.templateChosen.emit("What did I need today?")
    qtbot.keyClicks(window.editor.body, "Quiet, mostly.")
    window.save_entry()
    assert count_entries(ALL_LIVE) == 2


def test_import_from_the_file_menu_fills_the_list(journal, make_window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "from-jrnl.txt"
    source.write_text(
        "[2026-03-01 20:00] A walk with Sam\nWe talked. @trust\n\n"
        "[2026-03-02 21:15] Alone time *\nPainting. @self-care\n",
        encoding="utf-8",
    )
    window: MainWindow = make_window(journal)
    assert window.menu.import_.isEnabled()

    def run_dialog(dialog) -> int:  # type: ignore[no-untyped-def]
        with qtbot.waitSignal(dialog.planReady, timeout=10000):
            dialog.set_source(source)
        with qtbot.waitSignal(dialog.imported, timeout=10000):
            dialog.start_import()
        return QDialog.DialogCode.Accepted.value

    from desktop.ui.transfer.import_dialog import ImportDialog

    monkeypatch.setattr(ImportDialog, "exec", run_dialog)
    window.menu.import_.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2 and not window.model.is_loading)
    assert count_entries() == 2


def test_encrypting_from_the_window_keeps_the_entries(
    journal, journal_path, make_window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    save_entries([make_entry(title="Private words", body="canary-sentence-xyz")])
    window: MainWindow = make_window(journal)
    window.editor.new_entry()
    qtbot.keyClicks(window.editor.title, "Typed but not saved")

    def accept(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.first.setText("correct horse")
        dialog.second.setText("correct horse")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(NewPassphraseDialog, "exec", accept)
    assert window.menu.encrypt.isVisible() and not window.menu.decrypt.isVisible()
    window.menu.encrypt.trigger()
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=30000)
    assert window.journal.passphrase == "correct horse"
    assert not journal_path.read_bytes().startswith(SQLITE_MAGIC)
    assert b"canary-sentence-xyz" not in journal_path.read_bytes()
    assert window.menu.decrypt.isVisible() and not window.menu.encrypt.isVisible()
    qtbot.waitUntil(lambda: not window.model.is_loading)
    assert count_entries(ALL_LIVE) == 1
    # The unsaved text stays in the editor, and is kept as a draft inside the re-encrypted file.
    assert window.editor.title.text() == "Typed but not saved" and window.editor.is_dirty
    assert [d.entry.title for d in drafts.list_drafts()] == ["Typed but not saved"]


def test_restore_from_backup_in_the_window(journal, journal_path, make_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    save_entries([make_entry(title="Before the backup")])
    window: MainWindow = make_window(journal)
    back_up_now(window, qtbot)
    backup = list_backups(journal_path)[0]
    save_entries([make_entry(title="After the backup")])
    window.reload_all()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)

    from desktop.ui.safety.restore_dialog import RestoreDialog

    monkeypatch.setattr(RestoreDialog, "choose", classmethod(lambda cls, *_args: (backup, True)))
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Ok)
    window.safety.restore_backup()
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=30000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and not window.model.is_loading)
    summary = window.model.summary(0)
    assert summary is not None and summary.title == "Before the backup"


def _restore_first_backup(window, journal_path, qtbot, monkeypatch, backup) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.safety.restore_dialog import RestoreDialog

    monkeypatch.setattr(RestoreDialog, "choose", classmethod(lambda cls, *_args: (backup, True)))
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Ok)
    window.safety.restore_backup()
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=30000)
    qtbot.waitUntil(lambda: not window.model.is_loading)


def test_after_a_restore_the_editor_no_longer_shows_an_entry_the_backup_lacks(
    journal, journal_path, make_window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    save_entries([make_entry(title="Before the backup")])
    window: MainWindow = make_window(journal)
    back_up_now(window, qtbot)
    backup = list_backups(journal_path)[0]
    later = make_entry(title="After the backup")
    save_entries([later])
    window.reload_all()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    window.open_entry(later.uuid)
    assert window.editor.title.text() == "After the backup"
    _restore_first_backup(window, journal_path, qtbot, monkeypatch, backup)
    assert window.editor.title.text() == "Before the backup"  # the vanished entry is not shown
    window.editor.title.setText("Before the backup, edited")
    window.editor.title.textEdited.emit("Before the backup, edited")
    window.save_entry()
    assert sorted(e.title for e in iter_all()) == ["Before the backup, edited"]


def test_unsaved_text_survives_a_restore_as_a_new_entry(
    journal, journal_path, make_window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(journal)
    save_entries([make_entry(title="Old")])
    back_up_now(window, qtbot)
    backup = list_backups(journal_path)[0]
    later = make_entry(title="Written after the backup")
    save_entries([later])
    window.reload_all()
    qtbot.waitUntil(lambda: not window.model.is_loading)
    window.open_entry(later.uuid)
    window.editor.body.setPlainText("words typed just before restoring")
    assert window.editor.is_dirty
    _restore_first_backup(window, journal_path, qtbot, monkeypatch, backup)
    assert window.editor.body.toPlainText() == "words typed just before restoring"
    assert window.editor.is_new and window.editor.is_dirty
    assert [d.entry.body for d in drafts.list_drafts()] == ["words typed just before restoring"]
    window.save_entry()
    assert sorted(e.title for e in iter_all()) == ["Old", "Written after the backup"]


def back_up_now(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Journal → Back Up Now, waiting until the backup is written."""
    window.menu.back_up.trigger()
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=30000)
    assert "Backup saved" in window.statusBar().currentMessage()


def iter_all() -> list:
    from desktop.store.entries.entry_table import iter_entries

    return list(iter_entries(ALL_LIVE))
