"""What the importers share: tags to themes, and keeping one entry per uuid."""

from __future__ import annotations

from desktop.domain.entry import Entry
from desktop.domain.theme_catalogue import BUILTIN_BY_SLUG, CUSTOM_THEME_COLOUR, ThemeSpec, theme_slug


class ThemeCollector:
    """Turns free tags into theme slugs: a built-in slug whatever its case, else a custom theme."""

    def __init__(self) -> None:
        self.custom: dict[str, ThemeSpec] = {}
        self.unusable: list[str] = []  # tags with no letter or digit to make a slug of

    def slugs(self, labels: list[str]) -> list[str]:
        slugs: list[str] = []
        for label in labels:
            slug = theme_slug(label)
            if not slug:
                if label not in self.unusable:
                    self.unusable.append(label)
                continue
            if slug in slugs:
                continue
            slugs.append(slug)
            if slug not in BUILTIN_BY_SLUG and slug not in self.custom:
                name = " ".join(label.split()) or slug
                self.custom[slug] = ThemeSpec(slug, name, None, "", CUSTOM_THEME_COLOUR)
        return slugs

    @property
    def themes(self) -> list[ThemeSpec]:
        return list(self.custom.values())

    def warnings(self) -> list[str]:
        """What the preview should say about tags that could not become themes."""
        if not self.unusable:
            return []
        shown = ", ".join(repr(label) for label in self.unusable[:10])
        more = f" and {len(self.unusable) - 10} more" if len(self.unusable) > 10 else ""
        return [f"tags with no letter or digit cannot be themes and were left out: {shown}{more}"]


class UniqueEntries:
    """Entries in file order, a repeated uuid (the same entry twice in the file) kept once."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.where: dict[str, int] = {}

    def add(self, entry: Entry, row: int) -> int | None:
        """Add the entry; if its uuid was seen, return the row it was first seen in instead."""
        earlier = self.where.setdefault(entry.uuid, row)
        if earlier != row:
            return earlier
        self.entries.append(entry)
        return None
