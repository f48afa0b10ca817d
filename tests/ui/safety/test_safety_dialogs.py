"""The passphrase dialog and the Restore dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit

from desktop.store.entries.entry_table import save_entry
from desktop.store.journal.opening import open_journal
from desktop.store.safety.backup import backup_journal, new_backup_path
from desktop.ui.safety.passphrase_dialog import PassphraseDialog
from desktop.ui.safety.restore_dialog import RestoreDialog
from tests.factories import make_entry
from tests.store.helpers import damage


def test_passphrase_dialog_hides_the_text_and_says_wrong(qtbot, journal_path: Path) -> None:
    dialog = PassphraseDialog(journal_path, wrong=True)
    qtbot.addWidget(dialog)
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.wrong_label.isVisibleTo(dialog) and "Wrong passphrase" in dialog.wrong_label.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.field, "tide pool")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.passphrase() == "tide pool"
    first = PassphraseDialog(journal_path, wrong=False)
    qtbot.addWidget(first)
    assert not first.wrong_label.isVisibleTo(first)


def test_restore_dialog_lists_backups_newest_first_and_refuses_a_damaged_one(
    qtbot, journal_path: Path
) -> None:
    with open_journal(journal_path, daily_backup=False) as journal:
        for n in range(300):
            save_entry(make_entry(title=f"entry {n}", body="words " * 30))
        older = backup_journal(journal, new_backup_path(journal_path, "manual"))
        newer = backup_journal(journal, new_backup_path(journal_path, "daily"))
    damage(newer)
    dialog = RestoreDialog(journal_path)
    qtbot.addWidget(dialog)
    assert dialog.backups.count() == 2
    assert "daily" in dialog.backups.item(0).text()
    assert dialog.chosen() == newer
    assert not dialog.restore_button.isEnabled()
    assert "damaged" in dialog.status.text()
    dialog.backups.setCurrentRow(1)
    assert dialog.chosen() == older
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.result() == RestoreDialog.DialogCode.Accepted


def test_restore_dialog_without_backups(qtbot, journal_path: Path) -> None:
    open_journal(journal_path).close()
    dialog = RestoreDialog(journal_path)
    qtbot.addWidget(dialog)
    assert dialog.backups.count() == 0
    assert not dialog.restore_button.isEnabled()
    assert "no backups" in dialog.status.text()
