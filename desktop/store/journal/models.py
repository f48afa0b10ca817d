"""The tables of a journal, as peewee models bound to whichever journal is open."""

from __future__ import annotations

from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CompositeKey,
    DatabaseProxy,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.sqlite_ext import FTS5Model, SearchField


class JournalProxy(DatabaseProxy):
    """The open journal; its transactions report environment failures as typed JournalErrors.

    While no journal is open (between closing and reopening it around an encryption or a
    restore) every use says so as a JournalError, which the window shows in one line; peewee's
    own proxy would raise AttributeError, which reads as a bug.
    """

    def __getattr__(self, attr: str) -> Any:
        if self.obj is None and not attr.startswith("__"):
            from desktop.store.journal.errors import JournalClosed

            raise JournalClosed(
                "the journal is closed while its file is being replaced; try again when it is done"
            )
        return super().__getattr__(attr)

    def atomic(self, *args: Any, **kwargs: Any) -> Any:
        from desktop.store.journal.errors import ReportingAtomic

        return ReportingAtomic(self, *args, **kwargs)


journal_db = JournalProxy()


class BaseModel(Model):
    class Meta:
        database = journal_db
        legacy_table_names = False


class Entry(BaseModel):
    id = AutoField()
    uuid = TextField(unique=True)
    local_date = TextField()  # YYYY-MM-DD, the writer's own calendar day
    local_time = TextField()  # HH:MM
    utc_offset = TextField()  # +HH:MM
    title = TextField(default="")
    body = TextField(default="")
    independence = IntegerField(null=True)
    interdependence = IntegerField(null=True)
    mood = IntegerField(null=True)
    starred = BooleanField(default=False)
    created_at = TextField()
    updated_at = TextField()
    deleted_at = TextField(null=True)
    # Where and in what weather it was written, the journal it came from, its scales (0003).
    # NULL when absent; lists and counts never read them. The generated column `place` that the
    # full-text index reads is not a field: nothing may write it.
    place_name = TextField(null=True)
    place_locality = TextField(null=True)
    place_country = TextField(null=True)
    latitude = FloatField(null=True)
    longitude = FloatField(null=True)
    weather = TextField(null=True)
    temperature_c = FloatField(null=True)
    source = TextField(null=True)
    scales = TextField(null=True)  # JSON object: scale name -> level

    class Meta:
        indexes = ((("local_date", "local_time"), False),)


class Theme(BaseModel):
    id = AutoField()
    slug = TextField(unique=True)
    name = TextField()
    pillar = TextField(null=True)
    description = TextField(default="")
    colour = TextField()
    builtin = BooleanField(default=False)
    archived = BooleanField(default=False)
    position = IntegerField(default=1000)


class Person(BaseModel):
    id = AutoField()
    name = TextField(unique=True, collation="NOCASE")
    relation = TextField(default="other")


class EntryTheme(BaseModel):
    entry = ForeignKeyField(Entry, on_delete="CASCADE", backref="theme_links")
    theme = ForeignKeyField(Theme, on_delete="CASCADE", index=True)
    position = IntegerField(default=0)

    class Meta:
        primary_key = CompositeKey("entry", "theme")


class EntryPerson(BaseModel):
    entry = ForeignKeyField(Entry, on_delete="CASCADE", backref="person_links")
    person = ForeignKeyField(Person, on_delete="CASCADE", index=True)
    position = IntegerField(default=0)

    class Meta:
        primary_key = CompositeKey("entry", "person")


class Draft(BaseModel):
    """Unsaved editor text, kept so a crash or a closed window never loses it."""

    id = AutoField()
    entry_uuid = TextField(null=True)  # None for an entry not yet saved
    data = TextField()  # JSON of the editor's fields
    updated_at = TextField()


class Setting(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()  # JSON


class EntryIndex(FTS5Model):
    """Full-text index over entry titles, bodies and places, kept in step by triggers
    (migrations 0001 and 0003)."""

    title = SearchField()
    body = SearchField()
    place = SearchField()  # the entry's generated `place`: its name, locality and country

    class Meta:
        database = journal_db
        table_name = "entry_fts"
        options = {  # noqa: RUF012
            "content": "entry",
            "content_rowid": "id",
            "tokenize": "unicode61 remove_diacritics 2",
        }


TABLES: tuple[type[Model], ...] = (
    Entry,
    Theme,
    Person,
    EntryTheme,
    EntryPerson,
    Draft,
    Setting,
)
