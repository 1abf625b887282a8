"""What a reader hands to the tidy step: sheets as plain grids of cells.

A grid is a list of rows; a cell is ``str`` (text exactly as in the file, "" for
empty), ``float``/``int`` (a number cell), ``bool``, or ``datetime``/``date``
(a date cell). Everything is picklable, so a grid can come back from the
worker process that read the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Cell = str | float | int | bool | dt.datetime | dt.date | dt.time | dt.timedelta
FileKind = Literal["xlsx", "xls", "ods", "csv"]


@dataclass(frozen=True, slots=True)
class MergedRange:
    """A merged cell block, 0-based and inclusive, as in the file."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int


@dataclass(slots=True)
class RawSheet:
    name: str
    rows: list[list[Cell]]
    hidden: bool = False
    merged: list[MergedRange] = field(default_factory=list)

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return max(map(len, self.rows), default=0)


@dataclass(slots=True)
class RawBook:
    """A whole file as read: its kind, its sheets (hidden ones flagged) and how it was read.

    For CSV, ``encoding`` and ``delimiter`` tell what was detected; a CSV file is
    one sheet named after the file.
    """

    path: str
    kind: FileKind
    sheets: list[RawSheet]
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None  # the decimal mark a text file uses, when it could tell
    warnings: list[str] = field(default_factory=list)
    # Names of hidden sheets that were not read (hidden sheets are skipped unless asked for).
    skipped_hidden: list[str] = field(default_factory=list)
