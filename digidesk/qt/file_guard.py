"""Files other programs also use: their lock files, changes on disk, refused writes.

- Opening a workspace that Excel, LibreOffice or another DigiDesk has open (its lock file
  lies beside it) asks: open read-only, open a copy, or open anyway.
- While DigiDesk has a workspace open it keeps a lock of its own beside it, in
  LibreOffice's format; stale ones of its own are cleared.
- Saving over a file that another program changed since DigiDesk read or wrote it asks
  first.
- A save that the disk or the folder refuses (full, read-only, in use, path too long)
  offers Save As, with the edits still in the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from digidesk.qt.document import WorkspaceDocument

ANYWAY, READ_ONLY, COPY, CANCEL = "anyway", "read_only", "copy", "cancel"
SAVE, SAVE_AS = "save", "save_as"
SAVE_AS_CODES = frozenset(
    {"store.read_only", "store.in_use", "store.disk_full", "store.path_too_long",
     "store.folder_missing"}
)  # fmt: skip


class FileGuard(QObject):
    def __init__(self, document: WorkspaceDocument, window: QWidget, parent: QObject) -> None:
        super().__init__(parent)
        self._document = document
        self._window = window
        self._stamps: dict[Path, object] = {}
        self._locked: Path | None = None
        self.interactive = True
        document.path_changed.connect(self._path_changed)

    # -- opening ----------------------------------------------------------------------------
    def ask_open(self, path: Path) -> str:
        """ANYWAY, READ_ONLY, COPY or CANCEL for a workspace another program has open."""
        from digidesk.core.locks import foreign_locks

        locks = foreign_locks(path)
        if not locks or not self.interactive:
            return ANYWAY
        program = {"excel": "Excel", "libreoffice": "LibreOffice", "digidesk": "DigiDesk"}
        lock = locks[0]
        who = lock.user or self.tr("someone")
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("The file is open elsewhere"))
        box.setText(
            self.tr("“{name}” seems to be open in {program} ({who}).").format(
                name=path.name, program=program.get(lock.program, lock.program), who=who
            )
        )
        box.setInformativeText(
            self.tr(
                "Open it read-only to look without changing it, open a copy to work on your own, "
                "or open it anyway if you know it is no longer in use."
            )
        )
        read_only = box.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        copy = box.addButton(self.tr("Open a &copy"), QMessageBox.ButtonRole.ActionRole)
        anyway = box.addButton(self.tr("Open &anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        return {read_only: READ_ONLY, copy: COPY, anyway: ANYWAY}.get(clicked, CANCEL)

    def remember(self, path: Path) -> None:
        """What the file is now (after opening or saving it), to notice later changes."""
        from digidesk.core.filestamp import stamp

        self._stamps[Path(path)] = stamp(path)

    # -- saving -----------------------------------------------------------------------------
    def ask_save(self, path: Path) -> str:
        """SAVE, SAVE_AS or CANCEL before writing over ``path``."""
        from digidesk.core.filestamp import changed_since

        path = Path(path)
        if path not in self._stamps or not changed_since(path, self._stamps[path]):
            return SAVE
        if not self.interactive:
            return SAVE
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The file has changed"))
        box.setText(
            self.tr("“{name}” was changed by another program since DigiDesk opened it.").format(
                name=path.name
            )
        )
        box.setInformativeText(
            self.tr("Saving over it replaces those changes; Save As keeps both.")
        )
        over = box.addButton(self.tr("Save &over it"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(self.tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        return {over: SAVE, save_as: SAVE_AS}.get(box.clickedButton(), CANCEL)

    def offers_save_as(self, error: BaseException) -> bool:
        """True when the refused save is one that another place would take."""
        return getattr(error, "code", "") in SAVE_AS_CODES

    # -- own lock ---------------------------------------------------------------------------
    def _path_changed(self) -> None:
        from digidesk.core.locks import remove_own_lock, write_own_lock

        path = self._document.path
        if path == self._locked:
            return
        if self._locked is not None:
            remove_own_lock(self._locked)
        self._locked = path if path is not None and not self._document.read_only else None
        if self._locked is not None:
            write_own_lock(self._locked)

    def release(self) -> None:
        """At close: the workspace's lock goes."""
        from digidesk.core.locks import remove_own_lock

        if self._locked is not None:
            remove_own_lock(self._locked)
            self._locked = None
