"""Day One JSON exports from public repositories (tests/fixtures/real/dayone, see SOURCES.md),
each imported and checked as its owner would look at it: titles, photo links, place, weather,
the journal's name, local times in eleven zones, and notes that say where each entry is."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.entry import Entry
from desktop.domain.entry_context import Place, Weather
from desktop.io.formats.json_format import plan_json, write_json
from desktop.io.importers.dayone import plan_dayone
from desktop.io.importers.detect import detect_format, plan_import
from desktop.io.importers.plan import ImportFailed, ImportPlan
from desktop.store.browse.search import search_entries
from desktop.store.entries.entry_table import iter_entries
from desktop.store.entries.person_table import all_people
from desktop.store.entries.theme_table import all_themes
from desktop.store.journal.opening import open_journal
from desktop.store.transfer.importing import apply_import
from tests.io.helpers import all_entries

REAL = Path(__file__).resolve().parents[2] / "fixtures" / "real" / "dayone"
EXAMPLE = REAL / "ergebnis_day-one-to-obsidian-converter_Example.json"
DEMO = REAL / "bsingr_dayone2-textbundle_demo.json"
MACOS14 = REAL / "carlosonunez_daylio-to-day-one_dayone.json"
FICTIONAL_ZIP = REAL / "Automattic_day-one-to-wp_day-one-fictional.zip"
JRNL_DAYONE2 = REAL / "jrnl-org_jrnl_dayone2.json"
NOT_DAYONE = REAL / "jrnl-org_jrnl_not_dayone2.json"
IMPORTABLE = [EXAMPLE, DEMO, MACOS14, FICTIONAL_ZIP, JRNL_DAYONE2]
LINK_RE = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:[^)\s]*\)")


def _records(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["entries"]


def _imported(plan: ImportPlan) -> list[Entry]:
    assert plan.ok, plan.failure_message()
    apply_import(plan.entries(), themes=plan.themes)
    return list(iter_entries())


def _local(record: dict) -> datetime:
    utc = datetime.fromisoformat(record["creationDate"].replace("Z", "+00:00"))
    return utc.astimezone(ZoneInfo(record["timeZone"]))


@pytest.mark.parametrize("path", IMPORTABLE, ids=lambda p: p.name)
def test_every_real_file_is_recognised_and_no_title_is_a_photo_link(path: Path) -> None:
    assert detect_format(path) == "dayone"
    plan = plan_import(path)
    assert plan.ok and plan.count > 0
    for entry in plan.preview:
        assert "dayone-moment" not in entry.title and not entry.title.startswith(("#", "!["))
        assert entry.title or entry.body


def test_the_large_demo_export_keeps_titles_photo_links_places_and_weather(journal) -> None:
    records = _records(EXAMPLE)
    plan = plan_dayone(EXAMPLE)
    assert (plan.count, plan.skipped, plan.rejected) == (54, 0, [])
    entries = {(e.date, e.time): e for e in _imported(plan) if e.time.minute != 0}  # 50 at odd minutes
    assert len(entries) == 50

    # An entry that is only a photo has no title; its body keeps the link to the photo.
    only_photo = entries[(date(2008, 1, 1), time(0, 1))]
    assert (only_photo.title, only_photo.body) == (
        "",
        "![](dayone-moment://435C5006CF49455699940E1E3B7F5D75)",
    )
    # A photo before the first words: the words are the title, the photo stays in the body.
    harvest = entries[(date(2012, 10, 7), time(1, 16))]
    assert harvest.title == (
        "Harvest time. The colors... gorgeous. Love this time of year. "
        "We picked out a few pumpkins for the kids to carve."
    )
    assert harvest.body.startswith(
        "![](dayone-moment://8DD1FA21FA3D4EDAB3FC5F23C6EC7BCB)\n\n![](dayone-moment://6BF9D58717514DEBBB6BA814ABB1FCE7)"
    )
    # Emphasis marks and zero-width spaces do not show in a title; Markdown escapes are undone.
    first = entries[(date(2004, 10, 12), time(18, 38))]
    assert first.title.startswith("Luckily for Alice, the little magic bottle")
    assert entries[(date(2016, 5, 1), time(15, 2))].title == "I love this state!"
    # Every photo link of the file is still in a body, in the order it was written.
    assert sum(len(LINK_RE.findall(r["text"])) for r in records) == 166
    assert sorted(link for e in all_entries() for link in LINK_RE.findall(e.body)) == sorted(
        link for r in records for link in LINK_RE.findall(r["text"])
    )

    # Where it was written and the weather, kept with the entry; the journal's name too.
    assert first.place == Place(
        "Uncle's Tavern", "Alice Springs, NT", "Australia", -23.7006893157959, 133.8813018798828
    )
    assert first.weather == Weather("Partly Cloudy", 34)
    assert entries[(date(2016, 5, 1), time(15, 2))].weather is None  # the one entry without weather
    snow_day = entries[(date(2019, 3, 8), time(12, 27))]
    assert (
        snow_day.place is not None and snow_day.place.name == "Day One Two, 240 N 1200 E"
    )  # the user's label
    assert {e.source for e in all_entries()} == {"ergebnis_day-one-to-obsidian-converter_Example"}
    assert sum(e.place is not None for e in all_entries()) == 54
    assert sum(e.weather is not None for e in all_entries()) == 53

    # Search finds an entry by its place.
    assert [e.title for e in search_entries("Alice Springs")] == [first.title]
    assert [e.date for e in search_entries("flystasjon")] == [date(2016, 5, 18)]


def test_eleven_time_zones_give_each_entry_its_own_local_time(journal) -> None:
    records = _records(EXAMPLE)
    assert len({r["timeZone"] for r in records}) == 11
    by_uuid = {e.uuid.replace("-", "").upper(): e for e in _imported(plan_dayone(EXAMPLE))}
    for record in records:
        local, entry = _local(record), by_uuid[record["uuid"]]
        assert (entry.date, entry.time, entry.utc_offset) == (
            local.date(),
            local.time().replace(second=0),
            local.utcoffset(),
        ), record["timeZone"]
    # A few by hand: a day ahead in Sydney, Honolulu ten hours behind, Oslo in summer time.
    sydney = by_uuid[next(r["uuid"] for r in records if r["timeZone"] == "Australia/Sydney")]
    assert (sydney.date, sydney.time, sydney.utc_offset) == (
        date(2016, 2, 29),
        time(15, 19),
        timedelta(hours=11),
    )
    honolulu = by_uuid[next(r["uuid"] for r in records if r["timeZone"] == "Pacific/Honolulu")]
    assert (honolulu.date, honolulu.time, honolulu.utc_offset) == (
        date(2015, 8, 8),
        time(3, 51),
        timedelta(hours=-10),
    )
    oslo = by_uuid[next(r["uuid"] for r in records if r["timeZone"] == "Europe/Oslo")]
    assert (oslo.time, oslo.utc_offset) == (time(15, 9), timedelta(hours=2))


def test_what_the_file_held_and_the_journal_does_not_keep_is_listed() -> None:
    plan = plan_dayone(EXAMPLE)
    assert plan.left_behind[0].startswith(
        "132 photos and files (a .json export holds no files; import the .zip Day One writes to bring "
        "them): photos/06d006fba3b0b8ad72576e77a6fc6c0c.jpeg (ergebnis_day-one-to-obsidian-converter_"
        "Example.json entry 1, 2004-10-12 18:38); "
    )
    assert plan.left_behind[0].endswith("; and 112 more")
    assert "richText formatting of 23 entries (their Markdown text is kept)" in plan.left_behind
    assert "music of 1 entry" in plan.left_behind
    assert "activity and step count of 4 entries" in plan.left_behind
    assert "Foursquare place ids of 12 entries" in plan.left_behind
    assert any(line.startswith("weather details of 53 entries") for line in plan.left_behind)
    assert "the writing device of 54 entries" in plan.left_behind
    assert plan.warnings[:2] == [
        "54 locations kept (place name, locality, country, coordinates): search finds entries by their place",
        "53 weather reports kept (conditions, temperature)",
    ]


def test_the_macos_export_with_its_heading_line_and_an_entry_without_text(journal) -> None:
    plan = plan_dayone(DEMO)
    assert (plan.count, plan.skipped) == (3, 1)
    # The entry without a `text` key is named by its journal file, number and local date.
    assert (
        "bsingr_dayone2-textbundle_demo.json entry 4 (2011-03-26 22:44) has no text; skipped" in plan.warnings
    )
    entries = {e.title: e for e in _imported(plan)}
    assert set(entries) == {"Initial entry", "Second entry", "Third entry with double escapes"}
    initial = entries["Initial entry"]
    assert initial.body == "some text\n\n![](dayone-moment://D3456FD591A34C098719F1A0E6C46829)"
    assert (initial.date, initial.time, initial.utc_offset) == (
        date(2019, 3, 18),
        time(14, 4),
        timedelta(hours=1),
    )
    assert initial.updated_at.isoformat() == "2019-03-26T22:48:44+01:00"
    assert entries["Third entry with double escapes"].body == "double escape a/b dot. single escape slash/"
    assert plan.left_behind[0].startswith("1 photo or file (a .json export holds no files;")
    assert "richText formatting of 3 entries (their Markdown text is kept)" in plan.left_behind


def test_the_macos_14_shape_with_its_own_ids_and_empty_location_and_weather(journal) -> None:
    plan = plan_dayone(MACOS14)
    assert (plan.count, plan.rejected) == (3, [])  # ids that are not uuids still make entries
    entries = sorted(_imported(plan), key=lambda e: e.date)
    assert [(e.date, e.time, e.utc_offset) for e in entries] == [
        (date(2023, 12, d), time(2, 0), timedelta(hours=-6)) for d in (15, 16, 17)
    ]
    assert [(e.title, e.body) for e in entries] == [
        ("Note", "note text 3"),
        ("Note", "note text 2"),
        ("note title", "note text 1"),
    ]
    assert entries[2].themes == ["activity-1", "activity-2", "activity-3"]
    assert all(e.place is None and e.weather is None for e in entries)  # `{}` is no place
    assert not any("location" in w or "weather" in w for w in plan.warnings)
    again = apply_import(plan_dayone(MACOS14).entries())
    assert (again.added, again.already_present) == (0, 3)


def test_the_zip_layout_keeps_its_journal_name(journal) -> None:
    plan = plan_dayone(FICTIONAL_ZIP)
    entries = {e.title: e for e in _imported(plan)}
    assert set(entries) == {
        "Lantern Garden Notes",
        "Library Robot Rehearsal",
        "Quiet text-only entry for the imaginary mooncake tasting club.",
    }
    assert {e.source for e in entries.values()} == {"Fictional Journal"}
    garden = entries["Lantern Garden Notes"]
    assert garden.starred and (garden.date, garden.time, garden.utc_offset) == (
        date(2031, 4, 5),
        time(14, 30),
        timedelta(0),
    )
    assert (
        "<script>makeBelieve()</script>" in entries["Library Robot Rehearsal"].body
    )  # text, kept as written
    # The photo has no link in the text: it is placed at its end; it is not left behind.
    assert garden.body.endswith("\n\n![fictional-color-tile.png](import-media:0)")
    assert [(m.name, m.size) for m in plan.media] == [("fictional-color-tile.png", 76)]
    assert not any("photo" in line for line in plan.left_behind)
    assert "the pinned mark of 1 entry" in plan.left_behind
    assert "each entry keeps the name of the journal it came from: “Fictional Journal” (3)" in plan.warnings


def test_notes_in_a_zip_count_entries_within_each_journal(tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(JRNL_DAYONE2, "Journal.json")
        zipped.write(DEMO, "Travel.json")
    plan = plan_dayone(archive)
    assert plan.count == 5
    # The fourth entry of Travel.json, not the sixth of the zip: it can be found in Day One.
    assert "Travel.json entry 4 (2011-03-26 22:44) has no text; skipped" in plan.warnings
    assert {e.source for e in plan.preview} == {"Journal", "Travel"}
    document = json.loads(DEMO.read_text(encoding="utf-8"))
    document["entries"][1]["tags"] = "not a list"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(JRNL_DAYONE2, "Journal.json")
        zipped.writestr("Travel.json", json.dumps(document))
    assert [str(r) for r in plan_dayone(archive).rejected] == [
        "Travel.json entry 2: 'tags' must be a list of text (created 2010-02-26T21:44:20Z)"
    ]


def test_jrnls_minimal_day_one_2_export(journal) -> None:
    entries = sorted(_imported(plan_dayone(JRNL_DAYONE2)), key=lambda e: e.time)
    assert [(e.title, e.body, e.time, e.utc_offset, e.starred, e.themes) for e in entries] == [
        ("Entry Number Two.", "With some body.", time(12, 21), timedelta(0), True, ["great"]),
        ("Entry Number One.", "", time(12, 22), timedelta(0), False, ["awesome", "great"]),
    ]


def test_a_json_file_that_only_looks_like_day_one_is_refused() -> None:
    with pytest.raises(ImportFailed, match="not an export this app knows"):
        detect_format(NOT_DAYONE)
    with pytest.raises(ImportFailed, match=r"not a Day One export \(no 'entries' list\)"):
        plan_dayone(NOT_DAYONE)


@pytest.mark.parametrize("path", [EXAMPLE, FICTIONAL_ZIP, MACOS14], ids=lambda p: p.name)
def test_place_weather_and_source_survive_export_and_import_as_json(tmp_path: Path, path: Path) -> None:
    exported = tmp_path / "journal.json"
    with open_journal(tmp_path / "a.db"):
        before = _imported(plan_dayone(path))
        write_json(exported, iter_entries(), all_themes(), all_people())
        before = all_entries()
    with open_journal(tmp_path / "b.db"):
        plan = plan_json(exported)
        apply_import(plan.entries(), themes=plan.themes, people=plan.people)
        after = all_entries()
    assert after == before
    assert [(e.place, e.weather, e.source) for e in after] == [(e.place, e.weather, e.source) for e in before]
    if path == EXAMPLE:
        assert sum(e.place is not None for e in after) == 54
        record = json.loads(exported.read_text(encoding="utf-8"))["entries"][0]
        assert set(record) >= {"place", "weather", "source"}
