"""The app's log: a small rotating file in the user's log folder, for the traceback of a bug.

Only the "desktop" logger writes there (not the root logger), so libraries' chatter stays out.
The log must never hold journal text, and exception messages may quote it (a ValueError naming
a title, an IntegrityError quoting values, a path chosen after an entry). So a traceback is
written as the exception's type and its frames (file, line, function; the source line only for
our own code) and never as `str(exception)`; see `_safe_detail` for the few details kept.
Messages logged through the "desktop" logger must hold no journal text either.

The file handler opens its file on the first record, so setting up costs a command no disk
access. CLI runs and the window may share the file; rotation between two processes at the same
moment can lose a record, which a log of rare failures can afford.

Nothing here imports Qt: the command line sets this up on every start.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import logging.handlers
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop import APP_NAME, __version__

LOG_DIR_ENV = "BALANCE_JOURNAL_LOG_DIR"  # tests point this at a temporary folder
# The same folder name as the data folder's (store/journal/paths.py); not imported from there so
# that any layer may log without depending on the store.
APP_DIR_NAME = "balance-journal"
LOG_FILE_NAME = "balance-journal.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 3
LOGGER_NAME = "desktop"

_OWN_CODE = os.path.dirname(os.path.abspath(__file__)) + os.sep
_setup_lock = threading.RLock()

_Hook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def log_dir() -> Path:
    """The folder of the log: `$BALANCE_JOURNAL_LOG_DIR`, else the platform's user log folder."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def ensure_log_dir() -> Path:
    """The log folder, created readable by the user alone if it is missing (a journal is private).

    A folder that exists is left as it is: the override may name a folder that is not ours.
    """
    folder = log_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


# --- writing a traceback without the user's words ---------------------------------------------


def _safe_detail(error: BaseException) -> str | None:
    """The part of an exception's message known to hold no user text, or None.

    Kept: an OSError's error number with the system's own wording for it (not the exception's
    strerror, which any code may set, nor its file names); SQLite's result code name (the
    message may quote a value); an ImportError's module name, which comes from our imports and
    tells a broken installation apart. Everything else is withheld.
    """
    if isinstance(error, OSError) and isinstance(error.errno, int):
        name = errno.errorcode.get(error.errno, "unknown")
        return f"errno {error.errno} {name}: {os.strerror(error.errno)}"
    code = getattr(error, "sqlite_errorname", None)
    if isinstance(code, str) and code.startswith("SQLITE_") and code.replace("_", "").isalnum():
        return code
    if isinstance(error, ImportError) and error.name and error.name.replace(".", "").isidentifier():
        return f"module {error.name}"
    return None


def _type_name(error: BaseException) -> str:
    kind = type(error)
    return kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


def _frames(error: BaseException) -> list[str]:
    lines: list[str] = []
    summary = traceback.StackSummary.extract(traceback.walk_tb(error.__traceback__), lookup_lines=False)
    for frame in summary:
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        # Our own source says what the code did; other files are found from their versions.
        if os.path.abspath(frame.filename).startswith(_OWN_CODE) and frame.line:
            lines.append(f"    {frame.line.strip()}")
    return lines


CAUSE = "The above exception was the direct cause of the following exception:"
CONTEXT = "During handling of the above exception, another exception occurred:"


def _chain(error: BaseException) -> list[tuple[BaseException, str]]:
    """The exception and those it arose from, oldest first, each with the line that links it to
    the next one (as Python prints them)."""
    newest_first: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        newest_first.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, CONTEXT
        else:
            current = None
    return newest_first[::-1]


def safe_traceback(error: BaseException, indent: str = "") -> str:
    """A traceback like Python's, with every exception message left out (see `_safe_detail`)."""
    lines: list[str] = []
    for exc, link in _chain(error):
        frames = _frames(exc)
        if frames:  # as Python does, no heading for an exception that was never raised
            lines.append("Traceback (most recent call last):")
            lines += frames
        detail = _safe_detail(exc)
        lines.append(f"{_type_name(exc)}: {detail}" if detail else f"{_type_name(exc)} (message withheld)")
        if isinstance(exc, BaseExceptionGroup):
            for number, inner in enumerate(exc.exceptions, 1):
                lines.append(f"  Sub-exception {number}:")
                lines.append(safe_traceback(inner, "    "))
        if link:
            lines += ["", link, ""]
    return "\n".join(indent + line if line else line for line in lines)


