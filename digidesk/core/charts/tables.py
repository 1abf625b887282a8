"""The figures a chart draws, as a table: for the Excel export and for checking."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

NativeKind = str  # "line", "bar", "barh", "scatter", "radar"


@dataclass(frozen=True)
class ChartTable:
    """``frame`` holds a category column (periods, areas, indicators, or x values for a
    scatter) and one column per series drawn. ``native`` names the Excel chart type that
    draws the same chart from these cells, or is None when only a picture shows it.
    ``percent`` says the series are shares in percent (56.8 for 56,8 %)."""

    title: str
    frame: pd.DataFrame
    category: str
    series: tuple[str, ...]
    native: NativeKind | None
    value_title: str = ""
    percent: bool = False
    source: str = ""
