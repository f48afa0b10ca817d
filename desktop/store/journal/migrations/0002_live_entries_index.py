"""An index of live entries by date that also holds their ratings.

Nearly every read asks for live entries (`deleted_at IS NULL`) in date order: the window's list,
counts, searches narrowed to the list, the balance trend. `deleted_at` is the last column of a
row, after the body, so without this index each such read decoded whole rows; with it the list's
first page, counts and the trend's daily ratings come from the index alone.
"""

from typing import Any


def up(migrator: Any, db: Any) -> None:
    db.execute_sql(
        "CREATE INDEX entry_live_by_date "
        "ON entry (deleted_at, local_date, local_time, independence, interdependence)"
    )
