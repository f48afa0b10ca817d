"""Translated names for the domain's zones, pillars, moods and relations, shown in the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.balance import Zone
from desktop.domain.theme_catalogue import Pillar


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def zone_label(zone: Zone) -> str:
    names = {
        Zone.INTERDEPENDENT: _tr("Interdependent"),
        Zone.BALANCED: _tr("Balanced"),
        Zone.LOW: _tr("Low"),
        Zone.LEANING_ON_OTHERS: _tr("Leaning on others"),
        Zone.CODEPENDENCY_RISK: _tr("Codependency risk"),
        Zone.LEANING_ON_SELF: _tr("Leaning on self"),
        Zone.ISOLATION_RISK: _tr("Isolation risk"),
    }
    return names[zone]


def pillar_label(pillar: Pillar | None) -> str:
    names = {
        Pillar.INDEPENDENCE: _tr("Independence"),
        Pillar.INTERDEPENDENCE: _tr("Interdependence"),
        Pillar.PRACTICE: _tr("Practice"),
        Pillar.WARNING: _tr("Warning signs"),
    }
    return names[pillar] if pillar else _tr("Your own themes")


def mood_label(mood: int) -> str:
    names = {1: _tr("Awful"), 2: _tr("Low"), 3: _tr("Okay"), 4: _tr("Good"), 5: _tr("Great")}
    return names[mood]


def entries_text(count: int) -> str:
    """ "1 entry", "2 entries", "5,000 entries"."""
    if count == 1:
        return _tr("1 entry")
    return _tr("%1 entries").replace("%1", f"{count:,}")
