"""Progress and cancellation of a long export, counted in rows.

Writers call :meth:`Ticker.check` before and :meth:`Ticker.advance` after each
block of rows (a few thousand), never per row. ``progress`` gets a fraction from 0
to 1 that never goes back; when ``cancelled()`` turns true the writer stops with
``export.cancelled`` and, as for any other failure, leaves no file behind and an
earlier file untouched.
"""

from __future__ import annotations

from collections.abc import Callable

from digidesk.core.errors import ExportError

ProgressCallback = Callable[[float], None]
CancelledCallback = Callable[[], bool]

BLOCK_ROWS = 4096  # rows written between two reports / cancel checks


class Ticker:
    """Counts written rows out of ``total``; ``share`` is the part of the work they are.

    The rest (packing the file) is reported by :meth:`finish`.
    """

    def __init__(
        self,
        total: int,
        progress: ProgressCallback | None = None,
        cancelled: CancelledCallback | None = None,
        share: float = 1.0,
    ) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._share = share
        self._last = -1.0

    def _report(self, fraction: float) -> None:
        if self._progress is not None and fraction > self._last:
            self._last = fraction
            self._progress(fraction)

    def start(self) -> None:
        self.check()
        self._report(0.0)

    def check(self) -> None:
        """Raise ``export.cancelled`` when the caller has asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ExportError("export.cancelled")

    def advance(self, rows: int) -> None:
        self.done += rows
        self._report(min(self.done / self.total, 1.0) * self._share)

    def finish(self) -> None:
        self._report(1.0)
