"""Pure rules of the journal: themes, the balance model, entries and filters. No Qt, no database.

One module is no rule: `atomic_files`, writing a file whole or not at all, lives here because
every other layer may import this one.
"""
