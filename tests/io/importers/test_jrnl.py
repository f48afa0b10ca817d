"""jrnl files written by jrnl 4.6 itself: its text journal and its JSON export."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, time
from pathlib import Path

import pytest

from desktop.io.importers.detect import detect_format, plan_import
from desktop.io.importers.jrnl import plan_jrnl
from desktop.io.importers.plan import ImportFailed
from desktop.store.entries.theme_table import all_themes
from desktop.store.transfer.importing import apply_import
from tests.io.helpers import all_entries

CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%F %r'
version: v4.6
"""
WRITTEN = [
    "2024-01-02 20:30: Dinner with Sam. We talked about @Trust and @quality-time for hours. @Board-Games",
    "2023-12-31 23:59: New year's eve alone, reading *",
    "2024-02-29 07:05: Leap day run. Felt good.\nSecond paragraph with @self-care.\n\nLast line.",
    "2024-03-10 12:00: Lunch: ഉച്ചഭക്ഷണം 😀 with the team @teamwork",
]


def _jrnl() -> str:
    found = os.environ.get("BALANCE_TEST_JRNL") or shutil.which("jrnl")
    if not found:
        pytest.fail("jrnl 4.6 is needed: run ./test.sh, or set BALANCE_TEST_JRNL to its path")
    return found


@pytest.fixture(scope="module")
def jrnl_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A journal written by jrnl, and jrnl's own JSON export of it."""
    base = tmp_path_factory.mktemp("jrnl")
    journal, config = base / "journal.txt", base / "jrnl.yaml"
    config.write_text(CONFIG.format(journal=journal), encoding="utf-8")
    env = {**os.environ, "XDG_CONFIG_HOME": str(base / "config"), "XDG_DATA_HOME": str(base / "data")}
    run = [_jrnl(), "--config-file", str(config)]
    for text in WRITTEN:
        subprocess.run([*run, text], env=env, check=True, capture_output=True, timeout=60)
    exported = subprocess.run(
        [*run, "--format", "json"], env=env, check=True, capture_output=True, timeout=60
    ).stdout
    export = base / "export.json"
    export.write_bytes(exported)
    return journal, export


def test_both_files_are_recognised(jrnl_files: tuple[Path, Path]) -> None:
    assert [detect_format(p) for p in jrnl_files] == ["jrnl", "jrnl"]


@pytest.mark.parametrize("which", [0, 1], ids=["text", "json"])
def test_entries_keep_dates_times_titles_tags_and_stars(
    journal, jrnl_files: tuple[Path, Path], which: int
) -> None:
    plan = plan_jrnl(jrnl_files[which])
    assert plan.ok and plan.count == 4
    result = apply_import(plan.entries(), themes=plan.themes)
    assert result.added == 4
    by_title = {e.title: e for e in all_entries()}
    dinner = by_title["Dinner with Sam."]
    assert (dinner.date, dinner.time) == (date(2024, 1, 2), time(20, 30))
    assert sorted(dinner.themes) == ["board-games", "quality-time", "trust"]
    assert dinner.body == "We talked about @Trust and @quality-time for hours. @Board-Games"
    eve = by_title["New year's eve alone, reading"]
    assert eve.starred and (eve.date, eve.time) == (date(2023, 12, 31), time(23, 59))
    # jrnl splits a one-line entry at its first sentence when it writes it; a longer text keeps
    # its whole first line as the title.
    leap = by_title["Leap day run. Felt good."]
    assert leap.body == "Second paragraph with @self-care.\n\nLast line."
    assert leap.themes == ["self-care"] and not leap.starred
    assert by_title["Lunch: ഉച്ചഭക്ഷണം 😀 with the team @teamwork"].themes == ["teamwork"]
    custom = {t.slug: t for t in all_themes()}
    assert custom["board-games"].pillar is None and not custom["board-games"].builtin
    assert custom["trust"].builtin  # @Trust matched the built-in theme whatever its case


def test_the_text_file_and_its_json_export_are_the_same_entries(
    journal, jrnl_files: tuple[Path, Path]
) -> None:
    apply_import(plan_jrnl(jrnl_files[0]).entries())
    again = apply_import(plan_jrnl(jrnl_files[1]).entries())
    assert (again.added, again.already_present) == (0, 4)


def test_a_damaged_jrnl_json_names_the_entry(journal, tmp_path: Path, jrnl_files) -> None:
    bad = tmp_path / "bad.json"
    text = jrnl_files[1].read_text(encoding="utf-8")
    bad.write_text(text.replace('"time": "20:30"', '"time": "25:30"'), encoding="utf-8")
    plan = plan_import(bad, "jrnl")
    assert [str(r) for r in plan.rejected] == ["entry 2: date '2024-01-02' '25:30' is not a date and time"]


def test_text_before_the_first_entry_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j.txt"
    path.write_text("hello\n[2024-01-01 09:00:00 AM] Title\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="line 1 comes before any"):
        plan_jrnl(path)


def test_tags_follow_jrnls_own_rule(tmp_path: Path) -> None:
    path = tmp_path / "tags.txt"
    path.write_text(
        "[2024-01-01 10:00] Title @#hashtag-ish and @work/life\nmid-word@nope #trust\n", encoding="utf-8"
    )
    (entry,) = plan_jrnl(path).entries()
    assert entry.themes == ["hashtag-ish", "work-life", "trust"]
