"""Day One Classic journals from public repositories (tests/fixtures/real/dayone_classic, see
SOURCES.md): `*.dayone/entries/*.doentry` folders and a zip of one, read with plistlib, each
checked as its owner would look at it."""

from __future__ import annotations

import shutil
import time as clock
import zipfile
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.entry import Entry
from desktop.domain.entry_context import Place, Weather
from desktop.io.formats.json_format import plan_json, write_json
from desktop.io.importers.dayone import plan_dayone
from desktop.io.importers.detect import detect_format, plan_import, resolve_format
from desktop.io.importers.plan import ImportFailed, ImportOptions, ImportPlan
from desktop.store.browse.search import search_entries
from desktop.store.entries.entry_table import iter_entries
from desktop.store.entries.person_table import all_people
from desktop.store.entries.theme_table import all_themes
from desktop.store.journal.opening import open_journal
from desktop.store.transfer.importing import apply_import
from tests.io.helpers import all_entries

CLASSIC = Path(__file__).resolve().parents[2] / "fixtures" / "real" / "dayone_classic"
BASIC = CLASSIC / "jrnl-org_jrnl_basic_dayone.dayone"
MAC_18 = CLASSIC / "jrnl-org_jrnl_dayone.dayone"
IOS_BROKEN = CLASSIC / "jrnl-org_jrnl_bug153.dayone"
JOURNALEY = CLASSIC / "jrnl-org_jrnl_bug780.dayone"
EMPTY = CLASSIC / "jrnl-org_jrnl_dayone_empty.dayone"
FAKE = CLASSIC / "nathangrigg_dayone_export_fake_journal"
SLOGGER = CLASSIC / "nathangrigg_dayone_export_regression"
NODE = CLASSIC / "pwaldhauer_dayone_test_data"


