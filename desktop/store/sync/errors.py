"""Sync's errors: each a one-line message for the user, typed as journal errors so every command
and the window report them the same way."""

from __future__ import annotations

from desktop.store.journal.errors import JournalError


class SyncError(JournalError):
    """Sync could not go on; nothing was changed by the step that failed."""


class NotSyncing(SyncError):
    """This journal has not been set up to sync."""


class WrongSyncPassphrase(SyncError):
    pass


class DamagedSyncFile(SyncError):
    """A file in the sync folder failed its authentication: damaged, cut short or tampered with."""
