from desktop.domain.entry_context import Place, Weather
from desktop.store.entries.drafts import discard_draft, list_drafts, save_draft
from tests.factories import make_entry


def test_a_draft_keeps_every_field_and_replaces_the_earlier_one(journal):
    entry = make_entry(
        title="Half written",
        body="It started when…",
        themes=["trust"],
        people=["Ana"],
        independence=4,
        interdependence=8,
        mood=3,
        starred=True,
    )
    save_draft(entry, is_new=True)
    entry.body += " and then we talked."
    save_draft(entry, is_new=True)
    drafts = list_drafts()
    assert len(drafts) == 1
    restored = drafts[0].entry
    assert drafts[0].is_new
    assert restored.body == "It started when… and then we talked."
    assert (restored.themes, restored.people, restored.mood) == (["trust"], ["Ana"], 3)
    assert (restored.independence, restored.interdependence, restored.starred) == (4, 8, True)


def test_a_draft_survives_reopening_and_can_be_discarded(journal_path):
    from desktop.store.journal.opening import open_journal

    entry = make_entry(title="Before the crash")
    with open_journal(journal_path):
        save_draft(entry, is_new=False)
    with open_journal(journal_path):
        assert [d.entry.title for d in list_drafts()] == ["Before the crash"]
        discard_draft(entry.uuid)
        assert list_drafts() == []


def test_a_draft_of_an_imported_entry_keeps_where_it_was_written(journal):
    imported = make_entry(title="Zoo", place=Place("Zoo", "Seattle"), weather=Weather(temperature_c=16.5))
    imported.source = "Journal"
    save_draft(imported, is_new=False)
    (draft,) = list_drafts()
    assert (draft.entry.place, draft.entry.weather, draft.entry.source) == (
        Place("Zoo", "Seattle"),
        Weather(temperature_c=16.5),
        "Journal",
    )
