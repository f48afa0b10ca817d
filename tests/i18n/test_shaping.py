"""Malayalam in charts and reports is shaped: conjuncts and vowel signs joined, not boxes.

Shaped text is measurably different from the same code points drawn one by one: a conjunct such
as ന്ധ is one glyph where the unshaped letters are three, and vowel signs sit on their consonant.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont, get_font
from matplotlib.ft2font import LoadFlags

from desktop.charts import build_chart, save_chart
from desktop.charts.common import ChartOptions
from desktop.charts.fonts import chart_fonts, missing_font_note
from desktop.domain import i18n
from desktop.domain.balance import DEFAULT_THRESHOLDS
from desktop.domain.series import ChartData
from desktop.io.report import ReportInput, write_report

TITLE = "ബന്ധങ്ങളുടെ സന്തുലനം"


def test_the_malayalam_font_is_found_and_named_for_charts() -> None:
    assert "Noto Sans Malayalam" in chart_fonts()
    assert missing_font_note("ml") is None


def test_matplotlib_lays_out_fewer_glyphs_than_code_points() -> None:
    chart_fonts()  # adds the system's Malayalam fonts if matplotlib's cache predates them
    font = get_font(findfont(FontProperties(family="Noto Sans Malayalam"), fallback_to_default=False))
    glyphs = font._layout(TITLE, LoadFlags.NO_HINTING)
    assert len(glyphs) < len(TITLE)  # conjuncts became single glyphs


def _ink_width(rgb: np.ndarray) -> int:
    dark = np.nonzero((rgb[..., :3].astype(int).sum(axis=2) < 384).any(axis=0))[0]
    return int(dark[-1] - dark[0]) if dark.size else 0


def _title_png(text: str, path: Path) -> int:
    fig = Figure(figsize=(6, 1), dpi=100)
    fig.text(0.02, 0.4, text, fontsize=20, family=chart_fonts())
    if path.suffix == ".png":
        FigureCanvasAgg(fig)
        fig.savefig(path, dpi=100)
        from matplotlib.image import imread

        return _ink_width((imread(path) * 255).astype(np.uint8))
    save_chart(fig, path, dpi=100)
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", "-singlefile", str(path), str(path.with_suffix(""))], check=True
    )
    from matplotlib.image import imread

    return _ink_width((imread(path.with_suffix(".png")) * 255).astype(np.uint8))


def test_png_and_pdf_draw_the_shaped_width_not_the_sum_of_letters(tmp_path: Path) -> None:
    shaped_png = _title_png(TITLE, tmp_path / "a.png")
    shaped_pdf = _title_png(TITLE, tmp_path / "b.pdf")
    # Each code point on its own (a zero-width non-joiner between them stops all shaping).
    unshaped = _title_png("\u200c".join(TITLE), tmp_path / "c.png")
    assert abs(shaped_png - shaped_pdf) <= 0.03 * shaped_png
    assert unshaped > shaped_png * 1.08


def test_a_malayalam_chart_and_report_carry_malayalam_text(tmp_path: Path) -> None:
    i18n.use_language("ml")
    try:
        data = ChartData(days=[], date_from=date(2026, 9, 1), date_to=date(2026, 9, 30))
        fig = build_chart("trend", data, ChartOptions())
        svg = tmp_path / "trend.svg"
        save_chart(fig, svg)
        assert "എന്റെ സന്തുലനം എങ്ങോട്ടാണ് നീങ്ങുന്നത്?" in svg.read_text(encoding="utf-8")
        report = ReportInput(date(2026, 9, 1), data, [], [], DEFAULT_THRESHOLDS)
        pdf = tmp_path / "r.pdf"
        assert write_report(report, pdf) > 1
        # The shaped glyphs are drawn from the embedded Malayalam font (its width is checked above).
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "NotoSansMalayalam" in fonts
    finally:
        i18n.use_language("en")
