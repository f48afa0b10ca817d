"""Keeping the journal safe: the one-instance lock, the whole-file check, verified backups, restore,
and encryption.
"""
