"""The list panel of the main window: the search field and filters, the count, and the list."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.filters import EntryFilter, TrashState
from desktop.ui.browse.entry_delegate import EntryDelegate
from desktop.ui.browse.entry_model import EntryListModel
from desktop.ui.browse.filter_panel import FilterPanel


class ListPanel(QWidget):
    """The search field and filters, how many entries match, and the list itself."""

    def __init__(self, model: EntryListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_panel = FilterPanel()
        self.list_view = QListView()
        self.list_view.setAccessibleName(self.tr("Entries"))
        self.list_view.setModel(model)
        self.delegate = EntryDelegate(self.list_view)
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setUniformItemSizes(True)  # rows are alike: no measuring 100,000 of them
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setFrameShape(QFrame.Shape.NoFrame)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of entries shown"))
        self.count_label.setContentsMargins(10, 2, 10, 4)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.empty_label.hide()
        self.setMinimumWidth(300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_panel)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.empty_label, 1)

    def show_count(self, total: int, flt: EntryFilter) -> None:
        trash = flt.trash is TrashState.TRASHED
        if trash:
            text = self.tr("1 entry in the Trash") if total == 1 else self.tr("%1 entries in the Trash")
        else:
            text = self.tr("1 entry") if total == 1 else self.tr("%1 entries")
        self.count_label.setText(text.replace("%1", QLocale().toString(total)))
        self.show_rows(total, flt)

    def show_rows(self, rows: int, flt: EntryFilter) -> None:
        """The list when it has rows, else what an empty list means here."""
        self.list_view.setVisible(rows > 0)
        self.empty_label.setVisible(rows == 0)
        if rows:
            return
        if flt.trash is TrashState.TRASHED:
            self.empty_label.setText(self.tr("The Trash is empty."))
        elif flt != EntryFilter():
            self.empty_label.setText(self.tr("No entries match.\nTry fewer words or clear the filters."))
        else:
            self.empty_label.setText(self.tr("No entries yet.\nPress Ctrl+N to write your first one."))
