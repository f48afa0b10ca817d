"""CSV rows are written exactly as the `csv` module's excel dialect writes them."""

from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from desktop.io.formats.csv_text import csv_row

cells = st.text(alphabet=st.sampled_from("ab ,\"\r\n\t'=;é€"), max_size=12)


@given(st.lists(cells, min_size=1, max_size=6))
def test_rows_match_the_csv_module_and_read_back(row: list[str]) -> None:
    expected = io.StringIO(newline="")
    csv.writer(expected, dialect="excel", lineterminator="\r\n").writerow(row)
    written = csv_row(row)
    assert written == expected.getvalue()
    assert next(csv.reader(io.StringIO(written, newline=""))) == row