@pytest.fixture
def in_kolkata() -> Iterator[None]:
    """This computer's time zone is India's (+05:30, no summer time): entries without a zone of
    their own are read in it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Asia/Kolkata")
        clock.tzset()
        yield
    clock.tzset()


def _imported(plan: ImportPlan) -> dict[str, Entry]:
    assert plan.ok, plan.failure_message()
    apply_import(plan.entries(), themes=plan.themes)
    return {e.title: e for e in iter_entries()}


def _when(entry: Entry) -> tuple[date, time, timedelta]:
    return entry.date, entry.time, entry.utc_offset


@pytest.mark.parametrize(
    "path", [BASIC, MAC_18, IOS_BROKEN, JOURNALEY, EMPTY, FAKE, SLOGGER, NODE], ids=lambda p: p.name
)
def test_each_journal_folder_is_recognised(path: Path) -> None:
    assert detect_format(path) == "dayone"
    assert detect_format(path / "entries") == "dayone"  # its entries folder, chosen instead


def test_entries_written_by_jrnl(journal) -> None:
    entries = _imported(plan_import(BASIC))
    assert list(entries) == [
        "Entry the first.",
        "A second entry in what I hope to be a long series.",
        "The third entry finally after weeks without writing.",
    ]
    first = entries["Entry the first."]
    assert _when(first) == (date(2020, 8, 29), time(11, 11), timedelta(hours=-7))  # Los Angeles, summer
    assert first.body.startswith("Lorem @ipsum dolor sit amet") and first.body.endswith(
        "per inceptos himenaeos."
    )
    assert "\n\nCurabitur accumsan" in first.body  # paragraphs kept
    assert first.themes == ["ipsum", "tagone", "tagtwo"] and not first.starred
    third = entries["The third entry finally after weeks without writing."]
    assert third.starred and third.body.startswith("I'm so excited about emojis. 💯 🎶 💩")
    assert {e.source for e in entries.values()} == {"jrnl-org_jrnl_basic_dayone"}
    assert third.created_at.isoformat() == "2020-09-24T09:14:00-07:00"


def test_day_one_mac_with_a_location_mixed_case_tags_and_no_time_zone(journal, in_kolkata) -> None:
    plan = plan_import(MAC_18)
    entries = _imported(plan)
    assert entries["This entry has tags!"].themes == ["work", "play"]  # `PLaY`
    assert entries["This entry is starred!"].starred
    located = entries["This entry has a location."]
    assert located.place == Place(
        "Abandoned Spy Tower", "Berlin, California", "Germany", 52.4979764, 13.2404758
    )
    assert _when(located) == (date(2013, 6, 17), time(20, 38), timedelta(hours=2))  # Europe/Berlin
    # No `Time Zone`: this computer's. 18:37 UTC is 00:07 the next day in India.
    no_zone = entries["This is a DayOne entry without Timezone."]
    assert _when(no_zone) == (date(2013, 1, 18), time(0, 7), timedelta(hours=5, minutes=30))
    assert "1 entry has no time zone: read in this computer's time zone (now UTC+05:30)" in plan.warnings
    assert [e.title for e in search_entries("spy tower")] == ["This entry has a location."]


def test_a_broken_plist_is_a_rejected_entry_named_by_its_file(journal) -> None:
    plan = plan_import(IOS_BROKEN)
    assert plan.count == 1 and not plan.ok
    assert [str(r) for r in plan.rejected] == [
        "entry 2: B40EE704E15846DE8D45C44118A4D512.doentry "
        "is not a readable property list (InvalidFileException)"
    ]
    chosen = plan_import(IOS_BROKEN, options=ImportOptions(skip_bad=True))
    (entry,) = _imported(chosen).values()
    assert (entry.title, entry.uuid) == ("Some text.", "b40ee704-e158-46de-8d45-c44118a4d511")
    assert _when(entry) == (date(2013, 10, 27), time(3, 27), timedelta(hours=1))  # Stockholm, winter time
    assert entry.place == Place("Street", "City, Östergötlands län", "Sverige", 58.3834, 15.57717)
    assert entry.weather == Weather("Clear", 12.0)  # Celsius written as text
    assert entry.source == "jrnl-org_jrnl_bug153"
    assert [e.title for e in search_entries("ostergotlands")] == ["Some text."]


def test_a_date_that_is_not_iso_is_rejected_with_its_file_not_a_crash() -> None:
    plan = plan_import(SLOGGER)
    assert plan.count == 0
    assert [str(r) for r in plan.rejected] == [
        "entry 1: bad-date.doentry: the date "
        "'Sun Jan 25 08:09:32 2015' is not an ISO 8601 date (YYYY-MM-DDTHH:MM:SSZ)"
    ]


def test_an_entry_with_empty_text_is_skipped_with_a_note(in_kolkata) -> None:
    plan = plan_import(JOURNALEY)
    assert (plan.count, plan.skipped) == (0, 1)
    assert (
        "jrnl-org_jrnl_bug780.dayone entry 1 (48A25033B34047C591160A4480197D8B.doentry, 2019-12-31 02:58) "
        "has no text; skipped"
    ) in plan.warnings


def test_a_journal_without_entries_says_so() -> None:
    plan = plan_import(EMPTY)
    assert (plan.count, plan.rejected) == (0, [])
    assert plan.warnings == ["jrnl-org_jrnl_dayone_empty.dayone has no entries (no .doentry files)"]


def test_the_full_entry_its_photo_and_what_was_left_behind(journal, in_kolkata) -> None:
    plan = plan_import(FAKE)
    entries = _imported(plan)
    assert len(entries) == 4
    full = entries["2: Full entry with time zone, location, weather and a tag"]
    assert full.place == Place(
        "Zoo", "Seattle, Washington", "United States", 47.831128653640743, -122.14663693802373
    )
    assert full.weather == Weather("Mostly Sunny", 16.0)
    assert _when(full) == (date(2012, 1, 1), time(16, 0), timedelta(hours=-8))
    ios = entries["Testing again."]
    assert ios.place is not None and ios.place.label == "Psych HQ, Santa Barbara, CA, United States"
    assert ios.weather == Weather("Mostly Clear", 23.0)
    # The photo named by its entry's uuid comes along; the one that matches no entry is named.
    assert [m.name for m in plan.media] == ["00F9FA96F29043D09638DF0866EC73B2.jpg"]
    assert "1 photo comes along from photos/" in plan.warnings
    assert not any("not imported" in line for line in plan.left_behind)
    assert plan.left_behind[-1] == "1 file in photos/ that belongs to no entry (ignore.jpg)"
    for line in (
        "music of 1 entry",
        "activity and step count of 1 entry",
        "the writing device of 1 entry",
        "weather details of 1 entry (wind, pressure, humidity, sun and moon; "
        "conditions and temperature are kept)",
    ):
        assert line in plan.left_behind
    assert (
        "2 locations kept (place name, locality, country, coordinates): search finds entries by their place"
        in (plan.warnings)
    )
    assert [e.title for e in search_entries("Seattle")] == [full.title]


def test_a_node_library_journal_with_the_old_apple_doctype(journal) -> None:
    entries = _imported(plan_import(NODE))
    assert {title: _when(e) for title, e in entries.items()} == {
        "TestText1": (date(2013, 4, 2), time(0, 0), timedelta(hours=2)),
        "TaggedEntry": (date(2013, 6, 7), time(0, 0), timedelta(hours=2)),
    }
    assert entries["TaggedEntry"].themes == ["test"]


def test_a_zip_of_a_journal_folder_reads_like_the_folder(journal, tmp_path: Path, in_kolkata) -> None:
    archive = tmp_path / "Journal.dayone.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for file in sorted(FAKE.rglob("*")):
            if file.is_file():
                zipped.write(file, "Journal.dayone/" + file.relative_to(FAKE).as_posix())
        zipped.writestr("__MACOSX/Journal.dayone/entries/._full.doentry", b"\x00\x05\x16\x07")
    assert detect_format(archive) == "dayone"
    from_zip = plan_dayone(archive)
    from_folder = plan_dayone(FAKE)
    assert [e.uuid for e in from_zip.preview] == [e.uuid for e in from_folder.preview]
    assert {e.source for e in from_zip.preview} == {"Journal"}
    assert from_zip.left_behind == from_folder.left_behind
    assert apply_import(from_zip.entries()).added == 4
    assert apply_import(plan_dayone(FAKE).entries()).added == 0  # the same entries, whichever way


def test_a_single_entry_file_and_folders_that_are_not_journals(tmp_path: Path) -> None:
    one = next((NODE / "entries").iterdir())
    assert detect_format(one) == "dayone"
    assert plan_import(one).count == 1
    with pytest.raises(ImportFailed, match="neither a Day One Classic journal"):
        detect_format(tmp_path)
    with pytest.raises(ImportFailed, match="a Day One Classic journal or a jrnl folder journal can be"):
        resolve_format(BASIC, "csv")
    assert resolve_format(BASIC, "dayone") == "dayone"
    # A folder holding journals reads them all, each under its own name.
    (tmp_path / "journals").mkdir()
    for source in (BASIC, NODE):
        shutil.copytree(source, tmp_path / "journals" / source.name)
    plan = plan_import(tmp_path / "journals")
    assert plan.count == 5
    assert {e.source for e in plan.preview} == {"jrnl-org_jrnl_basic_dayone", "pwaldhauer_dayone_test_data"}


def test_the_command_line_imports_a_folder(tmp_path: Path, capsys) -> None:
    journal = tmp_path / "j.db"
    assert main(["--journal", str(journal), "import", str(FAKE)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0] == "nathangrigg_dayone_export_fake_journal (dayone): added 4 entries, 0 already in the journal"
    )
    assert "note: 1 photo comes along from photos/" in out
    assert main(["--journal", str(journal), "import", str(FAKE)]) == 0
    assert "added 0 entries, 4 already in the journal" in capsys.readouterr().out


def test_place_and_weather_survive_export_and_import_as_json(tmp_path: Path, in_kolkata) -> None:
    exported = tmp_path / "journal.json"
    with open_journal(tmp_path / "a.db"):
        for path in (FAKE, MAC_18):
            apply_import(plan_import(path).entries())
        write_json(exported, iter_entries(), all_themes(), all_people())
        before = all_entries()
    with open_journal(tmp_path / "b.db"):
        plan = plan_json(exported)
        apply_import(plan.entries(), themes=plan.themes, people=plan.people)
        after = all_entries()
    assert after == before
    assert sum(e.place is not None for e in after) == 3 and sum(e.weather is not None for e in after) == 2
