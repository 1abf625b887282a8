"""A dataset as a wide table: areas as rows, indicators, periods or genders as columns.

An adapter over :class:`digidesk.core.pivot.Pivot`, whose cells are positions of
observations: a cell's text comes from the shared :class:`DatasetCache`, and an
edit pushes a command on the observation itself (or adds one where the cell is
empty), so undo works whatever the pivot's shape, sort or filter. The first
columns hold the row keys (area, then the other dimensions that vary); the
view keeps them in sight while scrolling sideways.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from digidesk.core.cell_edits import CellTarget
from digidesk.core.pivot import Pivot, PivotAxis, build_pivot, key_sort_order, row_sort_order
from digidesk.core.table_ops import RowFilter, view_order
from digidesk.qt.document import WorkspaceDocument
from digidesk.qt.models.background import BackgroundOrdering
from digidesk.qt.models.dataset_cache import DatasetCache
from digidesk.qt.models.observation_model import (
    CHANGED_FONT,
    MISSING_BRUSH,
    RIGHT,
    ROLES,
    Index,
    push_cell_edit,
)

_ROLES = ROLES | {Qt.ItemDataRole.ToolTipRole}


class PivotTableModel(QAbstractTableModel):
    #: (observations shown, observations in the dataset): the status bar counts the
    #: dataset's rows in both shapes, so that switching shape does not change the count
    count_changed = Signal(int, int)

    def __init__(
        self,
        document: WorkspaceDocument,
        cache: DatasetCache,
        ordering: BackgroundOrdering,
        axis: PivotAxis = "indicator",
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._cache = cache
        self._ordering = ordering
        self._axis: PivotAxis = axis
        self._row_filter = RowFilter()
        self._sort_key: tuple[int, bool] | None = None
        self._pending_sort: tuple[int, bool] | None = None
        self._requested: tuple[PivotAxis, RowFilter] | None = None  # what the pivot is built for
        self._pivot: Pivot | None = None
        self._rows = np.arange(0, dtype=np.int64)
        self._key_names: list[str] = []
        self._headers: list[str] = []
        ordering.failed.connect(self._clear_pending)

    def _clear_pending(self, _error: object = None) -> None:
        # After a failure (a pivot too large) the same request may be made again.
        self._pending_sort = None
        self._requested = None

    def remap(self, old_labels: np.ndarray, index) -> None:
        """Rows were added or removed: the cells point at their observations' new positions
        (-1 where removed) until the pivot is built again."""
        if self._pivot is None:
            return
        cells = self._pivot.cells
        mapped = np.full(cells.shape, -1, dtype=np.int64)
        present = cells >= 0
        mapped[present] = index.get_indexer(old_labels[cells[present]])
        self.beginResetModel()
        self._pivot = replace(self._pivot, cells=mapped)
        self.endResetModel()

    def invalidate(self) -> None:
        """Rows were added or removed while the pivot was not shown: build it when shown,
        and never show a build still running on the old rows."""
        self._requested = None
        self._ordering.discard("pivot")

    # -- shape, sort and filter ----------------------------------------------------------------
    @property
    def axis(self) -> PivotAxis:
        return self._axis

    @property
    def key_columns(self) -> int:
        """How many leading columns hold row keys (area first)."""
        return len(self._key_names)

    def column_key(self, column: int) -> str:
        """The code a value column stands for (an indicator id, a period or a gender)."""
        return str(self._pivot.column_keys[column - self.key_columns])  # type: ignore[union-attr]

    def key_name(self, column: int) -> str:
        """The observation column a key column shows ("area_id", "period"…)."""
        return self._key_names[column]

    @property
    def duplicates(self) -> int:
        return self._pivot.duplicates if self._pivot is not None else 0

    def show(self, axis: PivotAxis, row_filter: RowFilter) -> None:
        """Pivot on ``axis`` the rows ``row_filter`` lets through; built once per change."""
        if (axis, row_filter) == self._requested:
            return
        if axis != self._axis:
            self._sort_key = None
        self._axis, self._row_filter = axis, row_filter
        self.reload()

    def set_row_filter(self, row_filter: RowFilter) -> None:
        self.show(self._axis, row_filter)

    @property
    def sort_key(self) -> tuple[int, bool] | None:
        """(column, ascending) of the sort shown, None for the rows' own order."""
        return self._sort_key

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = (column, order == Qt.SortOrder.AscendingOrder)
        if key == self._pending_sort:  # sortByColumn asks twice; build the pivot once
            return
        self._pending_sort = key
        self._sort_key = key if column >= 0 else None  # -1: back to the rows' own order
        self.reload()

    def reload(self) -> None:
        """Build the pivot again (after a filter, a sort, or rows added or removed)."""
        self._requested = (self._axis, self._row_filter)
        source = self._cache.frame  # replaced, not changed, when rows are added or removed
        cache, frame = self._cache, source.copy(deep=False)  # a snapshot (see the long model)
        axis, row_filter, sort_key = self._axis, self._row_filter, self._sort_key

        def compute() -> tuple[Pivot, np.ndarray, int]:
            positions = view_order(
                frame, row_filter, None, cache.area_names, cache.indicator_titles
            )
            pivot = build_pivot(frame, axis, positions)
            rows = self._sorted_rows(pivot, sort_key, frame["value"].to_numpy())
            return pivot, rows, len(positions)

        def apply(result: tuple[Pivot, np.ndarray, int]) -> None:
            if cache.frame is not source:  # built on rows that have changed since
                return
            self._pending_sort = None
            self.beginResetModel()
            self._pivot, self._rows, shown = result
            self._key_names = list(self._pivot.row_keys)
            self._headers = [self._column_header(k) for k in self._pivot.column_keys.tolist()]
            self.endResetModel()
            self.count_changed.emit(shown, cache.total)

        self._ordering.run(len(frame), compute, apply, key="pivot")

    def _sorted_rows(
        self, pivot: Pivot, sort_key: tuple[int, bool] | None, values: np.ndarray
    ) -> np.ndarray:
        if sort_key is None:
            return np.arange(pivot.shape[0], dtype=np.int64)
        column, ascending = sort_key
        keys = list(pivot.row_keys)
        if column < len(keys):
            name = keys[column]
            texts = self._key_texts(name)
            return key_sort_order(pivot.row_keys[name], texts, ascending)
        if column - len(keys) >= pivot.shape[1]:
            return np.arange(pivot.shape[0], dtype=np.int64)
        return row_sort_order(pivot, values, column - len(keys), ascending)

    def _key_texts(self, name: str) -> dict[str, str] | None:
        cache = self._cache
        if name == "area_id":
            return {code: f"{code} {n}".strip() for code, n in cache.area_names.items()}
        if name == "indicator_id":
            return cache.indicator_titles
        return None

    def _column_header(self, key: str) -> str:
        if self._axis == "indicator":
            return self._cache.indicator_header(key)
        return key or self.tr("(none)")  # a file without periods

    def values_changed(self) -> None:
        if self.rowCount() and self.columnCount() > self.key_columns:
            self.dataChanged.emit(
                self.index(0, self.key_columns),
                self.index(self.rowCount() - 1, self.columnCount() - 1),
            )

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self._pivot is None:
            return 0
        return self.key_columns + self._pivot.shape[1]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section < self.key_columns:
            return self._key_header(self._key_names[section])
        key = str(self._pivot.column_keys[section - self.key_columns])  # type: ignore[union-attr]
        if role == Qt.ItemDataRole.ToolTipRole and self._axis == "indicator":
            return f"{self._cache.workspace.indicator_title(key)} ({key})"
        return self._headers[section - self.key_columns]

    def _key_header(self, name: str) -> str:
        return {
            "area_id": self.tr("Area"),
            "indicator_id": self.tr("Indicator"),
            "period": self.tr("Period"),
            "gender": self.tr("Gender"),
        }[name]

    def _position(self, row: int, column: int) -> int:
        return int(self._pivot.cells[self._rows[row], column - self.key_columns])  # type: ignore[union-attr]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or self._pivot is None:
            return None
        row, column = index.row(), index.column()
        cache = self._cache
        if column < self.key_columns:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                code = str(self._pivot.row_keys[self._key_names[column]][self._rows[row]])
                name = self._key_names[column]
                if name == "area_id":
                    return f"{code} {cache.area_names.get(code, '')}".strip()
                if name == "indicator_id":
                    return cache.indicator_titles.get(code, code)
                return code
            return None
        position = self._position(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if position < 0:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("No observation: type a value to add one")
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return MISSING_BRUSH if math.isnan(cache.values[position]) else None
        if role == Qt.ItemDataRole.FontRole:
            return CHANGED_FONT if cache.is_changed(position) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        return cache.format_value(position, role == Qt.ItemDataRole.EditRole)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() >= self.key_columns:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() < self.key_columns:
            return False
        target = self.target(index.row(), index.column())
        return push_cell_edit(self._document, self._cache, target, value)

    # -- cells for the view's edit operations ------------------------------------------------
    def is_value_cell(self, column: int) -> bool:
        return column >= self.key_columns

    def target(self, row: int, column: int) -> CellTarget | None:
        if column < self.key_columns or self._pivot is None:
            return None
        position = self._position(row, column)
        if position >= 0:
            return CellTarget(label=int(self._cache.labels[position]))
        keys = self._pivot.key_of(int(self._rows[row]), column - self.key_columns)
        return CellTarget(keys=keys)

    def copy_text(self, row: int, column: int) -> str:
        if column < self.key_columns:
            return str(self.data(self.index(row, column)))
        position = self._position(row, column)
        return self._cache.copy_value(position) if position >= 0 else ""

    def header_text(self, column: int) -> str:
        return str(self.headerData(column, Qt.Orientation.Horizontal)).replace("\n", " ")

    def pivot_rows(self) -> tuple[Pivot | None, np.ndarray]:
        """The pivot and the order of its rows as shown (for export)."""
        return self._pivot, self._rows
