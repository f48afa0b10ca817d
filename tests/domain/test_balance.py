"""The balance model's zones, exactly as SPEC defines them, for every pair of ratings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.balance import Thresholds, Zone, balance_of, zone_of

RATINGS = range(11)


def spec_zone(ind: int, inter: int) -> str:
    """SPEC's command-line wording of the zone rules, written out independently."""
    balance = inter - ind
    if balance > 2:
        return "codependency-risk" if ind <= 3 else "leaning-on-others"
    if balance < -2:
        return "isolation-risk" if inter <= 3 else "leaning-on-self"
    if ind >= 6 and inter >= 6:
        return "interdependent"
    if ind <= 4 and inter <= 4:
        return "low"
    return "balanced"


@pytest.mark.parametrize("ind", RATINGS)
def test_every_one_of_the_121_rating_pairs_has_the_spec_zone(ind: int) -> None:
    for inter in RATINGS:
        assert zone_of(ind, inter) == Zone(spec_zone(ind, inter)), (ind, inter)


def test_all_seven_zones_occur_across_the_rating_grid() -> None:
    seen = {zone_of(a, b) for a in RATINGS for b in RATINGS}
    assert seen == set(Zone)


def test_balance_runs_from_all_self_to_all_others() -> None:
    assert balance_of(10, 0) == -10
    assert balance_of(0, 10) == 10
    assert balance_of(6, 7) == 1


def test_no_zone_without_both_ratings() -> None:
    assert zone_of(None, 7) is None
    assert zone_of(5, None) is None
    assert balance_of(None, None) is None


def test_the_sunday_walk_entry_is_interdependent() -> None:
    assert zone_of(6, 7) is Zone.INTERDEPENDENT


@given(st.floats(0, 10), st.floats(0, 10))
def test_mean_ratings_fall_in_exactly_one_zone(ind: float, inter: float) -> None:
    zone = zone_of(ind, inter)
    assert isinstance(zone, Zone)
    if abs(inter - ind) <= 2:
        assert zone in {Zone.INTERDEPENDENT, Zone.BALANCED, Zone.LOW}


def test_thresholds_change_the_zones() -> None:
    strict = Thresholds(balanced_band=1)
    assert zone_of(6, 8) is Zone.INTERDEPENDENT
    assert zone_of(6, 8, strict) is Zone.LEANING_ON_OTHERS


def test_thresholds_from_stored_settings_ignore_junk_and_refuse_nonsense() -> None:
    loaded = Thresholds.from_dict({"balanced_band": 3, "unknown": 1, "ideal_min": "x"})
    assert loaded.balanced_band == 3.0
    assert loaded.ideal_min == 6.0
    with pytest.raises(ValueError, match="between 0 and 10"):
        Thresholds.from_dict({"ideal_min": 12})
