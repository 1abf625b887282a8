"""File ▸ Import strategy… and File ▸ New strategy from template…: a strategy document or
sheet read in the background (in the import's worker process), reviewed in the wizard and
added as one undoable step; the template saved where the user wants it and opened."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from digidesk.qt.i18n import current_language
from digidesk.qt.workers import TaskRunner

_FILTER = "*.docx *.pdf *.txt *.xlsx *.xlsm *.ods *.xls *.csv"


class StrategyActions(QObject):
    imported = Signal(int)  # the new strategy's position
    message = Signal(str)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.runner = TaskRunner(self)
        self.interactive = True
        self.import_action = QAction(self.tr("Import s&trategy…"), window)
        self.import_action.triggered.connect(self.ask_import)
        self.template_action = QAction(self.tr("New strategy from &template…"), window)
        self.template_action.triggered.connect(self.ask_template)

    @property
    def document(self):
        return self.window.document

    def actions(self) -> list[QAction]:
        return [self.import_action, self.template_action]

    def on_command(self, command, views: dict) -> None:
        """Keep the strategy views and the navigator in step with a strategy edit."""
        from digidesk.qt.views.strategy_view import STRATEGY_KINDS

        window = self.window
        if command.kind in ("add_strategy", "remove_strategy"):
            for key in [k for k in views if k[0] == "strategy"]:
                view = views.pop(key)
                window.stack.removeWidget(view)
                view.deleteLater()
            window.navigator.populate(self.document.workspace)
        elif command.kind in STRATEGY_KINDS and hasattr(command, "position"):
            view = views.get(("strategy", command.position))
            if view is not None:
                view.on_command(command)
            if command.kind == "edit_strategy_info":
                window.navigator.populate(self.document.workspace)

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import strategy"),
            "",
            self.tr("Strategy documents and sheets ({patterns})").format(patterns=_FILTER),
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path, on_read=None) -> None:
        """Read ``path`` in the background, then show the review wizard (or ``on_read``)."""
        from digidesk.core.io.strategy_import import import_strategy

        self.message.emit(self.tr("Reading {name}…").format(name=path.name))
        self.import_action.setEnabled(False)

        def done(result) -> None:
            self.import_action.setEnabled(True)
            self.message.emit("")
            if on_read is not None:
                on_read(result)
            else:
                self.review(result)

        def failed(error: BaseException) -> None:
            from digidesk.messages import describe

            self.import_action.setEnabled(True)
            text = describe(error, current_language()) if hasattr(error, "code") else str(error)
            self.message.emit(text)
            if self.interactive:
                QMessageBox.warning(
                    self.window, self.tr("Import strategy"),
                    self.tr("{name} could not be imported.\n\n{reason}").format(
                        name=path.name, reason=text),
                )  # fmt: skip

        self.runner.start(lambda: import_strategy(path), done, failed)

    def review(self, result) -> None:
        from digidesk.qt.dialogs.strategy_import_wizard import StrategyImportWizard

        wizard = StrategyImportWizard(result, self.window)
        if wizard.exec() == QDialog.DialogCode.Accepted:
            self.add(wizard.strategy())

    def add(self, strategy) -> int:
        from digidesk.core.model.workspace import Workspace
        from digidesk.core.strategy_commands import AddStrategy

        if self.document.workspace is None:
            self.document.replace(Workspace(title=strategy.name), None)
        position = len(self.document.workspace.strategies)
        self.document.push(AddStrategy(strategy, position))
        self.imported.emit(position)
        return position

    def ask_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New strategy from template"),
            self.tr("Strategy.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.save_template(Path(path))

    def save_template(self, path: Path, open_it: bool = True) -> None:
        from digidesk.resources import resource_path

        try:
            shutil.copyfile(resource_path("templates", "strategi_mall.xlsx"), path)
        except OSError as exc:
            self.message.emit(str(exc))
            return
        self.message.emit(
            self.tr("Saved {name}: fill it in, one row per target, and read it in with File ▸ "
                    "Import strategy….").format(name=path.name)
        )  # fmt: skip
        if open_it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
