"""Export the comparison shown to an Excel workbook, in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from digidesk.qt.settings import Settings
from digidesk.qt.workers import TaskRunner

if TYPE_CHECKING:
    from digidesk.qt.views.compare_view import CompareView


class ComparisonExport(QObject):
    def __init__(self, view: CompareView) -> None:
        super().__init__(view)
        self.view = view
        self._runner = TaskRunner(self)

    def ask(self) -> None:
        """Ask for a workbook's name, then export to it."""
        view = self.view
        if view.model.comparison is None:
            view.message.emit(self.tr("Choose areas to compare first."))
            return
        folder = Path(Settings().last_folder)
        name, _ = QFileDialog.getSaveFileName(
            view,
            self.tr("Export the comparison"),
            str(folder / self.tr("Comparison.xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            path = Path(name)
            self.export_to(path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx"))

    def export_to(self, path: Path, on_done=None) -> None:
        """Write the comparison shown to ``path`` in the background."""
        from digidesk.core.export.comparison import export_comparison

        view = self.view
        comparison = view.model.comparison
        workspace = view._document.workspace.snapshot()
        register, language = view._register, view._language
        view.export_button.setEnabled(False)
        view.busy_changed.emit(True)

        def work():
            export_comparison(comparison, workspace, register, path, language)

        def ended() -> None:
            view.export_button.setEnabled(True)
            view.busy_changed.emit(False)

        def finished(_result) -> None:
            ended()
            view.message.emit(self.tr("Exported {name}").format(name=path.name))
            if on_done is not None:
                on_done(path)

        def failed(error: BaseException) -> None:
            from digidesk.qt.error_text import error_text

            ended()
            QMessageBox.warning(
                view,
                self.tr("DigiDesk"),
                self.tr("“{name}” could not be written.").format(name=path.name)
                + "\n\n"
                + error_text(error),
            )

        self._runner.start(work, finished, failed)
