"""One entry as a CRDT document (pycrdt): the layout, and moving values in and out of it.

The layout (roots of the document):

- `title`, `body`: Text, edited by the spans that changed (text_edits), so two computers editing
  one body concurrently both keep their words;
- `themes`: Map slug -> True (on the entry) / False (taken off): a set in which adding and removing
  are both remembered;
- `people`: Map of the name folded to lower case (the journal treats names case-blind) -> the name
  as written, or False when taken off;
- `fields`: Map of last-writer-wins registers, one per column: the day, time and offset, the ratings,
  mood, star, timestamps, `deleted_at` (the Trash), the place, weather, source and scales, and
  `purged` (the Trash was emptied of it; once true it stays true).

A Map's value set later (having seen the earlier) wins; of two set concurrently, every computer
picks the same one. The registers are separate keys, so a mood set here and a rating set there
both survive.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from pycrdt import Doc, Map, Text

from desktop.store.entries.context_columns import CONTEXT_FIELDS
from desktop.store.sync.text_edits import apply_text

REGISTERS: tuple[str, ...] = (
    "local_date",
    "local_time",
    "utc_offset",
    "independence",
    "interdependence",
    "mood",
    "starred",
    "created_at",
    "updated_at",
    "deleted_at",
    *CONTEXT_FIELDS,
)
INT_REGISTERS = frozenset({"independence", "interdependence", "mood"})
PURGED = "purged"

# Client ids below this are the ones derived from an entry's content when its first document is
# made (see `initial_client_id`); a computer's own client id is drawn above it.
DERIVED_CLIENT_IDS = 1 << 32


@dataclass
class EntryState:
    """What an entry's document says (or what the journal holds) of one entry."""

    title: str
    body: str
    themes: list[str]
    people: list[str]
    fields: dict[str, Any] = field(default_factory=dict)
    purged: bool = False


def _roots(doc: Doc) -> tuple[Text, Text, Map, Map, Map]:
    return (
        doc.get("title", type=Text),
        doc.get("body", type=Text),
        doc.get("themes", type=Map),
        doc.get("people", type=Map),
        doc.get("fields", type=Map),
    )


def load_doc(state: bytes | None, client_id: int | None = None) -> Doc:
    doc: Doc = Doc(client_id=client_id)
    if state:
        doc.apply_update(state)
    return doc


def initial_client_id(key: str, state: EntryState) -> int:
    """A client id derived from the entry's uuid and content.

    Two computers that each held the same entry before they first synced (both imported the same
    file, or one journal was copied) then make identical documents, which merge into one instead
    of doubling the text. Any later edit uses the computer's own client id.
    """
    canonical = json.dumps(
        [key, state.title, state.body, state.themes, state.people, sorted(state.fields.items())],
        ensure_ascii=False,
        default=str,
    )
    digest = hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:4], "big") or 1


def _normal(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in INT_REGISTERS:
        return int(value)
    if name == "starred":
        return bool(value)
    return value


def write_state(doc: Doc, state: EntryState) -> None:
    """Record `state` in `doc`, changing only what differs from what the document says."""
    title, body, themes, people, fields = _roots(doc)
    with doc.transaction():
        apply_text(title, state.title)
        apply_text(body, state.body)
        wanted_themes = set(state.themes)
        for slug in state.themes:
            if themes.get(slug) is not True:
                themes[slug] = True
        for slug, on in list(themes.items()):
            if on is True and slug not in wanted_themes:
                themes[slug] = False
        wanted_people = {name.casefold(): name for name in state.people}
        for key, name in wanted_people.items():
            if people.get(key) != name:
                people[key] = name
        for key, name in list(people.items()):
            if isinstance(name, str) and key not in wanted_people:
                people[key] = False
        for name in REGISTERS:
            value = _normal(name, state.fields.get(name))
            if name not in fields or _normal(name, fields.get(name)) != value:
                fields[name] = value
        if state.purged and fields.get(PURGED) is not True:
            fields[PURGED] = True


def read_state(doc: Doc, local_order: tuple[list[str], list[str]] = ([], [])) -> EntryState | None:
    """The entry as the document has it; None while the document has not got its fields yet.

    Themes and people keep the order the journal had them in (`local_order`), newcomers after.
    """
    title, body, themes, people, fields = _roots(doc)
    values = fields.to_py() or {}
    if "created_at" not in values and not values.get(PURGED):
        return None
    on_themes = {slug for slug, on in (themes.to_py() or {}).items() if on is True}
    named = {key: name for key, name in (people.to_py() or {}).items() if isinstance(name, str)}
    kept_themes = [slug for slug in local_order[0] if slug in on_themes]
    kept_people = [named[n.casefold()] for n in local_order[1] if n.casefold() in named]
    seen_people = {n.casefold() for n in kept_people}
    return EntryState(
        title=str(title),
        body=str(body),
        themes=kept_themes + sorted(on_themes - set(kept_themes)),
        people=kept_people + sorted(n for k, n in named.items() if k not in seen_people),
        fields={name: _normal(name, values.get(name)) for name in REGISTERS},
        purged=bool(values.get(PURGED)),
    )
