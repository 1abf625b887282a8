"""A thin QUndoCommand around a core command (``apply`` returns its inverse)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:  # the core pulls in pandas; keep it out of start-up
    from digidesk.core.commands import Command
    from digidesk.core.model.workspace import Workspace


class CoreUndoCommand(QUndoCommand):
    def __init__(
        self,
        command: Command,
        workspace: Workspace,
        text: str,
        notify: Callable[[Command], Any],
    ) -> None:
        super().__init__(text)
        self._forward: Command = command
        self._backward: Command | None = None
        self._workspace = workspace
        self._notify = notify

    def redo(self) -> None:
        self._backward = self._forward.apply(self._workspace)
        self._notify(self._forward)

    def undo(self) -> None:
        assert self._backward is not None
        self._forward = self._backward.apply(self._workspace)
        self._notify(self._backward)
