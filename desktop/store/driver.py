"""The SQLite library that plain journals are opened with: the newer of two.

The `pysqlite3-binary` package brings a recent SQLite (3.51 when this was written). Python 3.11
comes with whatever SQLite it was built against (3.40 on Debian 12), whose full-text ranking was
a third slower: a word found in 44 % of 100,000 entries took 25 ms to rank against 16 ms. The
package has wheels for Linux on x86-64 only; elsewhere Python's own module is used, and both read
and write the same files. peewee makes the same choice by the same rule, so its connections and
this module's are of one library (SQLite's backup API cannot copy between two).
"""

from __future__ import annotations

import sqlite3 as _builtin
from typing import Any

try:
    from pysqlite3 import dbapi2 as _bundled
except ImportError:  # no wheel for this platform
    _bundled = None

_newer = _bundled is not None and _bundled.sqlite_version_info >= _builtin.sqlite_version_info
sqlite3: Any = _bundled if _newer else _builtin
