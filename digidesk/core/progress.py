"""How long-running core functions report progress without knowing about Qt."""

from __future__ import annotations

from typing import Any, Protocol


class Progress(Protocol):
    def report(self, fraction: float, message: str = "") -> None: ...

    @property
    def cancelled(self) -> bool: ...


class NullProgress:
    """The progress sink used when nobody is watching."""

    cancelled = False

    def report(self, fraction: float, message: str = "") -> None:
        pass


class EventProgress:
    """Reports nothing; cancelled once ``flag`` (a ``threading.Event``) is set, as the
    Cancel button of a running import sets it."""

    def __init__(self, flag: Any) -> None:
        self._flag = flag

    def report(self, fraction: float, message: str = "") -> None:
        pass

    @property
    def cancelled(self) -> bool:
        return bool(self._flag.is_set())
