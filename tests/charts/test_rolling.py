"""The charts' rolling mean on arrays is the balance model's rolling mean, day for day."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.charts.common import as_numbers, rolling_means
from desktop.domain.trend import rolling_mean

START = date(2015, 1, 1)


@settings(max_examples=200, deadline=None)
@given(
    steps=st.lists(st.integers(min_value=1, max_value=120), max_size=200),
    values=st.lists(st.floats(min_value=-10, max_value=10), min_size=201, max_size=201),
    window=st.sampled_from([1, 2, 7, 30, 90]),
)
def test_each_day_is_the_mean_of_its_window(steps: list[int], values: list[float], window: int) -> None:
    days = [START]
    for step in steps:
        days.append(days[-1] + timedelta(days=step))
    series = list(zip(days, values, strict=False))
    expected = [mean for _, mean in rolling_mean(series, window)]
    got = rolling_means(as_numbers(days), np.array(values[: len(days)]), window)
    assert got.shape == (len(days),)
    assert np.allclose(got, expected, rtol=0, atol=1e-9)


def test_a_window_holds_only_its_own_days() -> None:
    days = [START, START + timedelta(days=1), START + timedelta(days=30), START + timedelta(days=31)]
    got = rolling_means(as_numbers(days), np.array([1.0, 3.0, 5.0, 7.0]), 30)
    # A 30-day window ending on day 30 starts on day 1 (day 0 is out); day 31's starts on day 2.
    assert got.tolist() == [1.0, 2.0, 4.0, 6.0]


def test_no_days_and_a_bad_window() -> None:
    assert rolling_means(as_numbers([]), np.array([]), 30).tolist() == []
    with pytest.raises(ValueError):
        rolling_means(as_numbers([START]), np.array([1.0]), 0)
