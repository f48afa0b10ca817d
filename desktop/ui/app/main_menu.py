"""The window's actions, menus and toolbar, with their shortcuts, in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar


@dataclass
class WindowActions:
    new: QAction
    save: QAction
    delete: QAction
    undo_delete: QAction
    search: QAction
    show_trash: QAction
    restore: QAction
    empty_trash: QAction
    import_: QAction
    export: QAction
    report: QAction
    settings: QAction
    quit: QAction
    about: QAction
    show_sidebar: QAction
    toolbar: QToolBar


def build_actions(window: QMainWindow) -> WindowActions:
    tr = window.tr
    style = window.style()

    def action(text: str, shortcut: QKeySequence | str | None = None, icon=None) -> QAction:  # type: ignore[no-untyped-def]
        made = QAction(text, window)
        if shortcut is not None:
            made.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            made.setIcon(style.standardIcon(icon))
        made.setToolTip(text.replace("&", "").replace("…", ""))
        return made

    pixmap = QStyle.StandardPixmap
    actions = WindowActions(
        new=action(tr("&New Entry"), QKeySequence.StandardKey.New, pixmap.SP_FileIcon),
        save=action(tr("&Save"), QKeySequence.StandardKey.Save, pixmap.SP_DialogSaveButton),
        delete=action(tr("Move to &Trash"), QKeySequence.StandardKey.Delete, pixmap.SP_TrashIcon),
        undo_delete=action(tr("&Undo Delete"), QKeySequence.StandardKey.Undo),
        search=action(tr("&Find…"), QKeySequence.StandardKey.Find),
        show_trash=action(tr("Show T&rash"), None, pixmap.SP_DirIcon),
        restore=action(tr("&Restore from Trash"), None, pixmap.SP_DialogResetButton),
        empty_trash=action(tr("&Empty Trash…")),
        import_=action(tr("&Import…")),
        export=action(tr("&Export…")),
        report=action(tr("Monthly &Report…"), "Ctrl+P"),
        settings=action(tr("Se&ttings…"), QKeySequence.StandardKey.Preferences),
        quit=action(tr("&Quit"), QKeySequence.StandardKey.Quit),
        about=action(tr("&About Balance Journal")),
        show_sidebar=action(tr("Show &Calendar Panel"), "F9"),
        toolbar=QToolBar(tr("Main toolbar"), window),
    )
    # Some platforms define no standard key for these; give them the usual ones.
    for made, fallback in ((actions.settings, "Ctrl+,"), (actions.quit, "Ctrl+Q")):
        if made.shortcut().isEmpty():
            made.setShortcut(QKeySequence(fallback))
    actions.show_trash.setCheckable(True)
    actions.show_sidebar.setCheckable(True)
    actions.show_sidebar.setChecked(True)
    # Delete and Ctrl+Z belong to the list: in a text field the same keys edit the text.
    actions.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    actions.undo_delete.setEnabled(False)
    actions.restore.setEnabled(False)
    actions.empty_trash.setEnabled(False)
    # Import and export dialogs are added by their own module; until then the menu shows them off.
    actions.import_.setEnabled(False)
    actions.export.setEnabled(False)

    menu_bar = window.menuBar()
    file_menu = menu_bar.addMenu(tr("&File"))
    file_menu.addActions([actions.new, actions.save])
    file_menu.addSeparator()
    file_menu.addActions([actions.import_, actions.export, actions.report])
    file_menu.addSeparator()
    file_menu.addAction(actions.settings)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = menu_bar.addMenu(tr("&Edit"))
    edit_menu.addActions([actions.undo_delete, actions.delete])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.search)
    view_menu = menu_bar.addMenu(tr("&View"))
    view_menu.addActions([actions.show_sidebar, actions.show_trash])
    view_menu.addSeparator()
    view_menu.addActions([actions.restore, actions.empty_trash])
    help_menu = menu_bar.addMenu(tr("&Help"))
    help_menu.addAction(actions.about)

    toolbar = actions.toolbar
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([actions.new, actions.save, actions.delete])
    toolbar.addSeparator()
    toolbar.addActions([actions.show_trash, actions.restore])
    window.addToolBar(toolbar)
    return actions
