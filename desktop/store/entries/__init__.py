"""Entries and what they carry: saving and reading entries, the Trash, themes, people and kept drafts."""
