"""Numbered schema migrations, applied in order by peewee's migration runner.

Each file freezes the tables it creates, so later changes to `models.py` never alter history.
"""
