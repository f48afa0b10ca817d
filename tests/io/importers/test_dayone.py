"""Day One exports: the real samples, as JSON and inside the zip Day One writes."""

from __future__ import annotations

import json
import zipfile
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from desktop.io.importers.dayone import plan_dayone
from desktop.io.importers.detect import detect_format
from desktop.io.importers.plan import ImportFailed
from desktop.store.transfer.importing import apply_import
from tests.io.helpers import FIXTURES, all_entries

JOURNAL = FIXTURES / "dayone" / "Journal.json"
SAMPLE = FIXTURES / "dayone" / "sample_dayone_export.json"


def test_the_macos_export_imports_with_local_times_of_its_zone(journal) -> None:
    plan = plan_dayone(JOURNAL)
    assert plan.ok and plan.count == 9
    # The two entries without text are skipped, and the preview says which: the journal file,
    # the entry's number in it and its local date and time, as Day One shows them.
    assert [w for w in plan.warnings if "has no text" in w] == [
        "Journal.json entry 9 (2020-05-10 08:17) has no text; skipped",
        "Journal.json entry 10 (2020-05-10 08:17) has no text (only a location, the weather); skipped",
    ]
    assert apply_import(plan.entries()).added == 9
    entries = {e.uuid: e for e in all_entries()}
    hello = entries["2bf9c546-ac72-4ee3-8ed8-61ac0758eca8"]
    # 2020-05-07T21:31:13Z is 09:31 the next morning in Auckland (NZST, +12:00).
    assert (hello.date, hello.time, hello.utc_offset) == (date(2020, 5, 8), time(9, 31), timedelta(hours=12))
    assert (hello.title, hello.body) == ("Hello Again", "This is my second diary.")
    heading = entries["5f65eab7-1369-4536-a589-9a1c9a6165de"]
    assert (heading.title, heading.body) == ("This is something happened in history.", "")
    tabs = entries["4c70efa3-4f73-47c1-be5d-106e9a2feb01"]
    assert tabs.title == "Date:\t11 May 2020 at 9:46:46 AM NZST"
    assert tabs.body.startswith("\tWeather:\t17°C Mostly Cloudy\n\tLocation:")


def test_etc_gmt_with_an_escaped_slash_is_utc(journal) -> None:
    plan = plan_dayone(SAMPLE)
    assert plan.count == 2 and not [w for w in plan.warnings if "time zone" in w]
    first = plan.preview[0]
    assert (first.date, first.time, first.utc_offset) == (date(2020, 3, 23), time(0, 0), timedelta(0))
    assert first.title == "Today's a fine day. nothing special happened."
    assert first.body == "Second line of the day."


def test_the_zip_imports_and_a_second_import_adds_nothing(journal, tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(JOURNAL, "Journal.json")
        zipped.write(SAMPLE, "Travel.json")
        zipped.writestr("photos/0a1b2c.jpeg", b"\xff\xd8\xff")
    assert detect_format(archive) == "dayone"
    plan = plan_dayone(archive)
    assert plan.count == 11
    assert apply_import(plan.entries()).added == 11
    again = apply_import(plan_dayone(archive).entries())
    assert (again.added, again.already_present) == (0, 11)
    # The same entries from the bare JSON are recognised too: the uuid form is the same.
    assert apply_import(plan_dayone(JOURNAL).entries()).added == 0


def test_tags_and_stars_are_kept(journal, tmp_path: Path) -> None:
    document = json.loads(SAMPLE.read_text(encoding="utf-8"))
    document["entries"][0].update(tags=["Trust", "Road trip", "!!!"], starred=True)
    path = tmp_path / "tagged.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    plan = plan_dayone(path)
    assert "tags with no letter or digit cannot be themes and were left out: '!!!'" in plan.warnings
    apply_import(plan.entries(), themes=plan.themes)
    tagged = next(e for e in all_entries() if e.starred)
    assert tagged.themes == ["trust", "road-trip"]


def test_a_bad_entry_is_named_and_a_damaged_zip_refused(tmp_path: Path) -> None:
    document = json.loads(SAMPLE.read_text(encoding="utf-8"))
    document["entries"][1]["creationDate"] = "not a date"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert [str(r) for r in plan_dayone(path).rejected] == [
        "entry 2: 'creationDate' 'not a date' is not a date and time"
    ]
    broken = tmp_path / "broken.zip"
    data = (tmp_path / "ok.zip").open("wb")
    with zipfile.ZipFile(data, "w") as zipped:
        zipped.write(JOURNAL, "Journal.json")
    data.close()
    broken.write_bytes((tmp_path / "ok.zip").read_bytes()[:-40])
    with pytest.raises(ImportFailed, match=r"broken\.zip"):
        plan_dayone(broken)


def test_a_zip_with_its_journal_inside_one_folder(journal, tmp_path: Path) -> None:
    archive = tmp_path / "wrapped.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(SAMPLE, "Export/Journal.json")
    assert plan_dayone(archive).count == 2


def test_blank_lines_before_the_first_words_do_not_make_an_empty_title() -> None:
    from desktop.io.importers.dayone import split_text

    assert split_text("\n  \n# Sunday\\.\nWe walked.") == ("Sunday.", "We walked.")
