"""Run core functions off the GUI thread and deliver their results on it."""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the GUI thread: the task emits from its thread, the queued connection to this
    object's slots runs the callbacks on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        release: Callable[[_Relay], None],
    ) -> None:
        super().__init__()
        self._on_done, self._on_error, self._release = on_done, on_error, release
        self.finished.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        self._release(self)
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self._release(self)
        self._on_error(error)


class _Task(QRunnable):
    def __init__(self, function: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._function = function
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._function()
        except BaseException as exc:  # noqa: BLE001 - a native reader's panic is a BaseException
            exc.formatted_traceback = traceback.format_exc()  # type: ignore[attr-defined]
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.finished, result)

    @staticmethod
    def _deliver(signal, value: Any) -> None:
        # The view that asked may have been closed meanwhile: nobody waits for the result.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class TaskRunner(QObject):
    """Starts background tasks; keeps each relay alive until its task has reported."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def start(
        self,
        function: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay(on_done, on_error, self._relays.discard)
        self._relays.add(relay)
        self._pool.start(_Task(function, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
