"""How long-running core functions report progress without knowing about Qt."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def report(self, fraction: float, message: str = "") -> None: ...

    @property
    def cancelled(self) -> bool: ...


class NullProgress:
    """The progress sink used when nobody is watching."""

    cancelled = False

    def report(self, fraction: float, message: str = "") -> None:
        pass
