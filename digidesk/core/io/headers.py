"""Column labels from a table's header rows, and what a header names.

Several header rows become one label per column, upper rows first, joined by
" / " ("Medelålder / Kvinnor"); a label spread over merged cells, or written once
over the empty cells to its right, covers each column it spans.
"""

from __future__ import annotations

from digidesk.core.io.cells import cell_text, column_letter, is_blank
from digidesk.core.io.grid import Cell, RawSheet

SEPARATOR = " / "


def column_labels(sheet: RawSheet, first: int | None, last: int | None) -> list[str]:
    width = sheet.n_cols
    if first is None or last is None:
        return [f"{column_letter(j)}" for j in range(width)]
    header = [
        list(sheet.rows[r]) + [""] * (width - len(sheet.rows[r])) for r in range(first, last + 1)
    ]
    # Spread merged labels over the columns they span (explicit merges, then the
    # convention that an upper header label covers the empty cells to its right).
    for merged in sheet.merged:
        if merged.first_row < first or merged.first_row > last:
            continue
        value = (
            sheet.rows[merged.first_row][merged.first_col]
            if merged.first_col < len(sheet.rows[merged.first_row])
            else ""
        )
        for r in range(merged.first_row, min(merged.last_row, last) + 1):
            for j in range(merged.first_col, min(merged.last_col + 1, width)):
                if is_blank(header[r - first][j]):
                    header[r - first][j] = value
    # Without merge information (CSV, ods), an upper label covers the empty cells to its
    # right; with it, the merges say exactly which columns a label spans.
    for row in header[:-1] if not sheet.merged else ():
        carry: Cell = ""
        for j in range(width):
            if is_blank(row[j]):
                if not is_blank(header[-1][j]) or j == 0:
                    row[j] = carry
            else:
                carry = row[j]
    labels = []
    for j in range(width):
        parts: list[str] = []
        for row in header:
            text = cell_text(row[j])
            if text and text not in parts:
                parts.append(text)
        labels.append(SEPARATOR.join(parts) if parts else "")
    return labels
