"""Which heavy libraries a command line run imports: the window's and the charts' stay out.

    python -m tests.bench.imports REPORT_FILE [balance-journal arguments...]

runs the command exactly as `balance-journal` would, then writes the heavy top-level packages it
loaded to REPORT_FILE as a JSON list (stdout stays the command's own).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HEAVY = ("PySide6", "shiboken6", "matplotlib")


def heavy_modules() -> list[str]:
    return sorted({name.split(".")[0] for name in sys.modules} & set(HEAVY))


def main(argv: list[str]) -> int:
    report, *command = argv
    from desktop.cli import main as cli_main

    try:
        code = cli_main(command)
    finally:
        Path(report).write_text(json.dumps(heavy_modules()), encoding="utf-8")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
