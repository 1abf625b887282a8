"""Axis numbers in the chart's language ("1 234,5", "25 %"), as matplotlib formatters."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.ticker import Formatter

from digidesk.core.charts.numbers import format_number, tick_decimals


class LocaleFormatter(Formatter):
    """Ticks with the fewest decimals that write each exactly, the language's decimal sign
    and thousands separator, and " %" after a share."""

    def __init__(self, language: str, percent: bool = False) -> None:
        self.language = language
        self.percent = percent
        self._decimals = 0

    def set_locs(self, locs: Sequence[float]) -> None:
        super().set_locs(locs)
        self._decimals = tick_decimals(locs)

    def __call__(self, x: float, pos: int | None = None) -> str:
        return format_number(x, self.language, self._decimals, percent=self.percent)

    def format_data(self, value: float) -> str:
        return format_number(value, self.language, 2, percent=self.percent)
