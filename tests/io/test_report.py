"""The monthly report: its pages, its entries, and a redacted variant without any entry text."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest

from desktop.domain.balance import DEFAULT_THRESHOLDS
from desktop.domain.series import ChartData
from desktop.domain.theme_catalogue import BUILTIN_THEMES
from desktop.domain.trend import Drift, DriftAlert, RatedPoint
from desktop.io.report import BODY_LIMIT, REPORT_CHARTS, ReportInput, month_end, write_report
from tests.factories import make_entry
from tests.io.pdf_text import page_count, pdf_lines

MONTH = date(2026, 9, 1)
SECRET_TITLE = "Zanzibar (picnic) at the lake"
SECRET_BODY = "We argued about $400 and then laughed; Quixotic wombats ☕ forever"
# Words only entries hold, in plain ASCII without ligature pairs (see tests/io/pdf_text.py).
SECRET_WORDS = ("Zanzibar", "picnic", "argued", "$400", "laughed", "Quixotic", "wombats", "Evening number")


def month_entries(count: int = 12, long_body: str | None = None):  # type: ignore[no-untyped-def]
    entries = []
    for i in range(count):
        entries.append(
            make_entry(
                title=SECRET_TITLE if i == 0 else f"Evening number {i}",
                body=SECRET_BODY if i == 0 else (long_body if i == 1 and long_body else f"Plain note {i}."),
                date=MONTH + timedelta(days=i * 2),
                time=time(20, 30),
                themes=["trust", "codependency"] if i % 3 == 0 else ["self-care"],
                people=["Sam"] if i % 2 else [],
                independence=3 + i % 4,
                interdependence=7 - i % 3,
            )
        )
    return entries


def report_input(entries) -> ReportInput:  # type: ignore[no-untyped-def]
    points = [RatedPoint(e.date, e.independence, e.interdependence, tuple(e.themes)) for e in entries]
    data = ChartData.from_points(
        points,
        {"Sam": [p for p, e in zip(points, entries, strict=True) if "Sam" in e.people]},
        pillars={t.slug: t.pillar for t in BUILTIN_THEMES},
        theme_names={t.slug: t.name for t in BUILTIN_THEMES},
        date_from=MONTH,
        date_to=month_end(MONTH),
    )
    alert = DriftAlert(Drift.CODEPENDENCY, 3.5, 3.2, 4, 9, date(2026, 9, 17), date(2026, 9, 30))
    return ReportInput(MONTH, data, entries, [alert], DEFAULT_THRESHOLDS)


def test_month_end() -> None:
    assert month_end(date(2026, 2, 1)) == date(2026, 2, 28)
    assert month_end(date(2024, 2, 1)) == date(2024, 2, 29)
    assert month_end(date(2026, 12, 1)) == date(2026, 12, 31)


def test_report_has_summary_charts_and_entries(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    pages = write_report(report_input(month_entries(8)), target)
    assert pages == page_count(target) == 1 + len(REPORT_CHARTS) + 1
    text = "\n".join(pdf_lines(target))
    assert "Balance Journal " in text and " September 2026" in text
    assert "Entries: 8 on 8 days" in text
    assert "Rated entries by zone" in text
    assert "Where has my balance been heading?" in text and "Balance map" in text
    assert "lean towards others (mean balance +3.5" in text  # the drift note
    assert SECRET_TITLE in text
    assert "We argued about $400 and then laughed; Quixotic wombats" in text  # no mathtext
    assert target.stat().st_mode & 0o777 == 0o600


def test_redacted_report_holds_no_entry_text(tmp_path: Path) -> None:
    entries = month_entries()
    full, shared = tmp_path / "full.pdf", tmp_path / "shared.pdf"
    write_report(report_input(entries), full)
    write_report(report_input(entries), shared, redacted=True)
    full_text = "\n".join(pdf_lines(full))
    text = "\n".join(pdf_lines(shared))
    assert "titles and text left out" in text
    assert "Thu 03 Sep 2026" in text  # dates, themes and people stay
    assert "themes: trust, codependency" in text and "with: Sam" in text
    for word in SECRET_WORDS:
        assert word in full_text  # the reader sees entry text when it is there ...
        assert word not in text  # ... and none in the shared report
    assert b"Zanzibar" not in shared.read_bytes()  # nor in the file's metadata


def test_many_entries_run_over_pages_and_a_long_text_is_capped(tmp_path: Path) -> None:
    long_body = "\n".join(f"Paragraph {n} " + "words " * 40 for n in range(400))
    entries = month_entries(15, long_body)
    target = tmp_path / "long.pdf"
    pages = write_report(report_input(entries), target)
    assert pages >= 1 + len(REPORT_CHARTS) + 3
    text = "\n".join(pdf_lines(target))
    for entry in entries:
        assert entry.title in text  # every entry is somewhere
    assert "(continues in the journal)" in text
    assert "Paragraph 399" not in text and len(long_body) > BODY_LIMIT


def test_an_empty_month_still_makes_a_report(tmp_path: Path) -> None:
    target = tmp_path / "empty.pdf"
    data = ChartData(days=[], date_from=MONTH, date_to=month_end(MONTH))
    pages = write_report(ReportInput(MONTH, data, [], [], DEFAULT_THRESHOLDS), target)
    assert pages == 1 + len(REPORT_CHARTS) + 1
    text = "\n".join(pdf_lines(target))
    assert "No entries this month." in text
    assert "No drift towards codependency or isolation" in text


def test_unwritable_place_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_report(report_input(month_entries(2)), tmp_path / "missing" / "r.pdf")
    assert list(tmp_path.iterdir()) == []
