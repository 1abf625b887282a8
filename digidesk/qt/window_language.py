"""Edit ▸ Preferences for the main window, and a language switch without a restart.

The choice is kept and put to work at once: a theme repaints the application; a new
language or number format installs its translators and builds every text of the window
again (menus and actions, docks, navigator, the open views), while the document, its
undo history and the comparison's areas stay as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

if TYPE_CHECKING:
    from digidesk.qt.dialogs.preferences import Preferences
    from digidesk.qt.mainwindow import MainWindow


def show_preferences(window: MainWindow) -> None:
    from digidesk.qt.dialogs.preferences import Preferences, PreferencesDialog

    before = Preferences.from_settings(window.settings)
    dialog = PreferencesDialog(before, window)
    if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
        return
    apply_preferences(window, dialog.preferences(), before)


def apply_preferences(window: MainWindow, chosen: Preferences, before: Preferences) -> None:
    """Keep ``chosen`` and put it to work at once: a new language or number format
    retranslates this window, a theme repaints the application."""
    from digidesk.qt.i18n import choose_language, current_language, use_language
    from digidesk.qt.theme import apply_theme

    chosen.save(window.settings)
    app = QApplication.instance()
    if chosen.theme != before.theme:
        apply_theme(app, chosen.theme)
    if (chosen.language, chosen.number_format) != (before.language, before.number_format):
        # Only a new choice of language changes it: a number format alone keeps the one
        # running (which may come from the command line's --language).
        same = chosen.language == before.language
        language = current_language() if same else choose_language(chosen.language)
        use_language(app, language, chosen.number_format)
        retranslate(window)
    window._apply_autosave_pause()


def retranslate(window: MainWindow) -> None:
    """Build every text of the window again in the language now installed: menus and
    actions, docks, the navigator and the open views (their data is the document's, so
    nothing is lost; the current view is opened again)."""
    current = window.navigator.current_key()
    compare = window._views.get(("compare", 0))
    compared = compare.areas() if compare is not None else None
    window.menuBar().clear()
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    bar = window.menuBar()
    for child in [*window.findChildren(QAction, options=direct),
                  *window.findChildren(QMenu, options=direct),
                  *bar.findChildren(QMenu, options=direct)]:  # fmt: skip
        child.deleteLater()
    window.edit.dispose()
    window.recovery.deleteLater()
    window.strategy_actions.deleteLater()
    window.menus.deleteLater()
    window._create_actions()
    window._create_menus()
    window.edit.set_enabled(not window.files.busy)
    window._translate_own_texts()
    window.navigator.retranslate()
    window.chart_dock.retranslate()
    if window.document.workspace is not None:
        window._on_workspace_replaced()  # views and navigator anew
        if compared:
            window.show_compare(compared)
        if current is not None and current in window.navigator.view_keys():
            window.navigator.select(current)
    window._update_title()
