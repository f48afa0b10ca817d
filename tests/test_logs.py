"""The log: a private file in the log folder, tracebacks of our bugs without the user's words."""

from __future__ import annotations

import logging
import sqlite3
import stat
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import logs

MARKER = "secret diary words"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _log_text(tmp_path: Path) -> str:
    return (tmp_path / "logs" / logs.LOG_FILE_NAME).read_text(encoding="utf-8")


def save_the_entry(title: str) -> None:
    raise ValueError(f"cannot save {title!r}")


def press_save() -> None:
    save_the_entry(MARKER)


def _raised(function: Callable[..., object], *args: object) -> BaseException:
    try:
        function(*args)
    except Exception as error:
        return error
    raise AssertionError("nothing was raised")


def test_the_log_goes_to_the_override_folder_and_only_the_user_may_read_it(tmp_path: Path) -> None:
    path = logs.setup_logging()
    assert path == tmp_path / "logs" / "balance-journal.log"
    assert not path.parent.exists()  # nothing on disk until something is logged
    logging.getLogger("desktop.some.module").warning("a record")
    assert "a record" in path.read_text(encoding="utf-8")
    if sys.platform != "win32":
        assert _mode(path) == 0o600
        assert _mode(path.parent) == 0o700


def test_setting_up_twice_adds_no_second_handler(tmp_path: Path) -> None:
    logs.setup_logging()
    logs.setup_logging()
    logging.getLogger("desktop").warning("once")
    assert _log_text(tmp_path).count("once") == 1


def test_an_unexpected_error_is_logged_with_its_traceback_but_not_its_message(tmp_path: Path) -> None:
    message = logs.log_unexpected(_raised(press_save), "a test")
    text = _log_text(tmp_path)
    assert "unexpected ValueError in a test" in text
    assert "in press_save" in text and "in save_the_entry" in text
    assert "Traceback (most recent call last):" in text
    assert MARKER not in text
    assert MARKER not in message
    assert str(tmp_path / "logs" / "balance-journal.log") in message


def test_errors_it_arose_from_are_logged_without_their_messages_too(tmp_path: Path) -> None:
    def wrap() -> None:
        try:
            press_save()
        except ValueError as error:
            raise RuntimeError(f"while saving {MARKER}") from error

    logs.log_unexpected(_raised(wrap))
    text = _log_text(tmp_path)
    assert "direct cause" in text and "RuntimeError" in text and "in wrap" in text
    assert MARKER not in text


def test_an_integrity_error_keeps_its_code_and_loses_the_values_it_quotes(tmp_path: Path) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE entry (title TEXT CHECK (title != 'secret diary words'))")
    error = _raised(db.execute, "INSERT INTO entry VALUES (?)", (MARKER,))
    logs.log_unexpected(error)
    text = _log_text(tmp_path)
    assert "sqlite3.IntegrityError: SQLITE_CONSTRAINT_CHECK" in text
    assert MARKER not in text


def test_an_os_error_keeps_its_number_and_loses_its_file_name(tmp_path: Path) -> None:
    error = _raised(open, tmp_path / MARKER / "entry.txt")
    logs.log_unexpected(error)
    text = _log_text(tmp_path)
    assert "FileNotFoundError: errno 2 ENOENT" in text
    assert MARKER not in text


def test_any_desktop_logger_writes_tracebacks_without_messages(tmp_path: Path) -> None:
    logs.setup_logging()
    try:
        press_save()
    except ValueError:
        logging.getLogger("desktop.ui.editor").exception("saving failed")
    text = _log_text(tmp_path)
    assert "saving failed" in text and "in save_the_entry" in text
    assert MARKER not in text


def test_a_log_that_cannot_be_written_is_said_and_prints_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(blocker / "logs"))
    assert logs.write_unexpected(_raised(press_save), "a test") is False
    assert "could not be written" in logs.log_unexpected(_raised(press_save))
    assert capsys.readouterr().err == ""


def test_the_log_rotates_and_old_files_stay_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    for _ in range(20):
        logs.log_unexpected(_raised(press_save))
    folder = tmp_path / "logs"
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == [
        "balance-journal.log",
        "balance-journal.log.1",
        "balance-journal.log.2",
        "balance-journal.log.3",
    ]
    if sys.platform != "win32":
        assert {_mode(f) for f in files} == {0o600}


def test_an_exception_is_logged_once_even_if_the_hook_sees_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: seen.append(error))
    logs.install_excepthooks()
    error = _raised(press_save)
    logs.log_unexpected(error)
    sys.excepthook(type(error), error, error.__traceback__)
    assert _log_text(tmp_path).count("unexpected ValueError") == 1
    # Logged, so the full message (which may quote entry text) is not printed to stderr,
    # where a desktop session often keeps it; with the debug switch it is, for developers.
    assert seen == []
    monkeypatch.setenv("BALANCE_JOURNAL_DEBUG", "1")
    sys.excepthook(type(error), error, error.__traceback__)
    assert seen == [error]


def test_an_uncaught_error_says_where_its_details_are_without_its_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: None)
    logs.install_excepthooks()
    error = _raised(press_save)
    sys.excepthook(type(error), error, error.__traceback__)
    err = capsys.readouterr().err
    assert "unexpected ValueError" in err and str(logs.log_file()) in err
    assert MARKER not in err


def test_an_uncaught_error_in_a_thread_is_logged(tmp_path: Path) -> None:
    seen: list[type[BaseException]] = []
    # Put back by hand, within the test: pytest swaps this hook around each test's call itself.
    before = threading.excepthook
    threading.excepthook = lambda args: seen.append(args.exc_type)
    try:
        logs.install_excepthooks()
        logs.install_excepthooks()  # once is enough: the hook is not wrapped twice
        thread = threading.Thread(target=press_save, name="worker")
        thread.start()
        thread.join()
    finally:
        threading.excepthook = before
    assert seen == [ValueError]
    text = _log_text(tmp_path)
    assert text.count("unexpected ValueError in a thread") == 1
    assert MARKER not in text


def test_a_message_naming_the_log_is_known_as_a_logged_problem() -> None:
    logged = logs.log_unexpected(_raised(press_save))
    assert logs.mentions_log(f"Today's backup could not be made: {logged}")
    assert not logs.mentions_log("the disk is full; nothing was saved")


def test_a_traceback_another_handler_formatted_first_is_not_reused(tmp_path: Path) -> None:
    """A handler before ours (a test runner's, a debugging aid) caches the full traceback on the
    record; the file must still get the one without messages."""
    logs.setup_logging()
    logger = logging.getLogger("desktop")
    seen: list[str] = []

    class Verbose(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(logging.Formatter().format(record))

    verbose = Verbose()
    logger.handlers.insert(0, verbose)
    try:
        logs.log_unexpected(_raised(press_save))
    finally:
        logger.removeHandler(verbose)
    assert MARKER in seen[0]  # the other handler did see it: the check below means something
    assert MARKER not in _log_text(tmp_path)
