"""File ▸ Versions… and the offer, at start, of work a crash left unsaved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

if TYPE_CHECKING:
    from digidesk.qt.mainwindow import MainWindow


class RecoveryActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def show_versions(self) -> None:
        from digidesk.core import versions
        from digidesk.qt.dialogs.versions_dialog import OPEN_COPY, VersionsDialog

        window = self._window
        path = window.document.path
        if path is None:
            return
        dialog = VersionsDialog(path.name, versions.versions(path), window)
        if not dialog.exec() or dialog.choice is None:
            return
        action, version = dialog.choice
        if not window.confirm_discard():
            return
        if action == OPEN_COPY:
            self.open_copy(version.path, path)
        else:
            self.restore_version(version, path)

    def offer(self, then: Callable[[], None] | None = None) -> bool:
        """Offer unsaved work that a DigiDesk which ended unexpectedly left behind.

        True when a workspace is being restored (``then`` is not called then)."""
        from digidesk.core import recovery
        from digidesk.qt.dialogs.recovery_dialog import DISCARD, RESTORE, SAVE_AS, RecoveryDialog

        window = self._window
        try:
            found = recovery.entries()
        except OSError:
            found = []
        while found:
            dialog = RecoveryDialog(found, window)
            dialog.exec()
            action, entry = dialog.choice
            if action == RESTORE:
                self.restore_recovered(entry)
                return True
            if action == SAVE_AS:
                self.save_recovered_as(entry)
            elif action == DISCARD:
                recovery.remove(entry.entry_id)
            else:
                break
            found = recovery.entries()
        if then is not None:
            then()
        return False

    # -- doing what was chosen -------------------------------------------------------------
    def open_copy(self, version: Path, original: Path) -> None:
        """A kept version as a new, unsaved workspace (the file stays as it is)."""
        from digidesk.core import store

        document = self._window.document

        def done(workspace: Any) -> None:
            workspace.title = self.tr("{name} (earlier version)").format(name=original.stem)
            document.replace(workspace, None, modified=True)

        self._window.files.run_task(
            self.tr("Opening {name}…").format(name=original.name),
            lambda: store.load(version),
            done,
            self.tr("The version could not be opened."),
        )

    def restore_version(self, version: Any, path: Path) -> None:
        """Put a kept version back as ``path`` (the file as it is now becomes a version)."""
        from digidesk.core import store, versions

        def work() -> Any:
            versions.restore(version, path)
            return store.load(path)

        self._window.files.run_task(
            self.tr("Restoring {name}…").format(name=path.name),
            work,
            lambda workspace: self._window.document.replace(workspace, path),
            self.tr("“{name}” could not be restored.").format(name=path.name),
        )

    def restore_recovered(self, entry: Any) -> None:
        """Open a recovery copy as unsaved work; it goes to its file only when saved."""
        from digidesk.core import recovery

        window = self._window
        source = Path(entry.source) if entry.source else None

        def done(workspace: Any) -> None:
            path = source if source is not None and source.exists() else None
            window.document.replace(workspace, path, modified=True)
            window.autosave.adopt(recovery.adopt(entry.entry_id))

        window.files.run_task(
            self.tr("Restoring unsaved work…"),
            lambda: recovery.load(entry.entry_id),
            done,
            self.tr("The unsaved work could not be restored."),
        )

    def save_recovered_as(self, entry: Any) -> None:
        """Write a recovery copy to a file of the user's choice; the copy is then removed."""
        from digidesk.core import recovery
        from digidesk.qt.files import WORKSPACE_SUFFIX

        window = self._window
        stem = Path(entry.source).stem if entry.source else (entry.title or "DigiDesk")
        folder = Path(window.settings.last_folder)
        name = self.tr("{name} (recovered)").format(name=stem)
        suggestion = folder / f"{name}{WORKSPACE_SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(
            window,
            self.tr("Save the recovered work"),
            str(suggestion),
            self.tr("DigiDesk workspaces (*.digidesk)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != WORKSPACE_SUFFIX:
            path = path.with_name(path.name + WORKSPACE_SUFFIX)
        try:
            recovery.restore(entry.entry_id, path)
            recovery.remove(entry.entry_id)
        except Exception as error:  # noqa: BLE001 - shown to the user; the copy stays
            window.files.report_error(
                self.tr("“{name}” could not be saved.").format(name=path.name), error
            )
