"""Copy, paste, fill down and clear on a table view's selection, each one undo step.

Works on either table model (long or pivot) through the few methods both
offer: ``is_value_cell``, ``target`` (what an edit of a cell changes),
``copy_text`` and ``header_text``. What cannot be done is returned as a
sentence for the status bar, never half done.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QTableView

from digidesk.core.cell_edits import CellTarget, cell_edit, parse_cell, parse_clipboard
from digidesk.qt.document import WorkspaceDocument
from digidesk.qt.models.dataset_cache import DatasetCache


class CellOperations(QObject):
    def __init__(self, document: WorkspaceDocument, cache: DatasetCache, parent=None) -> None:
        super().__init__(parent)
        self._document = document
        self._cache = cache

    # -- reading the selection -----------------------------------------------------------------
    @staticmethod
    def _cells(table: QTableView) -> list[tuple[int, int]]:
        """The selected cells (row, column) in visible columns, top to bottom, left to right."""
        indexes = table.selectionModel().selectedIndexes() if table.selectionModel() else []
        return sorted(
            (i.row(), i.column()) for i in indexes if not table.isColumnHidden(i.column())
        )

    @classmethod
    def _selected(cls, table: QTableView) -> tuple[list[int], list[int]]:
        cells = cls._cells(table)
        return sorted({r for r, _ in cells}), sorted({c for _, c in cells})

    def copy(self, table: QTableView, with_headers: bool = False) -> bool:
        """The selection as tab-separated text that Excel and LibreOffice paste as a block."""
        rows, columns = self._selected(table)
        if not rows:
            return False
        model = table.model()
        lines = []
        if with_headers:
            lines.append("\t".join(model.header_text(c) for c in columns))
        selection = table.selectionModel()
        for row in rows:
            cells = [
                model.copy_text(row, c) if selection.isSelected(model.index(row, c)) else ""
                for c in columns
            ]
            lines.append("\t".join(cells))
        QApplication.clipboard().setText("\n".join(lines) + "\n")
        return True

    # -- writing ---------------------------------------------------------------------------------
    def paste(self, table: QTableView, text: str) -> str:
        """Paste a block from the current cell on; one value fills the whole selection."""
        current = table.currentIndex()
        if not current.isValid() or not text.strip():
            return ""
        cells = parse_clipboard(text)
        model = table.model()
        selected = self._cells(table)
        if len(cells) == 1 and len(cells[0]) == 1 and len(selected) > 1:
            places = selected  # exactly the cells selected, not the rectangle around them
            texts = [cells[0][0]] * len(places)
        else:
            width = max(len(line) for line in cells)
            top, left = current.row(), current.column()
            if top + len(cells) > model.rowCount():
                return self.tr(
                    "The copied block has {rows} rows, but only {room} rows are below "
                    "the current cell. Nothing was pasted."
                ).format(rows=len(cells), room=model.rowCount() - top)
            if left + width > model.columnCount():
                return self.tr(
                    "The copied block has {columns} columns, but only {room} columns are to "
                    "the right of the current cell. Nothing was pasted."
                ).format(columns=width, room=model.columnCount() - left)
            places, texts = [], []
            for offset, line in enumerate(cells):
                for step, cell in enumerate(line):
                    places.append((top + offset, left + step))
                    texts.append(cell)
        return self._write(table, places, texts, "paste")

    def fill_down(self, table: QTableView) -> str:
        """Copy the top selected value of each column into the selected cells below it."""
        model = table.model()
        by_column: dict[int, list[int]] = {}
        for row, column in self._cells(table):
            if model.is_value_cell(column):
                by_column.setdefault(column, []).append(row)
        if not any(len(rows) > 1 for rows in by_column.values()):
            return self.tr("Select the cell to copy and the cells below it to fill down.")
        places, texts = [], []
        for column, rows in by_column.items():
            # Each column from its own top selected cell.
            source = model.copy_text(rows[0], column)
            for row in rows[1:]:
                places.append((row, column))
                texts.append(source)
        return self._write(table, places, texts, "fill_down")

    def clear(self, table: QTableView) -> str:
        """Empty the selected value cells (their marker becomes "..")."""
        model = table.model()
        places = [(r, c) for r, c in self._cells(table) if model.is_value_cell(c)]
        return self._write(table, places, [""] * len(places), "clear")

    def _write(
        self, table: QTableView, places: list[tuple[int, int]], texts: list[str], action: str
    ) -> str:
        model = table.model()
        edits: list[tuple[CellTarget, float, str]] = []
        for (row, column), text in zip(places, texts, strict=True):
            target = model.target(row, column)
            if target is None:
                return self.tr(
                    "Only values can be changed; “{column}” is not a value column."
                ).format(column=model.header_text(column))
            parsed = parse_cell(text)
            if parsed is None:
                return self.tr("“{text}” is not a number. Nothing was changed.").format(
                    text=text.strip()
                )
            edits.append((target, *parsed))
        command = cell_edit(self._cache.dataset_id, self._cache.frame, edits, action)
        if command is not None:
            self._document.push(command)
        return ""
