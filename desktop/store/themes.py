"""Themes in a journal: the built-ins kept present, custom themes, and lookups by slug."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.themes import (
    BUILTIN_THEMES,
    CUSTOM_THEME_COLOUR,
    Pillar,
    display_name,
    is_valid_slug,
)
from desktop.store.errors import InvalidValue
from desktop.store.models import Theme, journal_db


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
    present = {slug for (slug,) in Theme.select(Theme.slug).where(Theme.builtin).tuples()}
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


def theme_ids_for(slugs: list[str], create_missing: bool) -> tuple[dict[str, int], list[str]]:
    """Ids for `slugs`; unknown valid slugs become custom themes if asked. Returns (ids, created).

    Must run inside the caller's transaction so a failed write leaves no stray theme.
    """
    for slug in slugs:
        if not is_valid_slug(slug):
            raise InvalidValue(f"{slug!r} is not a theme slug (use lowercase letters, digits and hyphens)")
    found = {
        slug: theme_id
        for slug, theme_id in Theme.select(Theme.slug, Theme.id).where(Theme.slug.in_(slugs)).tuples()
    }
    created: list[str] = []
    for slug in slugs:
        if slug in found:
            continue
        if not create_missing:
            raise InvalidValue(f"there is no theme {slug!r}")
        found[slug] = Theme.insert(
            slug=slug, name=display_name(slug), pillar=None, colour=CUSTOM_THEME_COLOUR
        ).execute()
        created.append(slug)
    return found, created


def unknown_slugs(slugs: list[str]) -> list[str]:
    known = {s for (s,) in Theme.select(Theme.slug).where(Theme.slug.in_(slugs)).tuples()}
    return [s for s in slugs if s not in known]
