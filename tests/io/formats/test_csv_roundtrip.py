"""Export then import gives back the same entries, field for field, byte for byte."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.entry import Entry
from desktop.domain.entry_context import Place, Weather
from desktop.io.formats.csv_export import write_csv
from desktop.io.formats.csv_import import plan_csv
from desktop.io.formats.json_format import plan_json, write_json
from desktop.store.entries.entry_table import iter_entries, save_entries
from desktop.store.entries.person_table import all_people
from desktop.store.entries.theme_table import all_themes
from desktop.store.journal.opening import open_journal
from desktop.store.transfer.importing import apply_import
from tests.factories import make_entry
from tests.io.helpers import all_entries

# Characters that break naive CSV writers, formula triggers, and scripts that are easy to mangle.
TRICKY = "=+-@'\t\r\n\",; "
PIECES = ["മലയാളം", "ക്ഷ", "😀", "👩‍❤️‍👩", "שלום", "مرحبا", "\u200f", "\u200e", "é", "a", "b "]
text = st.lists(st.sampled_from(list(TRICKY) * 3 + PIECES), max_size=40).map("".join)
names = st.lists(st.sampled_from([*"=+-@'\t\",", "Sam", "മല", "😀", "שלום"]), min_size=1, max_size=5).map(
    "".join
)
slugs = st.sampled_from(["trust", "boundaries", "quality-time", "my-own-theme", "x1"])


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    offset = timedelta(minutes=draw(st.integers(-18 * 4, 18 * 4)) * 15)
    tz = timezone(offset)
    people = draw(st.lists(names, max_size=3))
    cleaned = list(
        {" ".join(p.split()).casefold(): " ".join(p.split()) for p in people if p.split()}.values()
    )
    return make_entry(
        title=draw(text),
        body=draw(text),
        date=draw(st.dates(date(1900, 1, 1), date(2100, 12, 31))),
        time=time(draw(st.integers(0, 23)), draw(st.integers(0, 59))),
        utc_offset=offset,
        themes=draw(st.lists(slugs, unique=True, max_size=3)),
        people=[p for p in cleaned if ";" not in p],
        independence=draw(st.none() | st.integers(0, 10)),
        interdependence=draw(st.none() | st.integers(0, 10)),
        mood=draw(st.none() | st.integers(1, 5)),
        starred=draw(st.booleans()),
        created_at=datetime(2020, 1, 2, 3, 4, 5, tzinfo=tz),
        updated_at=datetime(2021, 6, 7, 8, 9, 10, tzinfo=tz),
    )


coordinates = st.none() | st.floats(-90, 90, allow_nan=False, allow_infinity=False)
places = st.builds(
    Place,
    name=text,
    locality=st.sampled_from(["", "Oakland", "Östergötlands län", "മലപ്പുറം"]),
    country=st.sampled_from(["", "Sverige", "United States"]),
    latitude=coordinates,
    longitude=coordinates,
).filter(lambda p: any((p.name, p.locality, p.country)) or p.latitude is not None or p.longitude is not None)
weathers = st.builds(
    Weather,
    description=st.sampled_from(["", "Partly Cloudy", "☀ Clear"]),
    temperature_c=st.none() | st.floats(-90, 60, allow_nan=False, allow_infinity=False),
).filter(lambda w: bool(w.description) or w.temperature_c is not None)


@st.composite
def entries_with_context(draw: st.DrawFn) -> Entry:
    """Entries as other journal apps leave them: a place, the weather, the source journal's
    name and scale levels, each maybe absent."""
    entry = draw(entries())
    entry.place = draw(st.none() | places)
    entry.weather = draw(st.none() | weathers)
    entry.source = draw(st.sampled_from(["", "Journal", "Travel ✈", "=Work"]))
    entry.scales = draw(st.dictionaries(names.filter(str.strip), st.integers(-(2**40), 2**40), max_size=3))
    return entry


def _round_trip(batch: list[Entry], fmt: str) -> tuple[bytes, bytes, list[Entry], list[Entry]]:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        first, second = base / f"first.{fmt}", base / f"second.{fmt}"
        with open_journal(base / "a.db") as _:
            save_entries(batch)
            before = all_entries()
            if fmt == "csv":
                write_csv(iter_entries(), first)
            else:
                write_json(first, iter_entries(), all_themes(), all_people())
        with open_journal(base / "b.db") as _:
            plan = plan_csv(first) if fmt == "csv" else plan_json(first)
            assert plan.ok, plan.failure_message()
            result = apply_import(plan.entries(), themes=plan.themes, people=plan.people)
            assert result.added == len(batch)
            after = all_entries()
            if fmt == "csv":
                write_csv(iter_entries(), second)
            else:
                write_json(second, iter_entries(), all_themes(), all_people())
        return first.read_bytes(), second.read_bytes(), before, after


def _without_stamp(data: bytes) -> bytes:
    return data.split(b"\n", 1)[1]  # the JSON header line holds the export time


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entries(), min_size=1, max_size=6, unique_by=lambda e: e.uuid))
def test_csv_export_import_export_is_identical(batch: list[Entry]) -> None:
    first, second, before, after = _round_trip(batch, "csv")
    assert after == before
    assert second == first


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entries_with_context(), min_size=1, max_size=6, unique_by=lambda e: e.uuid))
def test_json_export_import_export_is_identical(batch: list[Entry]) -> None:
    """Place, weather, source and scales too: the JSON document loses nothing."""
    first, second, before, after = _round_trip(batch, "json")
    assert [(e.place, e.weather, e.source, e.scales) for e in before] == [
        (e.place, e.weather, e.source, e.scales) for e in sorted(batch, key=lambda e: e.uuid)
    ]
    assert after == before
    assert _without_stamp(second) == _without_stamp(first)


def test_line_breaks_inside_a_body_are_kept_exactly() -> None:
    body = "one\r\ntwo\rthree\nfour\r\n\r\n"
    first, second, _before, after = _round_trip([make_entry(title="\r", body=body)], "csv")
    assert after[0].body == body
    assert after[0].title == "\r"
    assert second == first


def test_a_body_of_a_million_characters_survives() -> None:
    body = ('മലയാളം "quoted", =SUM(A1) 😀\r\n' * 40_000)[:1_000_003]
    assert len(body) >= 1_000_000
    _first, _second, _before, after = _round_trip([make_entry(body=body)], "csv")
    assert after[0].body == body


def test_the_file_starts_with_a_byte_order_mark_and_escapes_formulas(journal, tmp_path: Path) -> None:
    save_entries([make_entry(title="=1+1", body="@SUM(A1)", people=["+Sam"])])
    target = tmp_path / "out.csv"
    write_csv(iter_entries(), target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfuuid,date,time,")
    assert b",'=1+1,'@SUM(A1),," in data
    assert b",'+Sam," in data


def test_csv_keeps_its_version_1_columns_for_entries_with_context(journal, tmp_path: Path) -> None:
    """CSV has no column for place or weather (SPEC: format version 1 does not change)."""
    save_entries([make_entry(title="Zoo", place=Place("Zoo", "Seattle"), weather=Weather("Clear", 16.0))])
    target = tmp_path / "out.csv"
    write_csv(iter_entries(), target)
    header, row = target.read_text(encoding="utf-8-sig").splitlines()
    assert header == (
        "uuid,date,time,utc_offset,title,body,themes,people,independence,interdependence,"
        "balance,mood,starred,created_at,updated_at"
    )
    assert "Seattle" not in row and "Clear" not in row
