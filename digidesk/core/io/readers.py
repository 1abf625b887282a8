"""Read a table file into a :class:`RawBook` once :func:`sniff` has let it through.

Workbooks (xlsx, xls, ods) are read with python-calamine: fast, and it uses the
cached values of formulas without evaluating anything. Hidden sheets are skipped
unless asked for. Trailing empty rows and columns are dropped, so a sheet
formatted down to row 1,000,000 costs what its data costs: a sheet of a few
million cells comes from calamine in one call, a bigger one a row at a time.
CSV files go to :mod:`digidesk.core.io.csv_dialect`.

calamine holds a sheet as one block from its first to its last cell, so empty
text cells far apart (a formatted "" in XFD1048576) ask it for more memory than
there is. The worker then reads the xlsx again with openpyxl's streaming reader
(:mod:`digidesk.core.io.xlsx_stream`), which keeps only filled cells.

Run this through :func:`digidesk.core.io.worker.read_in_worker` for files from
outside: a native reader that aborts would take the calling process with it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from concurrent.futures import Future
from itertools import repeat
from typing import Any

from digidesk.core.errors import InputError
from digidesk.core.io.grid import Cell, FileKind, MergedRange, RawBook, RawSheet
from digidesk.core.io.limits import DEFAULT_LIMITS, Limits
from digidesk.core.io.ods_extent import check_ods_cells
from digidesk.core.io.sniff import sniff

# Sheets up to this many cells (from A1 to calamine's last cell) are taken in one call;
# bigger ones a row at a time, so that empty rows are never all held at once.
_DENSE_CELLS = 10_000_000
_STREAMING = {"xlsx": False}
_AHEAD: dict[tuple[str, bool], Future[RawBook]] = {}  # reads started by read_ahead

# Extensions calamine's from_path accepts for each kind; anything else (a renamed
# file) is opened by content instead.
_EXTENSIONS: dict[str, tuple[str, ...]] = {
    "xlsx": (".xlsx", ".xlsm", ".xlam"),
    "xls": (".xls", ".xla"),
    "ods": (".ods",),
}


def read_book(
    path: str | os.PathLike[str],
    limits: Limits = DEFAULT_LIMITS,
    include_hidden: bool = False,
    sheets: list[str] | None = None,
) -> RawBook:
    """Every sheet of the file at ``path`` as a grid of cells.

    ``sheets`` names the sheets to read (hidden or not); otherwise all visible
    sheets are read, and hidden ones too when ``include_hidden``. Raises
    InputError for anything :func:`sniff` refuses, for a file over
    ``limits.max_cells`` filled cells or ``limits.max_columns`` columns, and
    ``input.unreadable`` when the native reader fails. A read started by
    :func:`read_ahead` for the same file is waited for instead of read again.
    """
    ahead = _AHEAD.pop((os.fspath(path), include_hidden), None) if sheets is None else None
    if ahead is not None:
        return ahead.result()
    return _read_book_now(path, limits, include_hidden, sheets)


def read_ahead(
    path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS, include_hidden: bool = False
) -> None:
    """Start reading a workbook on a thread, for the :func:`read_book` that follows.

    calamine parses the sheet XML without holding the interpreter lock, so the caller's
    imports (pandas, the tidy step, the writers) run on the other core meanwhile; sniffing
    comes first as in any read. CSV is not read ahead: its parser holds the lock.
    """
    try:
        with open(path, "rb") as handle:
            magic = handle.read(4)
    except OSError:
        return  # read_book says what is wrong
    if magic not in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0"):
        return
    future: Future[RawBook] = Future()

    def read() -> None:
        try:
            future.set_result(_read_book_now(path, limits, include_hidden, None))
        except BaseException as exc:  # noqa: BLE001 - raised again by read_book's caller
            future.set_exception(exc)

    _AHEAD[(os.fspath(path), include_hidden)] = future
    threading.Thread(target=read, name="digidesk-read-ahead", daemon=True).start()


def _read_book_now(
    path: str | os.PathLike[str],
    limits: Limits,
    include_hidden: bool,
    sheets: list[str] | None,
) -> RawBook:
    where = str(path)
    kind = sniff(path, limits)
    if kind == "csv":
        from digidesk.core.io.csv_dialect import read_csv_book

        book = read_csv_book(path, limits)
        _check_limits(book, limits, where)
        return book
    try:
        if kind == "xlsx" and _STREAMING["xlsx"]:
            from digidesk.core.io.xlsx_stream import read_xlsx

            return read_xlsx(path, limits, include_hidden, sheets)
        return _read_workbook(path, kind, limits, include_hidden, sheets)
    except InputError:
        raise
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except BaseException as exc:  # noqa: BLE001 - a Rust panic is a BaseException
        raise _native_error(exc, where, limits) from None


def stream_xlsx(on: bool = True) -> None:
    """Read xlsx files with the streaming reader in this process (the worker's retry)."""
    _STREAMING["xlsx"] = on


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:200]


def _native_error(exc: BaseException, where: str, limits: Limits) -> InputError:
    import python_calamine

    if isinstance(exc, python_calamine.PasswordError):
        return InputError("input.encrypted", path=where)
    if "cell limit exceeded" in str(exc).lower():
        # calamine's own guard against ODS repeat counts that expand to billions of cells.
        return InputError("input.too_many_cells", path=where, limit=limits.max_cells)
    return InputError("input.unreadable", path=where, reason=_reason(exc))


