"""What a user can narrow the journal down to; read by the store, built by the CLI and the window."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from desktop.domain.balance import Zone
from desktop.domain.theme_catalogue import Pillar


class TrashState(StrEnum):
    LIVE = "live"  # the journal as the user sees it
    TRASHED = "trashed"  # only the Trash
    ANY = "any"


@dataclass(frozen=True, slots=True)
class EntryFilter:
    """Every field narrows; lists match any of their items. The default matches all live entries."""

    date_from: date | None = None
    date_to: date | None = None
    themes: tuple[str, ...] = ()
    pillar: Pillar | None = None
    people: tuple[str, ...] = ()
    zones: tuple[Zone, ...] = ()
    starred: bool = False
    text: str = ""
    trash: TrashState = TrashState.LIVE

    def with_changes(self, **changes: object) -> EntryFilter:
        return replace(self, **changes)  # type: ignore[arg-type]

    def check(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("the start date is after the end date")


ALL_LIVE = EntryFilter()
