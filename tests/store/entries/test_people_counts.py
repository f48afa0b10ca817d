from desktop.store.entries.entry_table import save_entries, trash_entry
from desktop.store.entries.person_table import all_people
from tests.factories import make_entry


def test_people_are_listed_with_their_live_entry_counts(journal):
    entries = [
        make_entry(people=["Ana", "Bo"]),
        make_entry(people=["Ana"]),
        make_entry(people=["Cy"]),
    ]
    save_entries(entries)
    trash_entry(entries[2].uuid)
    assert [(p.name, p.entries) for p in all_people()] == [("Ana", 2), ("Bo", 1), ("Cy", 0)]


def test_one_person_however_their_accent_was_typed(journal):
    save_entries([make_entry(people=["Jose\u0301"]), make_entry(people=["Jos\u00e9"])])
    assert [(p.name, p.entries) for p in all_people()] == [("Jos\u00e9", 2)]
