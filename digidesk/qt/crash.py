"""When something unexpected goes wrong: say so plainly, keep a log, keep the work.

Every uncaught exception (in a slot, in a background thread) is written with its traceback
to a rotating log in DigiDesk's data folder, and a dialog tells the user what happened in
plain words, where the log is, and offers to write a recovery copy of the open work at once.
The app keeps running; "Quit" leaves the recovery copy for the next start.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

LOG_NAME = "digidesk.log"
_LOGGER = "digidesk"


def log_path() -> Path:
    from digidesk.core import appdata

    return appdata.subfolder("logs") / LOG_NAME


def setup_logging() -> logging.Logger:
    """A rotating log (1 MB, three old files kept) in the data folder."""
    logger = logging.getLogger(_LOGGER)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in logger.handlers):
        try:
            handler = logging.handlers.RotatingFileHandler(
                log_path(), maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError:
            return logger  # no writable data folder: the dialog still shows
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return logger


class CrashReporter(QObject):
    """Installs the hooks; shows at most one dialog at a time, on the GUI thread."""

    _report = Signal(str, str)  # summary, traceback: queued to the GUI thread

    def __init__(
        self,
        parent: QWidget,
        save_recovery: Callable[[], bool],
        quit_app: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._save_recovery = save_recovery
        self._quit = quit_app
        self._showing = False
        self.shown: list[str] = []  # summaries shown, for tests
        self._logger = setup_logging()
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value, args.exc_traceback
        )

    def handle(self, kind, error, tb) -> None:
        if kind is not None and issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        text = "".join(traceback.format_exception(kind, error, tb))
        self._logger.error("unexpected error\n%s", text)
        self._report.emit(f"{getattr(kind, '__name__', 'Error')}: {error}", text)

    @Slot(str, str)
    def _show(self, summary: str, _text: str) -> None:
        self.shown.append(summary)
        if self._showing:
            return
        self._showing = True
        try:
            self._dialog(summary)
        finally:
            self._showing = False

    def _dialog(self, summary: str) -> None:
        box, save, leave = self.message_box(summary)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            ok = self._save_recovery()
            QMessageBox.information(
                self._parent,
                self.tr("DigiDesk"),
                self.tr("A recovery copy was written; DigiDesk offers it at its next start.")
                if ok
                else self.tr("There was nothing unsaved to write, or the copy could not be made."),
            )
        elif clicked is leave:
            self._save_recovery()
            QTimer.singleShot(0, self._quit)

    def message_box(self, summary: str):
        """The dialog, with its "save a recovery copy" and "quit" buttons."""
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("DigiDesk ran into a problem"))
        box.setText(
            self.tr(
                "Something went wrong that DigiDesk did not expect. Your work is still open, "
                "and you can go on working; saving it now is a good idea."
            )
        )
        box.setInformativeText(
            self.tr("The details are in the log:\n{path}").format(path=log_path())
        )
        box.setDetailedText(summary)
        save = box.addButton(self.tr("Save a recovery copy now"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Continue"), QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(self.tr("Quit DigiDesk"), QMessageBox.ButtonRole.DestructiveRole)
        return box, save, leave


def quit_now() -> None:
    app = QApplication.instance()
    if app is not None:
        app.exit(1)
