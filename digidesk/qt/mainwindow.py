"""The main window: menus, navigator, central views, history and status bar. Wiring only."""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from digidesk import __version__
from digidesk.qt import window_language
from digidesk.qt.autosave import AutoSaver
from digidesk.qt.chart_dock import ChartDock
from digidesk.qt.document import WorkspaceDocument
from digidesk.qt.files import WORKSPACE_SUFFIX, FileController
from digidesk.qt.navigator import Navigator, ViewKey
from digidesk.qt.settings import Settings


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = Settings()
        self.document = WorkspaceDocument(self)
        self.files = FileController(self.document, self)
        self.autosave = AutoSaver(self.document, self)
        self.autosave.failed.connect(
            lambda text: self.statusBar().showMessage(
                self.tr("The recovery copy could not be written: {reason}").format(reason=text),
                8000,
            )
        )
        self._views: dict[ViewKey, QWidget] = {}

        self.stack = QStackedWidget(self)
        self._welcome = QLabel(self)
        self._welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._welcome.setWordWrap(True)
        self._welcome.setText(self.tr("Opening…"))
        self.stack.addWidget(self._welcome)
        self._welcome_page = None
        self._guide = None
        self.setCentralWidget(self.stack)

        self.navigator = Navigator(self)
        self.navigator.view_requested.connect(self.show_view)
        self.navigator_dock = QDockWidget(self)
        self.navigator_dock.setObjectName("NavigatorDock")
        self.navigator_dock.setWidget(self.navigator)
        self.navigator.setMinimumWidth(170)  # names stay legible beside views and the chart
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigator_dock)

        self.chart_dock = ChartDock(self, self.document, self.stack)
        self.chart_dock.message.connect(lambda text: self.statusBar().showMessage(text, 6000))

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.cancel_button = QPushButton(self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.files.cancel)
        self.statusBar().addPermanentWidget(self.cancel_button)
        # A widget, not a status message: messages ("Saved …") would overwrite the count.
        self.row_count_label = QLabel(self)
        self.row_count_label.hide()
        self.statusBar().addPermanentWidget(self.row_count_label)
        self.setAcceptDrops(True)

        self._translate_own_texts()
        self.toolbar = QToolBar(self.tr("&Toolbar"), self)
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self._create_actions()
        self._create_menus()

        self.document.workspace_replaced.connect(self._on_workspace_replaced)
        self.document.command_applied.connect(self._on_command_applied)
        self.document.path_changed.connect(self._update_title)
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.files.busy_changed.connect(self._on_busy)
        self.files.cancellable_changed.connect(self.cancel_button.setVisible)
        self.files.imported.connect(self._on_imported)
        self.files.import_cancelled.connect(
            lambda p: self.statusBar().showMessage(
                self.tr("The import of {name} was cancelled.").format(name=p.name), 5000
            )
        )
        self.files.progress_changed.connect(self._on_progress)
        self.files.exported.connect(
            lambda p: self.statusBar().showMessage(
                self.tr("Exported {name}").format(name=p.name), 5000
            )
        )
        self.files.export_cancelled.connect(
            lambda p: self.statusBar().showMessage(
                self.tr("The export of {name} was cancelled; no file was written.").format(
                    name=p.name
                ),
                5000,
            )
        )
        self.files.saved.connect(
            lambda p: self.statusBar().showMessage(
                self.tr("Saved {name}").format(name=p.name), 5000
            )
        )
        self._update_title()
        self._restore_geometry()
        self._apply_autosave_pause()

    # -- actions and menus (digidesk.qt.window_menus) ------------------------------------
    def _create_actions(self) -> None:
        from digidesk.qt.window_menus import WindowMenus

        self.menus = WindowMenus(self)
        self.menus.create_actions()

    def _create_menus(self) -> None:
        self.menus.create_menus()

    def _on_imported(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Imported {name}").format(name=path.name), 5000)
        added = getattr(self.files, "last_imported", [])
        if added:
            self.navigator.select(("dataset", added[0]))

    # -- workspace ---------------------------------------------------------------------------
    def new_workspace(self) -> None:
        if not self.confirm_discard():
            return
        from digidesk.core.model.workspace import Workspace

        self.document.replace(Workspace(title=self.tr("New workspace")), None)

    def _ask_open(self) -> None:
        if self.confirm_discard():
            self.files.ask_open()

    def open_path(self, path: Path) -> None:
        self.files.open_path(path)

    def _on_workspace_replaced(self) -> None:
        for view in self._views.values():
            self.stack.removeWidget(view)
            view.deleteLater()
        self._views.clear()
        self.navigator.populate(self.document.workspace)
        if not self.navigator.view_keys():
            self.show_welcome()  # nothing to show yet: where to begin
        self._update_title()

    def show_welcome(self) -> None:
        """The welcome page: the demo, an import, a workspace or a recent one, the guide."""
        if self._welcome_page is None:
            from digidesk.qt.welcome import WelcomePage

            page = WelcomePage(recent=self.settings.recent_files, parent=self)
            page.demo_requested.connect(self.files.open_demo)
            page.import_requested.connect(self.files.ask_import)
            page.open_requested.connect(self._ask_open)
            page.recent_requested.connect(lambda path: self.menus.open_recent(str(path)))
            page.guide_requested.connect(self.show_user_guide)
            self.stack.addWidget(page)
            self._welcome_page = page
        else:
            self._welcome_page.set_recent(self.settings.recent_files)
        self.stack.setCurrentWidget(self._welcome_page)

    def show_user_guide(self) -> None:
        from digidesk.qt.dialogs.user_guide import UserGuideDialog
        from digidesk.qt.i18n import current_language

        if self._guide is not None:
            self._guide.close()
        self._guide = UserGuideDialog(current_language(), self)
        self._guide.show()  # beside the window, not in its way

    def _on_command_applied(self, command) -> None:
        compare = self._views.get(("compare", 0))
        if compare is not None:
            compare.on_workspace_changed()  # the comparison follows every edit and undo
        if command.kind in ("add_group", "remove_group"):
            self.navigator.populate(self.document.workspace)
        elif command.kind in ("add_dataset", "remove_dataset"):
            stale = [k for k in self._views if k[0] == "dataset"]
            for key in stale:
                view = self._views.pop(key)
                self.stack.removeWidget(view)
                view.deleteLater()
            self.navigator.populate(self.document.workspace)
        elif command.kind in ("set_values", "add_observations", "remove_observations", "batch"):
            ids = command.dataset_ids if command.kind == "batch" else {command.dataset_id}
            for dataset_id in ids:
                view = self._views.get(("dataset", dataset_id))
                if view is not None:
                    view.on_command(command)
        elif command.kind in ("edit_strategy", "edit_award", "set_title"):
            self._on_workspace_replaced()
        elif command.kind.startswith("jury_"):
            for key, view in self._views.items():
                if key[0] == "award":
                    view.on_command(command)  # the jury's edits keep the award view open
        else:
            self.strategy_actions.on_command(command, self._views)

    def show_view(self, key: ViewKey) -> QWidget:
        view = self._views.get(key)
        if view is None:
            view = self._create_view(key)
            self._views[key] = view
            self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self._show_counts(key)
        return view

    def _create_view(self, key: ViewKey) -> QWidget:
        workspace = self.document.workspace
        assert workspace is not None
        kind, item = key
        if kind == "dataset":
            from digidesk.qt.views.table_view import DatasetView

            view = DatasetView(self.document, str(item), self)
            view.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            view.count_changed.connect(self._show_row_count)
            view.busy_changed.connect(self._on_view_busy)
            view.set_context_actions(self.edit.cell_actions)
            return view
        if kind == "compare":
            from digidesk.qt.views.compare_view import CompareView

            view = CompareView(self.document, self)
            view.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            view.busy_changed.connect(self._on_view_busy)
            return view
        if kind == "strategy":
            from digidesk.qt.views.strategy_view import StrategyView

            view = StrategyView(self.document, int(item), self)
            view.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            return view
        if kind == "award":
            from digidesk.qt.views.award_view import AwardView

            view = AwardView(self.document, int(item), self)
            view.compare_requested.connect(self.compare_nominees)
            view.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            view.busy_changed.connect(lambda b: self.progress.setVisible(b or self.files.busy))
            return view
        from digidesk.qt.views.group_view import AreaGroupView

        return AreaGroupView(workspace.groups[int(item)], self)

    def show_compare(self, areas: list[tuple[str, str]] | None = None) -> QWidget | None:
        """The comparison view, with ``areas`` when given."""
        if self.document.workspace is None or not self.document.workspace.datasets:
            self.statusBar().showMessage(
                self.tr("Import a table first: there is nothing to compare."), 5000
            )
            return None
        self.navigator.select(("compare", 0))
        view = self.show_view(("compare", 0))
        if areas is not None:
            view.set_areas(areas)
        return view

    def compare_nominees(self) -> None:
        view = self.show_compare()
        if view is not None:
            view.compare_nominees()

    def _on_view_busy(self, busy: bool) -> None:
        """A big sort, filter or pivot is computed in the background: say so, keep working."""
        self.progress.setVisible(busy or self.files.busy)
        if busy:
            self.statusBar().showMessage(self.tr("Sorting and filtering…"))
        else:
            self.statusBar().clearMessage()

    def _show_counts(self, key: ViewKey) -> None:
        view = self._views.get(key)
        if key[0] == "dataset" and hasattr(view, "counts"):
            self._show_row_count(*view.counts())
        else:
            self.row_count_label.hide()

    def _show_row_count(self, shown: int, total: int) -> None:
        """ "12 of 4 060 rows", digits grouped the way the user's locale groups them."""
        locale = self.locale()
        if getattr(self.stack.currentWidget(), "shape", None) is not None:
            # A pivot's rows are areas; what is counted is the dataset's observations.
            text = self.tr("{shown} of {total} observations")
        else:
            text = self.tr("{shown} of {total} rows")
        self.row_count_label.setText(
            text.format(shown=locale.toString(shown), total=locale.toString(total))
        )
        self.row_count_label.show()

    # -- drag and drop -----------------------------------------------------------------------
    @staticmethod
    def _dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_paths(event) and not self.files.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """A workspace file opens; tables are imported into the open workspace."""
        paths = self._dropped_paths(event)
        if not paths or self.files.busy:
            event.ignore()
            return
        event.acceptProposedAction()
        # Not inside the drop: a question box there would hold the drag source waiting.
        QTimer.singleShot(0, lambda: self.open_dropped(paths))

    def open_dropped(self, paths: list[Path]) -> None:
        workspaces = [p for p in paths if p.suffix.lower() == WORKSPACE_SUFFIX]
        tables = [p for p in paths if p.suffix.lower() != WORKSPACE_SUFFIX]
        if workspaces:
            if not self.confirm_discard():
                return
            self.files.open_path(workspaces[0])
        if tables:
            self.files.import_paths(tables)

    # -- window ------------------------------------------------------------------------------
    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.display_name()}[*] — DigiDesk")
        self.setWindowModified(self.document.modified)
        self.versions_action.setEnabled(self.document.path is not None)

    def _ask_export(self) -> None:
        """Export ▸ offers the table shown (as filtered, sorted and shaped) or the workspace."""
        view = self.stack.currentWidget()
        if hasattr(view, "ask_export"):
            view.ask_export()  # the comparison, as shown
        elif hasattr(view, "shown_table"):
            self.files.ask_export(view.shown_table, view.shown_name())
        else:
            self.files.ask_export()

    def _on_progress(self, percent: int) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(percent)

    def _on_busy(self, busy: bool, message: str) -> None:
        self.progress.setRange(0, 0)  # busy without a measure until a task reports one
        self.progress.setVisible(busy)
        # No edits (not even by shortcut) while a save or export reads the workspace.
        self.stack.setEnabled(not busy)
        for action in (
            self.save_action,
            self.save_as_action,
            self.open_action,
            self.import_action,
            self.export_action,
            self.new_action,
        ):
            action.setEnabled(not busy)
        self.edit.set_enabled(not busy)
        if busy:
            self.statusBar().showMessage(message)
        else:
            self.statusBar().clearMessage()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About DigiDesk"),
            self.tr(
                "<h3>DigiDesk {version}</h3><p>An offline workbench for following up municipal "
                "digitalisation in Sweden and Norway: indicators, strategies and award "
                "juries.</p><p>Area registers: SCB (Sweden) and SSB Klass 131 (Norway).</p>"
            ).format(version=escape(__version__)),
        )

    def confirm_discard(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True to go on."""
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{name}” before closing it?").format(
                name=self.document.display_name()
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            # Saving runs in the background: close again once it has finished.
            self.files.save(on_saved=self._close_after_save)
            return False
        return answer == QMessageBox.StandardButton.Discard

    def _close_after_save(self) -> None:
        if not self.document.modified:
            QTimer.singleShot(0, self.close)

    def show_shortcuts(self) -> None:
        from digidesk.qt.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).exec()

    # -- preferences and language (digidesk.qt.window_language) ---------------------------
    def show_preferences(self) -> None:
        window_language.show_preferences(self)

    def apply_preferences(self, chosen, before) -> None:
        """Keep ``chosen`` and put it to work at once (see :mod:`window_language`)."""
        window_language.apply_preferences(self, chosen, before)

    def retranslate(self) -> None:
        """Every text of the window again, in the language now installed."""
        window_language.retranslate(self)

    def _apply_autosave_pause(self) -> None:
        if "DIGIDESK_AUTOSAVE_IDLE" not in os.environ:  # tests set their own pause
            self.autosave.idle_seconds = float(self.settings.autosave_seconds)

    def _translate_own_texts(self) -> None:
        """The texts the window sets on its docks and status bar, in the installed language."""
        self.navigator_dock.setWindowTitle(self.tr("Navigator"))
        self.navigator.setAccessibleName(self.tr("Navigator"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop reading, importing or exporting the file"))

    def _restore_geometry(self) -> None:
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1280, 800)
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)
        else:  # the chart beside the views gets a good third of the window, once shown
            QTimer.singleShot(0, self._size_chart_dock)

    def _size_chart_dock(self) -> None:
        self.resizeDocks([self.chart_dock], [self.width() * 3 // 8], Qt.Orientation.Horizontal)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.files.busy or not self.confirm_discard():
            event.ignore()
            return
        self.autosave.shut_down()  # saved or discarded on purpose: no copy to offer
        self.files.guard.release()
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        event.accept()
