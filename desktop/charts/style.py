"""Colours and looks shared by every chart: a colour-blind-safe palette in light and dark variants."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, cast

from matplotlib import rc_context
from matplotlib.colors import LinearSegmentedColormap

from desktop.charts.fonts import chart_fonts
from desktop.domain.balance import ZONE_COLOURS, Zone
from desktop.domain.theme_catalogue import Pillar

# Okabe-Ito: distinguishable with every common kind of colour blindness.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")

# The charts speak in the zones' colours (the balance model owns them; the window's list and
# calendar use them too), so a colour means the same on every screen and in every report.
# Self is blue and others orange in every chart, so the two sides read the same everywhere.
SELF_COLOUR = ZONE_COLOURS[Zone.LEANING_ON_SELF]
OTHERS_COLOUR = ZONE_COLOURS[Zone.LEANING_ON_OTHERS]
IDEAL_COLOUR = ZONE_COLOURS[Zone.INTERDEPENDENT]
CODEPENDENCY_COLOUR = ZONE_COLOURS[Zone.CODEPENDENCY_RISK]
ISOLATION_COLOUR = ZONE_COLOURS[Zone.ISOLATION_RISK]
WARNING_MARKERS = {"codependency": ("v", CODEPENDENCY_COLOUR), "isolation": ("^", ISOLATION_COLOUR)}

PILLAR_COLOURS: dict[Pillar | None, str] = {
    Pillar.INDEPENDENCE: SELF_COLOUR,
    Pillar.INTERDEPENDENCE: OTHERS_COLOUR,
    Pillar.PRACTICE: IDEAL_COLOUR,
    Pillar.WARNING: "#CC79A7",
    None: "#999999",
}


@dataclass(frozen=True, slots=True)
class ChartStyle:
    name: str
    background: str
    foreground: str
    muted: str  # secondary text, zone labels
    grid: str
    band_alpha: float
    main_line: str  # the balance rolling mean
    neutral: str  # the middle of the diverging colour map
    warning_isolation: str  # the isolation marker, readable on this background
    empty_edge: str  # the outline of a calendar day without a value

    def rc(self) -> dict[str, Any]:
        return {
            "figure.facecolor": self.background,
            "axes.facecolor": self.background,
            "savefig.facecolor": self.background,
            "axes.edgecolor": self.muted,
            "axes.labelcolor": self.foreground,
            "axes.titlecolor": self.foreground,
            "axes.titlesize": 13,
            "axes.titleweight": "bold",
            "axes.labelsize": 10,
            "axes.grid": True,
            "axes.axisbelow": True,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "grid.color": self.grid,
            "grid.linewidth": 0.6,
            "text.color": self.foreground,
            "xtick.color": self.muted,
            "ytick.color": self.muted,
            "xtick.labelcolor": self.foreground,
            "ytick.labelcolor": self.foreground,
            "legend.frameon": True,
            "legend.facecolor": self.background,
            "legend.edgecolor": self.grid,
            "legend.framealpha": 0.9,
            "legend.fontsize": 9,
            "font.size": 10,
            # Names and theme labels are the user's text: a `$` must never start mathtext.
            "text.parse_math": False,
            "pdf.fonttype": 42,
            "svg.fonttype": "none",
            "font.family": chart_fonts(),
        }

    def diverging(self) -> LinearSegmentedColormap:
        """Balance from −10 (self, blue) through neutral to +10 (others, orange); its ends are
        the colours of the two risks, its light steps tints of either side."""
        return LinearSegmentedColormap.from_list(
            f"balance-{self.name}",
            [
                ISOLATION_COLOUR,
                SELF_COLOUR,
                "#56B4E9",
                self.neutral,
                "#F0C060",
                OTHERS_COLOUR,
                CODEPENDENCY_COLOUR,
            ],
        )


LIGHT = ChartStyle(
    name="light",
    background="#FFFFFF",
    foreground="#222222",
    muted="#555555",
    grid="#E3E3E3",
    band_alpha=0.14,
    main_line="#222222",
    neutral="#D9D9D9",
    warning_isolation=ISOLATION_COLOUR,
    empty_edge="#C4C4C4",
)
DARK = ChartStyle(
    name="dark",
    background="#1E1F22",
    foreground="#E8E8E8",
    muted="#A8A8A8",
    grid="#3A3C40",
    band_alpha=0.16,
    main_line="#F2F2F2",
    neutral="#8A8D93",
    warning_isolation="#9E8CF0",
    empty_edge="#55585E",
)
STYLES = {"light": LIGHT, "dark": DARK}


@contextmanager
def styled(style: ChartStyle) -> Iterator[None]:
    """Artists created inside take the style's colours and fonts."""
    with rc_context(cast(Any, style.rc())):
        yield


def person_colours(names: list[str]) -> dict[str, str]:
    # Skip the two colours that already mean self and others.
    palette = ("#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
    return {name: palette[i % len(palette)] for i, name in enumerate(names)}
