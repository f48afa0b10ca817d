"""The catalogue, slugs and entry rules."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from desktop.domain.entry import InvalidEntry, format_offset, parse_offset, validate_entry
from desktop.domain.theme_catalogue import BUILTIN_THEMES, Pillar, is_valid_slug, slugify
from tests.factories import make_entry


def test_catalogue_has_the_spec_themes_in_their_pillars() -> None:
    by_pillar: dict[Pillar | None, set[str]] = {}
    for theme in BUILTIN_THEMES:
        by_pillar.setdefault(theme.pillar, set()).add(theme.slug)
    assert by_pillar[Pillar.INDEPENDENCE] == {
        "self-growth",
        "boundaries",
        "resilience",
        "self-care",
        "own-interests",
    }
    assert by_pillar[Pillar.INTERDEPENDENCE] == {
        "trust",
        "connection",
        "mutual-growth",
        "shared-experiences",
        "teamwork",
        "mutual-support",
        "quality-time",
        "vulnerability",
    }
    assert by_pillar[Pillar.PRACTICE] == {"communication", "conflict-resolution", "adaptability"}
    assert by_pillar[Pillar.WARNING] == {"codependency", "isolation"}
    assert all(is_valid_slug(t.slug) for t in BUILTIN_THEMES)
    assert len({t.colour for t in BUILTIN_THEMES}) == len(BUILTIN_THEMES)


@pytest.mark.parametrize("bad", ["Not A Slug", "", "ünï", "a_b", "a b", "x" * 65])
def test_invalid_slugs(bad: str) -> None:
    assert not is_valid_slug(bad)


@pytest.mark.parametrize("good", ["trust", "a--b", "-lead", "trail-", "2024"])
def test_every_slug_spec_allows_is_valid(good: str) -> None:
    assert is_valid_slug(good)  # SPEC: [a-z0-9-]+


def test_slugify_makes_labels_into_slugs() -> None:
    assert slugify("quality time") == "quality-time"
    assert slugify("  Self Care! ") == "self-care"
    assert slugify("Café crème") == "cafe-creme"
    assert slugify("🙂") == ""


def test_offsets_round_trip() -> None:
    for text in ("+00:00", "+05:30", "-03:00", "+13:45"):
        assert format_offset(parse_offset(text)) == text
    with pytest.raises(InvalidEntry):
        parse_offset("0530")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"independence": 11}, "independence"),
        ({"interdependence": -1}, "interdependence"),
        ({"mood": 6}, "mood"),
        ({"people": ["Sam; Alex"]}, ";"),
        ({"people": ["Sam", "sam"]}, "twice"),
        ({"themes": ["Trust"]}, "slug"),
        ({"time": time(9, 30, 15)}, "minute"),
        ({"utc_offset": timedelta(hours=19)}, "offset"),
    ],
)
def test_entry_rules(fields: dict, message: str) -> None:
    with pytest.raises(InvalidEntry, match=message):
        validate_entry(make_entry(**fields))


def test_a_name_typed_with_a_combining_accent_is_the_same_person() -> None:
    from desktop.domain.entry import clean_person_name

    assert clean_person_name("  Jose\u0301  Ma ") == "Jos\u00e9 Ma"


def test_an_entry_dated_beyond_the_charts_reach_is_refused() -> None:
    from datetime import date

    from desktop.domain.entry import EARLIEST_DATE, LATEST_DATE

    validate_entry(make_entry(date=EARLIEST_DATE))
    validate_entry(make_entry(date=LATEST_DATE))
    with pytest.raises(InvalidEntry, match="out of range"):
        validate_entry(make_entry(date=date(999, 12, 31)))
    with pytest.raises(InvalidEntry, match="out of range"):
        validate_entry(make_entry(date=date(9000, 1, 1)))


def test_a_tag_in_any_script_gets_a_lasting_slug() -> None:
    from desktop.domain.theme_catalogue import theme_slug

    assert theme_slug("Quality time") == "quality-time"
    family = theme_slug("семья")
    assert is_valid_slug(family) and family.startswith("tag-")
    assert theme_slug(" СЕМЬЯ ") == family  # the same tag, however it was cased
    assert theme_slug("家族") not in ("", family)
    assert theme_slug("!!!") == ""


def test_tags_that_share_only_their_ascii_part_stay_apart() -> None:
    from desktop.domain.theme_catalogue import theme_slug

    assert theme_slug("семья 2024") != theme_slug("работа 2024")
    assert theme_slug("Café crème") == "cafe-creme"  # accents have an ASCII form: a readable slug


def test_tags_that_differ_only_in_a_symbol_keep_themes_of_their_own() -> None:
    from desktop.domain.theme_catalogue import theme_slug

    slugs = [theme_slug(t) for t in ("C", "C++", "C#", "F#", "R&D", "R D", "#hashtag", "work/life")]
    assert slugs == ["c", "c-plus-plus", "c-sharp", "f-sharp", "r-and-d", "r-d", "hashtag", "work-life"]
    assert all(is_valid_slug(s) for s in slugs)
    # Plain words keep the slugs they always had.
    assert [theme_slug(t) for t in ("Self-care", "quality time", "OS/2", "Board Games!")] == [
        "self-care",
        "quality-time",
        "os-2",
        "board-games",
    ]
