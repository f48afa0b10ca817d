"""Dates between Python and Qt, typed: PySide accepts `date` and `datetime` where its stubs do not
say so, and `toPython()` is typed as `object`; these name the conversions once."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(to_qdate(value.date()), QTime(value.hour, value.minute, value.second))


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def from_qdatetime(value: QDateTime) -> datetime:
    clock = value.time()
    return datetime.combine(from_qdate(value.date()), time(clock.hour(), clock.minute(), clock.second()))
