"""A column of a sheet, decided once: its cells' values, formats and writer.

All the deciding is done per column before the first cell is written. Text is
checked once per distinct value: a formula-like text gets ``quotePrefix``, a too
long text is cut (with a warning for every cell) or refused. Numbers keep every
digit; NaN and infinities are empty cells. Dates are real Excel dates (with the
time when the column has times); a date before 1900, which Excel cannot hold,
is written as ISO text. Cells are written with xlsxwriter's public typed
writers: ``write_string`` (so "0180" stays text and "=1+1" can never become a
formula), ``write_number`` and ``write_datetime``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from digidesk.core.errors import ExportError
from digidesk.core.export.limits import MAX_CELL_CHARS, ExportWarning, truncate_utf16, utf16_len
from digidesk.core.export.safety import TRIGGERS, is_risky
from digidesk.core.export.spec import ColumnKind, SheetSpec
from digidesk.core.export.styles import DATE_FORMAT, DATETIME_FORMAT, Exact, Styles

LongText = Literal["truncate", "refuse"]
_EXCEL_FIRST_DAY = dt.date(1900, 1, 1)  # earlier dates are no dates to Excel
Writer = Callable[[int, int, Any, "Format | None"], Any]


@dataclass(slots=True)
class SheetPart:
    """The rows ``start:stop`` of ``spec`` on the sheet ``title``, data from ``first_row``."""

    title: str
    spec: SheetSpec
    frame: pd.DataFrame
    names: list[str]
    kinds: list[ColumnKind]
    start: int
    first_row: int


class ColumnPlan:
    """How one column's cells are written, decided once for the whole column.

    :meth:`cells` gives the values of a block of rows (``None`` for an empty
    cell) and, when they differ from cell to cell, their formats; made a block
    at a time so that a long table never exists a second time as Python objects.
    """

    def __init__(self, col: int, write: Writer, fixed: Format | None) -> None:
        self.col = col
        self.write = write
        self.fixed = fixed

    def cells(self, begin: int, end: int) -> tuple[list[Any], list[Format | None] | None]:
        raise NotImplementedError

    def formats(self) -> list[Format | None]:
        """Every format a cell of this column may get."""
        return [self.fixed]


class TextPlan(ColumnPlan):
    """Distinct texts (and their formats) and, per row, which one."""

    def __init__(
        self,
        col: int,
        write: Writer,
        fixed: Format | None,
        values: np.ndarray,
        index: np.ndarray,
        formats: np.ndarray | None = None,
    ) -> None:
        super().__init__(col, write, fixed)
        self._values, self._index, self._formats = values, index, formats

    def cells(self, begin: int, end: int) -> tuple[list[Any], list[Format | None] | None]:
        index = self._index[begin:end]
        formats = self._formats[index].tolist() if self._formats is not None else None
        return self._values[index].tolist(), formats

    def distinct(self) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """The distinct texts (None: an empty cell), each row's one, and their formats."""
        return self._values, self._index, self._formats

    def formats(self) -> list[Format | None]:
        return [self.fixed] + (self._formats.tolist() if self._formats is not None else [])


class NumberPlan(ColumnPlan):
    def __init__(
        self,
        col: int,
        write: Writer,
        fixed: Format | None,
        numbers: np.ndarray,
        formats: tuple[np.ndarray, np.ndarray] | None,
    ) -> None:
        super().__init__(col, write, fixed)
        self._numbers, self._formats = numbers, formats

    def cells(self, begin: int, end: int) -> tuple[list[Any], list[Format | None] | None]:
        # NaN and infinities (v - v is not 0) are empty cells.
        values = [Exact(v) if v - v == 0 else None for v in self._numbers[begin:end].tolist()]
        if self._formats is None:
            return values, None
        lookup, index = self._formats
        return values, lookup[index[begin:end]].tolist()

    def arrays(self) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray] | None]:
        """The numbers (NaN and infinities: empty) and the row formats (lookup, index)."""
        return self._numbers, self._formats

    def formats(self) -> list[Format | None]:
        return [self.fixed] + (self._formats[0].tolist() if self._formats is not None else [])


class ListedPlan(ColumnPlan):
    def __init__(self, col: int, write: Writer, fixed: Format | None, values: list[Any]) -> None:
        super().__init__(col, write, fixed)
        self._values = values

    def cells(self, begin: int, end: int) -> tuple[list[Any], list[Format | None] | None]:
        return self._values[begin:end], None


def _objects(items: list[Any]) -> np.ndarray:
    array = np.empty(len(items), dtype=object)
    array[:] = items
    return array


def column_kind(series: pd.Series) -> ColumnKind:
    """Numbers and dates by dtype; an object column only when all its values agree."""
    if pd.api.types.is_bool_dtype(series.dtype):
        return "text"
    if pd.api.types.is_numeric_dtype(series.dtype):
        return "number"
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return "date"
    values = series.dropna()
    if len(values) and all(
        isinstance(v, int | float | np.number) and not isinstance(v, bool | np.bool_)
        for v in values
    ):
        return "number"
    if len(values) and all(isinstance(v, dt.date) for v in values):
        return "date"
    return "text"


