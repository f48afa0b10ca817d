"""The entry editor: title, Markdown body with preview, date and time, themes, people, ratings."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.balance import Thresholds
from desktop.domain.entry import (
    EARLIEST_DATE,
    LATEST_DATE,
    Entry,
    InvalidEntry,
    clean_person_name,
    local_now_parts,
)
from desktop.domain.theme_catalogue import Pillar, display_name, theme_description, theme_name, theme_slug
from desktop.store.attachments.blobs import thumbnail_data
from desktop.store.entries.theme_table import ThemeInfo
from desktop.ui.common.labels import mood_label, pillar_label
from desktop.ui.common.qt_dates import from_qdatetime, to_qdate, to_qdatetime
from desktop.ui.editor.attaching_text import AttachingTextEdit
from desktop.ui.editor.attachment_preview import AttachmentPreview
from desktop.ui.editor.attachments_controller import AttachmentsController
from desktop.ui.editor.chips import ChipOption, ChipsInput
from desktop.ui.editor.context_line import EntryContextLine
from desktop.ui.editor.rating_sliders import RatingsRow

_PILLAR_ORDER = [Pillar.INDEPENDENCE, Pillar.INTERDEPENDENCE, Pillar.PRACTICE, Pillar.WARNING, None]


def _person_value(text: str) -> str | None:
    try:
        return clean_person_name(text)
    except InvalidEntry:
        return None


class _WhenEdit(QDateTimeEdit):
    """Date and time in one field; Tab leaves it (the arrow keys move between its parts)
    instead of stepping through day, month, year, hour and minute first."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class EntryEditor(QWidget):
    """Edits one entry. `modified` fires on every change the user makes, never on `load`."""

    modified = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: Entry | None = None
        self._is_new = False
        self._dirty = False
        self._loading = False
        self._build()
        self._connect()
        self.load(None)  # empty and disabled until an entry is opened, showing today

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Title"))
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setFrame(False)
        self.title.setObjectName("entryTitle")

        self.star = QToolButton()
        self.star.setCheckable(True)
        self.star.setAccessibleName(self.tr("Starred"))
        self.star.setToolTip(self.tr("Star this entry"))
        self.star.setAutoRaise(True)
        star_font = QFont(self.star.font())
        star_font.setPointSizeF(star_font.pointSizeF() * 1.5)
        self.star.setFont(star_font)
        self.star.toggled.connect(self._show_star)
        self._show_star(False)

        self.when = _WhenEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy   HH:mm")
        self.when.setAccessibleName(self.tr("Date and time"))
        self.when.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))

        self.mood = QComboBox()
        self.mood.setAccessibleName(self.tr("Mood"))
        self.mood.addItem(self.tr("No mood"), 0)  # never None as item data (see filter_panel.ANY)
        for value in range(5, 0, -1):
            self.mood.addItem(f"{value} · {mood_label(value)}", value)

        self._typed_theme_names: dict[str, str] = {}  # slug -> the words the user typed
        self.themes = ChipsInput(self.tr("Add a theme…"), self._theme_value)
        self.themes.line.setAccessibleName(self.tr("Add a theme"))
        # A new custom theme reads as the name it will have: the words typed, else from its slug.
        self.themes.label_for_new = lambda slug: self._typed_theme_names.get(slug) or display_name(slug)
        self.theme_menu_button = QToolButton()
        self.theme_menu_button.setText(self.tr("Browse ▾"))
        self.theme_menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.theme_menu_button.setAccessibleName(self.tr("Browse themes by pillar"))
        self.theme_menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.theme_menu = QMenu(self.theme_menu_button)
        self.theme_menu_button.setMenu(self.theme_menu)
        self.theme_menu.aboutToShow.connect(self._mark_chosen_themes)  # ticks show what is chosen
        self.people = ChipsInput(self.tr("Add a person…"), _person_value)
        self.people.line.setAccessibleName(self.tr("Add a person"))
        self.ratings = RatingsRow()

        self.body = AttachingTextEdit()  # also takes dropped files and pasted pictures
        self.body.setAccessibleName(self.tr("Entry text (Markdown)"))
        self.body.setPlaceholderText(
            self.tr("Write about your day. Markdown works: **bold**, *italic*, - lists.")
        )
        self.body.setTabChangesFocus(True)
        body_font = QFont(self.body.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.1)
        self.body.setFont(body_font)
        self.preview = AttachmentPreview(thumbnail_data)  # photos inline, from their thumbnails
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setOpenExternalLinks(False)
        self.attachments = AttachmentsController(self)
        self.body_tabs = QTabWidget()
        self.body_tabs.setAccessibleName(self.tr("Write or preview"))
        self.body_tabs.setDocumentMode(True)
        self.body_tabs.addTab(self.body, self.tr("Write"))
        self.body_tabs.addTab(self.preview, self.tr("Preview"))

        # Where it was written, the weather and the journal it came from: kept from other journal
        # apps, shown but not edited here. Hidden for entries that have none of it.
        self.context = EntryContextLine()

        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        self.status.setEnabled(False)

        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.star)
        meta_row = QHBoxLayout()
        meta_row.addWidget(self.when)
        meta_row.addSpacing(16)
        mood_label_widget = QLabel(self.tr("&Mood"))
        mood_label_widget.setBuddy(self.mood)
        meta_row.addWidget(mood_label_widget)
        meta_row.addSpacing(6)  # the label reads apart from the box it names
        meta_row.addWidget(self.mood)
        meta_row.addStretch(1)
        themes_row = QHBoxLayout()
        themes_row.addWidget(self.themes, 1)
        themes_row.addWidget(self.theme_menu_button, 0, Qt.AlignmentFlag.AlignTop)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(self.tr("&When"), self.when), meta_row)
        form.addRow(self.context)
        form.addRow(self._buddy(self.tr("T&hemes"), self.themes.line), themes_row)
        form.addRow(self._buddy(self.tr("&People"), self.people.line), self.people)
        form.addRow(self.tr("Ratings"), self.ratings)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(10)
        layout.addLayout(title_row)
        layout.addLayout(form)
        layout.addWidget(self.body_tabs, 1)
        layout.addWidget(self.attachments.strip)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.attachments.button)
        layout.addLayout(status_row)

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _connect(self) -> None:
        self.title.textEdited.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.when.dateTimeChanged.connect(self._changed)
        self.mood.currentIndexChanged.connect(self._changed)
        self.star.toggled.connect(self._changed)
        self.themes.changed.connect(self._changed)
        self.people.changed.connect(self._changed)
        self.ratings.changed.connect(self._changed)
        self.body_tabs.currentChanged.connect(self._refresh_preview)

    def _show_star(self, on: bool) -> None:
        self.star.setText("★" if on else "☆")
        self.star.setStyleSheet("QToolButton { color: #E6A700; }" if on else "")

    # --- options ---------------------------------------------------------------------------
    def set_theme_options(self, themes: list[ThemeInfo]) -> None:
        live = [t for t in themes if not t.archived]
        ordered = sorted(live, key=lambda t: _PILLAR_ORDER.index(t.pillar))
        self.themes.set_options(
            [
                ChipOption(t.slug, theme_name(t.slug, t.name), pillar_label(t.pillar), t.colour)
                for t in ordered
            ]
        )
        for theme in themes:  # archived themes still show their own name on old entries
            if theme.archived:
                self.themes._options.setdefault(
                    theme.slug,
                    ChipOption(
                        theme.slug,
                        theme_name(theme.slug, theme.name),
                        pillar_label(theme.pillar),
                        theme.colour,
                    ),
                )
        self.theme_menu.clear()
        for pillar in _PILLAR_ORDER:
            group = [t for t in ordered if t.pillar == pillar]
            if not group:
                continue
            self.theme_menu.addSection(pillar_label(pillar))
            for theme in group:
                action = self.theme_menu.addAction(theme_name(theme.slug, theme.name))
                action.setToolTip(theme_description(theme.slug, theme.description))
                action.setCheckable(True)
                action.setData(theme.slug)
                action.triggered.connect(lambda on, slug=theme.slug: self._toggle_theme(slug, on))

    def _theme_value(self, text: str) -> str | None:
        slug = theme_slug(text)
        if slug:
            self._typed_theme_names.setdefault(slug, " ".join(text.split()))
        return slug or None

    def new_theme_names(self) -> dict[str, str]:
        """Names for the custom themes typed into this entry, by slug (`семья` keeps its word)."""
        return {
            slug: self._typed_theme_names[slug]
            for slug in self.themes.values()
            if slug in self._typed_theme_names
        }

    def _mark_chosen_themes(self) -> None:
        chosen = set(self.themes.values())
        for action in self.theme_menu.actions():
            if action.isCheckable():
                action.setChecked(action.data() in chosen)

    def _toggle_theme(self, slug: str, on: bool) -> None:
        if on:
            self.themes.add_value(slug)
        else:
            self.themes.remove_value(slug)

    def set_people_options(self, names: list[str]) -> None:
        self.people.set_options([ChipOption(n, n) for n in names])

    def set_thresholds(self, thresholds: Thresholds) -> None:
        self.ratings.set_thresholds(thresholds)

    # --- the entry -------------------------------------------------------------------------
    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def is_new(self) -> bool:
        return self._is_new

    @property
    def entry_uuid(self) -> str | None:
        return self._entry.uuid if self._entry else None

    def has_entry(self) -> bool:
        return self._entry is not None

    def load(self, entry: Entry | None, is_new: bool = False, dirty: bool = False) -> None:
        self._loading = True
        try:
            self._entry = entry
            self._is_new = is_new
            if is_new:
                self.body_tabs.setCurrentWidget(self.body)  # a new entry is for writing, not preview
            shown = entry or Entry("", *local_now_parts())
            self.title.setText(shown.title)
            self.body.setPlainText(shown.body)
            moment = datetime.combine(shown.date, shown.time)
            self.when.setDateTime(to_qdatetime(moment))
            self.mood.setCurrentIndex(self.mood.findData(shown.mood) if shown.mood else 0)
            self.star.setChecked(shown.starred)
            self.themes.set_values(list(shown.themes))
            self.people.set_values(list(shown.people))
            self.ratings.set_values(shown.independence, shown.interdependence)
            self.context.show_entry(shown)
            self._refresh_preview()
        finally:
            self._loading = False
        self._dirty = dirty
        self.set_enabled_for_entry(entry is not None)

    def new_entry(self) -> None:
        self.load(Entry("", *local_now_parts()), is_new=True)
        self.title.setFocus()

    def commit_pending(self) -> None:
        """A theme or person typed but not yet made a chip becomes one (before saving or
        closing): the entry then holds what the user sees in its fields."""
        if self._entry is None or self.body.isReadOnly():
            return
        for chips in (self.themes, self.people):
            if chips.line.text().strip():
                chips.commit_pending()

    def current_entry(self) -> Entry:
        """The entry as the fields now say; the stored one is not changed until it is saved."""
        if self._entry is None:
            raise RuntimeError("the editor holds no entry")
        moment = from_qdatetime(self.when.dateTime())
        return replace(
            self._entry,
            title=self.title.text().strip(),
            body=self.body.toPlainText(),
            date=moment.date(),
            time=moment.time().replace(second=0, microsecond=0),
            themes=self.themes.values(),
            people=self.people.values(),
            independence=self.ratings.independence.rating(),
            interdependence=self.ratings.interdependence.rating(),
            mood=self.mood.currentData() or None,
            starred=self.star.isChecked(),
        )

    def mark_saved(self, entry: Entry) -> None:
        self._entry = entry
        self._is_new = False
        self._dirty = False

    def mark_clean(self) -> None:
        """What the fields hold now is not the user's writing (say, a prompt put in)."""
        self._dirty = False

    def mark_new(self) -> None:
        """The entry is not in the journal (any more): saving will add it."""
        self._is_new = True

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_enabled_for_entry(self, enabled: bool, read_only: bool = False) -> None:
        for widget in (
            self.title,
            self.when,
            self.mood,
            self.star,
            self.themes,
            self.people,
            self.ratings,
            self.theme_menu_button,
            self.attachments.button,
        ):
            widget.setEnabled(enabled and not read_only)
        self.body.setReadOnly(not enabled or read_only)
        self.body_tabs.setEnabled(enabled)

    def _changed(self) -> None:
        if self._loading or self._entry is None:
            return
        self._dirty = True
        if self.body_tabs.currentWidget() is self.preview:
            self._refresh_preview()
        self.modified.emit()

    def _refresh_preview(self) -> None:
        if self.body_tabs.currentWidget() is self.preview:
            self.preview.setMarkdown(self.body.toPlainText())
