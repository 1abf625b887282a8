"""Column widths of a dataset's tables: as wide as their texts, within limits that keep
the figures in sight, and measured without asking every row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

if TYPE_CHECKING:
    from digidesk.qt.models.pivot_model import PivotTableModel

PIVOT_WIDTH_SAMPLE = 60  # rows of a pivot measured for its column widths
NAME_CHARACTERS = 60  # the widest an indicator or area column opens, in average characters


def fit_long_columns(table: QTableView) -> None:
    """Columns as wide as their texts, but a long indicator or area name no wider than
    ``NAME_CHARACTERS``: the area, period and value stay in sight, the name is cut in the
    middle (its breakdown is at its end) and shown whole as a tooltip."""
    table.resizeColumnsToContents()
    table.setWordWrap(False)  # one line per row: a wrapped name is cut at its end
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    widest = table.fontMetrics().averageCharWidth() * NAME_CHARACTERS
    for column in (0, 1):
        if table.columnWidth(column) > widest:
            table.setColumnWidth(column, widest)


def fit_pivot_columns(table: QTableView, model: PivotTableModel) -> None:
    """Widths from the header lines and the first rows' texts.

    Not resizeColumnsToContents: it asks a thousand rows of every column, which for a
    pivot of a few hundred indicators takes half a minute.
    """
    header = table.horizontalHeader()
    text_width = table.fontMetrics().horizontalAdvance
    header_width = header.fontMetrics().horizontalAdvance
    rows = range(min(model.rowCount(), PIVOT_WIDTH_SAMPLE))
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widths = [header_width(line) + 28 for line in title.split("\n")]  # + sort arrow
        widths += [text_width(str(model.index(r, column).data() or "")) + 12 for r in rows]
        limit = 320 if column < model.key_columns else 260
        header.resizeSection(column, min(max(max(widths), 70), limit))
