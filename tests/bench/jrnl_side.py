"""jrnl 4.6 on the same entries: where it is, a config of its own, and its commands."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

JRNL_ENV = "BALANCE_TEST_JRNL"  # set by ./test.sh and ./bench.sh (see .ci/setup.sh)
WANTED_VERSION = "4.6"
# Export formats that write every entry to a file. Measured once on 20,000 entries while this
# benchmark was written: txt 1.3 s, markdown 1.5 s, json 36 s, xml 31 s (then failed); yaml
# needs a folder. The two fastest are timed on every run and the faster one is compared.
EXPORT_FORMATS = ("txt", "md")


def find_jrnl(given: str | None) -> str | None:
    """The jrnl to compare with: the one given, else $BALANCE_TEST_JRNL, else `jrnl` on PATH."""
    for candidate in (given, os.environ.get(JRNL_ENV), shutil.which("jrnl")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def jrnl_version(jrnl: str) -> str:
    result = subprocess.run([jrnl, "--version"], capture_output=True, text=True, timeout=60)
    first = (result.stdout or result.stderr).strip().splitlines()
    return first[0].removeprefix("jrnl v").strip() if first else "unknown"


def write_config(folder: Path, journal_file: Path) -> Path:
    """A config that points jrnl at our journal file and keeps its output plain.

    Colours and highlighting off and no editor: output goes to a file, as ours does, and jrnl
    never waits on a prompt. Everything else is jrnl's default.
    """
    config = folder / "jrnl.yaml"
    config.write_text(
        "colors:\n  body: none\n  date: none\n  tag: none\n  title: none\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\n"
        "indent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal_file}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
        "timeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n",
        encoding="utf-8",
    )
    return config


def jrnl_argv(jrnl: str, config: Path, *args: str) -> list[str]:
    return [jrnl, "--config-file", str(config), *args]
