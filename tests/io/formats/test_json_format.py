"""The whole-journal JSON document: themes, people with relations and entries, lossless."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain.entry import Relation
from desktop.io.formats.json_format import plan_json, write_json
from desktop.io.importers.plan import ImportFailed
from desktop.store.entries.entry_table import iter_entries, save_entries
from desktop.store.entries.person_table import all_people, set_relation
from desktop.store.entries.theme_table import all_themes
from desktop.store.journal.models import Theme
from desktop.store.journal.opening import open_journal
from desktop.store.transfer.importing import apply_import
from tests.factories import make_entry
from tests.io.helpers import all_entries


def _export(path: Path) -> None:
    write_json(path, iter_entries(), all_themes(), all_people())


def test_themes_people_and_entries_survive_into_an_empty_journal(tmp_path: Path) -> None:
    exported = tmp_path / "journal.json"
    with open_journal(tmp_path / "a.db"):
        save_entries(
            [
                make_entry(title="Hike", themes=["trust", "hiking"], people=["Sam", "Ana"], mood=4),
                make_entry(title="Alone", themes=["self-care"], independence=8, interdependence=2),
            ]
        )
        set_relation("Sam", Relation.PARTNER)
        Theme.update(
            name="Our hikes", colour="#123456", pillar="interdependence", description="Up hills"
        ).where(Theme.slug == "hiking").execute()
        Theme.update(name="Looking after me", archived=True).where(Theme.slug == "self-care").execute()
        _export(exported)
        before = (all_entries(), all_themes(), sorted(all_people(), key=lambda p: p.name))
    with open_journal(tmp_path / "b.db"):
        plan = plan_json(exported)
        assert plan.ok and plan.count == 2
        apply_import(
            plan.entries(), themes=plan.themes, archived_themes=plan.archived_themes, people=plan.people
        )
        after = (all_entries(), all_themes(), sorted(all_people(), key=lambda p: p.name))
    assert after == before


def test_the_document_is_described_by_its_header(journal, tmp_path: Path) -> None:
    path = tmp_path / "j.json"
    _export(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("balance-journal", 1)
    assert {t["slug"] for t in document["themes"]} >= {"trust", "isolation"}
    assert document["entries"] == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["entries"][0].update(mood=9), "entry 1: mood must be a whole number from 1 to 5"),
        (lambda d: d["entries"][0].pop("date"), "entry 1: 'date' is missing"),
        (
            lambda d: d["entries"][0].update(independence="7"),
            "entry 1: 'independence' has the wrong type (str)",
        ),
        (lambda d: d["entries"].append(dict(d["entries"][0])), "entry 2: uuid"),
        (
            lambda d: d["people"].append({"name": "Bo", "relation": "rival"}),
            "person 1: Bo has an unknown relation",
        ),
    ],
    ids=["mood", "missing-date", "string-rating", "duplicate-uuid", "relation"],
)
def test_a_bad_record_is_named(journal, tmp_path: Path, change, expected: str) -> None:
    save_entries([make_entry()])
    path = tmp_path / "j.json"
    _export(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    plan = plan_json(path)
    assert any(str(r).startswith(expected) for r in plan.rejected), plan.rejected


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b'{"format": "balance-journal", "version": 1, "themes": [', "is not valid JSON at line 1"),
        (b'{"format": "balance-journal", "version": 2}', "this app reads version 1"),
        (b'{"entries": []}', "is not a Balance Journal JSON document"),
        (b'{"title": "Caf\xe9"}', "is not UTF-8 text"),  # Latin-1
        ("{}".encode("utf-32"), "is UTF-32 text"),
    ],
)
def test_a_bad_document_fails_clearly(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match=message):
        plan_json(path)


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ({"place": "Berlin"}, "entry 1: 'place' is not an object"),
        ({"place": {"name": "Pole", "latitude": 91}}, "entry 1: the place's latitude 91 is out of range"),
        ({"place": {"latitude": "52.5"}}, "entry 1: 'place.latitude' is not a number"),
        ({"weather": {"temperature_c": True}}, "entry 1: 'weather.temperature_c' is not a number"),
        ({"source": 7}, "entry 1: 'source' has the wrong type (int)"),
        ({"scales": {"Sleep": 4.5}}, "entry 1: the scale 'Sleep' has a level 4.5 that is not a whole number"),
    ],
    ids=["place-text", "latitude-range", "latitude-text", "temperature-bool", "source-number", "scale-float"],
)
def test_a_bad_place_weather_source_or_scale_is_named(
    journal, tmp_path: Path, context, expected: str
) -> None:
    save_entries([make_entry()])
    path = tmp_path / "j.json"
    _export(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["entries"][0].update(context)
    path.write_text(json.dumps(document), encoding="utf-8")
    assert [str(r) for r in plan_json(path).rejected] == [expected]


def test_entries_without_context_are_written_as_before(journal, tmp_path: Path) -> None:
    """Only entries from other journal apps carry the optional keys; the CSV columns stay first."""
    save_entries([make_entry(title="Mine"), make_entry(title="Imported", source="Journal")])
    path = tmp_path / "j.json"
    _export(path)
    records = {r["title"]: r for r in json.loads(path.read_text(encoding="utf-8"))["entries"]}
    assert "place" not in records["Mine"] and "source" not in records["Mine"]
    assert list(records["Imported"])[-1] == "source" and records["Imported"]["source"] == "Journal"
