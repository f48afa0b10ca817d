"""How one entry looks in the list: date, title, theme colours, people and the zone."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.domain.balance import ZONE_COLOURS, Zone
from desktop.store.browse.list_rows import EntrySummary
from desktop.ui.app.palette import ink_on, is_dark
from desktop.ui.browse.entry_model import SummaryRole
from desktop.ui.common.labels import zone_label
from desktop.ui.common.qt_dates import to_qdate

ROW_PADDING = 8
DOT = 9
MAX_DOTS = 8


def _muted(palette: QPalette, selected: bool) -> QColor:
    if selected:
        colour = QColor(palette.color(QPalette.ColorRole.HighlightedText))
        colour.setAlphaF(0.8)
        return colour
    colour = QColor(palette.color(QPalette.ColorRole.Text))
    colour.setAlphaF(0.62)
    return colour


class EntryDelegate(QStyledItemDelegate):
    """Paints a three-line row; colours come from the themes and the balance zones."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.theme_colours: dict[str, str] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, 3 * line + 2 * ROW_PADDING + 6)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        summary: EntrySummary | None = index.data(SummaryRole)
        if summary is None:
            return super().paint(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect = option.rect.adjusted(ROW_PADDING + 6, ROW_PADDING - 1, -ROW_PADDING, -ROW_PADDING)
        zone = summary.zone()
        self._paint_stripe(painter, option.rect, zone)
        line = QFontMetrics(option.font).height()

        # Line 1: date and time, star and zone on the right.
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        painter.setFont(small)
        right = rect.right()
        if zone is not None:
            right = self._paint_zone_pill(
                painter, QRect(rect.left(), rect.top(), rect.width(), line), zone, right
            )
        if summary.starred:
            painter.setPen(QColor("#E6A700"))
            star_rect = QRect(right - line, rect.top(), line, line)
            painter.drawText(star_rect, Qt.AlignmentFlag.AlignCenter, "★")
            right -= line + 4
        painter.setPen(_muted(palette, selected))
        locale = QLocale()  # day and month names in the user's language
        day = locale.toString(to_qdate(summary.date), "ddd d MMM yyyy")
        when = f"{day}  ·  {summary.time.strftime('%H:%M')}"
        painter.drawText(
            QRect(rect.left(), rect.top(), right - rect.left(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            when,
        )

        # Line 2: the title.
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title = summary.title or index.data(Qt.ItemDataRole.DisplayRole)
        title_rect = QRect(rect.left(), rect.top() + line + 3, rect.width(), line)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )

        # Line 3: theme colours, then people (or the start of the text).
        painter.setFont(small)
        third = QRect(rect.left(), rect.top() + 2 * line + 6, rect.width(), line)
        x = third.left()
        # A dark theme colour on a dark row gets a faint ring, so every dot can be seen.
        ring = QColor(palette.color(QPalette.ColorRole.Text))
        ring.setAlpha(90)
        for slug in summary.themes[:MAX_DOTS]:
            colour = QColor(self.theme_colours.get(slug, "#777777"))
            dark_on_dark = is_dark(palette) and colour.lightness() < 90
            painter.setPen(ring if dark_on_dark else Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QRectF(x, third.center().y() - DOT / 2 + 1, DOT, DOT))
            x += DOT + 4
        if summary.themes:
            x += 4
        detail = ", ".join(summary.people) if summary.people else summary.snippet
        painter.setPen(_muted(palette, selected))
        detail_rect = QRect(x, third.top(), third.right() - x, line)
        painter.drawText(
            detail_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small).elidedText(detail, Qt.TextElideMode.ElideRight, detail_rect.width()),
        )
        painter.setPen(QColor(palette.color(QPalette.ColorRole.Mid)))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    @staticmethod
    def _paint_stripe(painter: QPainter, rect: QRect, zone: Zone | None) -> None:
        if zone is None:
            return
        painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor(ZONE_COLOURS[zone]))

    @staticmethod
    def _paint_zone_pill(painter: QPainter, line_rect: QRect, zone: Zone, right: int) -> int:
        label = zone_label(zone)
        metrics = QFontMetrics(painter.font())
        width = metrics.horizontalAdvance(label) + 14
        pill = QRectF(right - width, line_rect.top() + 1, width, line_rect.height() - 2)
        colour = QColor(ZONE_COLOURS[zone])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(ink_on(colour))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        return int(pill.left()) - 6
