"""Importers from other journal apps (jrnl, Day One, Daylio), recognising a file's format, and the
ImportPlan each builds.
"""
