"""Every real Daylio export in tests/fixtures/real/daylio, read field by field as a user sees it.

The files and what is special in each are listed in tests/fixtures/real/SOURCES.md.
"""

from __future__ import annotations

import locale
from collections import Counter
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest

from desktop.domain.entry import Entry
from desktop.io.importers.daylio import guess_mood_levels, plan_daylio
from desktop.io.importers.detect import detect_format, plan_import
from desktop.io.importers.plan import ImportOptions, ImportPlan, Rejected
from desktop.store.entries.theme_table import all_themes
from desktop.store.transfer.importing import apply_import
from tests.io.helpers import all_entries

REAL = Path(__file__).resolve().parents[2] / "fixtures" / "real" / "daylio"
POLISH = REAL / "kplich_daylio-visualisation_daylio_export.csv"
SPANISH = REAL / "DavidCDCB_Estados_daylio_export.csv"
NO_TITLE = REAL / "kayraucklnc_daylio_visualizer_daylio_export.csv"
DAY_FIRST = REAL / "staticf0x_daylio-parser_test_data.csv"
CUSTOM = REAL / "DeutscheGabanna_Obsidian-Daylio-Parser_daylio_export_ok.csv"
ESCAPED = REAL / "DeutscheGabanna_Obsidian-Daylio-Parser_daylio_export_escaped_characters.csv"
SCALES = REAL / "DeutscheGabanna_Obsidian-Daylio-Parser_daylio_export_ok_scales.csv"
LARGE = REAL / "Toldry_ObsidianDaylioPlugin_example_daylio_data.csv"
SPANISH_MOODS = {
    "Sin animo": 73,
    "Pos bien": 24,
    "como siempre": 124,
    "ansioso": 30,
    "Motivado": 1,
    "una mierda": 1,
}


def entries_of(plan: ImportPlan) -> list[Entry]:
    """The plan's good entries in file order, even when a bad row keeps it from being applied."""
    assert plan.stream is not None
    return list(plan.stream())


def at(entries: list[Entry], day: date, moment: time) -> Entry:
    (found,) = [e for e in entries if (e.date, e.time) == (day, moment)]
    return found


def first_and_last(entries: list[Entry]) -> Iterator[tuple[date, time, int | None]]:
    for entry in (entries[0], entries[-1]):
        yield entry.date, entry.time, entry.mood


@pytest.mark.parametrize("path", sorted(REAL.glob("*.csv")), ids=lambda p: p.stem)
def test_every_real_export_is_recognised_and_read(path: Path) -> None:
    assert detect_format(path) == "daylio"
    plan = plan_daylio(path)
    assert plan.count > 0
    assert len(plan.rejected) <= 1


def test_polish_year_layout_with_genitive_months_and_polish_moods(journal) -> None:  # type: ignore[no-untyped-def]
    plan = plan_daylio(POLISH)
    # The row `2017,29 sierpnia,wtorek,23:33,dobrze,""` lacks its note cell: it alone is named.
    assert plan.rejected == [Rejected(11, "6 cells where the header has 7")]
    entries = entries_of(plan)
    assert plan.count == len(entries) == 20
    assert list(first_and_last(entries)) == [
        (date(2017, 9, 7), time(12, 10), 4),  # 7 września, dobrze
        (date(2017, 8, 18), time(20, 0), 5),  # 18 sierpnia, wspaniale
    ]
    assert at(entries, date(2017, 9, 6), time(12, 9)).mood == 2  # źle
    assert at(entries, date(2017, 9, 4), time(12, 7)).mood == 3  # tak sobie
    assert at(entries, date(2017, 9, 1), time(7, 44)).mood == 1  # okropnie
    assert Counter(e.mood for e in entries) == {5: 9, 4: 5, 3: 4, 2: 1, 1: 1}
    assert not plan.custom_moods and not plan.warnings
    assert all(e.body == "" and e.themes == [] for e in entries)
    # The user chooses to leave the bad row out: the other twenty come in.
    chosen = plan_import(POLISH, options=ImportOptions(skip_bad=True))
    assert apply_import(chosen.entries(), themes=chosen.themes).added == 20
    assert {e.date for e in all_entries()} >= {date(2017, 8, 31), date(2017, 9, 1)}


