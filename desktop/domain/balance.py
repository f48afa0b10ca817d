"""The balance model: balance, zones and the thresholds behind them (SPEC: The balance model)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from enum import StrEnum

from desktop.domain.i18n import N_, _

RATING_MIN = 0
RATING_MAX = 10
MOOD_MIN = 1
MOOD_MAX = 5


class Zone(StrEnum):
    INTERDEPENDENT = "interdependent"
    BALANCED = "balanced"
    LOW = "low"
    LEANING_ON_OTHERS = "leaning-on-others"
    CODEPENDENCY_RISK = "codependency-risk"
    LEANING_ON_SELF = "leaning-on-self"
    ISOLATION_RISK = "isolation-risk"


ZONE_LABELS: dict[Zone, str] = {
    Zone.INTERDEPENDENT: N_("Interdependent"),
    Zone.BALANCED: N_("Balanced"),
    Zone.LOW: N_("Low"),
    Zone.LEANING_ON_OTHERS: N_("Leaning on others"),
    Zone.CODEPENDENCY_RISK: N_("Codependency risk"),
    Zone.LEANING_ON_SELF: N_("Leaning on self"),
    Zone.ISOLATION_RISK: N_("Isolation risk"),
}


def zone_name(zone: Zone) -> str:
    """The zone's name in the current language."""
    return _(ZONE_LABELS[zone])


# Okabe-Ito based, so the zones stay distinguishable for colour-blind readers.
ZONE_COLOURS: dict[Zone, str] = {
    Zone.INTERDEPENDENT: "#009E73",
    Zone.BALANCED: "#56B4E9",
    Zone.LOW: "#999999",
    Zone.LEANING_ON_OTHERS: "#E69F00",
    Zone.CODEPENDENCY_RISK: "#D55E00",
    Zone.LEANING_ON_SELF: "#0072B2",
    Zone.ISOLATION_RISK: "#332288",
}


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Every number of the balance model; each a default the user may change in settings."""

    balanced_band: float = 2.0  # |balance| at most this is balanced
    ideal_min: float = 6.0  # both ratings at least this (and balanced) is interdependent
    low_max: float = 4.0  # both ratings at most this (and balanced) is low
    risk_max: float = 3.0  # the weaker side at most this turns leaning into a risk
    drift_days: int = 14
    drift_balance: float = 3.0  # mean |balance| above this over the drift window
    drift_rating_max: float = 4.0  # ... with the weaker side's mean at most this
    drift_theme_count: int = 3  # or a warning theme on at least this many entries
    trend_window_days: int = 30

    def to_dict(self) -> dict[str, float | int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, object]) -> Thresholds:
        """Build from stored settings, ignoring unknown keys and keeping defaults for bad ones."""
        known = {f.name: f.type for f in fields(cls)}
        clean: dict[str, float | int] = {}
        for name, value in values.items():
            if name not in known or isinstance(value, bool):
                continue
            if not isinstance(value, int | float):
                continue
            clean[name] = int(value) if known[name] == "int" else float(value)
        result = cls(**clean)  # type: ignore[arg-type]
        result.validate()
        return result

    def validate(self) -> None:
        """Raise ValueError with a readable reason if the thresholds make no sense."""
        if not 0 <= self.balanced_band <= 10:
            raise ValueError("the balanced band must be between 0 and 10")
        for name in ("ideal_min", "low_max", "risk_max", "drift_rating_max"):
            if not RATING_MIN <= getattr(self, name) <= RATING_MAX:
                raise ValueError(f"{name.replace('_', ' ')} must be between 0 and 10")
        if self.drift_days < 1 or self.trend_window_days < 1:
            raise ValueError("windows must be at least one day long")
        if self.drift_theme_count < 1:
            raise ValueError("the warning-theme count must be at least 1")


DEFAULT_THRESHOLDS = Thresholds()


def balance_of(independence: float | None, interdependence: float | None) -> float | None:
    """interdependence − independence, from −10 (all self) to +10 (all others); None if unrated."""
    if independence is None or interdependence is None:
        return None
    return interdependence - independence


def zone_of(
    independence: float | None,
    interdependence: float | None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Zone | None:
    """The one zone of a pair of ratings (an entry's, a day's mean or a rolling mean)."""
    balance = balance_of(independence, interdependence)
    if balance is None or independence is None or interdependence is None:
        return None
    t = thresholds
    if balance > t.balanced_band:
        return Zone.CODEPENDENCY_RISK if independence <= t.risk_max else Zone.LEANING_ON_OTHERS
    if balance < -t.balanced_band:
        return Zone.ISOLATION_RISK if interdependence <= t.risk_max else Zone.LEANING_ON_SELF
    if independence >= t.ideal_min and interdependence >= t.ideal_min:
        return Zone.INTERDEPENDENT
    if independence <= t.low_max and interdependence <= t.low_max:
        return Zone.LOW
    return Zone.BALANCED
