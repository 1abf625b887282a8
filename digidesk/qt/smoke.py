"""``digidesk --smoke-test``: prove that a build works, end to end, without a person.

Opens a file or the demo, shows every view once, saves the workspace and
exports it (xlsx and csv) to a temporary folder, reads the saved file back and
compares it, then quits with 0; any error prints one line and exits 1.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from digidesk.qt.mainwindow import MainWindow

TIMEOUT_SECONDS = 120


class SmokeTest(QObject):
    def __init__(self, window: MainWindow, target: Path | None) -> None:
        super().__init__(window)
        self.window = window
        self.target = target
        self.exit_code = 1
        self._folder = tempfile.TemporaryDirectory(prefix="digidesk-smoke-")
        self._started = time.monotonic()
        self._steps: list[Callable[[], None]] = []
        window.files.interactive = False
        window.files.failed.connect(lambda text: self.fail(text.replace("\n\n", ": ")))
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(lambda: self.fail(f"timed out after {TIMEOUT_SECONDS} s"))

    def log(self, text: str) -> None:
        print(f"smoke: {time.monotonic() - self._started:6.2f}s {text}", flush=True)

    def start(self) -> None:
        self._watchdog.start(TIMEOUT_SECONDS * 1000)
        # An exception in any slot (Qt reports them through sys.excepthook) fails the test
        # at once, with its message, instead of waiting for the watchdog.
        sys.excepthook = lambda kind, error, _tb: self.fail(f"{kind.__name__}: {error}")
        self.window.document.workspace_replaced.connect(self._visit_views)
        if self.target is None:
            self.log("opening the demo workspace")
            self.window.files.open_demo()
        else:
            self.log(f"opening {self.target}")
            self.window.open_path(self.target)

    def _visit_views(self) -> None:
        self.window.document.workspace_replaced.disconnect(self._visit_views)
        keys = self.window.navigator.view_keys()
        if not keys:
            self.fail("the workspace has no views to show")
            return
        for key in keys:
            view = self.window.show_view(key)
            QApplication.processEvents()
            if not view.isVisible():
                self.fail(f"view {key} was not shown")
                return
            self.log(f"showed {key[0]} {key[1]}")
            if hasattr(view, "compare_nominees") and self.window.document.workspace.awards:
                view.compare_nominees()
                view.refresh_now()
                view.wait()
                QApplication.processEvents()
                if view.model.rowCount() == 0:
                    self.fail("the comparison of the award's nominees is empty")
                    return
                self.log(f"compared {len(view.areas())} nominees")
            if hasattr(view, "set_shape"):
                # The pivot too: it is built by numpy code the long table does not use.
                view.set_shape("indicator")
                view.ordering.wait()
                QApplication.processEvents()
                if view.pivot_model.rowCount() == 0 and view.model.rowCount() > 0:
                    self.fail(f"the pivot of {key[1]} is empty")
                    return
                view.set_shape(None)
                self.log(f"pivoted {key[1]}")
        folder = Path(self._folder.name)
        saved = folder / "smoke.digidesk"
        self.log(f"saving {saved.name}")
        self.window.files.save_to(saved, on_saved=lambda: self._export(saved))

    def _export(self, saved: Path) -> None:
        folder = Path(self._folder.name)
        self.window.files.export_to(
            folder / "smoke.xlsx",
            on_done=lambda: self.window.files.export_to(
                folder / "smoke.csv", "nordic", on_done=lambda: self._verify(saved)
            ),
        )

    def _verify(self, saved: Path) -> None:
        from digidesk.core import store

        folder = Path(self._folder.name)
        for name in ("smoke.xlsx", "smoke.csv"):
            if not (folder / name).stat().st_size:
                self.fail(f"{name} is empty")
                return
        self.log("exported smoke.xlsx and smoke.csv")
        reloaded = store.load(saved)
        if not reloaded.same_as(self.window.document.workspace):
            self.fail("the saved workspace reads back different")
            return
        self.log("saved workspace reads back identical")
        self.exit_code = 0
        self.log("ok")
        self._finish()

    def fail(self, message: str) -> None:
        self._watchdog.stop()
        sys.excepthook = sys.__excepthook__
        print(f"digidesk: smoke test failed: {message}", file=sys.stderr, flush=True)
        self.exit_code = 1
        self._finish()

    def _finish(self) -> None:
        self._watchdog.stop()
        self.window.document.undo_stack.setClean()
        self.window.files.runner.wait()
        self._folder.cleanup()
        QApplication.instance().exit(self.exit_code)
