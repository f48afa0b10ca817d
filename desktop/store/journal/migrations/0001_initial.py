"""The first schema: entries, themes, people, their links, drafts, settings and the FTS5 index."""

from peewee import (
    AutoField,
    BooleanField,
    CompositeKey,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Entry(Base):
        id = AutoField()
        uuid = TextField(unique=True)
        local_date = TextField()
        local_time = TextField()
        utc_offset = TextField()
        title = TextField(default="")
        body = TextField(default="")
        independence = IntegerField(null=True)
        interdependence = IntegerField(null=True)
        mood = IntegerField(null=True)
        starred = BooleanField(default=False)
        created_at = TextField()
        updated_at = TextField()
        deleted_at = TextField(null=True)

        class Meta:
            indexes = ((("local_date", "local_time"), False),)

    class Theme(Base):
        id = AutoField()
        slug = TextField(unique=True)
        name = TextField()
        pillar = TextField(null=True)
        description = TextField(default="")
        colour = TextField()
        builtin = BooleanField(default=False)
        archived = BooleanField(default=False)
        position = IntegerField(default=1000)

    class Person(Base):
        id = AutoField()
        name = TextField(unique=True, collation="NOCASE")
        relation = TextField(default="other")

    class EntryTheme(Base):
        entry = ForeignKeyField(Entry, on_delete="CASCADE")
        theme = ForeignKeyField(Theme, on_delete="CASCADE", index=True)
        position = IntegerField(default=0)

        class Meta:
            primary_key = CompositeKey("entry", "theme")

    class EntryPerson(Base):
        entry = ForeignKeyField(Entry, on_delete="CASCADE")
        person = ForeignKeyField(Person, on_delete="CASCADE", index=True)
        position = IntegerField(default=0)

        class Meta:
            primary_key = CompositeKey("entry", "person")

    class Draft(Base):
        id = AutoField()
        entry_uuid = TextField(null=True)
        data = TextField()
        updated_at = TextField()

    class Setting(Base):
        key = TextField(primary_key=True)
        value = TextField()

    db.create_tables([Entry, Theme, Person, EntryTheme, EntryPerson, Draft, Setting])
    db.execute_sql(
        "CREATE VIRTUAL TABLE entry_fts USING fts5("
        "title, body, content='entry', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    # Triggers keep the index in step with every write, whichever code path makes it.
    db.execute_sql(
        "CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry BEGIN "
        "INSERT INTO entry_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"
    )
    db.execute_sql(
        "CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN "
        "INSERT INTO entry_fts(entry_fts, rowid, title, body) "
        "VALUES ('delete', old.id, old.title, old.body); END"
    )
    db.execute_sql(
        "CREATE TRIGGER entry_fts_update AFTER UPDATE OF title, body ON entry BEGIN "
        "INSERT INTO entry_fts(entry_fts, rowid, title, body) "
        "VALUES ('delete', old.id, old.title, old.body); "
        "INSERT INTO entry_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"
    )
