"""The window's event hub: the few things that happen to the journal that many parts follow.

One hub is made for each main window (in `MainWindow.__init__`, or handed in by whoever builds the
window) and passed to the parts that need it; it is never a global. A part that changes the
journal emits here; the list, the calendar, the charts and the drift banner listen here, so none
of them has to know who made the change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class EventHub(QObject):
    # Entries were saved, trashed, restored, emptied from the Trash or imported.
    entriesChanged = Signal()
    # The user chose other filters or typed a search (an EntryFilter).
    filterChanged = Signal(object)
    # The journal was closed and opened again under the window (restore, new passphrase): the
    # new `Journal`. Everything read from the old one must be read again.
    journalReplaced = Signal(object)
    # Themes, people or thresholds may have changed (import, settings, a save naming someone new).
    referenceChanged = Signal()
    # A line for the status bar, and how long to show it (ms).
    statusMessage = Signal(str, int)
    # Something failed in a way the user must be told about; one line.
    errorRaised = Signal(str)

    def say(self, message: str, msecs: int = 8000) -> None:
        self.statusMessage.emit(message, msecs)
