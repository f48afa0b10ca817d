"""Background jobs: a user's problem is told as it is; our bug goes to the log, not its words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.store.journal.errors import DiskFull
from desktop.ui.common.workers import Workers

MARKER = "secret diary words"


def summarise_entry(title: str) -> str:
    raise ValueError(f"cannot summarise {title!r}")


def _failure(qtbot: QtBot, work: Callable[[], object]) -> str:
    workers = Workers()
    messages: list[str] = []
    workers.run(work, lambda _result: None, messages.append)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    workers.wait()
    return messages[0]


def test_an_unexpected_error_is_logged_and_told_without_the_users_words(
    qtbot: QtBot, journal: object, tmp_path: Path
) -> None:
    message = _failure(qtbot, lambda: summarise_entry(MARKER))
    log = tmp_path / "logs" / "balance-journal.log"
    assert MARKER not in message
    assert "unexpected problem" in message and "ValueError" in message and str(log) in message
    text = log.read_text(encoding="utf-8")
    assert "unexpected ValueError in a background job" in text
    assert "in summarise_entry" in text
    assert MARKER not in text


def test_a_journal_error_keeps_its_message_and_is_not_logged(
    qtbot: QtBot, journal: object, tmp_path: Path
) -> None:
    def fill_the_disk() -> None:
        raise DiskFull("the disk is full; nothing was saved")

    assert _failure(qtbot, fill_the_disk) == "the disk is full; nothing was saved"
    assert not (tmp_path / "logs").exists()
