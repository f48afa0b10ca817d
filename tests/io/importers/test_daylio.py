"""Daylio CSV exports: the real samples and each header layout Daylio has used."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from desktop.io.importers.daylio import (
    CURRENT,
    NOTE_ONLY,
    WITH_TITLE,
    YEAR,
    guess_mood_levels,
    parse_time,
    plan_daylio,
)
from desktop.io.importers.daylio_text import note_markdown
from desktop.io.importers.detect import detect_format
from desktop.io.importers.plan import ImportOptions
from desktop.store.entries.theme_table import all_themes
from desktop.store.transfer.importing import apply_import
from tests.io.helpers import FIXTURES, all_entries

SAMPLE = FIXTURES / "daylio" / "sample.csv"
MOODS = FIXTURES / "daylio" / "sample_multiple_moods.csv"


def test_the_2019_layout_with_12_hour_times(journal) -> None:
    assert detect_format(SAMPLE) == "daylio"
    plan = plan_daylio(SAMPLE)
    assert plan.ok and plan.count == 3
    assert plan.custom_moods == {"sad": 1, "average": 2}
    apply_import(plan.entries(), themes=plan.themes)
    first = min(all_entries(), key=lambda e: e.date)
    assert (first.date, first.time) == (date(2021, 9, 26), time(23, 0))
    assert first.themes == ["alcohol", "vegetarian-day", "clean", "movies-tv", "bad-sleep"]
    assert first.mood is None and first.body == "Mood: average"
    names = {t.slug: t.name for t in all_themes()}
    assert names["movies-tv"] == "movies / tv"


def test_custom_and_default_mood_labels(journal) -> None:
    plan = plan_daylio(MOODS)
    assert plan.count == 7
    assert plan.custom_moods == {"OK": 2, "Refreshed": 1, "ok but sleepy": 1, "Anxious": 1}
    assert any("'ok but sleepy' (1)" in w for w in plan.warnings)
    moods = {(e.date, e.time): e.mood for e in plan.preview}
    assert moods[(date(2020, 8, 28), time(20, 1))] == 4  # good
    assert moods[(date(2020, 7, 21), time(10, 31))] == 2  # bad


def test_importing_the_same_export_twice_adds_nothing(journal) -> None:
    assert apply_import(plan_daylio(MOODS).entries()).added == 7
    assert apply_import(plan_daylio(MOODS).entries()).added == 0


def test_the_current_layout_with_bom_scales_and_default_moods(journal, tmp_path: Path) -> None:
    path = tmp_path / "daylio_export_2024.csv"
    path.write_bytes(
        "\ufefffull_date,date,weekday,time,mood,activities,scales,note_title,note\n"
        '2024-05-04,May 4,Saturday,8:30 pm,rad,"quality time | Trust | board games",'
        '"sleep: 4 | energy: 3","Picnic","We sat by the river.\nAll afternoon."\n'
        '2024-05-05,May 5,Sunday,12:00 am,awful,"","","",""\n'
        '2024-05-05,May 5,Sunday,12:15 pm,meh,"work","","",""\n'.encode()
    )
    assert detect_format(path) == "daylio"
    plan = plan_daylio(path)
    assert plan.ok and not plan.custom_moods
    picnic, midnight, noon = plan.preview
    assert (picnic.time, picnic.mood, picnic.title) == (time(20, 30), 5, "Picnic")
    assert picnic.themes == ["quality-time", "trust", "board-games"]
    assert picnic.body == "We sat by the river.\nAll afternoon."
    assert picnic.scales == {"sleep": 4, "energy": 3}
    assert (midnight.date, midnight.time, midnight.mood) == (date(2024, 5, 5), time(0, 0), 1)
    assert (noon.time, noon.mood) == (time(12, 15), 3)


def test_the_2018_layout_with_year_and_day_month(journal, tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_text(
        "year,date,weekday,time,mood,activities,note\n"
        '2018,28 September,Friday,7:05 am,good,"friends | self care",Coffee with Ana\n',
        encoding="utf-8",
    )
    [entry] = plan_daylio(path).preview
    assert (entry.date, entry.time, entry.mood) == (date(2018, 9, 28), time(7, 5), 4)
    assert entry.themes == ["friends", "self-care"] and entry.body == "Coffee with Ana"


def test_a_bad_row_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2024-05-04,May 4,Saturday,8:30 pm,rad,,,\n"
        "2024-05-04,May 4,Saturday,13:30 pm,rad,,,\n"
        "2024-02-30,May 4,Saturday,8:30 pm,rad,,,\n",
        encoding="utf-8",
    )
    assert [str(r) for r in plan_daylio(path).rejected] == [
        "row 3: time '13:30 pm' has an hour outside 1–12",
        "row 4: full_date '2024-02-30' is not YYYY-MM-DD",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("8:30 pm", time(20, 30)), ("12:00 am", time(0, 0)), ("12:59 PM", time(12, 59)), ("07:31", time(7, 31))],
)
def test_times(text: str, expected: time) -> None:
    assert parse_time(text) == expected


def test_activities_in_any_script_become_themes_named_as_written(tmp_path, journal) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ru.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        '2024-05-04,May 4,Saturday,8:30 pm,rad,"семья | 家族 | friends",,\n',
        encoding="utf-8",
    )
    plan = plan_daylio(path)
    assert not any("left out" in w for w in plan.warnings)
    apply_import(plan.entries(), themes=plan.themes)
    (entry,) = all_entries()
    names = {t.slug: t.name for t in all_themes()}
    assert [names[slug] for slug in entry.themes] == ["семья", "家族", "friends"]


ROW = "Saturday,8:30 pm,rad,work | friends"


@pytest.mark.parametrize(
    ("header", "row"),
    [
        (",".join(CURRENT), f'2024-05-04,May 4,{ROW},"Energy: 4/5","Title","Note"'),
        (",".join(WITH_TITLE), f'2024-05-04,May 4,{ROW},"Title","Note"'),
        (",".join(NOTE_ONLY), f'2024-05-04,May 4,{ROW},"Note"'),
        (",".join(YEAR), f'2024,4 May,{ROW},"Note"'),
        ("", f'2024-05-04,May 4,{ROW},"Energy: 4/5","Title","Note"'),
        ("", f'2024-05-04,May 4,{ROW},"Title","Note"'),
        ("", f'2024-05-04,May 4,{ROW},"Note"'),
        ("", f'2024,May 4,{ROW},"Note"'),
    ],
    ids=[
        "current",
        "with-title",
        "note-only",
        "year",
        "no-header-9",
        "no-header-8",
        "no-header-7",
        "no-header-year",
    ],
)
def test_every_layout_with_and_without_its_header(tmp_path: Path, header: str, row: str) -> None:
    path = tmp_path / "export.csv"
    path.write_text("\n".join(line for line in (header, row, row.replace("8:30 pm", "9:00 pm"))) + "\n")
    assert detect_format(path) == "daylio"
    plan = plan_daylio(path)
    assert plan.ok and plan.count == 2
    entry = plan.preview[0]
    assert (entry.date, entry.time, entry.mood, entry.body) == (date(2024, 5, 4), time(20, 30), 5, "Note")
    assert entry.themes == ["work", "friends"]
    assert entry.title == ("Title" if "Title" in row else "")
    assert entry.scales == ({"Energy": 4} if "Energy" in row else {})


@pytest.mark.parametrize(
    ("date_cell", "weekday", "moods", "expected"),
    [
        ("7. September", "Samstag", ("super", "gut", "OK", "schlecht", "furchtbar"), date(2019, 9, 7)),
        ("7 septembre", "samedi", ("super", "bien", "mouais", "mauvais", "horrible"), date(2019, 9, 7)),
        ("7 de septiembre", "sábado", ("genial", "bien", "normal", "mal", "fatal"), date(2019, 9, 7)),
        (
            "7 de setembro",
            "sábado",
            ("incrível", "bem", "mais ou menos", "mal", "horrível"),
            date(2019, 9, 7),
        ),
        ("7 settembre", "sabato", ("fantastico", "bene", "così così", "male", "malissimo"), date(2019, 9, 7)),
        ("7 сентября", "суббота", ("супер", "хорошо", "так себе", "плохо", "ужасно"), date(2019, 9, 7)),
        ("7 september", "zaterdag", ("geweldig", "goed", "matig", "slecht", "vreselijk"), date(2019, 9, 7)),
        ("7 września", "sobota", ("wspaniale", "dobrze", "tak sobie", "źle", "okropnie"), date(2019, 9, 7)),
        ("9月7日", "土曜日", ("rad", "good", "meh", "bad", "awful"), date(2019, 9, 7)),
        ("7. září", "sobota", ("rad", "good", "meh", "bad", "awful"), date(2019, 9, 7)),
    ],
    ids=["de", "fr", "es", "pt", "it", "ru", "nl", "pl", "ja", "cs"],
)
def test_dates_and_default_moods_in_each_language(
    tmp_path: Path, date_cell: str, weekday: str, moods: tuple[str, ...], expected: date
) -> None:
    path = tmp_path / "export.csv"
    rows = [f'2019,{date_cell},{weekday},{20 - n}:00,{mood},"",""' for n, mood in enumerate(moods)]
    path.write_text("\n".join([",".join(YEAR), *rows]) + "\n", encoding="utf-8")
    plan = plan_daylio(path)
    assert plan.ok and not plan.custom_moods
    assert [(e.date, e.mood) for e in plan.preview] == [(expected, level) for level in (5, 4, 3, 2, 1)]


def test_an_english_ok_is_a_custom_mood_but_a_german_one_is_meh(tmp_path: Path) -> None:
    english, german = tmp_path / "en.csv", tmp_path / "de.csv"
    english.write_text(f"{','.join(NOTE_ONLY)}\n2024-05-04,May 4,Saturday,20:00,OK,,\n")
    german.write_text(f"{','.join(NOTE_ONLY)}\n2024-05-04,4. Mai,Samstag,20:00,OK,,\n")
    assert plan_daylio(english).custom_moods == {"OK": 1}
    assert plan_daylio(german).preview[0].mood == 3


def test_renamed_moods_get_a_first_guess_and_then_the_users_levels(tmp_path: Path) -> None:
    labels = {"Great": 2, "Good [-]": 10, "Medium": 6, "Not so good": 3, "Sick": 1}
    guessed = guess_mood_levels(labels)
    assert guessed == {"Great": 5, "Good [-]": 3, "Medium": 3, "Not so good": 2, "Sick": 2}
    path = tmp_path / "renamed.csv"
    moods = [label for label, count in labels.items() for _ in range(count)]
    rows = [f"2024-05-04,May 4,Saturday,{n}:00,{label},,," for n, label in enumerate(moods)]
    path.write_text("\n".join([",".join(WITH_TITLE), *rows]) + "\n")
    before = plan_daylio(path)
    assert before.custom_moods == labels
    assert all(e.mood is None and e.body.startswith("Mood: ") for e in before.preview)
    # The user keeps the guesses but one, given in another case.
    chosen = {**guessed, "good [-]": 4}
    del chosen["Good [-]"]
    after = plan_daylio(path, ImportOptions(moods=chosen))
    assert [e.mood for e in after.preview] == [5] * 2 + [4] * 10 + [3] * 6 + [2] * 3 + [2]
    assert all(e.body == "" for e in after.preview)
    assert after.custom_moods == labels


def test_a_note_in_html_becomes_markdown() -> None:
    assert note_markdown("Who knows.<br><br>Am I <b>here</b>?") == "Who knows.\n\nAm I **here**?"
    assert note_markdown("<ul><li>one</li><li>two &amp; three</li></ul>") == "- one\n- two & three"
    assert note_markdown("a < b & c > d") == "a < b & c > d"  # plain text stays as it is


def test_a_newer_export_of_the_same_entries_adds_only_the_new_ones(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Daylio's layout, the phone's language and its clock change between exports; the entry
    is the same, so its uuid must be too, or a second import would double the journal."""
    from desktop.io.importers.daylio import plan_daylio

    older = tmp_path / "2022.csv"
    older.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        '2024-03-10,March 10,Sunday,8:30 pm,good,work,Title,"Long day at work"\n',
        encoding="utf-8",
    )
    newer = tmp_path / "2024.csv"
    newer.write_text(
        "full_date,date,weekday,time,mood,activities,scales,note_title,note\n"
        '2024-03-10,March 10,Sunday,8:30 pm,good,work,,Title,"Long day at work"\n'
        '2024-03-11,March 11,Monday,9:00 pm,good,,,,"next day"\n',
        encoding="utf-8",
    )
    polish = tmp_path / "pl.csv"
    polish.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        '2024-03-10,10 marca,niedziela,20:30,dobrze,work,Title,"Long day at work"\n',
        encoding="utf-8",
    )
    first = {e.uuid for e in plan_daylio(older).entries()}
    second = [e.uuid for e in plan_daylio(newer).entries()]
    third = {e.uuid for e in plan_daylio(polish).entries()}
    assert len(first) == 1 and first <= set(second) and len(set(second)) == 2
    assert third == first
