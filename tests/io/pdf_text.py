"""Reading back a PDF the app wrote, the way a person's PDF viewer would: poppler's pdftotext.

matplotlib's own PDF text operators change between releases (literal strings, hex strings, CID
fonts), so the tests read pages through a real PDF reader instead of parsing content streams.
poppler-utils is installed by .ci/setup.sh.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        pytest.fail(f"{name} is needed (Debian package poppler-utils): run ./test.sh")
    return found


def pdf_text(path: Path) -> str:
    """All the text of the PDF, pages in order, laid out as pdftotext reads it."""
    done = subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8")


def pdf_lines(path: Path) -> list[str]:
    """The PDF's text as lines, blank ones left out."""
    return [line for line in pdf_text(path).splitlines() if line.strip()]


def page_count(path: Path) -> int:
    done = subprocess.run([_tool("pdfinfo"), str(path)], capture_output=True, check=True, text=True)
    for line in done.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError(f"pdfinfo gave no page count for {path}")
