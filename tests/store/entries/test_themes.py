"""Managing themes: custom ones, renaming, recolouring, merging, archiving."""

from __future__ import annotations

import pytest

from desktop.domain.theme_catalogue import Pillar
from desktop.store.entries.entry_table import get_entry, save_entry
from desktop.store.entries.theme_table import (
    all_themes,
    create_theme,
    merge_themes,
    set_theme_pillar,
    update_theme,
)
from desktop.store.journal.errors import InvalidValue
from desktop.store.journal.opening import open_journal
from tests.factories import make_entry


def slugs() -> set[str]:
    return {t.slug for t in all_themes()}


def test_create_a_custom_theme_with_a_pillar(journal) -> None:  # type: ignore[no-untyped-def]
    theme = create_theme("family-dinners", "Family dinners", Pillar.INTERDEPENDENCE, "#112233")
    assert (theme.name, theme.pillar, theme.colour, theme.builtin) == (
        "Family dinners",
        Pillar.INTERDEPENDENCE,
        "#112233",
        False,
    )
    with pytest.raises(InvalidValue, match="exists already"):
        create_theme("family-dinners")
    with pytest.raises(InvalidValue, match="not a theme slug"):
        create_theme("Family Dinners")


def test_builtins_can_be_renamed_and_recoloured_but_keep_their_pillar(journal, journal_path) -> None:  # type: ignore[no-untyped-def]
    update_theme("trust", name="Faith in each other", colour="#abcdef")
    with pytest.raises(InvalidValue, match="keeps its pillar"):
        set_theme_pillar("trust", Pillar.WARNING)
    journal.close()
    with open_journal(journal_path):
        trust = next(t for t in all_themes() if t.slug == "trust")
        assert (trust.name, trust.colour, trust.pillar) == (
            "Faith in each other",
            "#abcdef",
            Pillar.INTERDEPENDENCE,
        )


def test_bad_colour_and_empty_name_are_refused(journal) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidValue, match="#RRGGBB"):
        update_theme("trust", colour="red")
    with pytest.raises(InvalidValue, match="needs a name"):
        update_theme("trust", name="  ")


def test_merge_moves_entries_and_removes_the_source(journal) -> None:  # type: ignore[no-untyped-def]
    a = make_entry(themes=["hiking"])
    b = make_entry(themes=["hiking", "own-interests"])
    save_entry(a)
    save_entry(b)
    assert merge_themes("hiking", "own-interests") == 1
    assert get_entry(a.uuid).themes == ["own-interests"]
    assert get_entry(b.uuid).themes == ["own-interests"]
    assert "hiking" not in slugs()


def test_a_builtin_cannot_be_merged_away(journal) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidValue, match="archive it instead"):
        merge_themes("trust", "connection")
    assert "trust" in slugs()


def test_a_custom_theme_can_be_filed_under_a_pillar(journal) -> None:  # type: ignore[no-untyped-def]
    create_theme("pottery")
    assert set_theme_pillar("pottery", Pillar.INDEPENDENCE).pillar is Pillar.INDEPENDENCE
    assert set_theme_pillar("pottery", None).pillar is None


def test_archived_themes_are_hidden_from_pickers_but_kept(journal) -> None:  # type: ignore[no-untyped-def]
    entry = make_entry(themes=["isolation"])
    save_entry(entry)
    update_theme("isolation", archived=True)
    assert "isolation" not in {t.slug for t in all_themes(include_archived=False)}
    assert get_entry(entry.uuid).themes == ["isolation"]
