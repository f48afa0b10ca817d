"""What `list` and `search` print, one line per entry: every part of the line, as a user reads it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.balance import DEFAULT_THRESHOLDS
from desktop.domain.entry import Entry
from desktop.store.journal.opening import open_journal
from desktop.store.journal.settings import save_thresholds
from desktop.store.transfer.bulk import insert_entries_bulk
from tests.factories import make_entry


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _journal_with(path: Path, entries: list[Entry]) -> None:
    journal = open_journal(path)
    try:
        insert_entries_bulk(entries)
    finally:
        journal.close()


def test_each_part_of_a_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    j = tmp_path / "j.db"
    everything = make_entry(
        title="Sunday  walk\nby the river",  # folded onto the line's one row
        date=date(2026, 3, 1),
        time=time(9, 5),
        themes=["trust", "own-interests"],
        people=["Sam", "Ana"],
        independence=6,
        interdependence=7,
        starred=True,
    )
    untitled = make_entry(title=" \t", date=date(2026, 3, 2), time=time(21, 0), people=["Tom"])
    half_rated = make_entry(title="Tired", date=date(2026, 3, 3), themes=["self-care"], independence=3)
    leaning = make_entry(title="Alone again", date=date(2026, 3, 4), independence=9, interdependence=4)
    _journal_with(j, [leaning, untitled, everything, half_rated])

    code, out, _ = run(capsys, "--journal", j, "list")
    assert code == 0
    assert out.splitlines() == [
        f"2026-03-01 09:05  ★ Sunday walk by the river  [trust, own-interests]  with Sam, Ana"
        f"  balance +1 (interdependent)  {everything.uuid[:8]}",
        f"2026-03-02 21:00  (untitled)  with Tom  {untitled.uuid[:8]}",
        f"2026-03-03 20:30  Tired  [self-care]  {half_rated.uuid[:8]}",
        f"2026-03-04 20:30  Alone again  balance -5 (leaning-on-self)  {leaning.uuid[:8]}",
    ]
    code, out, _ = run(capsys, "--journal", j, "search", "river")
    assert out.splitlines() == [
        f"2026-03-01 09:05  ★ Sunday walk by the river  [trust, own-interests]  with Sam, Ana"
        f"  balance +1 (interdependent)  {everything.uuid[:8]}",
    ]


def test_the_zone_follows_the_journals_own_thresholds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    j = tmp_path / "j.db"
    entry = make_entry(title="Even", independence=5, interdependence=8)
    _journal_with(j, [entry])
    assert "balance +3 (leaning-on-others)" in run(capsys, "--journal", j, "list")[1]
    journal = open_journal(j)
    try:
        save_thresholds(replace(DEFAULT_THRESHOLDS, balanced_band=3.0))
    finally:
        journal.close()
    assert "balance +3 (balanced)" in run(capsys, "--journal", j, "list")[1]


def _line_of(entry: Entry) -> str:
    """The line as `list` wrote it from the whole entry, before lines were read without bodies."""
    parts = [
        f"{entry.date.isoformat()} {entry.time.strftime('%H:%M')}",
        ("★ " if entry.starred else "") + (" ".join(entry.title.split()) or "(untitled)"),
    ]
    if entry.themes:
        parts.append("[" + ", ".join(entry.themes) + "]")
    if entry.people:
        parts.append("with " + ", ".join(entry.people))
    zone = entry.zone(DEFAULT_THRESHOLDS)
    if zone is not None:
        parts.append(f"balance {entry.balance:+d} ({zone.value})")
    parts.append(entry.uuid[:8])
    return "  ".join(parts)


def test_thousands_of_lines_say_what_each_entry_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # More than one write's worth of lines, every rating pair, and themes and people in orders
    # unlike their names.
    themes = ["trust", "self-care", "boundaries", "own-interests", "communication", "teamwork"]
    people = ["Sam", "Ana", "Tom", "Maria", "Eli"]
    entries = [
        make_entry(
            title=f"Evening {i}" if i % 9 else "",
            body="anniversary dinner" if i % 3 else "a quiet day",
            date=date(2020, 1, 1) + timedelta(days=i % 700),
            time=time(i % 24, i % 60),
            themes=[themes[(i * 5 + k) % 6] for k in range(i % 5)],
            people=[people[(i * 2 + k) % 5] for k in range(i % 4)],
            independence=i % 11 if i % 13 else None,
            interdependence=(i // 11) % 11,
            starred=i % 10 == 0,
        )
        for i in range(2600)
    ]
    j = tmp_path / "j.db"
    _journal_with(j, entries)
    by_uuid = {e.uuid: e for e in entries}

    listed = run(capsys, "--journal", j, "list")[1].splitlines()
    oldest_first = sorted(entries, key=lambda e: (e.date, e.time, entries.index(e)))
    assert listed == [_line_of(e) for e in oldest_first]

    found = run(capsys, "--journal", j, "search", "anniversary")[1].splitlines()
    assert len(found) == sum(1 for e in entries if "anniversary" in e.body)
    assert len({line[-8:] for line in found}) == len(found)
    shown = {e.uuid[:8]: e for e in by_uuid.values()}
    assert found == [_line_of(shown[line[-8:]]) for line in found]
