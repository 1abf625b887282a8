"""The Edit menu's actions and the History panel, for whatever view is current.

Undo and Redo follow the workspace's undo stack; the table actions call the
method of the same name on the current view (a dataset view has them; other
views simply do nothing), so one set of shortcuts serves every table.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QStackedWidget, QUndoView

from digidesk.qt.document import WorkspaceDocument


class EditActions(QObject):
    def __init__(
        self, window: QMainWindow, document: WorkspaceDocument, views: QStackedWidget
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._views = views
        self._history_dock: QDockWidget | None = None
        self._enabled = True
        K = QKeySequence.StandardKey
        self.undo = document.undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcuts(QKeySequence.keyBindings(K.Undo))
        self.redo = document.undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcuts(QKeySequence.keyBindings(K.Redo) + [QKeySequence("Ctrl+Y")])
        self.copy = self._action(self.tr("&Copy"), "copy_selection", K.Copy)
        self.paste = self._action(self.tr("&Paste"), "paste", K.Paste)
        self.table = [
            self._action(self.tr("Copy with &headers"), "copy_with_headers"),
            self._action(self.tr("Fill &down"), "fill_down", "Ctrl+D"),
            self._action(self.tr("C&lear cells"), "clear_cells", K.Delete),
            self._action(self.tr("&Add row…"), "add_row", "Ctrl++"),
            self._action(self.tr("De&lete rows"), "delete_rows", "Ctrl+-"),
        ]
        # Ctrl++ as in spreadsheets; on keyboards where + needs Shift, Ctrl+Shift+= too.
        self.table[3].setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+Shift+=")])
        self.history = QAction(self.tr("&History"), window)
        self.history.setShortcut(QKeySequence("Ctrl+H"))
        self.history.setCheckable(True)
        self.history.toggled.connect(self._show_history)

    def _action(
        self, text: str, method: str, shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(self._on_view(method))
        return action

    def _on_view(self, method: str) -> Callable[[], None]:
        """A slot that calls ``method`` on the current view, when the view has it."""

        def call() -> None:
            slot = getattr(self._views.currentWidget(), method, None)
            if slot is not None:
                slot()

        return call

    def set_enabled(self, enabled: bool) -> None:
        """Off while a background task reads the workspace; Undo and Redo then follow the
        stack again."""
        for action in (self.copy, self.paste, *self.table):
            action.setEnabled(enabled)
        stack = self._document.undo_stack
        self.undo.setEnabled(enabled and stack.canUndo())
        self.redo.setEnabled(enabled and stack.canRedo())
        self._enabled = enabled
        if self._history_dock is not None:
            # A click in the History panel jumps the undo stack: an edit like any other.
            self._history_dock.widget().setEnabled(enabled)

    @property
    def cell_actions(self) -> list[QAction]:
        """What a right-click on a table's cells offers."""
        return [self.copy, self.paste, *self.table]

    def fill_menu(self, menu: QMenu) -> None:
        menu.addActions([self.undo, self.redo])
        menu.addSeparator()
        menu.addActions([self.copy, self.paste, *self.table[:3]])
        menu.addSeparator()
        menu.addActions(self.table[3:])

    def dispose(self) -> None:
        """Remove these actions and the history dock from the window (a new language builds
        them again)."""
        if self._history_dock is not None:
            self._window.removeDockWidget(self._history_dock)
            self._history_dock.deleteLater()
            self._history_dock = None
        self.deleteLater()

    def _show_history(self, shown: bool) -> None:
        if self._history_dock is None:
            self._history_dock = QDockWidget(self.tr("History"), self._window)
            self._history_dock.setObjectName("HistoryDock")
            undo_view = QUndoView(self._document.undo_stack, self._history_dock)
            undo_view.setEmptyLabel(self.tr("<opened>"))
            undo_view.setEnabled(self._enabled)
            self._history_dock.setWidget(undo_view)
            self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._history_dock)
            self._history_dock.visibilityChanged.connect(self.history.setChecked)
        self._history_dock.setVisible(shown)
