"""A chips field: the chosen values as removable chips, and a line to add more with autocomplete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetItem,
)

ValueRole = Qt.ItemDataRole.UserRole + 1
LabelRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class ChipOption:
    value: str  # a theme slug or a person's name
    label: str
    group: str = ""
    colour: str = ""


class FlowLayout(QLayout):
    """Lays its items out left to right, wrapping onto new lines like words."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insert_widget(self, position: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(position, QWidgetItem(widget))
        self.invalidate()

    def remove_widget(self, widget: QWidget) -> None:
        self._items = [item for item in self._items if item.widget() is not widget]
        widget.hide()
        widget.setParent(None)
        widget.deleteLater()
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Place items in lines, each item centred on its line; returns the height used."""
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = rect.x()
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and lines[-1]:
                lines.append([])
                x = rect.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = rect.y()
        for line in lines:
            line_height = max((hint.height() for _, hint in line), default=0)
            x = rect.x()
            for item, hint in line:
                if apply:
                    top = y + (line_height - hint.height()) // 2
                    width = min(hint.width(), rect.width())
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, hint.height())))
                x += hint.width() + self._spacing
            y += line_height + self._spacing
        return max(0, y - self._spacing - rect.y())


class Chip(QFrame):
    removed = Signal(str)

    def __init__(self, option: ChipOption, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = option.value
        self.setObjectName("chip")
        colour = QColor(option.colour or "#888888")
        tint = QColor(colour)
        tint.setAlpha(46)
        self.setStyleSheet(
            f"QFrame#chip {{ background: rgba({tint.red()},{tint.green()},{tint.blue()},{tint.alpha()});"
            f" border: 1px solid {colour.name()}; border-radius: 11px; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(9, 1, 2, 1)
        layout.setSpacing(2)
        label = QLabel(option.label)
        label.setToolTip(option.group)
        layout.addWidget(label)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setCursor(Qt.CursorShape.PointingHandCursor)
        close.setAccessibleName(self.tr("Remove %1").replace("%1", option.label))
        close.setToolTip(close.accessibleName())
        close.clicked.connect(lambda: self.removed.emit(self.value))
        layout.addWidget(close)
        self.setAccessibleName(option.label)


class _ChipLine(QLineEdit):
    backspace_on_empty = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.backspace_on_empty.emit()
            return
        super().keyPressEvent(event)


class ChipsInput(QWidget):
    """Values shown as chips; `make_value` turns typed text into a new value (or None to refuse)."""

    changed = Signal()

    def __init__(
        self,
        placeholder: str,
        make_value: Callable[[str], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_value = make_value
        self.label_for_new: Callable[[str], str] = lambda value: value
        self._options: dict[str, ChipOption] = {}
        self._values: list[str] = []
        self._chips: dict[str, Chip] = {}
        self._flow = FlowLayout(self)
        self.line = _ChipLine()
        self.line.setPlaceholderText(placeholder)
        self.line.setMinimumWidth(150)
        self.line.setFrame(False)
        self.line.returnPressed.connect(self._add_typed)
        self.line.editingFinished.connect(self._leave)
        self.line.backspace_on_empty.connect(self._remove_last)
        self._flow.addWidget(self.line)
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionRole(LabelRole)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setMaxVisibleItems(12)
        # Suggestions read "Quality time · Interdependence": wider than the short line they drop from.
        self._popup().setMinimumWidth(300)
        self._completer.activated[QModelIndex].connect(self._add_completed)  # type: ignore[index]
        self.line.setCompleter(self._completer)
        # Installed after the completer's own filter, so it sees Enter first (see eventFilter).
        self._popup().installEventFilter(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusProxy(self.line)

    def set_options(self, options: list[ChipOption]) -> None:
        self._options = {o.value: o for o in options}
        self._model.clear()
        for option in options:
            text = f"{option.label}   ·   {option.group}" if option.group else option.label
            item = QStandardItem(text)
            item.setData(option.value, ValueRole)
            item.setData(option.label, LabelRole)
            if option.colour:
                item.setData(QColor(option.colour), Qt.ItemDataRole.DecorationRole)
            item.setEditable(False)
            self._model.appendRow(item)

    def option_for(self, value: str) -> ChipOption:
        return self._options.get(value) or ChipOption(value, self.label_for_new(value))

    def values(self) -> list[str]:
        return list(self._values)

    def commit_pending(self) -> None:
        """Text typed but not yet made a chip becomes one (on leaving the field, or saving):
        a name typed without Enter must not vanish from the entry. The suggestions close too,
        so they neither cover the fields below nor swallow the next click."""
        self._popup().hide()
        self._add_typed()

    def set_values(self, values: list[str]) -> None:
        self.line.clear()  # text left typed in another entry's field is not this entry's
        for chip in self._chips.values():
            self._flow.remove_widget(chip)
        self._chips.clear()
        self._values = []
        for value in values:
            self._append(value)

    def add_value(self, value: str) -> bool:
        if any(v.casefold() == value.casefold() for v in self._values):
            return False
        self._append(value)
        self.changed.emit()
        return True

    def remove_value(self, value: str) -> None:
        if value not in self._values:
            return
        self._values.remove(value)
        self._flow.remove_widget(self._chips.pop(value))
        self.updateGeometry()
        self.changed.emit()

    def _append(self, value: str) -> None:
        chip = Chip(self.option_for(value), self)
        chip.removed.connect(self.remove_value)
        self._values.append(value)
        self._chips[value] = chip
        self._flow.insert_widget(len(self._values) - 1, chip)
        chip.show()
        self.updateGeometry()

    def _exact_option(self, text: str) -> ChipOption | None:
        wanted = text.strip().casefold()
        return next((o for o in self._options.values() if o.label.casefold() == wanted), None)

    def _add_typed(self) -> None:
        text = self.line.text().strip()
        if not text:
            return
        match = self._exact_option(text)
        value = match.value if match else self._make_value(text)
        if value:
            self.add_value(value)
            self.line.clear()

    def _leave(self) -> None:
        # The suggestions never take the focus, so this is the user moving on (Tab, a click
        # elsewhere): what they typed is kept as a chip, and the suggestions close.
        self.commit_pending()

    def _add_completed(self, index: QModelIndex) -> None:
        value = index.data(ValueRole)
        if value:
            self.add_value(str(value))
        self.line.clear()  # now, so a focus change at once cannot add the typed text too
        QTimer.singleShot(0, self.line.clear)  # and after the completer has set the line's text

    def _popup(self) -> QAbstractItemView:
        """The completer's list of suggestions (QCompleter makes it when it is first asked)."""
        popup = self._completer.popup()
        assert popup is not None
        return popup

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter while suggestions are shown takes the highlighted one, else the first: typing
        "tru" and Enter adds Trust, not a new theme "tru". Escape first to add the text as typed."""
        popup = self._popup()
        if (
            watched == popup  # not `is`: that would narrow `popup` to a plain QObject
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and popup.isVisible()
            and not popup.currentIndex().isValid()
            and self._completer.completionCount() > 0
            and not self._exact_option(self.line.text())  # "Ana" typed in full is Ana, not Diana
        ):
            first = self._completer.completionModel().index(0, 0)
            popup.hide()
            self._add_completed(first)
            return True
        return super().eventFilter(watched, event)

    def _remove_last(self) -> None:
        if self._values:
            self.remove_value(self._values[-1])

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._flow.heightForWidth(width)

    def sizeHint(self) -> QSize:
        return QSize(300, self.heightForWidth(300))
