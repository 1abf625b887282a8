"""Typed errors raised by the core.

Each error carries a stable ``code`` and its parameters; the Qt layer and the
command line turn them into words in the user's language. No user-facing text
lives here.
"""

from __future__ import annotations

from typing import Any


class DigiDeskError(Exception):
    """Base of every error the core raises on purpose."""

    code: str = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.params: dict[str, Any] = params
        details = ", ".join(f"{k}={v!r}" for k, v in params.items())
        super().__init__(f"{self.code}({details})" if details else self.code)


class InputError(DigiDeskError):
    """A file cannot be read: missing, unreadable, unsafe or of an unknown kind."""

    code = "input"


class StoreError(DigiDeskError):
    """A workspace file cannot be loaded or saved."""

    code = "store"


class ModelError(DigiDeskError):
    """An edit or object would break the workspace's rules."""

    code = "model"


class ExportError(DigiDeskError):
    """An export cannot be written."""

    code = "export"


class AnalysisError(DigiDeskError):
    """An analysis was asked for something the workspace does not hold."""

    code = "analysis"


class ChartError(DigiDeskError):
    """A chart was asked for that cannot be drawn: an unknown kind, no data, a bad option."""

    code = "chart"
