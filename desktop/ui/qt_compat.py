"""Work-arounds for the Qt binding in use, kept in one place with the reason for each."""

from __future__ import annotations

import ctypes
import sys

_PLENTY = 1 << 60


def keep_none_alive() -> None:
    """Make `None` immortal on Python 3.11, as Python 3.12 does by itself (PEP 683).

    PySide6 6.12 returns `None` from every void method (and from a QVariant holding None)
    without taking a reference to it. Python 3.12 does not count references to None, but 3.11
    does, so each such call drops one: after some thousands of clicks and keystrokes the count
    reaches zero and the process aborts with "none_dealloc". Giving None a huge count up front
    makes those dropped references harmless. Call once, before any thread starts.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if hasattr(sys, "gettotalrefcount"):
        return  # a debug build lays objects out differently; leave it alone
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field of every object
    if count.value < _PLENTY:
        count.value += _PLENTY
