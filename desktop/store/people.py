"""People an entry can involve: names (case-insensitively unique) and their relation."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.entry import Relation, clean_person_name
from desktop.domain.filters import ALL_LIVE
from desktop.store.errors import InvalidValue
from desktop.store.models import EntryPerson, Person, journal_db
from desktop.store.queries import live_link_counts, most_first, rows


@dataclass(frozen=True, slots=True)
class PersonInfo:
    name: str
    relation: Relation
    entries: int


def all_people() -> list[PersonInfo]:
    """Everyone named in the journal, with how many live entries mention them, most first."""
    counts = live_link_counts(ALL_LIVE, EntryPerson, EntryPerson.person)
    people = rows(Person.select(Person.name, Person.id, Person.relation))
    relations = {name: Relation(relation) for name, _, relation in people}
    ordered = most_first([(name, counts.get(pid, 0)) for name, pid, _ in people])
    return [PersonInfo(name, relations[name], n) for name, n in ordered]


def person_ids_for(names: list[str]) -> dict[str, int]:
    """Ids for `names`, adding people not yet known; run inside the caller's transaction."""
    ids: dict[str, int] = {}
    for raw in names:
        name = clean_person_name(raw)
        row = Person.get_or_none(Person.name == name)
        ids[raw] = row.id if row else Person.insert(name=name).execute()
    return ids


def set_relation(name: str, relation: Relation) -> None:
    with journal_db.atomic():
        updated = Person.update(relation=relation.value).where(Person.name == name).execute()
    if not updated:
        raise InvalidValue(f"there is no person named {name!r}")
