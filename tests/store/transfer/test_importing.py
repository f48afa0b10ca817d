"""Applying an import: one transaction, uuids never added twice, dry runs change nothing."""

from __future__ import annotations

import pytest

from desktop.domain.entry import Relation
from desktop.store.entries.entry_table import save_entries, trash_entry
from desktop.store.entries.person_table import all_people
from desktop.store.entries.theme_table import all_themes
from desktop.store.journal.errors import InvalidValue
from desktop.store.transfer.importing import ImportStopped, apply_import
from tests.factories import make_entry
from tests.io.helpers import all_entries


def test_new_entries_are_added_with_their_links(journal) -> None:
    batch = [make_entry(title=f"e{n}", themes=["trust", "garden"], people=["Sam"]) for n in range(1200)]
    result = apply_import(batch, people=[("Sam", Relation.FRIEND)])
    assert (result.added, result.already_present, result.created_themes) == (1200, 0, ["garden"])
    stored = all_entries()
    assert len(stored) == 1200 and {tuple(e.themes) for e in stored} == {("trust", "garden")}
    assert [(p.name, p.relation, p.entries) for p in all_people()] == [("Sam", Relation.FRIEND, 1200)]


def test_entries_already_present_even_in_the_trash_are_left_alone(journal) -> None:
    kept = make_entry(title="mine")
    save_entries([kept])
    trash_entry(kept.uuid)
    changed = make_entry(title="from the file", uuid=kept.uuid)
    result = apply_import([changed, make_entry(title="new")])
    assert (result.added, result.already_present) == (1, 1)
    assert {e.title for e in all_entries()} == {"mine", "new"}


def test_a_dry_run_counts_and_changes_nothing(journal) -> None:
    save_entries([old := make_entry()])
    before = (all_entries(), all_themes(), all_people())
    result = apply_import([old, make_entry(themes=["new-theme"], people=["Ana"])], dry_run=True)
    assert (result.added, result.already_present) == (1, 1)
    assert (result.created_themes, result.created_people) == (["new-theme"], ["Ana"])
    assert (all_entries(), all_themes(), all_people()) == before


def test_cancelling_or_a_bad_entry_late_in_the_stream_rolls_everything_back(journal) -> None:
    def stream(bad_at: int):
        for n in range(2000):
            yield make_entry(title=f"{n}", mood=9 if n == bad_at else None)

    with pytest.raises(InvalidValue, match="mood"):
        apply_import(stream(1900))
    assert all_entries() == []
    with pytest.raises(ImportStopped):
        apply_import(stream(-1), cancelled=lambda: True)
    assert all_entries() == []


def test_the_same_uuid_twice_in_one_stream_is_added_once(journal) -> None:
    first = make_entry(title="first")
    result = apply_import([first, make_entry(title="again", uuid=first.uuid)])
    assert (result.added, result.already_present) == (1, 1)
    assert [e.title for e in all_entries()] == ["first"]


def test_a_tag_only_entries_already_present_carry_makes_no_theme(journal) -> None:
    from desktop.domain.theme_catalogue import CUSTOM_THEME_COLOUR, ThemeSpec

    present = make_entry(title="Already here")
    save_entries([present])
    again = make_entry(uuid=present.uuid, title="Already here", themes=["hashtag-ish"])
    spec = ThemeSpec("hashtag-ish", "hashtag-ish", None, "", CUSTOM_THEME_COLOUR)
    counted = apply_import([again], themes=[spec], dry_run=True)
    assert (counted.added, counted.created_themes) == (0, [])
    result = apply_import([again], themes=[spec])
    assert (result.added, result.created_themes) == (0, [])
    assert "hashtag-ish" not in {t.slug for t in all_themes()}
    fresh = make_entry(title="New", themes=["hashtag-ish"])
    assert apply_import([fresh], themes=[spec]).created_themes == ["hashtag-ish"]
    unused = ThemeSpec("kept-anyway", "Kept anyway", None, "", CUSTOM_THEME_COLOUR)
    apply_import([], themes=[unused], keep_unused_themes=True)  # this app's JSON keeps them all
    assert "kept-anyway" in {t.slug for t in all_themes()}
