"""The exported CSV opened by a real spreadsheet: LibreOffice evaluates none of it as a formula.

`./test.sh` installs LibreOffice (`libreoffice-calc-nogui`); without it this test fails and says so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.io.formats.csv_export import write_csv
from desktop.store.entries.entry_table import iter_entries, save_entries
from tests.factories import make_entry

SOFFICE = shutil.which("soffice")
# Comma, double quote, UTF-8, from line 1, standard columns, default language, quoted cells not
# forced to text, special numbers detected, …, and token 13: evaluate formulas — the riskiest way.
RISKY_OPTIONS = "CSV:44,34,76,1,,0,false,true,false,false,false,-1,true"
TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TEXTS = ["=1+1", "+2+2", "-3+3", "@SUM(1;2)", '=HYPERLINK("http://example.com";"x")', "'quoted"]
PLAIN = ["മലയാളം 😀 שלום مرحبا", 'commas, "quotes"; semicolons']


def _cell_texts(fods: Path) -> tuple[list[str], int]:
    root = ET.parse(fods).getroot()
    texts, formulas = [], 0
    for cell in root.iter(f"{TABLE_NS}table-cell"):
        if cell.get(f"{TABLE_NS}formula"):
            formulas += 1
        paragraphs = ["".join(p.itertext()) for p in cell.iter(f"{TEXT_NS}p")]
        if paragraphs:
            texts.append("\n".join(paragraphs))
    return texts, formulas


def test_libreoffice_shows_the_texts_and_runs_no_formula(journal, tmp_path: Path) -> None:
    assert SOFFICE, "LibreOffice (soffice) is needed: apt-get install libreoffice-calc-nogui"
    save_entries([make_entry(title=t, body=b) for t, b in zip(TEXTS, TEXTS[::-1], strict=True)])
    save_entries([make_entry(title=text) for text in PLAIN])
    source = tmp_path / "journal.csv"
    write_csv(iter_entries(), source)
    env = {**os.environ, "HOME": str(tmp_path / "home")}
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            f"--infilter={RISKY_OPTIONS}",
            "--convert-to",
            "fods",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    texts, formulas = _cell_texts(tmp_path / "journal.fods")
    assert formulas == 0
    for text in TEXTS:
        assert "'" + text in texts  # shown as text, with the one visible escape mark
    for text in PLAIN:
        assert text in texts
