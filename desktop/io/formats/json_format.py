"""The app's own JSON document: the whole journal (entries, themes, people) in one file.

    {"format": "balance-journal", "version": 1, "exported_at": "...",
     "themes": [{"slug", "name", "pillar", "description", "colour", "builtin", "archived"}],
     "people": [{"name", "relation"}],
     "entries": [<the CSV columns as keys; themes and people as lists; null when absent>]}

An entry that came from another journal app also has the keys it has of `place` ({"name",
"locality", "country", "latitude", "longitude"}), `weather` ({"description", "temperature_c"}),
`source` (the name of the journal it came from) and `scales` ({name: level}). They are optional
(the document stays version 1): an entry without them is written as before.

Writing streams the entries one per line; reading loads the document at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

from desktop.domain.atomic_files import atomic_write
from desktop.domain.entry import Entry, InvalidEntry, Relation, format_timestamp, now_local
from desktop.domain.theme_catalogue import Pillar, ThemeSpec, is_valid_slug
from desktop.io.formats.records import context_to_record, entry_from_record, entry_to_record
from desktop.io.importers.common import decode_text
from desktop.io.importers.plan import ImportFailed, ImportPlan, Rejected

FORMAT = "json"
DOCUMENT_FORMAT = "balance-journal"
VERSION = 1
_COLOUR_LENGTH = 7  # "#RRGGBB"


class ThemeLike(Protocol):
    @property
    def slug(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def pillar(self) -> Pillar | None: ...
    @property
    def description(self) -> str: ...
    @property
    def colour(self) -> str: ...
    @property
    def builtin(self) -> bool: ...
    @property
    def archived(self) -> bool: ...


class PersonLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def relation(self) -> Relation: ...


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def write_json(
    path: Path,
    entries: Iterable[Entry],
    themes: Iterable[ThemeLike],
    people: Iterable[PersonLike],
    *,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the document to `path` (appears only when complete); return the entry count."""
    count = 0
    with atomic_write(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(f'{{"format": "{DOCUMENT_FORMAT}", "version": {VERSION}, ')
        out.write(f'"exported_at": {_dumps(format_timestamp(now_local()))},\n"themes": [')
        out.write(",".join("\n  " + _dumps(_theme_record(t)) for t in themes))
        out.write('\n],\n"people": [')
        out.write(",".join("\n  " + _dumps({"name": p.name, "relation": str(p.relation)}) for p in people))
        out.write('\n],\n"entries": [')
        for entry in entries:
            record = entry_to_record(entry)
            record.update(context_to_record(entry))
            out.write(("," if count else "") + "\n  " + _dumps(record))
            count += 1
            if progress is not None and count % 1000 == 0:
                progress(count)
        out.write("\n]}\n")
    return count


def _theme_record(theme: ThemeLike) -> dict[str, Any]:
    return {
        "slug": theme.slug,
        "name": theme.name,
        "pillar": theme.pillar.value if theme.pillar else None,
        "description": theme.description,
        "colour": theme.colour,
        "builtin": theme.builtin,
        "archived": theme.archived,
    }


def load_document(path: Path) -> Any:
    """The parsed JSON of a file; ImportFailed with the line and column if it is not JSON."""
    return parse_json_text(Path(path).read_bytes(), Path(path).name)


def parse_json_text(data: bytes, name: str) -> Any:
    text = decode_text(data, name)  # UTF-8, or UTF-16 with or without a byte-order mark
    if not text.strip():
        raise ImportFailed(f"{name} is empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFailed(
            f"{name} is not valid JSON at line {error.lineno}, column {error.colno}: "
            f"{error.msg} (is the file cut short?)"
        ) from None
    except RecursionError:
        raise ImportFailed(f"{name} is nested too deeply to be a journal") from None


def plan_json(path: Path) -> ImportPlan:
    path = Path(path)
    return plan_json_document(path, load_document(path))


def plan_json_document(path: Path, document: Any) -> ImportPlan:
    """The plan for a parsed document (read from `path`, or from the zip at `path`)."""
    if not isinstance(document, dict) or document.get("format") != DOCUMENT_FORMAT:
        raise ImportFailed(f"{path.name} is not a Balance Journal JSON document")
    version = document.get("version")
    if version != VERSION:
        raise ImportFailed(f"{path.name} is JSON version {version!r}; this app reads version 1")
    for key in ("themes", "people", "entries"):
        if not isinstance(document.get(key), list):
            raise ImportFailed(f"{path.name}: '{key}' must be a list")
    rejected: list[Rejected] = []
    themes, archived = _themes(document["themes"], rejected)
    people = _people(document["people"], rejected)
    entries: list[Entry] = []
    first_of: dict[str, int] = {}
    for number, record in enumerate(document["entries"], start=1):
        try:
            entry = entry_from_record(record)
        except InvalidEntry as error:
            rejected.append(Rejected(number, str(error), "entry"))
            continue
        earlier = first_of.setdefault(entry.uuid, number)
        if earlier != number:
            rejected.append(Rejected(number, f"uuid {entry.uuid} is also entry {earlier}", "entry"))
            continue
        entries.append(entry)
    plan = ImportPlan.of_entries(
        path, FORMAT, entries, themes=themes, archived_themes=archived, people=people
    )
    plan.rejected = rejected
    return plan


def _themes(records: list[Any], rejected: list[Rejected]) -> tuple[list[ThemeSpec], set[str]]:
    themes: list[ThemeSpec] = []
    archived: set[str] = set()
    for number, record in enumerate(records, start=1):
        try:
            if not isinstance(record, dict):
                raise InvalidEntry("is not an object")
            slug, name = record.get("slug"), record.get("name")
            pillar, colour = record.get("pillar"), record.get("colour")
            description = record.get("description", "")
            if not isinstance(slug, str) or not is_valid_slug(slug):
                raise InvalidEntry(f"slug {slug!r} is not a theme slug")
            if not isinstance(name, str) or not name.strip():
                raise InvalidEntry(f"theme {slug} has no name")
            if pillar is not None and pillar not in {p.value for p in Pillar}:
                raise InvalidEntry(f"theme {slug} has an unknown pillar {pillar!r}")
            if not isinstance(colour, str) or len(colour) != _COLOUR_LENGTH:
                raise InvalidEntry(f"theme {slug} has a colour {colour!r} that is not #RRGGBB")
            if not isinstance(description, str):
                raise InvalidEntry(f"theme {slug} has a description that is not text")
        except InvalidEntry as error:
            rejected.append(Rejected(number, str(error), "theme"))
            continue
        themes.append(ThemeSpec(slug, name, Pillar(pillar) if pillar else None, description, colour))
        if record.get("archived") is True:
            archived.add(slug)
    return themes, archived


def _people(records: list[Any], rejected: list[Rejected]) -> list[tuple[str, Relation]]:
    people: list[tuple[str, Relation]] = []
    relations = {r.value for r in Relation}
    for number, record in enumerate(records, start=1):
        name = record.get("name") if isinstance(record, dict) else None
        relation = record.get("relation", "other") if isinstance(record, dict) else None
        if not isinstance(name, str) or not name.strip() or ";" in name:
            rejected.append(Rejected(number, f"name {name!r} is not a person's name", "person"))
        elif relation not in relations:
            rejected.append(Rejected(number, f"{name} has an unknown relation {relation!r}", "person"))
        else:
            people.append((name, Relation(relation)))
    return people
