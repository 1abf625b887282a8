"""Finished, safe Excel workbooks, written with xlsxwriter in constant-memory mode.

Every sheet gets a bold header row, frozen header (and key columns),
autofilter, column widths fitted from a sample of rows, and number formats per
column or per row (one per indicator). Every cell is written with a typed call:
text with ``write_string`` (so "0180" stays text and "=1+1" can never become a
formula), numbers with ``write_number``, dates with ``write_datetime``. Text
that a spreadsheet program would take as a formula also gets ``quotePrefix``,
so that editing the cell in Excel keeps it text. Missing values are empty
cells; their markers live in a status column built by the caller.

Sheets can carry direction-aware colour scales and native charts
(:mod:`digidesk.core.export.visuals`). A long export reports its progress and can
be cancelled (:mod:`digidesk.core.export.ticker`).

DigiDesk writes no formulas of its own. The file appears only when complete
(:func:`digidesk.core.atomic.atomic_target`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from digidesk import __version__
from digidesk.core.atomic import atomic_target
from digidesk.core.export.columns import LongText, SheetPart, column_kind, plan_columns
from digidesk.core.export.limits import ExportWarning, check_columns, row_chunks, safe_sheet_name
from digidesk.core.export.numformat import sample_text
from digidesk.core.export.rows import WRAP_WIDTH, write_rows, write_text_cell
from digidesk.core.export.sheets import workspace_sheets
from digidesk.core.export.sheetxml import (
    DeferredRows,
    defer,
    splice,
    spliceable,
    splices,
)
from digidesk.core.export.spec import ColumnKind, SheetSpec
from digidesk.core.export.styles import DATE_FORMAT, Styles
from digidesk.core.export.ticker import CancelledCallback, ProgressCallback, Ticker
from digidesk.core.export.visuals import add_charts, add_colour_scales, check_visuals
from digidesk.core.model.workspace import Workspace

__all__ = ["DATE_FORMAT", "LongText", "column_kind", "export_workspace", "write_workbook"]

_WIDTH_SAMPLE = 300
_MAX_WIDTH = 60
_ROWS_SHARE = 0.95  # of the progress; packing the file is the rest
#: Cells a workbook may have before it is streamed: xlsxwriter keeps ~170 bytes a cell, so
#: an export stays under 400 MB (1.4 million cells: 345 MB measured).
IN_MEMORY_CELLS = 1_500_000


def write_workbook(
    sheets: Iterable[SheetSpec],
    path: str | os.PathLike[str],
    *,
    split: bool = True,
    long_text: LongText = "truncate",
    title: str = "",
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> list[ExportWarning]:
    """Write ``sheets`` to ``path``; return what had to be changed (cut texts, split sheets).

    Limits are checked before anything is written; a failure leaves no file
    behind and an earlier file at ``path`` untouched. ``progress`` gets the share
    done (0 to 1, never going back) every few thousand rows: the rows of all
    sheets count for 95 %, packing the file for the rest. When ``cancelled()``
    turns true the export stops with ``export.cancelled``, with the same
    guarantees, even while the file is being packed.
    """
    plan: list[tuple[str, SheetSpec, int, int]] = []
    warnings: list[ExportWarning] = []
    taken: set[str] = set()
    for spec in sheets:
        check_columns(spec.name, spec.frame)
        check_visuals(spec)
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
    total = sum(stop - start for _, _, start, stop in plan)
    cells = sum(
        (stop - start) * len(spec.frame.columns)
        for _, spec, start, stop in plan
        if not splices(spec, stop - start)
    )
    ticker = Ticker(total, progress, cancelled, share=_ROWS_SHARE)
    ticker.start()
    deferred: list[DeferredRows] = []
    with atomic_target(path) as temp:
        workbook = xlsxwriter.Workbook(
            str(temp),
            {
                # Up to IN_MEMORY_CELLS xlsxwriter keeps the cells and shares repeated
                # strings (faster, smaller files); above, it streams rows to disk so that
                # memory stays flat however big the table. Rows of long parts are put in
                # after it has closed the file (sheetxml), and are not counted.
                "constant_memory": cells > IN_MEMORY_CELLS,
                # Typed writes only: never guess that text is a formula, number or link.
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
                "remove_timezone": True,
            },
        )
        workbook.set_properties({"title": title, "comments": f"DigiDesk {__version__}"})
        try:
            styles = Styles(workbook)
            for sheet_title, spec, start, stop in plan:
                _write_sheet(
                    workbook,
                    sheet_title,
                    spec,
                    start,
                    stop,
                    styles,
                    warnings,
                    long_text,
                    ticker,
                    deferred,
                )
            ticker.check()
        except BaseException:
            _close_quietly(workbook)
            raise
        workbook.close()
        splice(temp, deferred, ticker)
        ticker.check()  # a cancel while the file was packed still leaves no file
    ticker.finish()
    return warnings


def _close_quietly(workbook: xlsxwriter.Workbook) -> None:
    # Releases the row temp files of constant-memory mode; the half file is deleted anyway.
    with contextlib.suppress(Exception):
        workbook.close()


def _write_sheet(
    workbook: xlsxwriter.Workbook,
    title: str,
    spec: SheetSpec,
    start: int,
    stop: int,
    styles: Styles,
    warnings: list[ExportWarning],
    long_text: LongText,
    ticker: Ticker,
    deferred: list[DeferredRows],
) -> None:
    ws = workbook.add_worksheet(title)
    frame = spec.frame.iloc[start:stop]
    names = [str(c) for c in frame.columns]
    kinds = [spec.kinds.get(n) or column_kind(frame.iloc[:, j]) for j, n in enumerate(names)]
    top = 0
    for key, value in spec.preamble:
        ws.write_string(top, 0, key, styles.header)
        write_text_cell(ws, top, 1, value, styles, warnings, long_text, title)
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
    _fit_widths(ws, frame, names, kinds, spec, start, styles)
    add_colour_scales(ws, spec, names, start, stop, top + 1)
    add_charts(workbook, ws, title, spec, frame, top)
    part = SheetPart(title, spec, frame, names, kinds, start, top + 1)
    if spliceable(part):
        deferred.append(defer(part, plan_columns(ws, part, styles, warnings, long_text), styles))
    else:
        _write_rows(ws, part, styles, warnings, long_text, ticker)


_write_rows = write_rows  # one name to replace in tests that make writing fail


def _fit_widths(
    ws: Worksheet,
    frame: pd.DataFrame,
    names: list[str],
    kinds: list[ColumnKind],
    spec: SheetSpec,
    start: int,
    styles: Styles,
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
            numbers = pd.to_numeric(column, errors="coerce").tolist()
            for pos, value in zip(picks, numbers, strict=True):
                fmt = fmts[start + pos] if fmts is not None else spec.formats.get(name, "General")
                text = sample_text(float(value), fmt) if pd.notna(value) else ""
                width = max(width, len(text) + 2)
        elif kind == "date":
            timed = any(
                isinstance(v, dt.datetime) and v is not pd.NaT and v.time() != dt.time()
                for v in column
            )
            width = max(width, 21 if timed or name in spec.formats else 12)
        else:
            for value in column.tolist():
                if isinstance(value, str):
                    width = max(width, max(map(len, value.splitlines() or [""])) + 2)
        wrap = name in spec.wrap
        width = min(width, WRAP_WIDTH if wrap else _MAX_WIDTH)
        ws.set_column(j, j, width, styles.get(wrap=True) if wrap else None)


def export_workspace(
    workspace: Workspace,
    path: str | os.PathLike[str],
    *,
    filters: Mapping[str, str] | None = None,
    split: bool = True,
    long_text: LongText = "truncate",
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> list[ExportWarning]:
    """The whole workspace as one workbook (see :mod:`digidesk.core.export.sheets`)."""
    sheets = workspace_sheets(workspace, filters)
    return write_workbook(
        sheets,
        path,
        split=split,
        long_text=long_text,
        title=workspace.title,
        progress=progress,
        cancelled=cancelled,
    )
