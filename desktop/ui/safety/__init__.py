"""Keeping the journal safe from the window: backups, restore, encryption and passphrases."""