def plan_columns(
    ws: Worksheet,
    part: SheetPart,
    styles: Styles,
    warnings: list[ExportWarning],
    long_text: LongText,
) -> list[ColumnPlan]:
    spec, frame = part.spec, part.frame
    top = bool(spec.wrap)  # rows of wrapped text read best when every cell starts at the top
    plans: list[ColumnPlan] = []
    cut: list[tuple[int, int, ExportWarning]] = []
    for j, (name, kind) in enumerate(zip(part.names, part.kinds, strict=True)):
        series = frame.iloc[:, j]
        if kind == "number":
            plans.append(_number_plan(ws, j, name, series, part, styles, top))
        elif kind == "date":
            plans.append(_date_plan(ws, j, name, series, spec, styles, top))
        else:
            fixed = styles.get(wrap=name in spec.wrap, top=top)
            quoted = styles.get(quote=True, wrap=name in spec.wrap, top=top)
            plans.append(_text_plan(ws, j, series, part, fixed, quoted, long_text, cut))
    warnings.extend(w for _, _, w in sorted(cut, key=lambda c: (c[0], c[1])))
    return plans


def _number_plan(
    ws: Worksheet,
    j: int,
    name: str,
    series: pd.Series,
    part: SheetPart,
    styles: Styles,
    top: bool,
) -> ColumnPlan:
    spec = part.spec
    if not pd.api.types.is_numeric_dtype(series.dtype):
        series = pd.to_numeric(series, errors="coerce")
    numbers = series.to_numpy(dtype="float64", na_value=np.nan)
    fixed = styles.get(spec.formats.get(name), top=top)
    formats = None
    if name in spec.row_formats:
        n = len(series)
        codes = np.asarray(spec.row_formats[name], dtype=object)[part.start : part.start + n]
        index, uniques = pd.factorize(codes)  # a missing code (-1) takes the column's format
        lookup = _objects([styles.get(str(c), top=top) for c in uniques] + [fixed])
        formats = (lookup, index)
    return NumberPlan(j, ws.write_number, fixed, numbers, formats)


def _date_plan(
    ws: Worksheet,
    j: int,
    name: str,
    series: pd.Series,
    spec: SheetSpec,
    styles: Styles,
    top: bool,
) -> ColumnPlan:
    """Real Excel dates; a date before 1900 (no date to Excel) is written as ISO text."""
    if not pd.api.types.is_datetime64_any_dtype(series.dtype):
        objects = series.tolist()
        if not all(v is None or v is pd.NaT or isinstance(v, dt.date) for v in objects):
            series = pd.to_datetime(series, errors="coerce")
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        if getattr(series.dtype, "tz", None) is not None:
            series = series.dt.tz_localize(None)  # the wall-clock time as shown in the source
        objects = series.astype(object).tolist()
    values: list[Any] = []
    has_time = early = False
    for v in objects:
        if v is None or v is pd.NaT or (isinstance(v, float) and v != v):
            values.append(None)
            continue
        if isinstance(v, dt.datetime):
            if v.tzinfo is not None:
                v = v.replace(tzinfo=None)
            has_time = has_time or v.time() != dt.time()
        if (v.date() if isinstance(v, dt.datetime) else v) < _EXCEL_FIRST_DAY:
            early = True
            values.append(v.isoformat())
            continue
        values.append(v)
    default = DATETIME_FORMAT if has_time else DATE_FORMAT
    fixed = styles.get(spec.formats.get(name, default), top=top)
    write: Writer = ws.write_datetime
    if early:
        text_format = styles.get(top=top)
        write_datetime, write_string = ws.write_datetime, ws.write_string

        def write(row: int, col: int, value: Any, fmt: Format | None) -> Any:
            if isinstance(value, str):
                return write_string(row, col, value, text_format)
            return write_datetime(row, col, value, fmt)

    return ListedPlan(j, write, fixed, values)


def _text_plan(
    ws: Worksheet,
    j: int,
    series: pd.Series,
    part: SheetPart,
    fixed: Format | None,
    quoted: Format | None,
    long_text: LongText,
    cut: list[tuple[int, int, ExportWarning]],
) -> ColumnPlan:
    """Each distinct text is checked once: empty, formula-like, too long."""
    raw = series.to_numpy(dtype=object, copy=True)
    missing = pd.isna(raw)
    if missing.any():
        raw[missing] = ""
    if pd.api.types.infer_dtype(raw, skipna=False) != "string":
        raw = np.array([v if type(v) is str else str(v) for v in raw.tolist()], dtype=object)
    index, uniques = pd.factorize(raw)
    texts: list[str | None] = []
    risky: list[bool] = []
    for k, text in enumerate(uniques.tolist()):
        if text and len(text) > MAX_CELL_CHARS // 2 and utf16_len(text) > MAX_CELL_CHARS:
            text = _cut(text, np.flatnonzero(index == k), j, part, long_text, cut)
        texts.append(text or None)
        risky.append(text[:1] in TRIGGERS and is_risky(text))
    formats = _objects([quoted if r else fixed for r in risky]) if any(risky) else None
    return TextPlan(j, ws.write_string, fixed, _objects(texts), index, formats)


def _cut(
    text: str,
    positions: np.ndarray,
    j: int,
    part: SheetPart,
    long_text: LongText,
    cut: list[tuple[int, int, ExportWarning]],
) -> str:
    """A text over Excel's cell limit: refused, or cut with a warning for every cell."""
    length = utf16_len(text)
    for i in positions.tolist():
        row = part.first_row + i
        params = {
            "sheet": part.title,
            "cell": xl_rowcol_to_cell(row, j),
            "length": length,
            "limit": MAX_CELL_CHARS,
        }
        if long_text == "refuse":
            raise ExportError("export.cell_too_long", **params)
        cut.append((row, j, ExportWarning("export.cell_truncated", params)))
    return truncate_utf16(text)