class _PrivateFormatter(logging.Formatter):
    """Formats any record's exception the safe way, so `logger.exception()` anywhere is safe."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler (a test runner's, say) may have formatted the record first and cached
        # its full traceback, message and all, on the record; that cache is not ours to use.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: Any) -> str:
        error = ei[1]
        return safe_traceback(error) if isinstance(error, BaseException) else ""


class _PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file the user alone may read, in a folder made when the first record comes."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
        self.failed = False

    def _open(self) -> Any:
        ensure_log_dir()
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        descriptor = os.open(self.baseFilename, flags, 0o600)
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, 0o600)  # a file left by an older version may be wider open
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        # A log that cannot be written must not print its own traceback over the command's output.
        self.failed = True


def _our_handler(logger: logging.Logger) -> _PrivateFileHandler | None:
    return next((h for h in logger.handlers if isinstance(h, _PrivateFileHandler)), None)


def _ensure_handler() -> _PrivateFileHandler:
    """The file handler of the "desktop" logger, for the current log folder: one, never two."""
    logger = logging.getLogger(LOGGER_NAME)
    wanted = os.path.abspath(log_file())
    with _setup_lock:
        handler = _our_handler(logger)
        if handler is not None and handler.baseFilename == wanted:
            return handler
        if handler is not None:  # the folder changed (a test's override): move to the new one
            logger.removeHandler(handler)
            handler.close()
        handler = _PrivateFileHandler(Path(wanted))
        handler.setFormatter(
            _PrivateFormatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
        )
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False  # the traceback goes to the private file only
        return handler


def setup_logging() -> Path:
    """Send the "desktop" logger to the log file, and log uncaught exceptions; returns the file.

    Cheap (no Qt, no disk access until something is logged) and safe to call again.
    """
    handler = _ensure_handler()
    install_excepthooks()
    return Path(handler.baseFilename)


# --- unexpected errors ------------------------------------------------------------------------

_LOGGED_MARK = "_desktop_logged"
UNEXPECTED_LOGGED = "an unexpected problem happened ({kind}); its details were written to {path}"
UNEXPECTED_NOT_LOGGED = "an unexpected problem happened ({kind}), and it could not be written to {path}"


def write_unexpected(error: BaseException, where: str) -> bool:
    """Log `error` (our bug) with its traceback and no user text; True if it reached the file.

    `where` says what was running, in our words (e.g. "a background job"). An exception is
    written once: one re-raised to the excepthook after it was logged is not written again.
    """
    if getattr(error, _LOGGED_MARK, False):
        return True
    handler = _ensure_handler()
    import platform

    with _setup_lock:  # the failure flag belongs to this record
        handler.failed = False
        logging.getLogger(LOGGER_NAME).error(
            "unexpected %s in %s (%s %s, Python %s, %s)",
            type(error).__name__,
            where,
            APP_NAME,
            __version__,
            platform.python_version(),
            f"{platform.system()} {platform.release()}",
            exc_info=error,
        )
        written = not handler.failed
    if written:
        with contextlib.suppress(AttributeError, TypeError):  # a marker, not worth failing over
            setattr(error, _LOGGED_MARK, True)
    return written


def log_unexpected(error: BaseException, where: str = "the app") -> str:
    """Log `error` as `write_unexpected` does; returns a one-line message for the user that
    names the log file and holds no user text."""
    written = write_unexpected(error, where)
    template = UNEXPECTED_LOGGED if written else UNEXPECTED_NOT_LOGGED
    return template.format(kind=type(error).__name__, path=log_file())


def mentions_log(message: str) -> bool:
    """Whether a message tells of an unexpected problem written to the log (it names the file)."""
    return str(log_file()) in message


def install_excepthooks() -> None:
    """Log exceptions nobody caught (main thread, other threads, Qt slots via sys.excepthook),
    then hand them to the hook that was there before, which prints them as usual."""
    if not getattr(sys.excepthook, "_logs_to_file", False):
        sys.excepthook = _chained_excepthook(sys.excepthook)
    if not getattr(threading.excepthook, "_logs_to_file", False):
        threading.excepthook = _chained_threading_hook(threading.excepthook)


def _chained_excepthook(previous: _Hook) -> _Hook:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> Any:
        if isinstance(error, KeyboardInterrupt) or os.environ.get("BALANCE_JOURNAL_DEBUG"):
            return previous(kind, error, tb)
        logged = False
        with contextlib.suppress(Exception):
            logged = write_unexpected(error, "the main thread (uncaught)")
        if not logged:
            return previous(kind, error, tb)
        # The full message may quote entry text, and a desktop session often keeps stderr in
        # the system's log: say where the details are instead.
        with contextlib.suppress(Exception):
            print(f"balance-journal: unexpected {kind.__name__}; details in {log_file()}", file=sys.stderr)
        return None

    hook._logs_to_file = True  # type: ignore[attr-defined]
    return hook


def _chained_threading_hook(
    previous: Callable[[threading.ExceptHookArgs], Any],
) -> Callable[[threading.ExceptHookArgs], Any]:
    def hook(args: threading.ExceptHookArgs) -> Any:
        if args.exc_value is not None and not isinstance(args.exc_value, SystemExit):
            with contextlib.suppress(Exception):
                write_unexpected(args.exc_value, "a thread (uncaught)")
        return previous(args)

    hook._logs_to_file = True  # type: ignore[attr-defined]
    return hook
