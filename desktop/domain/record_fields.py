"""The fields of an entry as a flat record, in the order of CSV format version 1 (SPEC).

A module of its own, importing nothing, so that an export's second process can write the CSV
header without loading the entry model.
"""

RECORD_FIELDS: tuple[str, ...] = (
    "uuid",
    "date",
    "time",
    "utc_offset",
    "title",
    "body",
    "themes",
    "people",
    "independence",
    "interdependence",
    "balance",
    "mood",
    "starred",
    "created_at",
    "updated_at",
)
