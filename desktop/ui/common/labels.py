"""Translated names for the domain's zones, pillars, moods and relations, shown in the window,
and the store's messages made sentences of their own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.balance import Zone, zone_name
from desktop.domain.theme_catalogue import Pillar, pillar_name


def first_upper(text: str) -> str:
    """A message of the store (a lower-case sentence, to go after "…: ") as a sentence of its own."""
    return text[:1].upper() + text[1:]


def zone_label(zone: Zone) -> str:
    # Zones and pillars are the domain's words: its catalogue translates them for the command
    # line, the charts and the window alike.
    return zone_name(zone)


def pillar_label(pillar: Pillar | None) -> str:
    return pillar_name(pillar)


def mood_label(mood: int) -> str:
    names = {
        1: QCoreApplication.translate("labels", "Awful"),
        2: QCoreApplication.translate("labels", "Low"),
        3: QCoreApplication.translate("labels", "Okay"),
        4: QCoreApplication.translate("labels", "Good"),
        5: QCoreApplication.translate("labels", "Great"),
    }
    return names[mood]


def entries_text(count: int) -> str:
    """ "1 entry", "2 entries", "5,000 entries"."""
    if count == 1:
        return QCoreApplication.translate("labels", "1 entry")
    return QCoreApplication.translate("labels", "%1 entries").replace("%1", QLocale().toString(count))
