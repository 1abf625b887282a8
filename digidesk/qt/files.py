"""Opening, saving, importing and exporting, off the GUI thread, with plain-language errors."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from digidesk.core.progress import EventProgress
from digidesk.qt.document import WorkspaceDocument
from digidesk.qt.error_text import error_text
from digidesk.qt.file_guard import CANCEL, COPY, READ_ONLY, SAVE_AS, FileGuard
from digidesk.qt.settings import Settings
from digidesk.qt.workers import TaskRunner

WORKSPACE_SUFFIX = ".digidesk"
TABLE_PATTERNS = "*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt"


class FileController(QObject):
    """Runs file work in the background; the window stays responsive and nothing is lost."""

    busy_changed = Signal(bool, str)
    cancellable_changed = Signal(bool)  # the running task can be cancelled (reading, importing)
    opened = Signal(Path)
    saved = Signal(Path)
    imported = Signal(Path)
    # Ids of the datasets the last import added, so that the window can show the first.
    last_imported: list[str]
    import_cancelled = Signal(Path)
    exported = Signal(Path)
    export_cancelled = Signal(Path)
    #: percent done of the running export (from its worker thread, delivered queued)
    progress_changed = Signal(int)
    failed = Signal(str)

    def __init__(self, document: WorkspaceDocument, window: QWidget) -> None:
        super().__init__(window)
        self._document = document
        self._window = window
        self._settings = Settings()
        self.runner = TaskRunner(self)
        self.busy = False
        # False in the smoke test and in tests: errors are only signalled, no dialog waits,
        # and spreadsheets are imported with the detected plans, without the import wizard.
        self.interactive = True
        self.wizard: QWidget | None = None  # the open import wizard
        self._cancel: threading.Event | None = None
        self._importing = False  # from reading a file until its datasets are added
        self._queue: list[Path] = []
        self.guard = FileGuard(document, window, self)
        self._open_as: str | None = None  # how the workspace being opened is opened

    # -- helpers -----------------------------------------------------------------------------
    def _run(
        self,
        message: str,
        work: Callable[[], object],
        done: Callable[[object], None],
        subject: str,
        on_error: Callable[[BaseException], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.busy = True
        self.busy_changed.emit(True, message)
        if cancel is not None:
            self._cancel = cancel
            self.cancellable_changed.emit(True)

        def end() -> None:
            self.busy = False
            if cancel is not None:
                self._cancel = None
                self.cancellable_changed.emit(False)
            self.busy_changed.emit(False, "")

        def finished(result: object) -> None:
            end()
            done(result)

        def failed(error: BaseException) -> None:
            end()
            if on_error is not None:
                on_error(error)
            else:
                self.report_error(subject, error)

        self.runner.start(work, finished, failed)

    def run_task(
        self,
        message: str,
        work: Callable[[], object],
        done: Callable[[object], None],
        subject: str,
    ) -> None:
        """Run ``work`` in the background as this controller's task: busy, then ``done``
        with its result, or a message under ``subject`` when it fails."""
        self._run(message, work, done, subject)

    def cancel(self) -> None:
        """Stop the running read or import (the reader process is ended within ~0.1 s)."""
        if self._cancel is not None:
            self._cancel.set()
            self._queue.clear()
            self.busy_changed.emit(True, self.tr("Cancelling…"))

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
        """Open a workspace, or a spreadsheet (through the import wizard) as a new workspace."""
        self._open_as = None
        if path.suffix.lower() == WORKSPACE_SUFFIX:
            self.guard.interactive = self.interactive
            self._open_as = self.guard.ask_open(path)
            if self._open_as == CANCEL:
                return
        self._load(path, new_workspace=True)

    def _opened(self, path: Path, workspace: Any) -> None:
        is_workspace = path.suffix.lower() == WORKSPACE_SUFFIX
        how, self._open_as = self._open_as, None
        kept = path if is_workspace and how != COPY else None
        self._document.replace(workspace, kept, read_only=how == READ_ONLY)
        if kept is not None:
            self.guard.remember(path)
        self._settings.add_recent_file(path)
        self._settings.last_folder = str(path.parent)
        self.opened.emit(path)

    def ask_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Open workspace"),
            self._folder(),
            self.tr("DigiDesk workspaces (*.digidesk)")
            + ";;"
            + self.tr("Spreadsheets and tables ({patterns})").format(patterns=TABLE_PATTERNS)
            + ";;"
            + self.tr("All files (*)"),
        )
        if name:
            self.open_path(Path(name))

    # -- save --------------------------------------------------------------------------------
    def save(self, on_saved: Callable[[], None] | None = None) -> None:
        if self._document.path is None or self._document.read_only:
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
        self.guard.interactive = self.interactive
        if path == self._document.path:
            answer = self.guard.ask_save(path)
            if answer == SAVE_AS:
                self.save_as(on_saved)
                return
            if answer == CANCEL:
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
            self.guard.remember(path)
            self.saved.emit(path)
            if on_saved is not None:
                on_saved()

        def failed(error: BaseException) -> None:
            subject = self.tr("“{name}” could not be saved.").format(name=path.name)
            if not (self.interactive and self.guard.offers_save_as(error)):
                self.report_error(subject, error)
                return
            self.failed.emit(f"{subject}\n\n{error_text(error)}")
            answer = QMessageBox.warning(
                self._window,
                self.tr("DigiDesk"),
                f"{subject}\n\n{error_text(error)}",
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save_as(on_saved)

        def work() -> None:
            from digidesk.core import versions

            versions.keep(path)  # the file as it was, for File ▸ Versions…
            store.save(workspace, path)

        self._run(
            self.tr("Saving {name}…").format(name=path.name),
            work,
            done,
            self.tr("“{name}” could not be saved.").format(name=path.name),
            failed,
        )

    # -- import and export -------------------------------------------------------------------
    def ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import table"),
            self._folder(),
            self.tr("Spreadsheets and tables ({patterns})").format(patterns=TABLE_PATTERNS)
            + ";;"
            + self.tr("All files (*)"),
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> None:
        """Add the datasets of ``path`` to the open workspace as one undoable step."""
        self.import_paths([path])

    def import_paths(self, paths: list[Path]) -> None:
        """Import files one after the other (each with its own wizard and undo step)."""
        self._queue.extend(paths)
        self._next_import()

    def _next_import(self) -> None:
        if self._queue and not self.busy and not self._importing:
            self._load(self._queue.pop(0), new_workspace=False)

    def _load(self, path: Path, new_workspace: bool) -> None:
        """Read ``path`` off the GUI thread; a spreadsheet then goes through the wizard."""
        from digidesk.core.loader import open_or_inspect  # pandas: not before the first paint
        from digidesk.core.model.workspace import Workspace

        self._importing = True
        cancel = threading.Event()
        country = self._settings.default_country  # read here: QSettings stays on this thread
        if new_workspace:
            message = self.tr("Opening {name}…").format(name=path.name)
            subject = self.tr("“{name}” could not be opened.").format(name=path.name)
        else:
            message = self.tr("Importing {name}…").format(name=path.name)
            subject = self.tr("“{name}” could not be imported.").format(name=path.name)

        def done(result: object) -> None:
            if isinstance(result, Workspace):
                if new_workspace:
                    self._opened(path, result)
                else:
                    indicators = tuple(result.indicators.values())
                    self._add_datasets(path, [(d, indicators) for d in result.datasets])
                self._import_done(path)
            else:
                self._choose_tables(path, result, new_workspace, subject)

        self._run(
            message,
            lambda: open_or_inspect(path, cancel.is_set, country),
            done,
            subject,
            lambda error: self._import_failed(path, subject, error),
            cancel,
        )

    def _choose_tables(
        self, path: Path, inspection: Any, new_workspace: bool, subject: str
    ) -> None:
        book = inspection.book
        if not self.interactive:
            self._import_tables(path, book, inspection.plans, new_workspace, subject)
            return
        from digidesk.qt.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(book, inspection.plans, self._window)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        self.wizard = wizard

        def finished(_result: int) -> None:
            self.wizard = None
            wizard.deleteLater()

        wizard.finished.connect(finished)
        wizard.accepted.connect(
            lambda: self._import_tables(path, book, wizard.selected_plans(), new_workspace, subject)
        )
        wizard.rejected.connect(self._import_ended)
        wizard.open()

    def _import_tables(
        self, path: Path, book: Any, plans: list, new_workspace: bool, subject: str
    ) -> None:
        from digidesk.core.io import pipeline

        cancel = threading.Event()

        def done(result: Any) -> None:
            if new_workspace:
                self._opened(path, result.to_workspace())
            else:
                self._add_datasets(
                    path, [(t.dataset, tuple(t.result.indicators)) for t in result.tables]
                )
            self._import_done(path)

        self._run(
            self.tr("Importing {name}…").format(name=path.name),
            lambda: pipeline.import_book(book, plans, progress=EventProgress(cancel)),
            done,
            subject,
            lambda error: self._import_failed(path, subject, error),
            cancel,
        )

    def _add_datasets(self, path: Path, items: list[tuple[Any, tuple[Any, ...]]]) -> None:
        """All datasets of one file as one undo step ("Import “name”")."""
        from digidesk.core.commands import AddDataset
        from digidesk.core.model.workspace import Workspace

        if self._document.workspace is None:
            self._document.replace(Workspace(title=path.stem), None)
        target = self._document.workspace
        assert target is not None
        stack = self._document.undo_stack
        stack.beginMacro(self.tr("Import “{name}”").format(name=path.name))
        try:
            self.last_imported = []
            for dataset, indicators in items:
                dataset.dataset_id = target.new_dataset_id(path.stem)
                self._document.push(AddDataset(dataset, indicators))
                self.last_imported.append(dataset.dataset_id)
        finally:
            stack.endMacro()
        self._settings.last_folder = str(path.parent)

    def _import_done(self, path: Path) -> None:
        self.imported.emit(path)
        self._import_ended()

    def _import_failed(self, path: Path, subject: str, error: BaseException) -> None:
        from digidesk.core.errors import InputError

        if isinstance(error, InputError) and error.code == "input.cancelled":
            self._queue.clear()
            self.import_cancelled.emit(path)
        else:
            self.report_error(subject, error)
        self._import_ended()

    def _import_ended(self) -> None:
        self._importing = False
        self._next_import()

    def ask_export(
        self, shown: Callable[[], Any] | None = None, view_name: str | None = None
    ) -> None:
        """Ask what to export and where; ``shown`` gives the table as the current view shows it."""
        from digidesk.qt.dialogs.export_dialog import ExportDialog

        if self._document.workspace is None:
            return
        stem = self._document.display_name().removesuffix(WORKSPACE_SUFFIX)
        if shown is not None and view_name:
            stem = f"{stem} – {view_name}"
        # The dialog makes the name a file name and offers the last export folder.
        dialog = ExportDialog(
            None,
            stem,
            view_name if shown is not None else None,
            self._settings,
            self._window,
        )
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        self._settings.last_folder = str(choice.path.parent)
        table = shown() if shown is not None and choice.scope == "view" else None
        self.export_to(choice.path, choice.dialect, shown=table)

    def export_to(
        self,
        path: Path,
        dialect: str = "nordic",
        on_done: Callable[[], None] | None = None,
        shown: Any | None = None,
    ) -> None:
        """Export in the background with progress and Cancel: the table ``shown`` (a
        ShownTable), else the whole workspace; .csv or .xlsx by the file name."""
        workspace = self._document.workspace
        cancel = threading.Event()
        reported = [-1]

        def progress(fraction: float) -> None:
            percent = int(fraction * 100)
            if percent != reported[0]:  # from the worker thread: a queued signal per percent
                reported[0] = percent
                self.progress_changed.emit(percent)

        def work() -> None:
            options = {"progress": progress, "cancelled": cancel.is_set}
            if shown is not None:
                from digidesk.core.export.views import export_view

                export_view(workspace, shown, path, dialect, **options)  # type: ignore[arg-type]
            elif path.suffix.lower() == ".csv":
                from digidesk.core.export.csv import write_csv
                from digidesk.core.export.tidy import tidy_table

                write_csv(tidy_table(workspace), path, dialect, **options)  # type: ignore[arg-type]
            else:
                from digidesk.core.export.excel import export_workspace

                export_workspace(workspace, path, **options)  # type: ignore[arg-type]

        def done(_result: object) -> None:
            self.exported.emit(path)
            if on_done:
                on_done()

        def failed(error: BaseException) -> None:
            if getattr(error, "code", "") == "export.cancelled":
                self.export_cancelled.emit(path)
            else:
                self.report_error(
                    self.tr("“{name}” could not be exported.").format(name=path.name), error
                )

        self._run(
            self.tr("Exporting {name}…").format(name=path.name),
            work,
            done,
            self.tr("“{name}” could not be exported.").format(name=path.name),
            on_error=failed,
            cancel=cancel,
        )
