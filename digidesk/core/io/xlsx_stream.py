"""Read an xlsx a row at a time with openpyxl, keeping only filled cells.

The worker's second try for a workbook that calamine cannot hold: calamine
makes one block of every sheet from its first to its last cell, and empty text
cells far apart (a formatted "" in XFD1048576, thousands of styled rows) ask it
for terabytes. Here a row's trailing empty cells are dropped as it arrives and
empty rows are only counted, so what is kept is what the sheet holds; the
declared ``<dimension>`` is ignored.

Slower than calamine and without merged ranges (openpyxl's streaming reader has
none), so it is used only when calamine has failed. :func:`sniff` has already
refused DOCTYPE and ENTITY declarations in every part.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from digidesk.core.errors import InputError
from digidesk.core.io.grid import Cell, RawBook, RawSheet
from digidesk.core.io.limits import Limits


def read_xlsx(
    path: str | os.PathLike[str],
    limits: Limits,
    include_hidden: bool = False,
    wanted: list[str] | None = None,
) -> RawBook:
    """Like :func:`digidesk.core.io.readers.read_book` for an xlsx; same limits, same cells."""
    import openpyxl

    from digidesk.core.io.readers import _CellCounter, grid_from_rows

    where = str(path)
    with open(path, "rb") as handle:
        # A file object, so that a renamed workbook is read by content.
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True, keep_links=False)
        try:
            present = {sheet.title for sheet in workbook.worksheets}
            for name in wanted or []:
                if name not in present:
                    raise InputError("input.sheet_not_found", path=where, sheet=name)
            book = RawBook(path=where, kind="xlsx", sheets=[])
            counter = _CellCounter(limits, where)
            for sheet in workbook.worksheets:
                if wanted is not None and sheet.title not in wanted:
                    continue
                hidden = sheet.sheet_state != "visible"
                if hidden and not include_hidden and wanted is None:
                    book.skipped_hidden.append(sheet.title)
                    continue
                sheet.reset_dimensions()  # the declared extent is not the content
                rows = ([_cell(v) for v in row] for row in sheet.iter_rows(values_only=True))
                grid = grid_from_rows(rows, 0, sheet.title, counter)
                book.sheets.append(RawSheet(name=sheet.title, rows=grid, hidden=hidden))
            return book
        finally:
            workbook.close()


def _cell(value: Any) -> Cell:
    """openpyxl's value as calamine gives it: "" for empty, errors and numbers as they are."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()  # a date cell, as calamine reads it
    if isinstance(value, str | bool | int | float | dt.date | dt.time | dt.timedelta):
        return value
    return str(value)
