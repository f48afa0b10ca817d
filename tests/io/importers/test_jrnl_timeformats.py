"""jrnl journals in any `timeformat`, written by jrnl 4.6 itself, and where the timeformat comes
from: the config the user names, jrnl's own config on this computer, or the file alone."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import date, time
from pathlib import Path

import pytest

from desktop.io.importers.detect import detect_format, plan_import
from desktop.io.importers.jrnl import plan_jrnl
from desktop.io.importers.plan import ImportFailed, ImportOptions
from tests.io.importers.test_jrnl_real import jrnl_program

CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '{timeformat}'
version: v4.6
"""
WRITTEN = [
    "2024-01-02 20:30: Dinner with Sam. We talked about @Trust for hours.",
    "2023-12-09 07:05: Early run *",
    "2024-03-10 12:00: Lunch: @C++ and @C# and @c with the team.\nSecond line.",
]
TIMEFORMATS = [
    "%d.%m.%Y %H:%M",
    "%F %r",
    "%m/%d/%Y %I:%M %p",
    "%b %d, %Y %I:%M %p",
    "%A %d %B %Y %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%c",
    "%d-%m-%y %H:%M",
    "%Y-%m-%d %a %H:%M",
]


def _write_with_jrnl(base: Path, timeformat: str) -> tuple[Path, Path, list[dict]]:
    """A journal jrnl 4.6 wrote in `timeformat`, its config, and jrnl's JSON export of it."""
    journal, config = base / "journal.txt", base / "jrnl.yaml"
    config.write_text(CONFIG.format(journal=journal, timeformat=timeformat), encoding="utf-8")
    env = {**os.environ, "HOME": str(base), "XDG_CONFIG_HOME": str(base / "xdg"), "LC_ALL": "C.UTF-8"}
    run = [jrnl_program(), "--config-file", str(config)]
    for text in WRITTEN:
        subprocess.run([*run, text], env=env, check=True, capture_output=True, timeout=60)
    export = subprocess.run([*run, "--format", "json"], env=env, check=True, capture_output=True, timeout=60)
    return journal, config, json.loads(export.stdout)["entries"]


def _as_jrnl_reads(entries: list[dict]) -> list[tuple]:
    return sorted((e["date"], e["time"], e["title"], e["body"], e["starred"]) for e in entries)


def _as_we_read(path: Path, options: ImportOptions) -> list[tuple]:
    plan = plan_jrnl(path, options)
    assert plan.ok, plan.rejected
    return sorted(
        (e.date.isoformat(), e.time.strftime("%H:%M"), e.title, e.body, e.starred) for e in plan.entries()
    )


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


@pytest.mark.parametrize("timeformat", TIMEFORMATS)
def test_any_timeformat_with_its_config_or_from_the_file_alone(
    tmp_path: Path, home: Path, timeformat: str
) -> None:
    journal, config, exported = _write_with_jrnl(tmp_path, timeformat)
    expected = _as_jrnl_reads(exported)
    assert len(expected) == 3
    assert detect_format(journal) == "jrnl"
    assert _as_we_read(journal, ImportOptions(jrnl_config=config)) == expected
    assert _as_we_read(journal, ImportOptions()) == expected


def test_jrnls_own_config_is_found_where_jrnl_keeps_it(tmp_path: Path, home: Path) -> None:
    # 08.06.2024 and 09.07.2024 read month first would also be in order: only the config knows.
    journal = tmp_path / "j.txt"
    journal.write_text("[08.06.2024 10:00] One.\n\n[09.07.2024 11:00] Two.\n", encoding="utf-8")
    assert [e.date for e in plan_jrnl(journal).entries()] == [date(2024, 6, 8), date(2024, 7, 9)]
    config = home / ".config" / "jrnl" / "jrnl.yaml"
    config.parent.mkdir(parents=True)
    config.write_text(CONFIG.format(journal=journal, timeformat="%m.%d.%Y %H:%M"), encoding="utf-8")
    assert [e.date for e in plan_jrnl(journal).entries()] == [date(2024, 8, 6), date(2024, 9, 7)]
    config.unlink()
    legacy = home / ".jrnl_config"  # jrnl 1.x's JSON config
    legacy.write_text(json.dumps({"timeformat": "%m.%d.%Y %H:%M", "journals": {"default": str(journal)}}))
    assert [e.date for e in plan_jrnl(journal).entries()] == [date(2024, 8, 6), date(2024, 9, 7)]


def test_a_journals_own_timeformat_in_the_config_wins(tmp_path: Path, home: Path) -> None:
    journal, other = tmp_path / "work.txt", tmp_path / "other.txt"
    journal.write_text("[08.06.2024 10:00] One.\n", encoding="utf-8")
    config = tmp_path / "jrnl.yaml"
    config.write_text(
        "journals:\n"
        f"  default: {other}\n"
        "  work:\n"
        "    encrypt: false\n"
        f"    journal: '{journal}'\n"
        "    timeformat: '%m.%d.%Y %H:%M'\n"
        "timeformat: '%d.%m.%Y %H:%M'\n",
        encoding="utf-8",
    )
    (entry,) = plan_jrnl(journal, ImportOptions(jrnl_config=config)).entries()
    assert entry.date == date(2024, 8, 6)


