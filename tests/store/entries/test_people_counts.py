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


def test_counts_leave_out_the_trash_and_a_person_no_longer_written_about(journal):
    import random

    rng = random.Random(5)
    names = ["Ana", "Bo", "Cy", "Dee", "Eli"]
    entries = [make_entry(people=rng.sample(names, rng.randint(0, 3))) for _ in range(300)]
    save_entries(entries)
    trashed = rng.sample(entries, 60) + [e for e in entries if "Eli" in e.people]
    for entry in {e.uuid: e for e in trashed}.values():
        trash_entry(entry.uuid)
    gone = {e.uuid for e in trashed}
    live = [e for e in entries if e.uuid not in gone]
    expected = sorted(
        ((name, sum(name in e.people for e in live)) for name in names), key=lambda p: (-p[1], p[0])
    )
    assert [(p.name, p.entries) for p in all_people()] == expected
    assert expected[-1] == ("Eli", 0)
