"""CSV format version 1 as written: columns, BOM, quoting, formula safety."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from desktop.io.formats.csv_export import write_csv
from desktop.io.formats.records import CSV_COLUMNS, escape_formula, unescape_formula
from tests.factories import make_entry


def read_rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "spreadsheets need the byte-order mark"
    return list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def test_header_and_a_rated_entry(tmp_path: Path) -> None:
    entry = make_entry(
        title="Sunday walk",
        themes=["trust", "own-interests"],
        people=["Sam"],
        independence=6,
        interdependence=7,
    )
    out = tmp_path / "out.csv"
    assert write_csv([entry], out) == 1
    first_line = out.read_bytes()[3:].split(b"\r\n")[0].decode()
    assert first_line == ",".join(CSV_COLUMNS)
    row = read_rows(out)[0]
    assert row["themes"] == "trust;own-interests"
    assert row["people"] == "Sam"
    assert (row["independence"], row["interdependence"], row["balance"]) == ("6", "7", "1")
    assert row["mood"] == "" and row["starred"] == "false"
    assert (row["date"], row["time"], row["utc_offset"]) == ("2026-03-14", "20:30", "+01:00")


def test_text_that_a_spreadsheet_would_run_is_escaped(tmp_path: Path) -> None:
    entry = make_entry(title='=HYPERLINK("x")', body='-5 degrees\nand "quotes", commas')
    out = tmp_path / "out.csv"
    write_csv([entry], out)
    row = read_rows(out)[0]
    assert row["title"] == '\'=HYPERLINK("x")'
    assert row["body"] == '\'-5 degrees\nand "quotes", commas'


@pytest.mark.parametrize("text", ["=1+1", "+x", "-", "@a", "\tx", "\rx", "'quoted", "''", "plain", ""])
def test_escape_has_an_exact_inverse(text: str) -> None:
    assert unescape_formula(escape_formula(text)) == text


def test_a_failed_export_leaves_no_partial_file(tmp_path: Path) -> None:
    def broken():  # type: ignore[no-untyped-def]
        yield make_entry()
        raise RuntimeError("disk went away")

    out = tmp_path / "out.csv"
    with pytest.raises(RuntimeError):
        write_csv(broken(), out)
    assert list(tmp_path.iterdir()) == []
