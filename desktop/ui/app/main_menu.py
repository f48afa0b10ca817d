"""The window's actions, menus and toolbar, with their shortcuts, in one place.

`MainMenu` owns every action of the menu bar and the toolbar. It knows nothing of what the
actions do: the window and its controllers connect to the actions they handle, so a newcomer
finds each command's shortcut here and its behaviour in the controller that owns the feature.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class MainMenu(QObject):
    """Builds the menu bar (File, Edit, View, Journal, Help) and the toolbar of `window`."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._style = window.style()
        pixmap = QStyle.StandardPixmap
        keys = QKeySequence.StandardKey
        # File
        self.new = self._action(self.tr("&New Entry"), keys.New, pixmap.SP_FileIcon)
        self.save = self._action(self.tr("&Save"), keys.Save, pixmap.SP_DialogSaveButton)
        self.import_ = self._action(self.tr("&Import…"), "Ctrl+Shift+I")
        self.export = self._action(self.tr("&Export…"), "Ctrl+Shift+E")
        self.report = self._action(self.tr("Monthly &Report…"), "Ctrl+P")
        self.settings = self._action(self.tr("Se&ttings…"), keys.Preferences)
        self.quit = self._action(self.tr("&Quit"), keys.Quit)
        # Edit
        self.delete = self._action(self.tr("Move to &Trash"), keys.Delete, pixmap.SP_TrashIcon)
        self.undo_delete = self._action(self.tr("&Undo Delete"), keys.Undo)
        self.search = self._action(self.tr("&Find…"), keys.Find)
        # View
        self.show_sidebar = self._action(self.tr("Show &Calendar Panel"), "F9")
        self.show_trash = self._action(self.tr("Show T&rash"), None, pixmap.SP_DirIcon)
        self.restore = self._action(self.tr("&Restore from Trash"), None, pixmap.SP_DialogResetButton)
        self.empty_trash = self._action(self.tr("&Empty Trash…"))
        # Journal
        self.back_up = self._action(self.tr("&Back Up Now"), "Ctrl+Shift+B")
        self.restore_backup = self._action(self.tr("&Restore from Backup…"))
        self.encrypt = self._action(self.tr("&Encrypt with a Passphrase…"))
        self.rekey = self._action(self.tr("&Change Passphrase…"))
        self.decrypt = self._action(self.tr("Re&move Encryption…"))
        # Help
        self.about = self._action(self.tr("&About Balance Journal"))

        # Some platforms define no standard key for these; give them the usual ones.
        for made, fallback in ((self.settings, "Ctrl+,"), (self.quit, "Ctrl+Q")):
            if made.shortcut().isEmpty():
                made.setShortcut(QKeySequence(fallback))
        self.show_trash.setCheckable(True)
        self.show_sidebar.setCheckable(True)
        self.show_sidebar.setChecked(True)
        # Delete and Ctrl+Z belong to the list: in a text field the same keys edit the text.
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_delete.setEnabled(False)
        self.restore.setEnabled(False)
        self.empty_trash.setEnabled(False)

        self.file_menu = self._menu(
            self.tr("&File"),
            [self.new, self.save, None, self.import_, self.export, self.report, None, self.settings],
        )
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.edit_menu = self._menu(self.tr("&Edit"), [self.undo_delete, self.delete, None, self.search])
        self.view_menu = self._menu(
            self.tr("&View"), [self.show_sidebar, self.show_trash, None, self.restore, self.empty_trash]
        )
        self.journal_menu = self._menu(
            self.tr("&Journal"),
            [self.back_up, self.restore_backup, None, self.encrypt, self.rekey, self.decrypt],
        )
        self.help_menu = self._menu(self.tr("&Help"), [self.about])

        self.toolbar = QToolBar(self.tr("Main toolbar"), window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.new, self.save, self.delete])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.show_trash, self.restore])
        window.addToolBar(self.toolbar)

    def add_to_toolbar(self, widget: QWidget) -> None:
        """Put a widget (such as the prompt menu) at the end of the toolbar, after a separator."""
        self.toolbar.addSeparator()
        self.toolbar.addWidget(widget)

    def show_encryption(self, encrypted: bool) -> None:
        """Offer the commands that fit the journal: encrypt a plain one, rekey or decrypt another."""
        self.encrypt.setVisible(not encrypted)
        self.rekey.setVisible(encrypted)
        self.decrypt.setVisible(encrypted)

    def _action(
        self, text: str, shortcut: Shortcut = None, icon: QStyle.StandardPixmap | None = None
    ) -> QAction:
        made = QAction(text, self._window)
        if shortcut is not None:
            made.setShortcut(shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut))
        if icon is not None:
            made.setIcon(self._style.standardIcon(icon))
        made.setToolTip(text.replace("&", "").replace("…", ""))
        return made

    def _menu(self, title: str, actions: list[QAction | None]) -> QMenu:
        menu = self._window.menuBar().addMenu(title)
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu
