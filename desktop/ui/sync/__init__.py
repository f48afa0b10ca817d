"""Sync in the window: the controller of background rounds, the Settings page, the status bar."""
