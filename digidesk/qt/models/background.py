"""Sorting and filtering big tables off the GUI thread, small ones at once.

A model hands over a pure ``compute`` (numpy on arrays it only reads) and an
``apply`` that resets the model with the result. Tables with fewer rows than
``threshold`` are done at once (a few ms: a thread would only add flicker);
bigger ones in the thread pool, where a newer request makes an older result
stale so that only the last keystroke's filter is ever shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from digidesk.qt.workers import TaskRunner

#: Rows from which sorting and filtering leave the GUI thread (~100 ms of numpy work).
BACKGROUND_ROWS = 150_000


class BackgroundOrdering(QObject):
    #: True while a computation runs in the background
    busy_changed = Signal(bool)
    #: an error the computation raised (e.g. a pivot too large to build)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, threshold: int = BACKGROUND_ROWS) -> None:
        super().__init__(parent)
        self.threshold = threshold
        self._runner = TaskRunner(self)
        self._generations: dict[str, int] = {}
        self._running = 0

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(
        self,
        rows: int,
        compute: Callable[[], Any],
        apply: Callable[[Any], None],
        key: str = "",
    ) -> None:
        generation = self._generations.get(key, 0) + 1
        self._generations[key] = generation
        if rows < self.threshold:
            try:
                result = compute()
            except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
                self.failed.emit(error)
                return
            apply(result)
            return
        self._started()

        def current() -> bool:
            return generation == self._generations[key]

        def done(result: Any) -> None:
            self._finished()
            if current():
                apply(result)

        def error(exc: BaseException) -> None:
            self._finished()
            if current():
                self.failed.emit(exc)

        self._runner.start(compute, done, error)

    def discard(self, key: str) -> None:
        """Make any result still being computed for ``key`` stale (its data has changed)."""
        self._generations[key] = self._generations.get(key, 0) + 1

    def _started(self) -> None:
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)

    def _finished(self) -> None:
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._runner.wait(msecs)