def test_spanish_file_without_header_with_custom_moods() -> None:
    assert detect_format(SPANISH) == "daylio"
    plan = plan_daylio(SPANISH)
    assert plan.ok and plan.count == 285
    entries = entries_of(plan)
    assert list(first_and_last(entries)) == [
        (date(2021, 10, 16), time(18, 43), 2),  # "mal" is Spanish Daylio's default "bad"
        (date(2020, 12, 31), time(21, 40), None),  # "como siempre", the user's own mood
    ]
    assert entries[-1].themes == ["estudiando"] and entries[-1].body == "Mood: como siempre"
    pos_bien = at(entries, date(2021, 10, 10), time(9, 3))  # an hour with no leading zero
    assert (pos_bien.mood, pos_bien.body) == (None, "Mood: Pos bien")
    assert at(entries, date(2021, 1, 6), time(19, 58)).themes == ["buena-comida"]
    assert plan.custom_moods == SPANISH_MOODS
    assert sum(e.mood == 2 for e in entries) == 32  # every "mal"
    assert any("'como siempre' (124)" in w for w in plan.warnings)


def test_spanish_custom_moods_get_the_levels_the_user_gives() -> None:
    guessed = guess_mood_levels(SPANISH_MOODS)
    assert guessed == {
        "Sin animo": 2,
        "Pos bien": 4,
        "como siempre": 3,
        "ansioso": 2,
        "Motivado": 5,
        "una mierda": 1,
    }
    plan = plan_daylio(SPANISH, ImportOptions(moods={**guessed, "ansioso": 1}))
    entries = entries_of(plan)
    assert all(e.mood is not None for e in entries)
    assert not any("Mood:" in e.body for e in entries)
    assert not any("no place on the 1–5 scale" in w for w in plan.warnings)
    assert plan.custom_moods == SPANISH_MOODS  # still listed, so the preview can change them
    assert at(entries, date(2021, 3, 5), time(19, 4)).mood == 1  # una mierda
    assert Counter(e.mood for e in entries) == {3: 124, 2: 32 + 73, 4: 24, 1: 30 + 1, 5: 1}


def test_english_header_without_note_title_and_12_hour_times(journal) -> None:  # type: ignore[no-untyped-def]
    plan = plan_daylio(NO_TITLE)
    assert plan.ok and plan.count == 120
    entries = entries_of(plan)
    assert list(first_and_last(entries)) == [
        (date(2020, 12, 20), time(3, 26), 3),
        (date(2020, 8, 25), time(21, 0), 4),
    ]
    freelance = at(entries, date(2020, 10, 11), time(14, 21))
    assert (freelance.mood, freelance.title, freelance.body) == (5, "", "FREELANCE")
    assert at(entries, date(2020, 10, 4), time(19, 28)).body == "CORONA"
    sick = at(entries, date(2020, 10, 7), time(22, 35))
    assert (sick.mood, sick.body) == (None, "Mood: Sick")
    assert plan.custom_moods == {"Sick": 1}
    assert guess_mood_levels(plan.custom_moods) == {"Sick": 2}
    assert apply_import(plan.entries()).added == 120


def test_day_first_dates_lower_case_pm_and_one_24_hour_row() -> None:
    plan = plan_daylio(DAY_FIRST)
    assert plan.ok and plan.count == 32 and not plan.custom_moods
    entries = entries_of(plan)
    first = entries[0]
    assert (first.date, first.time, first.mood) == (date(2020, 5, 30), time(18, 50), 5)
    assert first.themes == ["friends", "gaming", "programming", "nap"] and first.body == "Awesome"
    assert (entries[-1].date, entries[-1].time, entries[-1].mood) == (date(2020, 5, 25), time(7, 9), 3)
    late = at(entries, date(2020, 5, 25), time(14, 58))
    assert (late.mood, late.themes, late.body) == (3, ["work"], "Could be better")
    assert at(entries, date(2020, 5, 28), time(0, 46)).themes == ["cleaning"]  # 12:46 am
    assert at(entries, date(2020, 5, 27), time(12, 20)).body == "Just good"  # 12:20 pm
    assert Counter(e.mood for e in entries) == {5: 19, 4: 5, 3: 4, 2: 2, 1: 2}


