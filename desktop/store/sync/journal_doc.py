"""Themes, people and the journal's own settings as one CRDT document (the `@journal` document).

They are few (dozens of themes, a few hundred people), so one small document holds them. Its
roots are flat Maps of registers, keyed `<slug>\x1f<field>` and `<name folded>\x1f<field>`: a
nested map made concurrently on two computers would keep only one of them, a flat key keeps
every field each side set. A theme merged away is marked `gone` with the theme its entries
moved to, so the other computers merge it the same way.
"""

from __future__ import annotations

import json
from typing import Any

from pycrdt import Doc, Map

from desktop.domain.theme_catalogue import CUSTOM_THEME_COLOUR
from desktop.store.entries.theme_table import merge_themes
from desktop.store.journal import settings
from desktop.store.journal.models import EntryTheme, Person, Setting, Theme
from desktop.store.sync.tables import theme_moves

SEP = "\x1f"
THEME_FIELDS = ("name", "pillar", "description", "colour", "archived")
# Settings that belong to the journal, not to one computer.
SYNCED_SETTINGS = (settings.THRESHOLDS_KEY, settings.DAYLIO_MOODS_KEY, "backups.keep")


def _roots(doc: Doc) -> tuple[Map, Map, Map]:
    return doc.get("themes", type=Map), doc.get("people", type=Map), doc.get("settings", type=Map)


def _set(target: Map, key: str, value: Any) -> None:
    if key not in target or target.get(key) != value:
        target[key] = value


def capture_journal(doc: Doc) -> None:
    """Record the journal's themes, people and settings in `doc` where they differ."""
    themes, people, synced = _roots(doc)
    moves = theme_moves()
    with doc.transaction():
        present = set()
        for row in Theme.select():
            present.add(row.slug)
            for name in THEME_FIELDS:
                _set(themes, f"{row.slug}{SEP}{name}", getattr(row, name))
            _set(themes, f"{row.slug}{SEP}gone", False)
        for key in list(themes.keys()):
            slug, name = key.split(SEP, 1)
            if name == "gone" and slug not in present and themes.get(key) is not True:
                themes[key] = True
                themes[f"{slug}{SEP}moved_to"] = moves.get(slug)
        for person in Person.select():
            folded = person.name.casefold()
            _set(people, f"{folded}{SEP}name", person.name)
            _set(people, f"{folded}{SEP}relation", person.relation)
        for setting in Setting.select().where(Setting.key.in_(SYNCED_SETTINGS)):
            _set(synced, setting.key, setting.value)


def theme_names(doc: Doc) -> dict[str, str]:
    themes = _roots(doc)[0]
    return {key.split(SEP)[0]: value for key, value in themes.items() if key.endswith(f"{SEP}name")}


def _grouped(target: Map) -> dict[str, dict[str, Any]]:
    grouped: dict[str, dict[str, Any]] = {}
    for key, value in target.items():
        owner, name = key.split(SEP, 1)
        grouped.setdefault(owner, {})[name] = value
    return grouped


def _apply_themes(grouped: dict[str, dict[str, Any]]) -> None:
    for slug, values in grouped.items():
        row = Theme.get_or_none(Theme.slug == slug)
        if values.get("gone"):
            target = values.get("moved_to")
            if row is None or row.builtin:
                continue
            if target and Theme.get_or_none(Theme.slug == target) is not None:
                merge_themes(slug, target)
            elif not EntryTheme.select().where(EntryTheme.theme == row.id).exists():
                Theme.delete().where(Theme.id == row.id).execute()
            continue
        if "name" not in values:
            continue
        wanted = {
            "name": values["name"],
            "description": values.get("description") or "",
            "colour": values.get("colour") or CUSTOM_THEME_COLOUR,
            "archived": bool(values.get("archived")),
        }
        if row is None:
            Theme.insert(slug=slug, pillar=values.get("pillar"), **wanted).execute()
            continue
        if not row.builtin:
            wanted["pillar"] = values.get("pillar")
        if any(getattr(row, name) != value for name, value in wanted.items()):
            Theme.update(**wanted).where(Theme.id == row.id).execute()


def apply_journal(doc: Doc) -> None:
    """Make the journal's themes, people and settings what `doc` says (inside a transaction)."""
    themes, people, synced = _roots(doc)
    _apply_themes(_grouped(themes))
    for values in _grouped(people).values():
        name, relation = values.get("name"), values.get("relation")
        if not isinstance(name, str):
            continue
        row = Person.get_or_none(Person.name == name)
        if row is None:
            Person.insert(name=name, relation=relation or "other").execute()
        elif relation and row.relation != relation:
            Person.update(relation=relation).where(Person.id == row.id).execute()
    changed = False
    for key, value in synced.items():
        stored = Setting.get_or_none(Setting.key == key)
        if key in SYNCED_SETTINGS and isinstance(value, str) and (stored is None or stored.value != value):
            json.loads(value)  # only JSON is ever stored
            Setting.replace(key=key, value=value).execute()
            changed = True
    if changed:
        settings.load_thresholds()
