"""The command line: global options, dispatch to the commands, and the exit-code contract.

Exit 0 on success, 2 for a usage error (argparse's own), 1 for any other failure with a one-line
reason on stderr. An unexpected failure (our bug) also leaves its traceback, without journal
text, in the log file (desktop/logs.py), and the reason names that file. Qt is imported only
when the window is asked for.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop import APP_NAME, __version__
from desktop.commands import export_early

if TYPE_CHECKING:
    import argparse

PROG = "balance-journal"
DEBUG_ENV = "BALANCE_JOURNAL_DEBUG"


def _look_up_argparse_messages_once() -> None:
    """argparse asks gettext for each of its messages while the parser is built, about 75 for
    every command, and gettext searches the disk for a catalogue at each ask: the same answer
    every time within a process, so it is kept after the first."""
    import argparse
    import functools

    if not hasattr(argparse._, "cache_info"):  # type: ignore[attr-defined]
        argparse._ = functools.lru_cache(maxsize=None)(argparse._)  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from desktop.commands import attachments, charts, entries, safety, stats, sync, transfer

    _look_up_argparse_messages_once()
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=f"{APP_NAME}: a private journal of independence and interdependence. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--journal",
        metavar="PATH",
        help="the journal file (default: $BALANCE_JOURNAL, else journal.db in your data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (entries, attachments, stats, transfer, charts, safety, sync):
        module.register(commands)
    return parser


def fail(message: str) -> int:
    # One line, always: a message quoting SQLite or a file may hold line breaks of its own.
    one_line = " ".join(message.splitlines())
    print(f"{PROG}: error: {one_line}", file=sys.stderr)
    return 1


def unexpected_reason(error: BaseException, logged: bool) -> str:
    """The line for our bug: the user's own terminal may show its message; the log never does."""
    from desktop.logs import log_file

    text = str(error)
    reason = f"unexpected {type(error).__name__}" + (f": {text}" if text else "")
    if logged:
        return f"{reason}; the details were written to {log_file()}"
    return f"{reason} (the log could not be written; set {DEBUG_ENV}=1 for details)"


def main(argv: Sequence[str] | None = None) -> int:
    # `export csv` of the whole journal starts its second process before anything else loads
    # (commands/export_early.py); this module and that one import only the standard library.
    export_early.start_from_command_line(sys.argv[1:] if argv is None else list(argv))
    try:
        return _main(argv)
    finally:
        export_early.abandon_early()  # one started and not taken: the command failed first


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.journal is not None and not args.journal.strip():
        # An empty variable in a script must not fall back to the default journal.
        parser.error("--journal is empty; give the journal's file name")
    from desktop.commands.common import AFTER_SUCCESS, CommandError
    from desktop.logs import setup_logging, write_unexpected

    setup_logging()  # no file is touched unless something is logged
    from desktop.domain.i18n import chosen_language, use_language

    use_language(chosen_language())  # the language the window speaks too (Settings, else LANG)
    if args.command is None:
        from desktop.ui.app.launch import launch_window

        return launch_window(args.journal)
    from desktop.store.journal.errors import JournalError

    AFTER_SUCCESS.clear()
    try:
        result = args.handler(args)
    except (JournalError, CommandError) as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return fail("interrupted; nothing was changed")
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); not worth a message.
        sys.stderr.close()
        return 1
    except Exception as error:  # our bug, unless the environment caused it
        from desktop.store.journal.errors import classify

        # Only database errors: an OSError here is about some other file than the journal.
        typed = None if isinstance(error, OSError) else classify(error)
        if typed is not None:
            return fail(str(typed))
        logged = write_unexpected(error, f"the {args.command} command")
        if os.environ.get(DEBUG_ENV):
            raise
        return fail(unexpected_reason(error, logged))
    for note in AFTER_SUCCESS:
        print(note, file=sys.stderr)
    return int(result or 0)


def run() -> None:
    """The process's entry point (`balance-journal`, `python -m desktop`): `main`, then exit.

    Python's own exit tears every module down and collects every object in cycles: 15-20 ms
    after a command that loaded the store, as long as a small command's whole work. Everything
    is written and closed by then (files and the journal by their `with` blocks, the log at its
    exit hook, which still runs), so the collector is told to leave the objects as they are.
    """
    code = main()
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
