"""Find the tables on a sheet: titles, header rows, data rows and notes.

A table is located from its first run of figures upwards (so headers that span
several rows or hold numbers are found); its header rows become column labels
(:mod:`digidesk.core.io.headers`) and its columns get roles
(:mod:`digidesk.core.io.roles`). The result is a :class:`TablePlan`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from digidesk.core.io.cells import cell_text, is_marker, is_numeric, is_year_number, row_cells
from digidesk.core.io.grid import Cell, RawSheet
from digidesk.core.io.headers import column_labels
from digidesk.core.io.periods import parse_period
from digidesk.core.io.plan import TablePlan, plan_layout
from digidesk.core.io.roles import guess_country, guess_roles
from digidesk.core.model.areas import AreaRegister


def find_tables(sheet: RawSheet, register: AreaRegister, start: int = 0) -> list[TablePlan]:
    """Every table on the sheet, top to bottom (several when tables are stacked)."""
    plans: list[TablePlan] = []
    row = start
    while row < sheet.n_rows:
        found = _table_from(sheet, register, row)
        if found is None:
            break
        plan, end = found
        plans.append(plan)
        row = end + 1
    return plans


def _table_from(
    sheet: RawSheet, register: AreaRegister, start: int
) -> tuple[TablePlan, int] | None:
    """The table that starts at or below ``start``, and the last row that belongs to it
    (its notes, legend and metadata block included)."""
    rows = sheet.rows
    n = len(rows)
    widths = [len(row_cells(r)) for r in rows[start : start + 300]]
    wide_rows = [w for w in widths if w >= 2]
    if not wide_rows:
        return None
    width = Counter(wide_rows).most_common(1)[0][0]
    located = _locate_by_data(rows, start, n)
    if located is not None:
        titles, header_first, header_last, r = located
    else:
        titles, header_first, header_last, r = _locate_by_labels(rows, start, n, width)
        if r < 0:
            return None
    data_first = r
    # Data: up to two blank rows in a row, or a new header after a blank row.
    data_last = data_first - 1
    blank_run = 0
    notes: list[str] = []
    dense_until = data_first  # the rows from here up to this one have several cells
    for i in range(data_first, n):
        if not blank_run:
            if i >= dense_until:
                dense_until = _dense_rows_end(rows, i, n)
            if i < dense_until:
                data_last = i  # a row of several cells right under data: data (the common case)
                continue
        row = rows[i]
        cells = row_cells(row)
        if not cells:
            blank_run += 1
            if blank_run >= 2 and _next_is_new_table(rows, i + 1, width):
                break
            continue
        if (
            blank_run
            and len(cells) >= 2
            and headerish(rows[i])
            and not headerish(rows[data_last] if data_last >= data_first else [])
        ):
            break  # a stacked table starts here
        if len(cells) == 1 and _is_note(cells[0][1]) and blank_run:
            notes.append(cell_text(cells[0][1]))
            continue
        blank_run = 0
        data_last = i
    # Footnotes further down, before anything that looks like another table.
    for row in rows[data_last + 1 : data_last + 30]:
        cells = row_cells(row)
        if len(cells) > 1:
            break
        if cells and _is_note(cells[0][1]):
            text = cell_text(cells[0][1])
            if text not in notes:
                notes.append(text)
    if data_last < data_first:
        return None
    end = _metadata_below(rows, data_last, n, notes)
    # Notes right below the data, without a blank line (footnotes, "Källa: SCB"), a legend
    # of markers ("..", "Uppgift saknas") and annotation rows without figures ("Flow").
    figures, _labels = _column_kinds(rows, data_first, n)
    while data_last > data_first:
        cells = row_cells(rows[data_last])
        if len(cells) == 1 and _is_note(cells[0][1]) and width > 2:
            notes.insert(0, cell_text(cells[0][1]))
        elif _is_legend(cells):
            notes.insert(0, ": ".join(cell_text(c) for _, c in cells))
        elif not (cells and all(j in figures and not is_numeric(c) for j, c in cells)):
            break
        data_last -= 1
    labels = column_labels(sheet, header_first, header_last)
    columns = guess_roles(sheet, labels, data_first, data_last, register)
    country = guess_country(sheet, columns, data_first, data_last, register)
    plan = TablePlan(
        sheet=sheet.name,
        title=" ".join(titles).strip() or "",
        header_first=header_first,
        header_last=header_last,
        data_first=data_first,
        data_last=data_last,
        columns=tuple(columns),
        layout=plan_layout(columns),
        country=country,
        notes=tuple(notes),
    )
    return plan, end


def _dense_rows_end(rows: list[list[Cell]], start: int, n: int) -> int:
    """The first row at or after ``start`` with at most two filled cells ("" and " " are
    empty), ``n`` when there is none. Rows are counted in growing blocks, so a table of
    200,000 rows takes a few list passes and a short table no more than it needs."""
    size = 64
    i = start
    while i < n:
        block = rows[i : i + size]
        sparse = [len(r) - r.count("") - r.count(" ") <= 2 for r in block]
        if True in sparse:
            return i + sparse.index(True)
        i += len(block)
        size = min(size * 4, 65_536)
    return n


def headerish(row: Sequence[Cell]) -> bool:
    """Mostly labels: text that is not a number, or a run of years (a wide header)."""
    cells = row_cells(row)
    if not cells:
        return False
    numbers = [c for _, c in cells if is_numeric(c)]
    if not numbers:
        return True
    if all(is_year_number(c) or (isinstance(c, str) and parse_period(c)) for c in numbers):
        return len(numbers) >= 2 or len(cells) > len(numbers)
    return False


def _datalike(row: Sequence[Cell]) -> bool:
    """A row of figures: at least half its cells numbers or markers, and not a header of years."""
    cells = row_cells(row)
    if len(cells) < 2 or headerish(row):
        return False
    numbers = sum(is_numeric(c) for _, c in cells)
    return numbers >= max(1, len(cells) / 2)


def _locate_by_data(
    rows: list[list[Cell]], start: int, n: int
) -> tuple[list[str], int | None, int | None, int] | None:
    """Titles, header rows and first data row, found from the first run of figures upwards.

    Works for headers that hold numbers ("-29" as an age band) and for several header rows
    under merged cells, where scanning down for label rows stops too early.
    """
    nonblank = [i for i in range(start, min(n, start + 200)) if row_cells(rows[i])]
    data_first = None
    for k, i in enumerate(nonblank[:80]):
        following = nonblank[k + 1] if k + 1 < len(nonblank) else None
        if _datalike(rows[i]) and (following is None or _datalike(rows[following])):
            data_first = i
            break
    if data_first is None:
        return None
    data_first = _data_above(rows, start, data_first, n)
    # Header: the non-blank rows right above the data (one blank row allowed in between).
    h = data_first - 1
    if h >= start and not row_cells(rows[h]):
        h -= 1
    if h < start or not row_cells(rows[h]) or _datalike(rows[h]):
        header_first = header_last = None
        top = data_first
    else:
        if _is_section_row(rows, h, data_first, start):
            h -= 1  # the first block's label ("Prioritering"), under a header of columns
        header_last = header_first = h
        below = len(row_cells(rows[h]))
        while header_first - 1 >= start and header_last - header_first < 5:
            above = row_cells(rows[header_first - 1])
            if not above or _datalike(rows[header_first - 1]):
                break
            if len(above) == 1 and below >= 3 and len(cell_text(above[0][1])) > 30:
                break  # a long lone sentence is the table's title, not a column label
            header_first -= 1
        top = header_first
    titles = [
        " ".join(cell_text(c) for _, c in row_cells(rows[i]))
        for i in range(start, top)
        if row_cells(rows[i])
    ]
    return titles, header_first, header_last, data_first


def _is_section_row(rows: list[list[Cell]], h: int, data_first: int, start: int) -> bool:
    """A lone label right above the data, in the column where the data has its labels,
    under a header row of several cells: a section or block label, not a header."""
    cells = row_cells(rows[h])
    if len(cells) != 1 or h - 1 < start or len(row_cells(rows[h - 1])) < 2:
        return False
    j, cell = cells[0]
    first = dict(row_cells(rows[data_first]))
    return isinstance(cell, str) and j in first and not is_numeric(first[j])


def _column_kinds(rows: list[list[Cell]], first: int, n: int) -> tuple[set[int], set[int]]:
    """Columns of figures (numbers and markers) and columns of labels in the data's first
    rows."""
    numbers: Counter[int] = Counter()
    words: Counter[int] = Counter()
    filled: Counter[int] = Counter()
    for row in rows[first : min(n, first + 60)]:
        for j, cell in row_cells(row):
            filled[j] += 1
            if is_numeric(cell):
                numbers[j] += 1
            else:
                words[j] += 1
    figures = {j for j, k in numbers.items() if k >= 0.8 * filled[j]}
    labels = {j for j, k in words.items() if k >= 0.8 * filled[j]}
    return figures, labels


def _data_above(rows: list[list[Cell]], start: int, data_first: int, n: int) -> int:
    """The first data row, moved up over rows the search for two rows of figures passed by:
    a row whose cells under the figures are figures or markers ("..", one value in a row of
    blanks) and that has a label where the data has labels is data, not a header."""
    figures, labels = _column_kinds(rows, data_first, n)
    if not figures:
        return data_first
    r = data_first - 1
    while r >= start:
        cells = row_cells(rows[r])
        if not cells or headerish(rows[r]):
            break
        under = [c for j, c in cells if j in figures]
        if not under or not all(is_numeric(c) for c in under):
            break
        if labels and not any(j in labels and not is_numeric(c) for j, c in cells):
            break
        r -= 1
    return r + 1


def _locate_by_labels(
    rows: list[list[Cell]], start: int, n: int, width: int
) -> tuple[list[str], int | None, int | None, int]:
    """For tables without figures: lone cells on top are titles, the next row the header."""
    r = start
    titles: list[str] = []
    while r < n and len(row_cells(rows[r])) <= 1 and (width > 1 or r - start < 1):
        cells = row_cells(rows[r])
        if cells:
            titles.append(cell_text(cells[0][1]))
        r += 1
        if r - start > 30:
            return titles, None, None, -1
    header_first: int | None = r
    while r < n and headerish(rows[r]) and len(row_cells(rows[r])) >= 1:
        r += 1
        if r - header_first > 6:  # type: ignore[operator]
            break
    header_last: int | None = r - 1
    if header_last < header_first:  # type: ignore[operator]
        header_first = header_last = None
    elif r >= n:
        # Labels and nothing else: a text-only table, its first row the header.
        header_last = header_first
        r = header_first + 1  # type: ignore[operator]
    return titles, header_first, header_last, r


def _next_is_new_table(rows: list[list[Cell]], i: int, width: int) -> bool:
    for row in rows[i : i + 5]:
        if row_cells(row):
            return True
    return True


_METADATA_KEYS = re.compile(r"^[^\W\d][\w .()/-]{0,40}:$")


def _metadata_below(rows: list[list[Cell]], data_last: int, n: int, notes: list[str]) -> int:
    """The last row of a metadata block under the data (PX-Web's "Källa:", "Senast
    uppdaterad:", "Folkmängd:" rows, after at most two blank rows), its lines added to
    ``notes``; ``data_last`` when there is none."""
    end, i, blank = data_last, data_last + 1, 0
    while i < n:
        cells = row_cells(rows[i])
        if not cells:
            blank += 1
            if blank > 2:
                break
        elif len(cells) <= 2 and _METADATA_KEYS.match(cell_text(cells[0][1])):
            notes.append(" ".join(cell_text(c) for _, c in cells))
            end, blank = i, 0
        elif end > data_last and len(cells) == 1:
            text = cell_text(cells[0][1])  # a line that goes on from the one above
            if text not in notes:
                notes.append(text)
            end, blank = i, 0
        else:
            break
        i += 1
    return end


def _is_legend(cells: list[tuple[int, Cell]]) -> bool:
    """A marker and what it means: "..", "Uppgift saknas"."""
    if not 1 <= len(cells) <= 2 or not is_marker(cells[0][1]):
        return False
    return len(cells) == 1 or not is_numeric(cells[1][1])


def _is_note(cell: Cell) -> bool:
    if not isinstance(cell, str):
        return False
    text = cell.strip()
    return len(text) > 12 or text.lower().startswith(
        ("källa", "kilde", "source", "anm", "not", "*")
    )
