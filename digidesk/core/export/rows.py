"""The cells of a sheet, written a row at a time in blocks of rows.

Constant-memory mode wants rows in order, so the cells go out row by row; the
columns' values are made a block at a time (:mod:`digidesk.core.export.columns`)
and the row loop only indexes lists and calls the writers. Between blocks the
ticker reports progress and may stop the export.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from digidesk.core.errors import ExportError
from digidesk.core.export import ticker as _ticker
from digidesk.core.export.columns import LongText, SheetPart, plan_columns
from digidesk.core.export.limits import MAX_CELL_CHARS, ExportWarning, truncate_utf16, utf16_len
from digidesk.core.export.safety import is_risky
from digidesk.core.export.spec import SheetSpec
from digidesk.core.export.styles import Styles
from digidesk.core.export.ticker import Ticker

WRAP_WIDTH = 50
LINE_HEIGHT = 15


def write_rows(
    ws: Worksheet,
    part: SheetPart,
    styles: Styles,
    warnings: list[ExportWarning],
    long_text: LongText,
    ticker: Ticker,
) -> None:
    """Every data row of ``part``; ``ticker`` is told after each block of rows."""
    plans = plan_columns(ws, part, styles, warnings, long_text)
    n = len(part.frame)
    heights = row_heights(part.frame, part.names, part.spec) if part.spec.wrap else None
    set_row = ws.set_row
    block = _ticker.BLOCK_ROWS
    markers = [
        (part.names.index(name), texts)
        for name, texts in part.spec.markers.items()
        if name in part.names
    ]
    for begin in range(0, n, block):
        ticker.check()
        end = min(begin + block, n)
        fixed, varied = [], []
        for plan in plans:
            values, formats = plan.cells(begin, end)
            if formats is None:
                fixed.append((plan.col, plan.write, values, plan.fixed))
            else:
                varied.append((plan.col, plan.write, values, formats))
        first_row = part.first_row + begin
        for i in range(end - begin):
            row = first_row + i
            if heights is not None and heights[begin + i] > 1:
                set_row(row, LINE_HEIGHT * heights[begin + i])
            for col, write, values, fmt in fixed:
                value = values[i]
                if value is not None:
                    write(row, col, value, fmt)
            for col, write, values, formats in varied:
                value = values[i]
                if value is not None:
                    write(row, col, value, formats[i])
            for col, texts in markers:
                text = texts[part.start + begin + i]
                if text:  # only where the number column left the cell empty
                    ws.write_string(
                        row, col, text, styles.get(quote=True) if is_risky(text) else None
                    )
        ticker.advance(end - begin)


def write_text_cell(
    ws: Worksheet,
    row: int,
    col: int,
    text: str,
    styles: Styles,
    warnings: list[ExportWarning],
    long_text: LongText,
    title: str,
) -> None:
    """One text cell outside a table (the About sheet's preamble), with the same care."""
    length = utf16_len(text)
    if length > MAX_CELL_CHARS:
        params = {
            "sheet": title,
            "cell": xl_rowcol_to_cell(row, col),
            "length": length,
            "limit": MAX_CELL_CHARS,
        }
        if long_text == "refuse":
            raise ExportError("export.cell_too_long", **params)
        text = truncate_utf16(text)
        warnings.append(ExportWarning("export.cell_truncated", params))
    ws.write_string(row, col, text, styles.get(quote=True) if is_risky(text) else None)


def row_heights(frame: pd.DataFrame, names: list[str], spec: SheetSpec) -> list[int]:
    """Lines each row needs for its wrapped text: programs do not all fit heights on open."""
    lines = np.ones(len(frame), dtype=int)
    for j, name in enumerate(names):
        if name not in spec.wrap:
            continue
        chars = int(WRAP_WIDTH * 1.15)  # proportional text fits more than width "0"s
        for i, value in enumerate(frame.iloc[:, j].tolist()):
            if isinstance(value, str) and value:
                need = sum(-(-max(len(part), 1) // chars) for part in value.split("\n"))
                lines[i] = max(lines[i], min(need, 30))
    return lines.tolist()
