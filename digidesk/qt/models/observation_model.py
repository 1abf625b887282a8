"""The long observation table of one dataset as a Qt item model.

An adapter: it reads the dataset's :class:`DatasetCache` (per-column arrays and
texts built once), so that ``data()`` is a few list look-ups, never pandas
indexing per cell. Sorting is a numpy permutation and filtering a boolean mask
from :mod:`digidesk.core.table_ops`: the model shows the frame through one array
of row positions (``_order``), and both only replace that array, off the GUI
thread for big tables. ``setData`` does not change the data: it pushes an
undoable command through the document, addressed by index label, so undo finds
the observation whatever the sort or filter. Cells changed since the last save
are shown in bold.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from digidesk.core.cell_edits import CellTarget, cell_edit, parse_cell
from digidesk.core.table_ops import RowFilter, sort_order, view_order
from digidesk.qt.document import WorkspaceDocument
from digidesk.qt.models.background import BackgroundOrdering
from digidesk.qt.models.dataset_cache import DatasetCache

COLUMNS = ("indicator", "area", "period", "gender", "value", "status")
VALUE_COLUMN = COLUMNS.index("value")
_FRAME_COLUMNS = ("indicator_id", "area_id", "period", "gender", "value", "status")
MISSING_BRUSH = QBrush(QColor(128, 128, 128))
CHANGED_FONT = QFont()
CHANGED_FONT.setBold(True)
ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


def is_value_text(text: str) -> bool:
    """True when ``text`` can go into a value cell: a number, a missing marker or nothing."""
    return parse_cell(text) is not None


def column_titles() -> tuple[str, ...]:
    """The long table's column headers, also used by the import wizard's preview."""
    return (
        QCoreApplication.translate("ObservationTableModel", "Indicator"),
        QCoreApplication.translate("ObservationTableModel", "Area"),
        QCoreApplication.translate("ObservationTableModel", "Period"),
        QCoreApplication.translate("ObservationTableModel", "Gender"),
        QCoreApplication.translate("ObservationTableModel", "Value"),
        QCoreApplication.translate("ObservationTableModel", "Status"),
    )


def push_cell_edit(
    document: WorkspaceDocument, cache: DatasetCache, target: CellTarget | None, value: Any
) -> bool:
    """What ``setData`` does in either table model: one undoable command, or False for
    text that is not a value (the editor has refused it already)."""
    parsed = parse_cell(str(value))
    if parsed is None or target is None:
        return False
    command = cell_edit(cache.dataset_id, cache.frame, [(target, *parsed)])
    if command is not None:
        document.push(command)
    return True


class ObservationTableModel(QAbstractTableModel):
    #: (rows shown, rows in the dataset) after every sort, filter or reset
    count_changed = Signal(int, int)

    def __init__(
        self,
        document: WorkspaceDocument,
        cache: DatasetCache,
        ordering: BackgroundOrdering,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._header_names: tuple[str, ...] | None = None
        self._document = document
        self._cache = cache
        self._ordering = ordering
        self._row_filter = RowFilter()
        self._sort_key: tuple[int, bool] | None = None
        self._sorted: np.ndarray | None = None
        self._pending_sort: tuple[int, bool] | None = None
        # Positions changed (rows added or removed): the next order must sort again, even
        # if a filter keystroke supersedes the reload that was asked for.
        self._needs_resort = False
        self._order = np.arange(cache.total, dtype=np.int64)
        ordering.failed.connect(self._clear_pending)

    @property
    def dataset_id(self) -> str:
        return self._cache.dataset_id

    @property
    def total_rows(self) -> int:
        return self._cache.total

    @property
    def row_filter(self) -> RowFilter:
        return self._row_filter

    # -- sort and filter -------------------------------------------------------------------------
    def set_row_filter(self, row_filter: RowFilter) -> None:
        if row_filter != self._row_filter:
            self._row_filter = row_filter
            self._update_order(resort=False)

    @property
    def sort_key(self) -> tuple[int, bool] | None:
        """(column, ascending) of the sort shown, None for the rows' own order."""
        return self._sort_key

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Stable sort by a permutation; missing values last in both directions."""
        key = (column, order == Qt.SortOrder.AscendingOrder)
        # QTableView.sortByColumn asks twice (once through the header's indicator); the
        # second request for a sort still being computed would only compute it again.
        if key == self._pending_sort:
            return
        self._sort_key = key if column >= 0 else None  # -1: the rows' own order
        self._pending_sort = key
        self._update_order(resort=True)

    def reload(self) -> None:
        """After rows were added or removed: positions changed, sort and filter again."""
        self._update_order(resort=True)

    def remap(self, old_labels: np.ndarray, index) -> None:
        """Rows were added or removed: show the same observations at their new positions
        at once (the new sort and filter may come from the background later), so that an
        edit never lands on another row meanwhile."""
        positions = index.get_indexer(old_labels[self._order])
        self.beginResetModel()
        self._order = positions[positions >= 0]
        self._sorted = None
        self._needs_resort = True
        self.endResetModel()

    def _clear_pending(self, _error: object = None) -> None:
        self._pending_sort = None

    def _update_order(self, resort: bool) -> None:
        # A filter typed while a sort is computed supersedes it, so it must sort too.
        resort = resort or self._pending_sort is not None or self._needs_resort
        self._needs_resort = resort
        # A snapshot: with copy-on-write, edits made meanwhile do not reach the worker.
        cache, frame, row_filter = self._cache, self._cache.frame.copy(deep=False), self._row_filter
        sort_key, kept = self._sort_key, self._sorted

        def compute() -> tuple[np.ndarray | None, np.ndarray]:
            # Runs on a worker thread for big tables: reads only what it was handed.
            permutation = kept
            if resort:
                permutation = None
                if sort_key is not None:
                    column, ascending = sort_key
                    texts = {0: cache.indicator_texts, 1: cache.area_texts}.get(column)
                    if texts is not None:
                        texts = texts[: len(frame[_FRAME_COLUMNS[column]].cat.categories)]
                    permutation = sort_order(frame, _FRAME_COLUMNS[column], ascending, texts)
            order = view_order(
                frame, row_filter, permutation, cache.area_names, cache.indicator_titles
            )
            return permutation, order

        def apply(result: tuple[np.ndarray | None, np.ndarray]) -> None:
            if resort:
                self._clear_pending()
                self._needs_resort = False
            self.beginResetModel()
            self._sorted, self._order = result
            self.endResetModel()
            self.count_changed.emit(len(self._order), cache.total)

        self._ordering.run(len(frame), compute, apply, key="long")

    # -- after edits ----------------------------------------------------------------------------
    def values_changed(self) -> None:
        """Values changed in place: the rows stay (no jumping rows under the cursor)."""
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, VALUE_COLUMN), self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            )

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if self._header_names is None:  # translated once, not on every header repaint
            self._header_names = column_titles()
        return self._header_names[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES:
            return None
        cache = self._cache
        row = self._order[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == VALUE_COLUMN else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == VALUE_COLUMN and math.isnan(cache.values[row]):
                return MISSING_BRUSH
            return None
        if role == Qt.ItemDataRole.FontRole:
            return CHANGED_FONT if column == VALUE_COLUMN and cache.is_changed(row) else None
        if role == Qt.ItemDataRole.ToolTipRole and column > 1:
            return None  # the whole text of a long name, which the column may cut
        if column == 0:
            return cache.indicator_texts[cache.indicator_codes[row]]
        if column == 1:
            return cache.area_texts[cache.area_codes[row]]
        if column == 2:
            return cache.period_texts[cache.period_codes[row]]
        if column == 3:
            return cache.gender_texts[cache.gender_codes[row]]
        if column == VALUE_COLUMN:
            return cache.format_value(row, role == Qt.ItemDataRole.EditRole)
        return cache.status(row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == VALUE_COLUMN else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != VALUE_COLUMN:
            return False
        return push_cell_edit(
            self._document, self._cache, self.target(index.row(), index.column()), value
        )

    # -- cells for the view's edit operations ------------------------------------------------
    def is_value_cell(self, column: int) -> bool:
        return column == VALUE_COLUMN

    def target(self, row: int, column: int) -> CellTarget | None:
        """What an edit of this cell changes; None for cells that are not values."""
        return CellTarget(label=self.label_at(row)) if column == VALUE_COLUMN else None

    def copy_text(self, row: int, column: int) -> str:
        if column != VALUE_COLUMN:
            return str(self.data(self.index(row, column)))
        return self._cache.copy_value(int(self._order[row]))

    def header_text(self, column: int) -> str:
        return str(self.headerData(column, Qt.Orientation.Horizontal))

    def label_at(self, row: int) -> int:
        return int(self._cache.labels[self._order[row]])

    def position_at(self, row: int) -> int:
        return int(self._order[row])

    def shown_positions(self) -> np.ndarray:
        """Frame positions of the rows shown, in the order shown (for export)."""
        return self._order