def test_custom_moods_odd_activities_and_a_row_with_an_extra_cell(journal) -> None:  # type: ignore[no-untyped-def]
    plan = plan_daylio(CUSTOM)
    assert plan.rejected == [Rejected(5, "9 cells where the header has 8")]
    entries = entries_of(plan)
    assert plan.count == len(entries) == 11
    first, last = entries[0], entries[-1]
    assert (first.date, first.time, first.title) == (date(2022, 10, 30), time(10, 4), "Dolomet")
    assert first.body == "Lorem ipsum sit dolomet amęt.\n\nMood: vaguely ok"
    assert (last.date, last.time, last.body) == (date(2022, 10, 25), time(17, 0), "Mood: vaguely ok")
    rad = at(entries, date(2022, 10, 25), time(23, 40))  # after 23:36 in the file: out of order
    assert (rad.mood, rad.title, rad.body) == (5, "", "Uet nulla nunc lobortis quisque.")
    assert plan.custom_moods == {
        "vaguely ok": 2,
        "vaguely good": 1,
        "fatigued": 1,
        "tired": 1,
        "grateful": 1,
        "blissful": 1,
        "in awe": 1,
        "lifeless": 1,
        "hungry": 1,
    }
    assert guess_mood_levels(plan.custom_moods) == {
        "vaguely ok": 3,
        "vaguely good": 4,
        "fatigued": 2,
        "tired": 2,
        "grateful": 4,
        "blissful": 5,
        "in awe": 5,
        "lifeless": 2,
        "hungry": 3,
    }
    chosen = plan_import(CUSTOM, options=ImportOptions(skip_bad=True))
    apply_import(chosen.entries(), themes=chosen.themes)
    names = {t.slug: t.name for t in all_themes()}
    stored = {(e.date, e.time): e for e in all_entries()}
    assert [names[s] for s in stored[(date(2022, 10, 30), time(10, 4))].themes] == [
        "2ćities skylines",
        "dó#lóó fa$$s_ą%",
    ]


def test_quotes_escaped_by_doubling() -> None:
    plan = plan_daylio(ESCAPED)
    assert plan.rejected == [Rejected(5, "9 cells where the header has 8")]
    entries = entries_of(plan)
    assert len(entries) == 4
    first = entries[0]
    assert first.title == 'Dolomet "with quotes"'
    assert first.body == 'Lorem ipsum sit "dolomet" amęt.\n\nMood: vaguely ok'
    assert first.themes == ["sos", "quoted-activity"]
    assert {t.name for t in plan.themes} >= {'"quoted activity"', 'some "quote"', 'activity with "quotes"'}
    assert (entries[-1].date, entries[-1].time, entries[-1].title) == (
        date(2022, 10, 26),
        time(20, 0),
        'Mauris rutrum "diam"',
    )


def test_scales_with_no_break_spaces_and_html_notes(journal) -> None:  # type: ignore[no-untyped-def]
    plan = plan_daylio(SCALES)
    assert plan.ok and plan.count == 7
    entries = entries_of(plan)
    assert (entries[0].date, entries[0].time, entries[0].body) == (
        date(2026, 4, 12),
        time(14, 3),
        "Bruuuuh.\n\nMood: helpless",
    )
    rested = at(entries, date(2026, 4, 12), time(12, 0))
    assert rested.scales == {"Sleep Quality": 8}
    # Durations are not levels: they stay readable in the text, with plain spaces.
    assert (
        rested.body == "Testing the note.\n\nScales: Sleep Time: 8:00 | Awake mid-sleep: 1:00\n\nMood: rested"
    )
    bold = at(entries, date(2026, 4, 2), time(10, 0))
    assert bold.scales == {"Sleep Quality": 6}
    assert bold.body == "Never mind**d**.\n\nScales: Sleep Time: 7:30\n\nMood: helpless"
    assert at(entries, date(2026, 3, 31), time(8, 50)).scales == {"Sleep Quality": 4}
    last = entries[-1]
    assert (last.date, last.time, last.themes) == (date(2026, 3, 30), time(20, 18), ["pondering"])
    assert last.body == "Who knows.\n\nAm I [[virtual]]?\n\nMood: vaguely bad"
    assert all("\xa0" not in e.body for e in entries)
    assert [e.scales for e in entries].count({}) == 4
    apply_import(plan.entries(), themes=plan.themes)
    stored = {(e.date, e.time): e for e in all_entries()}
    assert stored[(date(2026, 4, 12), time(12, 0))].scales == {"Sleep Quality": 8}


