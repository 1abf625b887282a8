"""The main window's actions, menus and toolbar, made anew when the language changes.

The actions are the window's children and attributes (``window.save_action``), so that
the Edit actions, the shortcuts list and the tests find them where they always were; this
object only builds them, the menus and the toolbar, and the list of recent files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle

from digidesk.qt.edit_actions import EditActions
from digidesk.qt.recovery_actions import RecoveryActions

if TYPE_CHECKING:
    from digidesk.qt.mainwindow import MainWindow


class WindowMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _action(self, text: str, slot, shortcut=None, enabled: bool = True) -> QAction:
        action = QAction(text, self.window)  # the window's: retranslate finds and drops it
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setEnabled(enabled)
        return action

    def create_actions(self) -> None:
        """The window's actions, as its attributes (``window.save_action``…)."""
        w = self.window
        K = QKeySequence.StandardKey
        w.new_action = self._action(self.tr("&New"), w.new_workspace, K.New)
        w.open_action = self._action(self.tr("&Open…"), w._ask_open, K.Open)
        w.save_action = self._action(self.tr("&Save"), lambda: w.files.save(), K.Save)
        w.save_as_action = self._action(self.tr("Save &As…"), lambda: w.files.save_as(), K.SaveAs)
        w.import_action = self._action(self.tr("&Import…"), w.files.ask_import, "Ctrl+I")
        w.export_action = self._action(self.tr("&Export…"), w._ask_export, "Ctrl+E")
        w.recovery = RecoveryActions(w)
        from digidesk.qt.strategy_actions import StrategyActions

        w.strategy_actions = StrategyActions(w)
        w.strategy_actions.message.connect(lambda t: w.statusBar().showMessage(t, 8000))
        w.strategy_actions.imported.connect(lambda n: w.navigator.select(("strategy", n)))
        w.versions_action = self._action(
            self.tr("&Versions…"), w.recovery.show_versions, enabled=False
        )
        w.quit_action = self._action(self.tr("&Quit"), w.close, K.Quit)
        w.edit = EditActions(w, w.document, w.stack)
        # The names tests and other code know the Edit actions by.
        w.undo_action, w.redo_action = w.edit.undo, w.edit.redo
        w.copy_action, w.paste_action = w.edit.copy, w.edit.paste
        w.table_actions = w.edit.table
        w.history_action = w.edit.history
        w.compare_action = self._action(
            self.tr("&Compare areas"), lambda: w.show_compare(), "Ctrl+J"
        )
        w.about_action = self._action(self.tr("&About DigiDesk"), w.show_about)
        w.guide_action = self._action(
            self.tr("User &guide"), w.show_user_guide, QKeySequence.StandardKey.HelpContents
        )
        w.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), w.show_shortcuts, "Ctrl+F1"
        )
        w.preferences_action = self._action(
            self.tr("&Preferences…"), w.show_preferences, K.Preferences
        )
        if w.preferences_action.shortcut().isEmpty():  # no standard key on Windows, Linux
            w.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        w.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def create_menus(self) -> None:
        w = self.window
        file_menu = w.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([w.new_action, w.open_action])
        w.recent_menu = QMenu(self.tr("Open &Recent"), w)
        w.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        file_menu.addMenu(w.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([w.save_action, w.save_as_action, w.versions_action])
        file_menu.addSeparator()
        file_menu.addActions([w.import_action, w.export_action])
        file_menu.addActions(w.strategy_actions.actions())
        file_menu.addSeparator()
        file_menu.addAction(w.quit_action)
        edit_menu = w.menuBar().addMenu(self.tr("&Edit"))
        w.edit.fill_menu(edit_menu)
        edit_menu.addSeparator()
        edit_menu.addAction(w.preferences_action)
        w.view_menu = w.menuBar().addMenu(self.tr("&View"))
        w.navigator_dock.toggleViewAction().setShortcut(QKeySequence("F9"))
        w.view_menu.addAction(w.navigator_dock.toggleViewAction())
        w.view_menu.addAction(w.chart_dock.toggleViewAction())
        w.view_menu.addAction(w.history_action)
        w.view_menu.addSeparator()
        w.view_menu.addAction(w.compare_action)
        help_menu = w.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(w.guide_action)
        help_menu.addAction(w.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(w.about_action)
        w.view_menu.insertAction(w.view_menu.actions()[0], w.toolbar.toggleViewAction())
        self._fill_toolbar()

    def _fill_toolbar(self) -> None:
        """The main actions, with the platform's icons where it has one."""
        w = self.window
        icon = w.style().standardIcon
        P = QStyle.StandardPixmap
        for action, pixmap in (
            (w.open_action, P.SP_DialogOpenButton),
            (w.save_action, P.SP_DialogSaveButton),
            (w.undo_action, P.SP_ArrowBack),
            (w.redo_action, P.SP_ArrowForward),
        ):
            action.setIcon(icon(pixmap))
        w.toolbar.clear()
        w.toolbar.setWindowTitle(self.tr("&Toolbar"))
        w.toolbar.addActions([w.open_action, w.save_action])
        w.toolbar.addSeparator()
        w.toolbar.addActions([w.import_action, w.export_action])
        w.toolbar.addSeparator()
        w.toolbar.addActions([w.undo_action, w.redo_action])
        w.toolbar.addSeparator()
        w.toolbar.addActions([w.compare_action, w.chart_dock.toggleViewAction()])
        for action in w.toolbar.actions():
            button = w.toolbar.widgetForAction(action)
            if button is not None and not action.isSeparator():
                button.setAccessibleName(action.text().replace("&", ""))
                tip = action.toolTip().replace("&", "")
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                button.setToolTip(f"{tip} ({keys})" if keys else tip)

    def fill_recent_menu(self) -> None:
        w = self.window
        w.recent_menu.clear()
        files = w.settings.recent_files
        for n, name in enumerate(files, start=1):
            action = w.recent_menu.addAction(f"&{n} {Path(name).name}")
            action.setToolTip(name)
            action.triggered.connect(lambda _=False, p=name: self.open_recent(p))
        if not files:
            w.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def open_recent(self, name: str) -> None:
        w = self.window
        if not Path(name).exists():
            w.settings.remove_recent_file(name)
            QMessageBox.information(
                w, self.tr("DigiDesk"), self.tr("“{name}” no longer exists.").format(name=name)
            )
            return
        if w.confirm_discard():
            w.files.open_path(Path(name))
