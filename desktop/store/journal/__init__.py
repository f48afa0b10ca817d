"""Opening a journal and talking to it: the file's kind, connections (plain and encrypted), pragmas,
the schema and its migrations, typed errors, paths and the settings kept inside.
"""
