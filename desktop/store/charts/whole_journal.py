"""Two chart figures of the whole journal, read from the side that visits the fewest rows.

With a filter, the matching entries are found first and their links read next to them (see
`chart_data`). With no filter every live entry matches, and that order visits all of them: in a
journal of 100,000 entries with four or five people each, counting the people's mentions read
450,000 links entry by entry, and the warning themes' tags probed every entry for each theme.
When the whole journal is asked for:

- each person's mentions are counted from the index of links by person (no entry is visited),
  less the mentions in entries in the Trash, which are few and found from the index of entries
  by their deletion;
- the warning themes' tags start from the themes, so only the entries that carry them are read.

Both give exactly what the filtered queries give for the whole journal (a test holds them so),
each in one statement, so one snapshot of the journal answers it.
"""

from __future__ import annotations

from datetime import date

from peewee import JOIN, SQL, fn

from desktop.domain.series import TagCount
from desktop.store.browse.filter_sql import rows
from desktop.store.journal.models import Entry, EntryPerson, EntryTheme, Person, Theme, journal_db


def people_by_mentions() -> list[tuple[str, int]]:
    """Every person named in a live entry, with the number of such entries: most first, equal
    counts in the order of their names (without regard to case, as the names' column sorts)."""
    mentions = (
        EntryPerson.select(EntryPerson.person.alias("person_id"), fn.COUNT(SQL("*")).alias("n"))
        .group_by(EntryPerson.person)
        .alias("mentions")
    )
    # CROSS JOIN keeps SQLite's order: the entries in the Trash first, then their links.
    in_trash = (
        Entry.select(EntryPerson.person.alias("person_id"), fn.COUNT(SQL("*")).alias("n"))
        .join(EntryPerson, JOIN.CROSS)
        .where(Entry.deleted_at.is_null(False) & (EntryPerson.entry == Entry.id))
        .group_by(EntryPerson.person)
        .alias("in_trash")
    )
    live = mentions.c.n - fn.COALESCE(in_trash.c.n, 0)
    query = (
        Person.select(Person.name, live)
        .join(mentions, on=(mentions.c.person_id == Person.id))
        .join(in_trash, JOIN.LEFT_OUTER, on=(in_trash.c.person_id == Person.id))
        .where(live > 0)
        .order_by(live.desc(), Person.name)
    )
    return [(name, int(n)) for name, n in rows(query)]


def tags_by_day(slugs: tuple[str, ...]) -> list[TagCount]:
    """For each day and theme of `slugs`, how many live entries carry the theme, in date order."""
    # CROSS JOIN keeps SQLite's order: the themes, their links, then only those entries.
    query = (
        Theme.select(Entry.local_date, Theme.slug, fn.COUNT(Entry.id))
        .join(EntryTheme, JOIN.CROSS)
        .join(Entry, JOIN.CROSS)
        .where(
            Theme.slug.in_(list(slugs))
            & (EntryTheme.theme == Theme.id)
            & (EntryTheme.entry == Entry.id)
            & Entry.deleted_at.is_null()
        )
        .group_by(Entry.local_date, Theme.slug)
        .order_by(Entry.local_date, Theme.slug)
    )
    return [TagCount(date.fromisoformat(day), slug, n) for day, slug, n in journal_db.execute(query)]
