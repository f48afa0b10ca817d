"""Themes in a journal: the built-ins kept present, custom themes, and lookups by slug."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.domain.theme_catalogue import (
    BUILTIN_THEMES,
    CUSTOM_THEME_COLOUR,
    Pillar,
    display_name,
    is_valid_slug,
)
from desktop.store.browse.filter_sql import rows
from desktop.store.journal.errors import InvalidValue
from desktop.store.journal.models import EntryTheme, Theme, journal_db

_COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True, slots=True)
class ThemeInfo:
    slug: str
    name: str
    pillar: Pillar | None
    description: str
    colour: str
    builtin: bool
    archived: bool


def _info(row: Theme) -> ThemeInfo:
    return ThemeInfo(
        slug=row.slug,
        name=row.name,
        pillar=Pillar(row.pillar) if row.pillar else None,
        description=row.description,
        colour=row.colour,
        builtin=row.builtin,
        archived=row.archived,
    )


def ensure_builtin_themes() -> None:
    """Put back any built-in theme that is missing; built-ins may be renamed but never lost."""
    present = {slug for (slug,) in rows(Theme.select(Theme.slug).where(Theme.builtin))}
    missing = [t for t in BUILTIN_THEMES if t.slug not in present]
    if not missing:
        return
    with journal_db.atomic():
        for position, spec in enumerate(BUILTIN_THEMES):
            if spec.slug in present:
                continue
            Theme.insert(
                slug=spec.slug,
                name=spec.name,
                pillar=spec.pillar.value if spec.pillar else None,
                description=spec.description,
                colour=spec.colour,
                builtin=True,
                position=position,
            ).on_conflict(
                conflict_target=[Theme.slug],
                update={
                    Theme.builtin: True,
                    Theme.pillar: spec.pillar.value if spec.pillar else None,
                },
            ).execute()


def all_themes(include_archived: bool = True) -> list[ThemeInfo]:
    """Themes in catalogue order, custom ones after the built-ins."""
    query = Theme.select().order_by(Theme.position, Theme.name)
    if not include_archived:
        query = query.where(~Theme.archived)
    return [_info(row) for row in query]


def pillar_map() -> dict[str, Pillar | None]:
    return {t.slug: t.pillar for t in all_themes()}


def theme_ids_for(
    slugs: list[str], create_missing: bool, names: dict[str, str] | None = None
) -> tuple[dict[str, int], list[str]]:
    """Ids for `slugs`; unknown valid slugs become custom themes if asked, named from `names`
    where it has them (else from the slug). Returns (ids, created).

    Must run inside the caller's transaction so a failed write leaves no stray theme.
    """
    for slug in slugs:
        if not is_valid_slug(slug):
            raise InvalidValue(f"{slug!r} is not a theme slug (use lowercase letters, digits and hyphens)")
    found = {
        slug: theme_id
        for slug, theme_id in rows(Theme.select(Theme.slug, Theme.id).where(Theme.slug.in_(slugs)))
    }
    created: list[str] = []
    for slug in slugs:
        if slug in found:
            continue
        if not create_missing:
            raise InvalidValue(f"there is no theme {slug!r}")
        name = ((names or {}).get(slug) or "").strip() or display_name(slug)
        found[slug] = Theme.insert(slug=slug, name=name, pillar=None, colour=CUSTOM_THEME_COLOUR).execute()
        created.append(slug)
    return found, created


def unknown_slugs(slugs: list[str]) -> list[str]:
    known = {s for (s,) in rows(Theme.select(Theme.slug).where(Theme.slug.in_(slugs)))}
    return [s for s in slugs if s not in known]


def _theme(slug: str) -> Theme:
    row = Theme.get_or_none(Theme.slug == slug)
    if row is None:
        raise InvalidValue(f"there is no theme {slug!r}")
    return row


def create_theme(
    slug: str,
    name: str | None = None,
    pillar: Pillar | None = None,
    colour: str | None = None,
    description: str = "",
) -> ThemeInfo:
    """Add a custom theme; the slug must be new and valid."""
    if not is_valid_slug(slug):
        raise InvalidValue(f"{slug!r} is not a theme slug (use lowercase letters, digits and hyphens)")
    with journal_db.atomic():
        if Theme.get_or_none(Theme.slug == slug) is not None:
            raise InvalidValue(f"the theme {slug!r} exists already")
        Theme.insert(
            slug=slug,
            name=(name or display_name(slug)).strip(),
            description=description,
            pillar=pillar.value if pillar else None,
            colour=colour or CUSTOM_THEME_COLOUR,
        ).execute()
    return _info(_theme(slug))


def update_theme(
    slug: str,
    *,
    name: str | None = None,
    colour: str | None = None,
    archived: bool | None = None,
) -> ThemeInfo:
    """Rename, recolour or (un)archive a theme."""
    row = _theme(slug)
    changes: dict[Any, object] = {}
    if name is not None:
        if not name.strip():
            raise InvalidValue("a theme needs a name")
        changes[Theme.name] = name.strip()
    if colour is not None:
        if not _COLOUR_RE.match(colour):
            raise InvalidValue(f"{colour!r} is not a colour of the form #RRGGBB")
        changes[Theme.colour] = colour
    if archived is not None:
        changes[Theme.archived] = archived
    if changes:
        with journal_db.atomic():
            Theme.update(changes).where(Theme.id == row.id).execute()
    return _info(_theme(slug))


def set_theme_pillar(slug: str, pillar: Pillar | None) -> ThemeInfo:
    """File a custom theme under a pillar (or none). A built-in keeps its pillar."""
    row = _theme(slug)
    if row.builtin:
        raise InvalidValue("a built-in theme keeps its pillar")
    with journal_db.atomic():
        Theme.update(pillar=pillar.value if pillar else None).where(Theme.id == row.id).execute()
    return _info(_theme(slug))


def merge_themes(source: str, target: str) -> int:
    """Move every use of `source` onto `target` and remove `source`; returns entries moved.

    A built-in theme cannot be merged away (it would come back empty on the next start).
    """
    if source == target:
        raise InvalidValue("a theme cannot be merged into itself")
    src, dst = _theme(source), _theme(target)
    if src.builtin:
        raise InvalidValue(f"the built-in theme {source!r} cannot be merged away; archive it instead")
    with journal_db.atomic():
        both = EntryTheme.select(EntryTheme.entry).where(EntryTheme.theme == dst.id)
        EntryTheme.delete().where((EntryTheme.theme == src.id) & EntryTheme.entry.in_(both)).execute()
        moved = EntryTheme.update(theme=dst.id).where(EntryTheme.theme == src.id).execute()
        Theme.delete().where(Theme.id == src.id).execute()
    return int(moved)