def _open(path: str | os.PathLike[str], kind: FileKind) -> Any:
    from python_calamine import CalamineWorkbook

    if str(path).lower().endswith(_EXTENSIONS[kind]):
        return CalamineWorkbook.from_path(os.fspath(path))
    # calamine picks its parser by extension; a renamed file is read by content.
    with open(path, "rb") as handle:
        return CalamineWorkbook.from_filelike(handle)


def _read_workbook(
    path: str | os.PathLike[str],
    kind: FileKind,
    limits: Limits,
    include_hidden: bool,
    wanted: list[str] | None,
) -> RawBook:
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    where = str(path)
    if kind == "ods":
        # Repeated filled rows would be expanded by the reader: count them first.
        check_ods_cells(path, limits)
    workbook = _open(path, kind)
    try:
        metadata = workbook.sheets_metadata
        if wanted is not None:
            present = {meta.name for meta in metadata}
            for name in wanted:
                if name not in present:
                    raise InputError("input.sheet_not_found", path=where, sheet=name)
        book = RawBook(path=where, kind=kind, sheets=[])
        counter = _CellCounter(limits, where)
        for meta in metadata:
            if wanted is not None and meta.name not in wanted:
                continue
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue  # chart, dialog and macro sheets hold no table
            hidden = meta.visible != SheetVisibleEnum.Visible
            if hidden and not include_hidden and wanted is None:
                book.skipped_hidden.append(meta.name)
                continue
            sheet = workbook.get_sheet_by_name(meta.name)
            rows = _grid(sheet, meta.name, counter)
            merged = [
                MergedRange(first[0], first[1], last[0], last[1])
                for first, last in (sheet.merged_cell_ranges or [])
            ]
            book.sheets.append(RawSheet(name=meta.name, rows=rows, hidden=hidden, merged=merged))
        return book
    finally:
        workbook.close()


class _CellCounter:
    """Filled cells over all sheets read so far, against ``limits.max_cells``."""

    def __init__(self, limits: Limits, where: str) -> None:
        self.limits = limits
        self.where = where
        self.cells = 0

    def add(self, filled: int) -> None:
        self.cells += filled
        if self.cells > self.limits.max_cells:
            raise InputError("input.too_many_cells", path=self.where, limit=self.limits.max_cells)

    def check_width(self, width: int, sheet: str) -> None:
        if width > self.limits.max_columns:
            raise InputError(
                "input.too_many_columns",
                path=self.where,
                sheet=sheet,
                limit=self.limits.max_columns,
            )

    def check_grid(self, height: int, width: int, sheet: str) -> None:
        """The grid from A1 to the last filled cell (empty cells too) fits in memory."""
        if height * width > self.limits.max_grid_cells:
            raise InputError(
                "input.sheet_too_spread",
                path=self.where,
                sheet=sheet,
                limit=self.limits.max_grid_cells,
            )


def _grid(sheet: Any, name: str, counter: _CellCounter) -> list[list[Cell]]:
    """The sheet's rows from A1, rectangular, without trailing empty rows or columns."""
    start, end = sheet.start, sheet.end
    if start is None or end is None:
        return []  # no cells at all (iter_rows would fail on an empty range)
    if (end[0] + 1) * (end[1] + 1) <= _DENSE_CELLS:
        return trim_grid(sheet.to_python(skip_empty_area=False), name, counter)
    return grid_from_rows(sheet.iter_rows(), start[1], name, counter)


def trim_grid(rows: list[list[Cell]], name: str, counter: _CellCounter) -> list[list[Cell]]:
    """Drop the trailing empty rows and columns of a rectangular grid, in place."""
    height = len(rows)
    while height and rows[height - 1].count("") == len(rows[height - 1]):
        height -= 1
    del rows[height:]
    if not rows:
        return rows
    width = len(rows[0])
    while width and all(row[width - 1] == "" for row in rows):
        width -= 1
    counter.check_width(width, name)
    counter.check_grid(height, width, name)
    if width < len(rows[0]):
        for row in rows:
            del row[width:]
    counter.add(sum(map(len, rows)) - sum(row.count("") for row in rows))
    return rows


def grid_from_rows(
    source: Iterable[list[Cell]], lead_columns: int, name: str, counter: _CellCounter
) -> list[list[Cell]]:
    """Rows taken one at a time; ``lead_columns`` empty cells are put back in front of each.

    Empty rows are counted, not stored: only data further down makes them part of the grid.
    """
    lead: list[Cell] = [""] * lead_columns
    rows: list[list[Cell]] = []
    blank = 0
    width = 0
    for row in source:
        used = len(row)
        while used and row[used - 1] == "":
            used -= 1
        if not used:
            blank += 1
            continue
        if blank:
            counter.check_grid(len(rows) + blank, width, name)
            rows.extend([] for _ in range(blank))
            blank = 0
        del row[used:]
        if lead:
            row[:0] = lead
        counter.check_width(len(row), name)
        counter.add(len(row) - row.count(""))
        width = max(width, len(row))
        counter.check_grid(len(rows) + 1, width, name)
        rows.append(row)
    for row in rows:
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    return rows


def _check_limits(book: RawBook, limits: Limits, where: str) -> None:
    counter = _CellCounter(limits, where)
    for sheet in book.sheets:
        counter.check_width(sheet.n_cols, sheet.name)
        rows = sheet.rows  # counted in C: a CSV of 200,000 rows in a few hundredths
        counter.add(sum(map(len, rows)) - sum(map(list.count, rows, repeat(""))))
