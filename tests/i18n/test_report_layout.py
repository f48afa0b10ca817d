"""The report's summary lines stay on the page in every language: a line too wide for it (many
themes, or the same words in Malayalam) is broken between words, and no word is lost."""

from __future__ import annotations

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from desktop.charts.fonts import chart_fonts
from desktop.io.report import PAGE, within_margins

THEMES_ML = (
    "വിഷയങ്ങൾ: സ്വന്തം വളർച്ച 6, ഒരുമിച്ചുള്ള വളർച്ച 4, വിശ്വാസം 4, അടുപ്പം 4, കൂട്ടായ പ്രവർത്തനം 4, "
    "പരസ്പര പിന്തുണ 4, സ്വയം പരിചരണം 3, പങ്കിട്ട അനുഭവങ്ങൾ 3"
)


def test_a_line_wider_than_the_page_is_broken_between_words_and_each_part_fits() -> None:
    with rc_context({"font.family": chart_fonts()}):  # as the report draws its pages
        fig = Figure(figsize=PAGE)
        renderer = FigureCanvasAgg(fig).get_renderer()
        parts = within_margins(fig, THEMES_ML, 0.05, fontsize=11)
        assert len(parts) == 2
        assert " ".join(parts) == THEMES_ML
        room = 0.9 * fig.bbox.width
        for part in parts:
            assert fig.text(0.05, 0.5, part, fontsize=11).get_window_extent(renderer).width <= room
        whole = fig.text(0.05, 0.5, THEMES_ML, fontsize=11).get_window_extent(renderer).width
        assert whole > room  # so the line did need breaking


def test_a_line_that_fits_is_left_as_it_is() -> None:
    fig = Figure(figsize=PAGE)
    line = "Entries: 23 on 23 days  ·  rated: 20  ·  starred: 0"
    assert within_margins(fig, line, 0.05, fontsize=11) == [line]
    assert fig.texts == []  # the measuring leaves nothing on the page
