"""The long observation table of one dataset as a Qt item model.

An adapter: it holds the dataset and caches per-column arrays, display texts
and formatters at reset, so that ``data()`` is a few list look-ups, never
pandas indexing per cell. Sorting is a numpy permutation kept here, not a
proxy model, and filtering a boolean mask from ``digidesk.core.table_ops``: the
model shows the frame through one array of row positions (``_order``), so both
only replace that array. ``setData`` does not change the data: it pushes an
undoable command through the document, addressed by index label, so undo finds
the observation whatever the sort or filter. Cells changed since the last save
(the undo stack's clean state) are shown in bold.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from digidesk.core.commands import SetObservations
from digidesk.core.io.locale_numbers import parse_number
from digidesk.core.model.areas import default_register
from digidesk.core.model.observations import Dataset
from digidesk.core.model.workspace import Workspace
from digidesk.core.table_ops import filter_rows, sort_order
from digidesk.qt.document import WorkspaceDocument

MISSING_MARKERS = frozenset({"..", ".", "-", "–", "x", ":", "NA"})
COLUMNS = ("indicator", "area", "period", "gender", "value", "status")
VALUE_COLUMN = COLUMNS.index("value")
_MISSING_BRUSH = QBrush(QColor(128, 128, 128))
_CHANGED_FONT = QFont()
_CHANGED_FONT.setBold(True)
_FRAME_COLUMNS = ("indicator_id", "area_id", "period", "gender", "value", "status")
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
    }
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


def value_decimals(values: np.ndarray) -> int:
    """Decimals enough for the values of one indicator (0–3), judged from a sample."""
    finite = values[np.isfinite(values)][:500]
    for decimals in range(4):
        if np.allclose(finite, np.round(finite, decimals), rtol=0, atol=1e-9):
            return decimals
    return 3


def is_value_text(text: str) -> bool:
    """True when ``text`` can go into a value cell: a number, a missing marker or nothing."""
    text = text.strip()
    return text == "" or text in MISSING_MARKERS or parse_number(text) is not None


def _decimals_per_code(values: np.ndarray, codes: np.ndarray, count: int) -> list[int]:
    # One stable argsort groups the rows by indicator; a mask per indicator would
    # pass over all rows once per indicator.
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(count + 1))
    return [
        value_decimals(values[order[bounds[n] : min(bounds[n + 1], bounds[n] + 5000)]])
        for n in range(count)
    ]


class ObservationTableModel(QAbstractTableModel):
    #: (rows shown, rows in the dataset) after every sort, filter or reset
    count_changed = Signal(int, int)

    def __init__(self, document: WorkspaceDocument, dataset_id: str, parent=None) -> None:
        super().__init__(parent)
        self._header_names: tuple[str, ...] | None = None
        self._document = document
        self._dataset_id = dataset_id
        self._locale = QLocale()
        self._sorted: np.ndarray | None = None
        self._sort_key: tuple[int, bool] | None = None
        self._mask: np.ndarray | None = None
        self._filter_text = ""
        self._only_missing = False
        self._order = np.arange(0)
        self._changed: set[int] = set()
        self._reset_cache()
        self._take_saved_snapshot()
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)

    # -- cache -------------------------------------------------------------------------------
    def _dataset(self) -> Dataset:
        workspace = self._document.workspace
        assert workspace is not None
        return workspace.dataset(self._dataset_id)

    def _reset_cache(self) -> None:
        workspace: Workspace | None = self._document.workspace
        dataset = self._dataset()
        frame = dataset.observations
        self._total = len(frame)
        self._labels = frame.index.to_numpy()
        self._values = frame["value"].to_numpy(dtype="float64")
        self._cache_status(frame)
        register = default_register()
        # Categoricals: format each distinct code once, then index by the codes.
        indicator = frame["indicator_id"].cat
        self._indicator_codes = indicator.codes.to_numpy()
        self._indicator_ids = [str(i) for i in indicator.categories]
        titles = [workspace.indicator_title(i) if workspace else i for i in self._indicator_ids]
        self._indicator_texts = titles
        units = [
            workspace.indicators[i].unit if workspace and i in workspace.indicators else ""
            for i in self._indicator_ids
        ]
        self._percent = np.array([u.strip() == "%" for u in units] or [False])
        self._decimals = _decimals_per_code(
            self._values, self._indicator_codes, len(self._indicator_ids)
        )
        area = frame["area_id"].cat
        self._area_codes = area.codes.to_numpy()
        self._area_names: dict[str, str] = {}
        self._area_texts = []
        for code in area.categories:
            name = dataset.area_names.get(code)
            if not name:
                match = register.get(code, dataset.country or None)
                name = match.name if match else ""
            self._area_names[str(code)] = name
            self._area_texts.append(f"{code} {name}".strip())
        self._period_codes = frame["period"].cat.codes.to_numpy()
        self._period_texts = [str(p) for p in frame["period"].cat.categories] + [""]
        self._gender_codes = frame["gender"].cat.codes.to_numpy()
        self._gender_texts = [str(g) for g in frame["gender"].cat.categories] + [""]
        self._recompute_order()

    def _cache_status(self, frame) -> None:
        self._status_codes = frame["status"].cat.codes.to_numpy()
        # The padding answers code -1 (no status) with "".
        self._status_texts = [str(s) for s in frame["status"].cat.categories] + [""]

    def _status(self, position: int) -> str:
        return self._status_texts[self._status_codes[position]]

    def _recompute_order(self) -> None:
        self._recompute_sort()
        self._recompute_mask()

    def _recompute_sort(self) -> None:
        frame = self._dataset().observations
        if self._sort_key is not None:
            column, ascending = self._sort_key
            texts = {0: self._indicator_texts, 1: self._area_texts}.get(column)
            self._sorted = sort_order(frame, _FRAME_COLUMNS[column], ascending, texts)
        else:
            self._sorted = None

    def _recompute_mask(self) -> None:
        # A keystroke only changes the mask; the sort permutation is kept.
        frame = self._dataset().observations
        if self._filter_text.strip() or self._only_missing:
            self._mask = filter_rows(
                frame,
                text=self._filter_text,
                only_missing=self._only_missing,
                area_names=self._area_names,
                indicator_titles=dict(zip(self._indicator_ids, self._indicator_texts, strict=True)),
            )
        else:
            self._mask = None
        order = self._sorted if self._sorted is not None else np.arange(self._total)
        self._order = order if self._mask is None else order[self._mask[order]]

    def _reset(self, change) -> None:
        self.beginResetModel()
        change()
        self.endResetModel()
        self.count_changed.emit(len(self._order), self._total)

    def refresh(self) -> None:
        self._reset(self._reset_cache)

    def refresh_values(self, labels=None) -> None:
        """After an edit of values only: the rows stay, their cells repaint."""
        frame = self._dataset().observations
        self._values = frame["value"].to_numpy(dtype="float64")
        self._cache_status(frame)
        if labels is not None:
            for position in frame.index.get_indexer(list(labels)).tolist():
                if position >= 0:
                    self._mark(position)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, VALUE_COLUMN), self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            )

    # -- changed cells -------------------------------------------------------------------------
    def _take_saved_snapshot(self) -> None:
        self._saved_values = self._values.copy()
        self._saved_status = self._status_codes.copy()
        self._saved_status_texts = list(self._status_texts)
        self._changed.clear()

    def _mark(self, position: int) -> None:
        old, new = self._saved_values[position], self._values[position]
        same_value = old == new or (math.isnan(old) and math.isnan(new))
        same_status = self._saved_status_texts[self._saved_status[position]] == self._status(
            position
        )
        if same_value and same_status:
            self._changed.discard(position)
        else:
            self._changed.add(position)

    def _on_clean_changed(self, clean: bool) -> None:
        if clean and self._document.workspace is not None:
            had_marks = bool(self._changed)
            self._take_saved_snapshot()
            if had_marks and self.rowCount():
                self.dataChanged.emit(
                    self.index(0, VALUE_COLUMN), self.index(self.rowCount() - 1, VALUE_COLUMN)
                )

    def is_changed(self, row: int) -> bool:
        return int(self._order[row]) in self._changed

    @property
    def dataset_id(self) -> str:
        return self._dataset_id

    @property
    def total_rows(self) -> int:
        return self._total

    # -- sort and filter -------------------------------------------------------------------------
    def set_filter(self, text: str) -> None:
        """Show only rows whose area (code or name) or indicator (id or title) match ``text``."""
        if text == self._filter_text:
            return
        self._filter_text = text
        self._reset(self._recompute_mask)

    def set_only_missing(self, only_missing: bool) -> None:
        self._only_missing = only_missing
        self._reset(self._recompute_mask)

    @property
    def only_missing(self) -> bool:
        return self._only_missing

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
            self._header_names = (
                self.tr("Indicator"),
                self.tr("Area"),
                self.tr("Period"),
                self.tr("Gender"),
                self.tr("Value"),
                self.tr("Status"),
            )
        return self._header_names[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:
            return None
        row = self._order[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == VALUE_COLUMN else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == VALUE_COLUMN and math.isnan(self._values[row]):
                return _MISSING_BRUSH
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == VALUE_COLUMN and self._changed and int(row) in self._changed:
                return _CHANGED_FONT
            return None
        if column == 0:
            return self._indicator_texts[self._indicator_codes[row]]
        if column == 1:
            return self._area_texts[self._area_codes[row]]
        if column == 2:
            return self._period_texts[self._period_codes[row]]
        if column == 3:
            return self._gender_texts[self._gender_codes[row]]
        if column == VALUE_COLUMN:
            return self._format_value(row, role == Qt.ItemDataRole.EditRole)
        return self._status(row)

    def _format_value(self, row: int, editing: bool) -> str:
        value = self._values[row]
        if math.isnan(value):
            return "" if editing else (self._status(row) or "..")
        code = self._indicator_codes[row]
        text = self._locale.toString(float(value), "f", self._decimals[code])
        return f"{text} %" if self._percent[code] and not editing else text

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == VALUE_COLUMN else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != VALUE_COLUMN:
            return False
        text = str(value).strip()
        if not is_value_text(text):
            return False
        if text == "" or text in MISSING_MARKERS:
            new_value, status = math.nan, text or ".."
        else:
            parsed = parse_number(text)
            if parsed is None:
                return False
            new_value, status = parsed[0], ""
        label = int(self._labels[self._order[index.row()]])
        self._document.push(SetObservations(self._dataset_id, (label,), (new_value,), (status,)))
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Stable sort by a permutation; missing values last in both directions."""
        self._sort_key = (column, order == Qt.SortOrder.AscendingOrder)
        self._reset(self._recompute_order)

    def copy_text(self, row: int, column: int) -> str:
        """A cell as text for the clipboard: numbers without thousands separators, in the
        locale's decimal sign, so that a spreadsheet in the same locale reads them as numbers."""
        if column != VALUE_COLUMN:
            return str(self.data(self.index(row, column)))
        value = self._values[self._order[row]]
        if math.isnan(value):
            return self._status(int(self._order[row]))
        locale = QLocale(self._locale)
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        return locale.toString(
            float(value), "f", self._decimals[self._indicator_codes[self._order[row]]]
        )

    def paste_values(self, row: int, column: int, cells: list[list[str]]) -> str:
        """Paste a block into the value column as one undoable command; returns a problem text
        (empty when the paste was done)."""
        if column != VALUE_COLUMN or any(len(line) != 1 for line in cells):
            return self.tr("Only a single column of numbers can be pasted, into the Value column.")
        if row + len(cells) > self.rowCount():
            return self.tr("The pasted block has more rows than the table below the current cell.")
        labels, values, statuses = [], [], []
        for offset, (text,) in enumerate(cells):
            text = text.strip()
            parsed = parse_number(text) if text else None
            if text and parsed is None and text not in MISSING_MARKERS:
                return self.tr("“{text}” is not a number.").format(text=text)
            labels.append(self.label_at(row + offset))
            values.append(parsed[0] if parsed else math.nan)
            statuses.append("" if parsed else (text or ".."))
        self._document.push(
            SetObservations(self._dataset_id, tuple(labels), tuple(values), tuple(statuses))
        )
        return ""

    def label_at(self, row: int) -> int:
        return int(self._labels[self._order[row]])
