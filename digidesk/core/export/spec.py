"""A table to write as one sheet, and how its columns are to be shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import pandas as pd

ColumnKind = Literal["text", "number", "date"]


@dataclass(slots=True)
class SheetSpec:
    """One table to write; ``name`` is made legal and unique by the writer.

    ``formats`` gives a number format per column, ``row_formats`` one per row (a
    value column that mixes indicators); ``preamble`` holds key/value lines
    written above the table (the About sheet).
    """

    name: str
    frame: pd.DataFrame
    kinds: dict[str, ColumnKind] = field(default_factory=dict)
    formats: dict[str, str] = field(default_factory=dict)
    row_formats: dict[str, Sequence[str]] = field(default_factory=dict)
    wrap: tuple[str, ...] = ()
    freeze_columns: int = 0
    preamble: list[tuple[str, str]] = field(default_factory=list)
