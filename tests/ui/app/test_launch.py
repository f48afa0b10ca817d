"""Opening the journal for the window: which file, and a clear message when it cannot be opened."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.ui.app.launch import choose_journal_path
from desktop.ui.app.opening import open_for_window


def test_a_file_that_is_not_a_journal_is_refused_with_a_message(qtbot, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    not_a_journal = tmp_path / "notes.db"
    not_a_journal.write_text("just some notes\n")
    assert open_for_window(not_a_journal) is None
    assert shown and "not a Balance Journal" in shown[0]
    assert not_a_journal.read_text() == "just some notes\n"


def test_the_environment_wins_over_the_remembered_location(tmp_path, monkeypatch):
    remembered = tmp_path / "remembered.db"
    assert choose_journal_path(None, remembered) == remembered
    monkeypatch.setenv("BALANCE_JOURNAL", str(tmp_path / "env.db"))
    assert choose_journal_path(None, remembered) == tmp_path / "env.db"
