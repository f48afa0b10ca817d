"""Light and dark palettes; by default the window follows the system's colour scheme."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui.app.preferences import Appearance

_DARK = {
    QPalette.ColorRole.Window: "#202225",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#17181a",
    QPalette.ColorRole.AlternateBase: "#26282c",
    QPalette.ColorRole.ToolTipBase: "#2c2f33",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#8a8d93",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#2a2c30",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#3a3d42",
    QPalette.ColorRole.Midlight: "#313338",
    QPalette.ColorRole.Mid: "#45484e",
    QPalette.ColorRole.Dark: "#111214",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d6fb6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7fb2ff",
    QPalette.ColorRole.LinkVisited: "#b59cff",
}

_LIGHT = {
    QPalette.ColorRole.Window: "#f3f3f4",
    QPalette.ColorRole.WindowText: "#1d1f22",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f7f9",
    QPalette.ColorRole.ToolTipBase: "#ffffdc",
    QPalette.ColorRole.ToolTipText: "#1d1f22",
    QPalette.ColorRole.PlaceholderText: "#80848c",
    QPalette.ColorRole.Text: "#1d1f22",
    QPalette.ColorRole.Button: "#f7f7f8",
    QPalette.ColorRole.ButtonText: "#1d1f22",
    QPalette.ColorRole.BrightText: "#c62828",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#e8e8ea",
    QPalette.ColorRole.Mid: "#c4c6ca",
    QPalette.ColorRole.Dark: "#9a9ca1",
    QPalette.ColorRole.Shadow: "#5c5e62",
    QPalette.ColorRole.Highlight: "#2f6fce",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1f5fbf",
    QPalette.ColorRole.LinkVisited: "#6a3fb5",
}


_CHECK_MARK = (Path(__file__).with_name("check.svg")).as_posix()

# Fusion outlines check boxes in a shade of the window colour, which vanishes on a dark window:
# in the dark palette they get a visible border and a filled, ticked box when checked.
_DARK_SHEET = f"""
QCheckBox::indicator, QGroupBox::indicator {{
    width: 13px; height: 13px; border: 1px solid #8a8d93; border-radius: 3px; background: #17181a;
}}
QCheckBox::indicator:hover, QGroupBox::indicator:hover {{ border-color: #c4c6ca; }}
QCheckBox::indicator:checked, QGroupBox::indicator:checked {{
    background: #3d6fb6; border-color: #7fb2ff; image: url({_CHECK_MARK});
}}
QCheckBox::indicator:disabled, QGroupBox::indicator:disabled {{ border-color: #45484e; }}
"""


def build_palette(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#6f7277" if dark else "#a0a3a8")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_appearance(app: QApplication, appearance: Appearance) -> bool:
    """Set the palette for `appearance`; returns whether the result is dark."""
    dark = system_is_dark() if appearance is Appearance.SYSTEM else appearance is Appearance.DARK
    app.setStyle("Fusion")
    app.setPalette(build_palette(dark))
    app.setStyleSheet(_DARK_SHEET if dark else "")
    # Widgets with a style sheet keep the palette they were polished with; re-applying their
    # sheet makes them (and their children) take the new one, so a live switch leaves no
    # dark text on a dark background.
    for widget in app.allWidgets():
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())
    return dark


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


DARK_INK = QColor("#1d1f22")
LIGHT_INK = QColor("#ffffff")


def _luminance(colour: QColor) -> float:
    """Relative luminance as WCAG defines it."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def ink_on(fill: QColor) -> QColor:
    """White or near-black, whichever reads better on `fill` (the larger WCAG contrast)."""
    fill_lum = _luminance(fill)
    on_light = (1.05) / (fill_lum + 0.05)
    on_dark = (fill_lum + 0.05) / (_luminance(DARK_INK) + 0.05)
    return LIGHT_INK if on_light >= on_dark else DARK_INK
