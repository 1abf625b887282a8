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


class Commands(QObject):
    """Words for the History panel and the Edit menu ("Undo Edit 3 values").

    A QObject only so that ``self.tr`` gives the "Commands" context, where the
    translation tools also find the plural forms.
    """

    def text(self, command: Command) -> str:
        params = command.params
        n = int(params.get("count", 1))
        if command.kind in ("set_values", "batch"):
            action = params.get("action", "")
            if action == "paste":
                return self.tr("Paste %n value(s)", "", n)
            if action == "fill_down":
                return self.tr("Fill down %n cell(s)", "", n)
            if action == "clear":
                return self.tr("Clear %n cell(s)", "", n)
            return self.tr("Edit %n value(s)", "", n)
        if command.kind == "add_observations":
            return self.tr("Add %n row(s)", "", n)
        if command.kind == "remove_observations":
            return self.tr("Delete %n row(s)", "", n)
        if command.kind == "jury_set_scores":
            return self.tr("Score %n cell(s)", "", n)
        if command.kind == "jury_import":
            return self.tr("Import %n juror sheet(s)", "", n)
        texts = {
            "add_dataset": self.tr("Add dataset “{name}”"),
            "remove_dataset": self.tr("Remove dataset"),
            "edit_strategy": self.tr("Edit strategy"),
            "edit_award": self.tr("Edit award"),
            "set_title": self.tr("Rename workspace"),
            "add_group": self.tr("Add area group “{name}”"),
            "remove_group": self.tr("Remove area group"),
            "jury_add_criterion": self.tr("Add criterion “{name}”"),
            "jury_update_criterion": self.tr("Edit criterion “{name}”"),
            "jury_remove_criterion": self.tr("Remove criterion"),
            "jury_add_nominee": self.tr("Add nominee “{name}”"),
            "jury_update_nominee": self.tr("Edit nominee “{name}”"),
            "jury_remove_nominee": self.tr("Remove nominee"),
            "jury_add_juror": self.tr("Add juror “{name}”"),
            "jury_update_juror": self.tr("Rename juror “{name}”"),
            "jury_remove_juror": self.tr("Remove juror"),
            "jury_set_conflict": self.tr("Declare or withdraw a conflict of interest"),
            "jury_lock": self.tr("Lock scoring"),
            "jury_unlock": self.tr("Unlock scoring"),
            "jury_data_scoring": self.tr("Choose the criteria scored from data"),
            "jury_chosen_method": self.tr("Choose the aggregation method"),
            "add_strategy": self.tr("Add strategy “{name}”"),
            "remove_strategy": self.tr("Remove strategy"),
            "edit_strategy_info": self.tr("Edit strategy"),
            "add_goal": self.tr("Add goal “{name}”"),
            "remove_goal": self.tr("Delete goal"),
            "move_goal": self.tr("Move goal"),
            "edit_node": self.tr("Rename “{name}”"),
            "add_area": self.tr("Add development area “{name}”"),
            "remove_area": self.tr("Delete development area"),
            "move_area": self.tr("Move development area"),
            "add_target": self.tr("Add target {node_id}"),
            "remove_target": self.tr("Delete target {node_id}"),
            "move_target": self.tr("Move target {node_id}"),
        }
        if command.kind == "edit_target":
            return {
                "link": self.tr("Link target {node_id} to data"),
                "manual": self.tr("Set the status of target {node_id}"),
                "note": self.tr("Comment target {node_id}"),
            }.get(params.get("action", ""), self.tr("Edit target {node_id}")).format(**params)
        return texts.get(command.kind, command.kind).format(**params)


def command_text(command: Command) -> str:
    return Commands().text(command)


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
        #: opened read-only (another program has the file open): saving asks for a new name
        self.read_only = False
        self.undo_stack = QUndoStack(self)

    def replace(
        self,
        workspace: Workspace,
        path: Path | None,
        modified: bool = False,
        read_only: bool = False,
    ) -> None:
        """Show ``workspace``; ``modified`` for work that is not in any file yet (a
        recovered copy), so that closing asks to save it."""
        self.workspace = workspace
        self.path = path
        self.read_only = read_only
        self.undo_stack.clear()
        self.undo_stack.setClean()
        if modified:
            self.undo_stack.resetClean()
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
        self.read_only = False
        self.undo_stack.setClean()
        self.path_changed.emit()

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self.path is not None:
            if self.read_only:
                return QCoreApplication.translate("WorkspaceDocument", "{name} (read-only)").format(
                    name=self.path.name
                )
            return self.path.name
        if self.workspace is not None and self.workspace.title:
            return self.workspace.title
        return QCoreApplication.translate("WorkspaceDocument", "Untitled")
