"""Autosave: unsaved work goes to a recovery copy within a minute, never over the user's file.

After an edit, the copy is written once the user has paused for ``IDLE_SECONDS``, and at the
latest ``MAX_SECONDS`` after the first unsaved edit. The snapshot of the workspace is taken
on the GUI thread (a shallow copy: the observation tables are copy-on-write) and written in
the background. Saving, or closing without saving, removes the copy.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from digidesk.qt.document import WorkspaceDocument
from digidesk.qt.workers import TaskRunner

IDLE_SECONDS = float(os.environ.get("DIGIDESK_AUTOSAVE_IDLE", "5"))
MAX_SECONDS = float(os.environ.get("DIGIDESK_AUTOSAVE_MAX", "60"))


class AutoSaver(QObject):
    #: a copy was written (its time as ISO text), or writing failed (a sentence)
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, document: WorkspaceDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._session = None
        self._first_unsaved: float | None = None
        self._writing = False
        self._again = False
        self._runner = TaskRunner(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.write_now)
        # After the stack has moved: during a push, the command runs before the stack's
        # index (and so its clean state) changes.
        document.undo_stack.indexChanged.connect(self._index_changed)
        document.workspace_replaced.connect(self._replaced)
        document.undo_stack.cleanChanged.connect(self._clean_changed)

    @property
    def session(self):
        return self._session

    def adopt(self, session) -> None:
        """Keep a restored recovery copy as this workspace's until it is saved."""
        self._drop()
        self._session = session
        self._first_unsaved = time.monotonic()

    @Slot(int)
    def _index_changed(self, _index: int) -> None:
        self._changed()

    def _changed(self) -> None:
        try:
            if not self._document.modified:
                return
        except RuntimeError:
            return  # the window is being torn down: its undo stack is gone
        now = time.monotonic()
        if self._first_unsaved is None:
            self._first_unsaved = now
        left = MAX_SECONDS - (now - self._first_unsaved)
        self._timer.start(int(max(0.0, min(IDLE_SECONDS, left)) * 1000))

    def write_now(self) -> None:
        """Write the copy now (also the crash dialog's "save a recovery copy")."""
        workspace = self._document.workspace
        if workspace is None or not self._document.modified:
            return
        if self._writing:
            self._again = True
            return
        from digidesk.core.recovery import RecoverySession

        if self._session is None:
            self._session = RecoverySession()
        session, path = self._session, self._document.path
        copy = workspace.snapshot()
        self._writing = True

        def work():
            return session.write(copy, path)

        self._runner.start(work, self._written, self._write_failed)

    def write_blocking(self) -> bool:
        """Write the copy on this thread (when the app is about to go down)."""
        workspace = self._document.workspace
        if workspace is None or not self._document.modified:
            return False
        from digidesk.core.recovery import RecoverySession

        if self._session is None:
            self._session = RecoverySession()
        try:
            self._session.write(workspace.snapshot(), self._document.path)
        except Exception:  # noqa: BLE001 - a last attempt; the caller reports the outcome
            return False
        return True

    def _written(self, entry) -> None:
        self._writing = False
        self._first_unsaved = None
        self.saved.emit(entry.saved_at)
        if self._again:
            self._again = False
            self._changed()

    def _write_failed(self, error: BaseException) -> None:
        from digidesk.qt.error_text import error_text

        self._writing = False
        self.failed.emit(error_text(error))

    def _clean_changed(self, clean: bool) -> None:
        if clean:  # saved (or undone back to the saved state): no copy needed
            self._timer.stop()
            self._first_unsaved = None
            if self._session is not None:
                self._session.discard()

    def _replaced(self) -> None:
        self._drop()

    def _drop(self) -> None:
        """The workspace is gone (another opened, or closed without saving)."""
        self._timer.stop()
        self._first_unsaved = None
        if self._session is not None:
            self._session.discard()
            self._session.close()
            self._session = None

    def shut_down(self, keep: bool = False) -> None:
        """At a clean close: remove the copy, unless ``keep`` (then the next start offers it)."""
        self._runner.wait(10_000)
        if self._session is None:
            return
        if not keep:
            self._session.discard()
        self._session.close()
        self._session = None

    def wait(self) -> bool:
        return self._runner.wait()
