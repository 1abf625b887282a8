"""Finished, safe Excel workbooks, written with xlsxwriter in constant-memory mode.

Every sheet gets a bold header row, frozen header (and key columns),
autofilter, column widths fitted from a sample of rows, and number formats per
column or per row (one per indicator). Every cell is written with a typed call:
text with ``write_string`` (so "0180" stays text and "=1+1" can never become a
formula), numbers with ``write_number``, dates with ``write_datetime``. Text
that a spreadsheet program would take as a formula also gets ``quotePrefix``,
so that editing the cell in Excel keeps it text. Missing values are empty
cells; their markers live in a status column built by the caller.

DigiDesk writes no formulas of its own. The file appears only when complete
(:func:`digidesk.core.atomic.atomic_target`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import numpy as np
import pandas as pd
import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from digidesk import __version__
from digidesk.core.atomic import atomic_target
from digidesk.core.errors import ExportError
from digidesk.core.export.limits import (
    MAX_CELL_CHARS,
    ExportWarning,
    check_columns,
    row_chunks,
    safe_sheet_name,
    truncate_utf16,
    utf16_len,
)
from digidesk.core.export.numformat import sample_text
from digidesk.core.export.safety import TRIGGERS, is_risky
from digidesk.core.export.sheets import workspace_sheets
from digidesk.core.export.spec import ColumnKind, SheetSpec
from digidesk.core.model.workspace import Workspace

LongText = Literal["truncate", "refuse"]
DATE_FORMAT = "yyyy-mm-dd"
_WIDTH_SAMPLE = 300
_MAX_WIDTH = 60
_WRAP_WIDTH = 50
_LINE_HEIGHT = 15


def write_workbook(
    sheets: Iterable[SheetSpec],
    path: str | os.PathLike[str],
    *,
    split: bool = True,
    long_text: LongText = "truncate",
    title: str = "",
) -> list[ExportWarning]:
    """Write ``sheets`` to ``path``; return what had to be changed (cut texts, split sheets).

    Limits are checked before anything is written; a failure leaves no file
    behind and an earlier file at ``path`` untouched.
    """
    plan: list[tuple[str, SheetSpec, int, int]] = []
    warnings: list[ExportWarning] = []
    taken: set[str] = set()
    for spec in sheets:
        check_columns(spec.name, spec.frame)
        chunks = list(row_chunks(spec.name, len(spec.frame), split=split))
        if len(chunks) > 1:
            warnings.append(
                ExportWarning(
                    "export.sheet_split",
                    {"sheet": spec.name, "rows": len(spec.frame), "parts": len(chunks)},
                )
            )
        for start, stop in chunks:
            plan.append((safe_sheet_name(spec.name, taken), spec, start, stop))
    with atomic_target(path) as temp:
        workbook = xlsxwriter.Workbook(
            str(temp),
            {
                "constant_memory": True,
                # Typed writes only: never guess that text is a formula, number or link.
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
                "remove_timezone": True,
            },
        )
        workbook.set_properties({"title": title, "comments": f"DigiDesk {__version__}"})
        try:
            styles = _Styles(workbook)
            for sheet_title, spec, start, stop in plan:
                _write_sheet(workbook, sheet_title, spec, start, stop, styles, warnings, long_text)
        except BaseException:
            _close_quietly(workbook)
            raise
        workbook.close()
    return warnings


def _close_quietly(workbook: xlsxwriter.Workbook) -> None:
    # Releases the row temp files of constant-memory mode; the half file is deleted anyway.
    with contextlib.suppress(Exception):
        workbook.close()


class _Exact(float):
    """A float that xlsxwriter writes with all the digits it needs.

    xlsxwriter formats numbers with 16 significant digits; some doubles need 17, and a
    value must read back exactly as it was. ``repr`` is the shortest exact text.
    """

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        return float.__repr__(self)


class _Styles:
    """Formats are workbook-wide objects: make each combination once."""

    def __init__(self, workbook: xlsxwriter.Workbook) -> None:
        self._workbook = workbook
        self._cache: dict[tuple[Any, ...], Format | None] = {}
        self.header = self.get(bold=True)
        self.key = self.get(bold=True, top=True)

    def get(
        self,
        num_format: str | None = None,
        *,
        bold: bool = False,
        wrap: bool = False,
        quote: bool = False,
        top: bool = False,
    ) -> Format | None:
        key = (num_format, bold, wrap, quote, top)
        if key not in self._cache:
            props: dict[str, Any] = {}
            if num_format:
                props["num_format"] = num_format
            if bold:
                props["bold"] = True
            if wrap:
                props.update(text_wrap=True, valign="top")
            elif top:
                props["valign"] = "top"
            if quote:
                props["quote_prefix"] = True
            self._cache[key] = self._workbook.add_format(props) if props else None
        return self._cache[key]


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


def _write_sheet(
    workbook: xlsxwriter.Workbook,
    title: str,
    spec: SheetSpec,
    start: int,
    stop: int,
    styles: _Styles,
    warnings: list[ExportWarning],
    long_text: LongText,
) -> None:
    ws = workbook.add_worksheet(title)
    frame = spec.frame.iloc[start:stop]
    names = [str(c) for c in frame.columns]
    kinds = [spec.kinds.get(n) or column_kind(frame.iloc[:, j]) for j, n in enumerate(names)]
    top = 0
    for key, value in spec.preamble:
        ws.write_string(top, 0, key, styles.header)
        _write_text(ws, top, 1, value, None, styles, warnings, long_text, title)
        top += 1
    if spec.preamble:
        top += 1
    ws.set_row(top, None, styles.header)
    for j, name in enumerate(names):
        ws.write_string(top, j, name, styles.header)
    if names:
        ws.autofilter(top, 0, top + len(frame), len(names) - 1)
    if not spec.preamble:
        ws.freeze_panes(top + 1, spec.freeze_columns)
    # Printed (or saved as PDF): A4 landscape, all columns on one page wide, header on each page.
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(top)
    _fit_widths(ws, frame, names, kinds, spec, styles)
    _write_rows(ws, frame, names, kinds, spec, start, top + 1, styles, warnings, long_text, title)


def _fit_widths(
    ws: Worksheet,
    frame: pd.DataFrame,
    names: list[str],
    kinds: list[ColumnKind],
    spec: SheetSpec,
    styles: _Styles,
) -> None:
    # From a sample of rows: measuring every cell of a big table costs more than a
    # column that is one character narrow.
    n = len(frame)
    picks = np.unique(np.linspace(0, n - 1, min(n, _WIDTH_SAMPLE)).astype(int)) if n else []
    sample = frame.iloc[picks]
    for j, (name, kind) in enumerate(zip(names, kinds, strict=True)):
        # Bold header text plus the autofilter's drop-down button.
        width = len(name) * 1.1 + 3
        column = sample.iloc[:, j]
        if kind == "number":
            fmts = spec.row_formats.get(name)
            for pos, value in zip(picks, column.tolist(), strict=True):
                fmt = fmts[pos] if fmts is not None else spec.formats.get(name, "General")
                text = sample_text(float(value), fmt) if pd.notna(value) else ""
                width = max(width, len(text) + 2)
        elif kind == "date":
            width = max(width, 12)
        else:
            for value in column.tolist():
                if isinstance(value, str):
                    width = max(width, max(map(len, value.splitlines() or [""])) + 2)
        wrap = name in spec.wrap
        width = min(width, _WRAP_WIDTH if wrap else _MAX_WIDTH)
        ws.set_column(j, j, width, styles.get(wrap=True) if wrap else None)


def _write_rows(
    ws: Worksheet,
    frame: pd.DataFrame,
    names: list[str],
    kinds: list[ColumnKind],
    spec: SheetSpec,
    start: int,
    first_row: int,
    styles: _Styles,
    warnings: list[ExportWarning],
    long_text: LongText,
    title: str,
) -> None:
    n = len(frame)
    top = bool(spec.wrap)  # rows of wrapped text read best when every cell starts at the top
    columns: list[tuple[int, ColumnKind, list[Any], Format | None, list[Any] | None]] = []
    for j, (name, kind) in enumerate(zip(names, kinds, strict=True)):
        series = frame.iloc[:, j]
        per_row: list[Any] | None = None
        if kind == "number":
            fixed = styles.get(spec.formats.get(name), top=top)
            if name in spec.row_formats:
                codes = pd.Series(list(spec.row_formats[name])[start : start + n], dtype=object)
                lookup = {c: styles.get(c, top=top) for c in codes.unique()}
                per_row = codes.map(lookup).tolist()
            numbers = pd.to_numeric(series, errors="coerce")
            values = numbers.to_numpy(dtype="float64", na_value=np.nan).tolist()
        elif kind == "date":
            fixed = styles.get(spec.formats.get(name, DATE_FORMAT), top=top)
            values = pd.to_datetime(series, errors="coerce").tolist()
        else:
            fixed = styles.get(wrap=name in spec.wrap, top=top)
            values = series.tolist()
        columns.append((j, kind, values, fixed, per_row))
    write_string, write_number, write_datetime = ws.write_string, ws.write_number, ws.write_datetime
    text_columns = [c for c in columns if c[1] == "text"]
    number_columns = [c for c in columns if c[1] == "number"]
    date_columns = [c for c in columns if c[1] == "date"]
    heights = _row_heights(frame, names, spec) if spec.wrap else None
    # constant_memory needs rows in order; within a row the columns may come in any order.
    for i in range(n):
        row = first_row + i
        if heights is not None and heights[i] > 1:
            ws.set_row(row, _LINE_HEIGHT * heights[i])
        for j, _, values, fixed, _ in text_columns:
            value = values[i]
            if value is None or value is pd.NA or (type(value) is float and value != value):
                continue
            text = value if isinstance(value, str) else str(value)
            if not text:
                continue
            if text[:1] in TRIGGERS or len(text) > MAX_CELL_CHARS // 2:
                _write_text(ws, row, j, text, fixed, styles, warnings, long_text, title)
            else:
                write_string(row, j, text, fixed)
        for j, _, values, fixed, per_row in number_columns:
            value = values[i]
            if value - value != 0:  # NaN and infinities: an empty cell
                continue
            write_number(row, j, _Exact(value), per_row[i] if per_row is not None else fixed)
        for j, _, values, fixed, _ in date_columns:
            value = values[i]
            if value is not None and value is not pd.NaT:
                write_datetime(row, j, value, fixed)


def _row_heights(frame: pd.DataFrame, names: list[str], spec: SheetSpec) -> list[int]:
    """Lines each row needs for its wrapped text: programs do not all fit heights on open."""
    lines = np.ones(len(frame), dtype=int)
    for j, name in enumerate(names):
        if name not in spec.wrap:
            continue
        chars = int(_WRAP_WIDTH * 1.15)  # proportional text fits more than width "0"s
        for i, value in enumerate(frame.iloc[:, j].tolist()):
            if isinstance(value, str) and value:
                need = sum(-(-max(len(part), 1) // chars) for part in value.split("\n"))
                lines[i] = max(lines[i], min(need, 30))
    return lines.tolist()


def _write_text(
    ws: Worksheet,
    row: int,
    col: int,
    text: str,
    fixed: Format | None,
    styles: _Styles,
    warnings: list[ExportWarning],
    long_text: LongText,
    title: str,
) -> None:
    """The careful path: formula-like text gets quotePrefix, too long text is cut or refused."""
    length = utf16_len(text)
    if length > MAX_CELL_CHARS:
        cell = xl_rowcol_to_cell(row, col)
        if long_text == "refuse":
            raise ExportError(
                "export.cell_too_long",
                sheet=title,
                cell=cell,
                length=length,
                limit=MAX_CELL_CHARS,
            )
        text = truncate_utf16(text)
        warnings.append(
            ExportWarning(
                "export.cell_truncated",
                {"sheet": title, "cell": cell, "length": length, "limit": MAX_CELL_CHARS},
            )
        )
    fmt = fixed
    if is_risky(text):
        wrap = fixed is not None and bool(fixed.text_wrap)
        fmt = styles.get(quote=True, wrap=wrap)
    ws.write_string(row, col, text, fmt)


def export_workspace(
    workspace: Workspace,
    path: str | os.PathLike[str],
    *,
    filters: Mapping[str, str] | None = None,
    split: bool = True,
    long_text: LongText = "truncate",
) -> list[ExportWarning]:
    """The whole workspace as one workbook (see :mod:`digidesk.core.export.sheets`)."""
    sheets = workspace_sheets(workspace, filters)
    return write_workbook(sheets, path, split=split, long_text=long_text, title=workspace.title)
