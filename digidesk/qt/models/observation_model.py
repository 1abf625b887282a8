"""The long observation table of one dataset as a Qt item model.

An adapter: it holds the dataset and caches per-column arrays, display texts
and formatters at reset, so that ``data()`` is a few list look-ups, never
pandas indexing per cell. Sorting is a numpy permutation kept here, not a
proxy model. ``setData`` does not change the data: it pushes an undoable
command through the document.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from digidesk.core.commands import SetObservations
from digidesk.core.io.locale_numbers import parse_number
from digidesk.core.model.areas import default_register
from digidesk.core.model.observations import Dataset
from digidesk.core.model.workspace import Workspace
from digidesk.qt.document import WorkspaceDocument

MISSING_MARKERS = frozenset({"..", ".", "-", "–", "x", ":", "NA"})
COLUMNS = ("indicator", "area", "period", "gender", "value", "status")
VALUE_COLUMN = COLUMNS.index("value")
_MISSING_BRUSH = QBrush(QColor(128, 128, 128))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


def value_decimals(values: np.ndarray) -> int:
    """Decimals enough for the values of one indicator (0–3), judged from a sample."""
    finite = values[np.isfinite(values)][:500]
    for decimals in range(4):
        if np.allclose(finite, np.round(finite, decimals), rtol=0, atol=1e-9):
            return decimals
    return 3


class ObservationTableModel(QAbstractTableModel):
    def __init__(self, document: WorkspaceDocument, dataset_id: str, parent=None) -> None:
        super().__init__(parent)
        self._document = document
        self._dataset_id = dataset_id
        self._locale = QLocale()
        self._order = np.arange(0)
        self._reset_cache()

    # -- cache -------------------------------------------------------------------------------
    def _dataset(self) -> Dataset:
        workspace = self._document.workspace
        assert workspace is not None
        return workspace.dataset(self._dataset_id)

    def _reset_cache(self) -> None:
        workspace: Workspace | None = self._document.workspace
        dataset = self._dataset()
        frame = dataset.observations
        self._labels = frame.index.to_numpy()
        self._values = frame["value"].to_numpy(dtype="float64")
        self._status = frame["status"].astype(str).to_numpy(dtype=object)
        register = default_register()
        # Categoricals: format each distinct code once, then index by the codes.
        indicator = frame["indicator_id"].cat
        self._indicator_codes = indicator.codes.to_numpy()
        titles = [workspace.indicator_title(i) if workspace else i for i in indicator.categories]
        self._indicator_texts = titles
        self._indicator_ids = [str(i) for i in indicator.categories]
        units = [
            workspace.indicators[i].unit if workspace and i in workspace.indicators else ""
            for i in indicator.categories
        ]
        self._percent = np.array([u.strip() == "%" for u in units] or [False])
        self._decimals = [
            value_decimals(self._values[self._indicator_codes == n])
            for n in range(len(indicator.categories))
        ]
        area = frame["area_id"].cat
        self._area_codes = area.codes.to_numpy()
        self._area_texts = []
        for code in area.categories:
            name = dataset.area_names.get(code)
            if not name:
                match = register.get(code, dataset.country or None)
                name = match.name if match else ""
            self._area_texts.append(f"{code} {name}".strip())
        self._period = frame["period"].astype(str).to_numpy(dtype=object)
        self._gender = frame["gender"].astype(str).to_numpy(dtype=object)
        if len(self._order) != len(frame):
            self._order = np.arange(len(frame))

    def refresh(self) -> None:
        self.beginResetModel()
        self._reset_cache()
        self.endResetModel()

    def refresh_values(self) -> None:
        """After an edit of values only: the rows stay, their cells repaint."""
        frame = self._dataset().observations
        self._values = frame["value"].to_numpy(dtype="float64")
        self._status = frame["status"].astype(str).to_numpy(dtype=object)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, VALUE_COLUMN), self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            )

    @property
    def dataset_id(self) -> str:
        return self._dataset_id

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
        names = (
            self.tr("Indicator"),
            self.tr("Area"),
            self.tr("Period"),
            self.tr("Gender"),
            self.tr("Value"),
            self.tr("Status"),
        )
        return names[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        row = self._order[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == VALUE_COLUMN else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == VALUE_COLUMN and math.isnan(self._values[row]):
                return _MISSING_BRUSH
            return None
        if column == 0:
            return self._indicator_texts[self._indicator_codes[row]]
        if column == 1:
            return self._area_texts[self._area_codes[row]]
        if column == 2:
            return self._period[row]
        if column == 3:
            return self._gender[row]
        if column == VALUE_COLUMN:
            return self._format_value(row, role == Qt.ItemDataRole.EditRole)
        return self._status[row]

    def _format_value(self, row: int, editing: bool) -> str:
        value = self._values[row]
        if math.isnan(value):
            return "" if editing else (self._status[row] or "..")
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
        self.layoutAboutToBeChanged.emit()
        keys: np.ndarray
        if column == VALUE_COLUMN:
            keys = self._values
        else:
            texts = (self._indicator_texts, self._area_texts)[column] if column < 2 else None
            if texts is not None:
                codes = (self._indicator_codes, self._area_codes)[column]
                rank = np.argsort(np.argsort(np.array(texts, dtype=object), kind="stable"))
                keys = rank[codes].astype("float64")
            else:
                source = (self._period, self._gender, None, self._status)[column - 2]
                _, keys = np.unique(source.astype(str), return_inverse=True)
                keys = keys.astype("float64")
        descending = order == Qt.SortOrder.DescendingOrder
        missing = np.isnan(keys)
        ordered = np.where(missing, np.inf, -keys if descending else keys)
        self._order = np.argsort(ordered, kind="stable")
        self.layoutChanged.emit()

    def copy_text(self, row: int, column: int) -> str:
        """A cell as text for the clipboard: numbers without thousands separators, in the
        locale's decimal sign, so that a spreadsheet in the same locale reads them as numbers."""
        if column != VALUE_COLUMN:
            return str(self.data(self.index(row, column)))
        value = self._values[self._order[row]]
        if math.isnan(value):
            return self._status[self._order[row]]
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
