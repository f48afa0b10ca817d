"""People an entry can involve: names (case-insensitively unique) and their relation."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN, fn

from desktop.domain.entry import Relation, clean_person_name
from desktop.domain.filters import ALL_LIVE
from desktop.store.browse.filter_sql import link_counts, rows
from desktop.store.journal.errors import InvalidValue
from desktop.store.journal.models import EntryPerson, Person, journal_db


@dataclass(frozen=True, slots=True)
class PersonInfo:
    name: str
    relation: Relation
    entries: int


def all_people() -> list[PersonInfo]:
    """Everyone named in the journal, with how many live entries mention them, most first."""
    counts = link_counts(ALL_LIVE, EntryPerson, EntryPerson.person)
    n = fn.COALESCE(counts.c.n, 0)
    query = (
        Person.select(Person.name, Person.relation, n)
        .join(counts, JOIN.LEFT_OUTER, on=(counts.c.target_id == Person.id))
        .order_by(n.desc(), Person.name)
    )
    return [PersonInfo(name, Relation(relation), count) for name, relation, count in rows(query)]


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
