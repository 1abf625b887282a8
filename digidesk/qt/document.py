"""The open workspace, its file and its undo history, as seen by the Qt layer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from digidesk.qt.undo import CoreUndoCommand

if TYPE_CHECKING:  # the core pulls in pandas; keep it out of start-up
    from digidesk.core.commands import Command
    from digidesk.core.model.workspace import Workspace


def command_text(command: Command) -> str:
    """Words for the History panel and the Edit menu ("Undo Edit 3 values")."""
    params = command.params
    texts = {
        "add_dataset": QCoreApplication.translate("Commands", "Add dataset “{name}”"),
        "remove_dataset": QCoreApplication.translate("Commands", "Remove dataset"),
        "set_values": QCoreApplication.translate(
            "Commands", "Edit %n value(s)", "", params.get("count", 1)
        ),
        "edit_strategy": QCoreApplication.translate("Commands", "Edit strategy"),
        "edit_award": QCoreApplication.translate("Commands", "Edit award"),
        "set_title": QCoreApplication.translate("Commands", "Rename workspace"),
    }
    return texts.get(command.kind, command.kind).format(**params)


class WorkspaceDocument(QObject):
    """Holds the workspace, where it is saved and its QUndoStack.

    ``workspace_replaced`` fires when a new workspace is opened or created;
    ``command_applied`` after every do, undo and redo, with the core command that
    ran, so that views refresh only what changed.
    """

    workspace_replaced = Signal()
    command_applied = Signal(object)
    path_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)

    def replace(self, workspace: Workspace, path: Path | None) -> None:
        self.workspace = workspace
        self.path = path
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.workspace_replaced.emit()
        self.path_changed.emit()

    def push(self, command: Command) -> None:
        if self.workspace is None:
            return
        self.undo_stack.push(
            CoreUndoCommand(
                command, self.workspace, command_text(command), self.command_applied.emit
            )
        )

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self.undo_stack.setClean()
        self.path_changed.emit()

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        if self.workspace is not None and self.workspace.title:
            return self.workspace.title
        return QCoreApplication.translate("WorkspaceDocument", "Untitled")