def test_a_config_that_cannot_be_read_is_named(tmp_path: Path, home: Path) -> None:
    journal, config = tmp_path / "j.txt", tmp_path / "jrnl.yaml"
    journal.write_text("[2024-06-08 10:00] One.\n", encoding="utf-8")
    config.write_text("journals:\n  - not: what jrnl writes\n  :::\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"jrnl's config .*jrnl.yaml cannot be read"):
        plan_jrnl(journal, ImportOptions(jrnl_config=config))


def test_day_or_month_first_is_told_by_the_dates_themselves(tmp_path: Path, home: Path) -> None:
    journal = tmp_path / "j.txt"
    journal.write_text("[06/09/2024 10:00] A.\n\n[06/13/2024 10:00] B.\n", encoding="utf-8")  # 13: a day
    plan = plan_jrnl(journal)
    assert [e.date for e in plan.entries()] == [date(2024, 6, 9), date(2024, 6, 13)]
    assert plan.warnings == []
    journal.write_text("[01.02.2024 10:00] A.\n\n[02.01.2024 10:00] B.\n", encoding="utf-8")
    # Day first, 1 and 2 January, would be out of order; jrnl writes its entries sorted.
    assert [e.date for e in plan_jrnl(journal).entries()] == [date(2024, 1, 2), date(2024, 2, 1)]
    journal.write_text("[09.06.2013 15:39] A.\n", encoding="utf-8")
    plan = plan_jrnl(journal)
    assert [e.date for e in plan.entries()] == [date(2013, 6, 9)]  # dots: day first
    assert any("09.06.2013 as 9 June 2013" in w and "jrnl's config" in w for w in plan.warnings)


def test_a_partial_date_is_the_first_of_its_month_as_jrnl_reads_it(tmp_path: Path, home: Path) -> None:
    journal = tmp_path / "j.txt"
    journal.write_text(
        "[2019-07-19 14:23] Second.\nBody.\n\n[2019-07 14:23] Third.\nMore.\n", encoding="utf-8"
    )
    entries = list(plan_jrnl(journal).entries())
    assert [(e.date, e.time, e.title, e.body) for e in entries] == [
        (date(2019, 7, 19), time(14, 23), "Second.", "Body."),
        (date(2019, 7, 1), time(14, 23), "Third.", "More."),
    ]


def test_a_heading_with_a_date_that_does_not_exist_is_a_named_bad_entry(tmp_path: Path, home: Path) -> None:
    journal = tmp_path / "j.txt"
    journal.write_text(
        "[2024-02-28 10:00] Good.\nBody.\n\n[2024-02-30 10:00] Bad.\nLost?\n", encoding="utf-8"
    )
    plan = plan_import(journal, "jrnl", options=ImportOptions(skip_bad=True))
    assert [str(r) for r in plan.rejected] == [
        "entry at line 4: '2024-02-30 10:00' is not a real date and time"
    ]
    assert [e.body for e in plan.entries()] == ["Body."]  # not folded into the entry before it


def test_jrnl_1x_headings_and_their_bracketed_text(tmp_path: Path, home: Path) -> None:
    journal = tmp_path / "old.journal"
    journal.write_text(
        "2012-03-04 09:10 Old style. *\nBody   \n[2019-08-03 12:55] is text here\n\n2012-03-05 21:00 Next\n",
        encoding="utf-8",
    )
    assert detect_format(journal) == "jrnl"
    first, second = plan_jrnl(journal).entries()
    assert (first.date, first.time, first.title, first.starred) == (
        date(2012, 3, 4),
        time(9, 10),
        "Old style.",
        True,
    )
    assert first.body == "Body\n[2019-08-03 12:55] is text here"
    assert (second.date, second.title) == (date(2012, 3, 5), "Next")


def test_tags_that_differ_only_in_punctuation_stay_apart(tmp_path: Path, home: Path) -> None:
    journal = tmp_path / "tags.txt"
    journal.write_text("[2024-01-01 10:00] @C++ vs @C# vs @C vs @work/life\n", encoding="utf-8")
    plan = plan_jrnl(journal)
    (entry,) = plan.entries()
    assert entry.themes == ["c-plus-plus", "c-sharp", "c", "work-life"]
    assert {t.slug: t.name for t in plan.themes}["c-sharp"] == "C#"


def test_markdown_headings_are_not_tags(tmp_path: Path, home: Path) -> None:
    journal = tmp_path / "md.txt"
    journal.write_text("[2024-01-01 10:00] Title\n## Section\n### More @real\n", encoding="utf-8")
    plan = plan_jrnl(journal)
    assert [e.themes for e in plan.entries()] == [["real"]] and plan.warnings == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"gAAAAABlx...", "is an encrypted jrnl journal; decrypt it with jrnl first"),
        (b"JRNLv3\x00\x01\x02", "is an encrypted jrnl journal"),
    ],
)
def test_an_encrypted_jrnl_journal_is_named(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "secret.journal"
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match=message):
        plan_import(path)


def test_windows_line_ends_read_the_same(tmp_path: Path, home: Path) -> None:
    unix, windows = tmp_path / "unix.txt", tmp_path / "windows.txt"
    text = "[09.06.2013 15:39] My first entry.\nEverything is alright\n\n[10.07.2013 15:40] Life is good.\n"
    unix.write_text(text, encoding="utf-8", newline="\n")
    windows.write_text(text, encoding="utf-8", newline="\r\n")
    assert list(plan_jrnl(windows).entries()) == list(plan_jrnl(unix).entries())
