"""Opening, saving, importing and exporting, off the GUI thread, with plain-language errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from digidesk.qt.document import WorkspaceDocument
from digidesk.qt.settings import Settings
from digidesk.qt.workers import TaskRunner

WORKSPACE_SUFFIX = ".digidesk"


def error_text(error: BaseException) -> str:
    """Words for an error; a typed core error is described, anything else named briefly."""
    from digidesk.core.errors import DigiDeskError
    from digidesk.messages import describe

    if isinstance(error, DigiDeskError):
        return describe(error, Settings().language or None)
    return f"{type(error).__name__}: {error}"


class FileController(QObject):
    """Runs file work in the background; the window stays responsive and nothing is lost."""

    busy_changed = Signal(bool, str)
    opened = Signal(Path)
    saved = Signal(Path)
    failed = Signal(str)

    def __init__(self, document: WorkspaceDocument, window: QWidget) -> None:
        super().__init__(window)
        self._document = document
        self._window = window
        self._settings = Settings()
        self.runner = TaskRunner(self)
        self.busy = False
        # False in the smoke test and in tests: errors are only signalled, no dialog waits.
        self.interactive = True

    # -- helpers -----------------------------------------------------------------------------
    def _run(
        self, message: str, work: Callable[[], object], done: Callable[[object], None], subject: str
    ) -> None:
        self.busy = True
        self.busy_changed.emit(True, message)

        def finished(result: object) -> None:
            self.busy = False
            self.busy_changed.emit(False, "")
            done(result)

        def failed(error: BaseException) -> None:
            self.busy = False
            self.busy_changed.emit(False, "")
            self.report_error(subject, error)

        self.runner.start(work, finished, failed)

    def report_error(self, subject: str, error: BaseException) -> None:
        text = f"{subject}\n\n{error_text(error)}"
        self.failed.emit(text)
        if self.interactive:
            QMessageBox.warning(self._window, self.tr("DigiDesk"), text)

    def _folder(self) -> str:
        if self._document.path is not None:
            return str(self._document.path.parent)
        return self._settings.last_folder

    # -- open --------------------------------------------------------------------------------
    def open_demo(self) -> None:
        from digidesk.core.demo import build_demo_workspace

        self._run(
            self.tr("Opening the demo workspace…"),
            build_demo_workspace,
            lambda ws: self._document.replace(ws, None),
            self.tr("The demo could not be opened."),
        )

    def open_path(self, path: Path) -> None:
        from digidesk.core.loader import load_workspace

        def done(workspace: object) -> None:
            is_workspace = path.suffix.lower() == WORKSPACE_SUFFIX
            self._document.replace(workspace, path if is_workspace else None)  # type: ignore[arg-type]
            self._settings.add_recent_file(path)
            self._settings.last_folder = str(path.parent)
            self.opened.emit(path)

        self._run(
            self.tr("Opening {name}…").format(name=path.name),
            lambda: load_workspace(path),
            done,
            self.tr("“{name}” could not be opened.").format(name=path.name),
        )

    def ask_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Open workspace"),
            self._folder(),
            self.tr("DigiDesk workspaces (*.digidesk);;Tables (*.csv);;All files (*)"),
        )
        if name:
            self.open_path(Path(name))

    # -- save --------------------------------------------------------------------------------
    def save(self, on_saved: Callable[[], None] | None = None) -> None:
        if self._document.path is None:
            self.save_as(on_saved)
        else:
            self.save_to(self._document.path, on_saved)

    def save_as(self, on_saved: Callable[[], None] | None = None) -> None:
        suggestion = (
            Path(self._folder())
            / f"{self._document.display_name().removesuffix(WORKSPACE_SUFFIX)}{WORKSPACE_SUFFIX}"
        )
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save workspace"),
            str(suggestion),
            self.tr("DigiDesk workspaces (*.digidesk)"),
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != WORKSPACE_SUFFIX:
                path = path.with_name(path.name + WORKSPACE_SUFFIX)
            self.save_to(path, on_saved)

    def save_to(self, path: Path, on_saved: Callable[[], None] | None = None) -> None:
        from digidesk.core import store

        workspace = self._document.workspace
        if workspace is None:
            return
        # The stack index at the start is what becomes clean: edits made while saving stay unsaved.
        index = self._document.undo_stack.index()

        def done(_result: object) -> None:
            if self._document.undo_stack.index() == index:
                self._document.mark_saved(path)
            else:
                self._document.path = path
                self._document.path_changed.emit()
            self._settings.add_recent_file(path)
            self.saved.emit(path)
            if on_saved is not None:
                on_saved()

        self._run(
            self.tr("Saving {name}…").format(name=path.name),
            lambda: store.save(workspace, path),
            done,
            self.tr("“{name}” could not be saved.").format(name=path.name),
        )

    # -- import and export -------------------------------------------------------------------
    def ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import table"),
            self._folder(),
            self.tr("Tables (*.csv);;All files (*)"),
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> None:
        """Add the datasets of ``path`` to the open workspace as one undoable step."""
        from digidesk.core.commands import AddDataset
        from digidesk.core.loader import load_workspace

        def done(imported: object) -> None:
            target = self._document.workspace
            for dataset in imported.datasets:  # type: ignore[attr-defined]
                dataset.dataset_id = target.new_dataset_id(path.stem)
                self._document.push(AddDataset(dataset, tuple(imported.indicators.values())))  # type: ignore[attr-defined]
            self._settings.last_folder = str(path.parent)

        self._run(
            self.tr("Importing {name}…").format(name=path.name),
            lambda: load_workspace(path),
            done,
            self.tr("“{name}” could not be imported.").format(name=path.name),
        )

    def ask_export(self) -> None:
        workspace = self._document.workspace
        if workspace is None:
            return
        stem = self._document.display_name().removesuffix(WORKSPACE_SUFFIX)
        name, chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export"),
            str(Path(self._folder()) / f"{stem}.xlsx"),
            self.tr(
                "Excel workbook (*.xlsx);;CSV for Swedish/Norwegian Excel (*.csv);;"
                "CSV, standard (*.csv)"
            ),
        )
        if name:
            dialect = "standard" if "standard" in chosen else "nordic"
            self.export_to(Path(name), dialect)

    def export_to(
        self, path: Path, dialect: str = "nordic", on_done: Callable[[], None] | None = None
    ) -> None:
        workspace = self._document.workspace

        def work() -> None:
            if path.suffix.lower() == ".csv":
                from digidesk.core.export.csv import write_csv
                from digidesk.core.export.tidy import tidy_table

                write_csv(tidy_table(workspace), path, dialect)  # type: ignore[arg-type]
            else:
                from digidesk.core.export.excel import export_workspace

                export_workspace(workspace, path)  # type: ignore[arg-type]

        self._run(
            self.tr("Exporting {name}…").format(name=path.name),
            work,
            lambda _r: on_done() if on_done else None,
            self.tr("“{name}” could not be exported.").format(name=path.name),
        )