def test_the_large_crlf_export(journal) -> None:  # type: ignore[no-untyped-def]
    plan = plan_daylio(LARGE)
    assert plan.ok and not plan.rejected
    # 2,910 rows; two are exact repeats of the row before them.
    assert (plan.count, plan.skipped) == (2908, 2)
    entries = entries_of(plan)
    assert list(first_and_last(entries)) == [
        (date(2025, 4, 1), time(10, 59), 3),
        (date(2019, 2, 15), time(16, 18), 3),
    ]
    assert Counter(e.mood for e in entries) == {4: 1701, 3: 747, 2: 218, 5: 197, 1: 45}
    assert all(e.body == "" and e.title == "" and e.themes == [] for e in entries)
    assert apply_import(plan.entries()).added == 2908
    assert apply_import(plan_daylio(LARGE).entries()).added == 0


def test_one_bad_row_among_a_thousand(tmp_path: Path) -> None:
    lines = LARGE.read_bytes().split(b"\r\n")
    header, rows = lines[0], lines[1:1001]
    assert rows[499] == b"2024-04-02,April 2,Tuesday,13:39,meh,,,"
    rows[499] = b"2024-04-02,April 2,Tuesday,13:39,meh,,"  # one cell missing
    path = tmp_path / "daylio_export.csv"
    path.write_bytes(b"\r\n".join([header, *rows, b""]))
    plan = plan_daylio(path)
    assert plan.rejected == [Rejected(501, "7 cells where the header has 8")]
    assert plan.count == len(entries_of(plan)) == 999
    assert not plan.ok  # all or nothing, unless the user chooses to leave the row out
    assert plan_import(path, options=ImportOptions(skip_bad=True)).ok


def test_no_parsing_depends_on_the_process_locale(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_text(
        "year,date,weekday,time,mood,activities,note\n2018,30 May,Wednesday,8:30 PM,good,,Walk\n",
        encoding="utf-8",
    )
    saved = locale.setlocale(locale.LC_ALL)
    try:
        locale.setlocale(locale.LC_ALL, "de_DE.UTF-8")
    except locale.Error:
        pytest.skip("the de_DE.UTF-8 locale is not installed")
    try:
        [entry] = plan_daylio(path).preview
        [polish] = plan_daylio(POLISH).preview[:1]
    finally:
        locale.setlocale(locale.LC_ALL, saved)
    assert (entry.date, entry.time, entry.mood) == (date(2018, 5, 30), time(20, 30), 4)
    assert polish.date == date(2017, 9, 7)


def test_the_remembered_mood_levels_are_used_at_the_next_import(journal) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.journal.settings import daylio_moods, remember_daylio_moods

    assert daylio_moods() == {}
    remember_daylio_moods({"Sick": 2, "como siempre": 3})
    remember_daylio_moods({"Sick": 1})
    assert daylio_moods() == {"Sick": 1, "como siempre": 3}
    with pytest.raises(ValueError):
        remember_daylio_moods({"Sick": 6})
    plan = plan_daylio(NO_TITLE, ImportOptions(moods=daylio_moods()))
    sick = at(entries_of(plan), date(2020, 10, 7), time(22, 35))
    assert (sick.mood, sick.body) == (1, "")


def test_the_command_line_gives_a_custom_mood_its_level(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from tests.commands.test_transfer import run

    journal = tmp_path / "j.db"
    code, _out, err = run(capsys, "--journal", journal, "import", NO_TITLE, "--mood", "sick=2")
    assert code == 0, err
    code, out, _err = run(
        capsys, "--journal", journal, "list", "--from", "2020-10-07", "--to", "2020-10-07", "--json"
    )
    assert code == 0
    [sick] = [e for e in json.loads(out) if e["time"] == "22:35"]
    assert (sick["mood"], sick["body"]) == (2, "")
