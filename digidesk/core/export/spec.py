"""A table to write as one sheet, and how its columns are to be shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import pandas as pd

from digidesk.core.model.indicators import Direction

ColumnKind = Literal["text", "number", "date"]
ChartKind = Literal["line", "bar", "barh", "scatter", "radar"]


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """A native Excel chart drawn from the sheet's own cells (no picture).

    ``category`` names the column whose values label the points (periods, areas,
    criteria); each column in ``series`` becomes one series, named by its header.
    ``percent`` formats the value axis as a percentage (for columns holding
    fractions with a % format). ``"bar"`` draws vertical bars, ``"barh"`` horizontal
    ones with the first row at the top; in a ``"scatter"`` the category column holds the
    x values.
    """

    kind: ChartKind
    title: str
    category: str
    series: tuple[str, ...]
    y_title: str = ""
    percent: bool = False


@dataclass(frozen=True, slots=True)
class ImageSpec:
    """A picture (PNG bytes) placed to the right of the table, below its charts, at
    ``scale`` of its pixel size (a 150-dpi picture at 0.64 shows at its printed size)."""

    png: bytes
    name: str = "chart.png"
    scale: float = 1.0


@dataclass(frozen=True, slots=True)
class RowScale:
    """A colour scale over some rows of one column, e.g. the rows of one indicator.

    ``rows`` are half-open ``(start, stop)`` ranges of frame positions; all of
    them share one scale, so a value is coloured against the others in ``rows``.
    """

    column: str
    rows: tuple[tuple[int, int], ...]
    direction: Direction


@dataclass(slots=True)
class SheetSpec:
    """One table to write; ``name`` is made legal and unique by the writer.

    ``formats`` gives a number format per column, ``row_formats`` one per row (a
    value column that mixes indicators); ``preamble`` holds key/value lines
    written above the table (the About sheet).

    ``colour_scales`` gives a column a red–yellow–green scale over its data rows,
    green at the good end ("higher": the highest values are green, "lower": the
    lowest; "none": no scale). ``colour_scale_rows`` does the same for parts of a
    column. ``charts`` are drawn to the right of the table. When a table is split
    over several sheets, each part gets its own scales and charts over its own rows.
    """

    name: str
    frame: pd.DataFrame
    kinds: dict[str, ColumnKind] = field(default_factory=dict)
    formats: dict[str, str] = field(default_factory=dict)
    row_formats: dict[str, Sequence[str]] = field(default_factory=dict)
    wrap: tuple[str, ...] = ()
    freeze_columns: int = 0
    preamble: list[tuple[str, str]] = field(default_factory=list)
    #: per column, a text per row for the rows whose number is missing (the missing
    #: value's marker, ".."), "" elsewhere. For tables without a status column (pivots).
    markers: dict[str, Sequence[str]] = field(default_factory=dict)
    colour_scales: dict[str, Direction] = field(default_factory=dict)
    colour_scale_rows: list[RowScale] = field(default_factory=list)
    charts: list[ChartSpec] = field(default_factory=list)
    images: list[ImageSpec] = field(default_factory=list)
