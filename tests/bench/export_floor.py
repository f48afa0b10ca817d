"""The least a CSV export of a journal can cost: Python's sqlite3 and one statement, nothing else.

    python -m tests.bench.export_floor JOURNAL OUT.csv

Writes the same bytes as `balance-journal export csv` (a test holds them equal) with none of
the app: no peewee, no checks, no lock, no temporary file. Every cell is quoted and made
formula-safe by SQLite itself, in C, and Python only moves the finished rows to the file. The
benchmark times it beside the real export, so the report shows how much of the export's time
the app adds. It is one statement in one process: the app's export of a large journal uses two
processes (desktop/commands/export_csv.py), so it may take less time than this yardstick.
It reads only; it is a yardstick, not a way to export.
"""

from __future__ import annotations

import sqlite3
import sys

HEADER = (
    "uuid,date,time,utc_offset,title,body,themes,people,independence,interdependence,"
    "balance,mood,starred,created_at,updated_at\r\n"
)


def _cell(x: str) -> str:
    """SQL for a cell quoted as RFC 4180 asks (as the app's writer does)."""
    return (
        f"(CASE WHEN instr({x}, '\"') THEN '\"' || replace({x}, '\"', '\"\"') || '\"' "
        f"WHEN instr({x}, ',') OR instr({x}, char(10)) OR instr({x}, char(13)) "
        f"THEN '\"' || {x} || '\"' ELSE {x} END)"
    )


def _text(x: str) -> str:
    """SQL for a text cell: a leading formula character gets a `'` first, then quoting."""
    triggers = "'=', '+', '-', '@', char(9), char(13), ''''"
    safe = f"(CASE WHEN substr({x}, 1, 1) IN ({triggers}) THEN '''' || {x} ELSE {x} END)"
    return _cell(safe)


def _joined(cells: list[str]) -> str:
    return "(" + " || ',' || ".join(cells) + ")"


def _links(link: str, target: str, label: str, key: str) -> str:
    return (
        f"SELECT x.entry_id AS id, group_concat(t.{label}, ';') AS s FROM "
        f"(SELECT entry_id, {key} FROM {link} ORDER BY entry_id, position) x "
        f"JOIN {target} t ON t.id = x.{key} GROUP BY x.entry_id"
    )


def statement() -> str:
    number = "coalesce({}, '')".format
    # The body is joined on its own: SQLite copies a string at every `||`, and the body is most
    # of each row.
    before = _joined(
        [
            _cell("e.uuid"),
            _cell("e.local_date"),
            _cell("e.local_time"),
            _cell("e.utc_offset"),
            _text("e.title"),
        ]
    )
    after = _joined(
        [
            _text("coalesce(t.s, '')"),
            _text("coalesce(p.s, '')"),
            number("e.independence"),
            number("e.interdependence"),
            number("e.interdependence - e.independence"),
            number("e.mood"),
            "(CASE WHEN e.starred THEN 'true' ELSE 'false' END)",
            _cell("e.created_at"),
            _cell("e.updated_at"),
        ]
    )
    return (
        f"WITH t AS MATERIALIZED ({_links('entry_theme', 'theme', 'slug', 'theme_id')}), "
        f"p AS MATERIALIZED ({_links('entry_person', 'person', 'name', 'person_id')}) "
        f"SELECT {before} || ',' || {_text('e.body')} || (',' || {after} || char(13, 10)) "
        "FROM entry e LEFT JOIN t ON t.id = e.id LEFT JOIN p ON p.id = e.id "
        "WHERE e.deleted_at IS NULL ORDER BY e.local_date, e.local_time, e.id"
    )


def main(argv: list[str]) -> int:
    journal, out = argv
    conn = sqlite3.connect(f"file:{journal}?mode=ro", uri=True)
    conn.text_factory = bytes  # the stored UTF-8 goes to the file without decoding
    with open(out, "wb") as handle:
        handle.write(("\ufeff" + HEADER).encode("utf-8"))
        cursor = conn.execute(statement())
        while rows := cursor.fetchmany(1000):
            handle.write(b"".join([row[0] for row in rows]))
    conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
