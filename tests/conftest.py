"""Fixtures shared by every test: a fresh journal on disk, and Qt kept off any real screen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Widgets render offscreen unless a test asks for a real window (the Xvfb smoke tests).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's journal, settings, data or log folder."""
    monkeypatch.setenv("BALANCE_JOURNAL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BALANCE_JOURNAL_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("BALANCE_JOURNAL", raising=False)
    monkeypatch.delenv("BALANCE_JOURNAL_PASSPHRASE", raising=False)
    monkeypatch.delenv("BALANCE_JOURNAL_NEW_PASSPHRASE", raising=False)


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.db"


@pytest.fixture
def journal(journal_path: Path) -> Iterator[object]:
    """A new, empty journal: a real SQLite file on disk, opened for the test, closed after."""
    from desktop.store.journal.opening import open_journal

    opened = open_journal(journal_path)
    try:
        yield opened
    finally:
        opened.close()
