"""Item models of the import wizard: the raw sheet, the column roles, the tidy preview.

Light adapters over the core's grid and plans; the dialog in
:mod:`digidesk.qt.dialogs.import_wizard` arranges them.
"""

import json
import math
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QWidget,
)

from digidesk.core.io.cells import cell_text, column_letter, is_blank
from digidesk.core.io.grid import RawBook, RawSheet
from digidesk.core.io.plan import ROLES, TablePlan
from digidesk.core.model.areas import AreaRegister
from digidesk.qt.models.observation_model import column_titles

RAW_ROWS = 200  # rows of the sheet shown at a time
RAW_COLUMNS = 200
PREVIEW_ROWS = 2_000  # data rows tidied for the preview
PREVIEW_OBSERVATIONS = 100
MAX_UNMATCHED_SHOWN = 50
ROW = Qt.ItemDataRole.UserRole  # warnings: the 0-based sheet row to show
_HEADER_BRUSH = QBrush(QColor(66, 133, 244, 70))  # translucent: readable in light and dark
_DATA_BRUSH = QBrush(QColor(52, 168, 83, 40))
GREY = QBrush(QColor(128, 128, 128))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


def role_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "area": translate("ImportWizard", "Code and name"),
        "area_code": translate("ImportWizard", "Area code"),
        "area_name": translate("ImportWizard", "Area name"),
        "indicator": translate("ImportWizard", "Indicator"),
        "period": translate("ImportWizard", "Period"),
        "gender": translate("ImportWizard", "Gender"),
        "value": translate("ImportWizard", "Value"),
        "dimension": translate("ImportWizard", "Breakdown"),
        "ignore": translate("ImportWizard", "Ignore"),
    }


def mapping_key(plan: TablePlan) -> str:
    """The remembered-roles key of a table: its column labels, lower-cased, in order."""
    return json.dumps([c.label.strip().lower() for c in plan.columns], ensure_ascii=False)


def apply_mapping(plan: TablePlan, mapping: dict[str, str]) -> TablePlan:
    indexes = {c.index for c in plan.columns}
    for key, role in mapping.items():
        if key == "country" and role in ("SE", "NO", ""):
            plan = replace(plan, country=role)
        elif key.isdigit() and int(key) in indexes and role in ROLES:
            plan = plan.with_role(int(key), role)  # type: ignore[arg-type]
    return plan


def preview_plan(plan: TablePlan) -> TablePlan:
    return replace(plan, data_last=min(plan.data_last, plan.data_first + PREVIEW_ROWS - 1))


def tidy_preview(book: RawBook, plan: TablePlan, register: AreaRegister) -> Any:
    from digidesk.core.io.pipeline import import_book

    return import_book(book, [preview_plan(plan)], register).tables[0]


# -- models ----------------------------------------------------------------------------------


class RawSheetModel(QAbstractTableModel):
    """A window of ``RAW_ROWS`` rows of the sheet, texts cached; header, data and other rows
    in different colours. The vertical header shows the sheet's own row numbers."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sheet: RawSheet | None = None
        self._plan: TablePlan | None = None
        self.start = 0
        self._texts: list[list[str]] = []
        self._columns = 0
        self._roles: dict[int, str] = {}
        self._names = role_names()

    def set_table(self, sheet: RawSheet, plan: TablePlan) -> None:
        top = plan.header_first if plan.header_first is not None else plan.data_first
        self._sheet, self._plan = sheet, plan
        self._set_window(0 if top < RAW_ROWS * 3 // 4 else max(0, top - 10))

    def set_plan(self, plan: TablePlan) -> None:
        """Roles changed: repaint, same rows."""
        self._plan = plan
        self._roles = {c.index: c.role for c in plan.columns}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self._columns - 1))
        if self._texts:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._texts) - 1, self._columns - 1)
            )

    def _set_window(self, start: int) -> None:
        assert self._sheet is not None and self._plan is not None
        self.beginResetModel()
        self.start = start
        rows = self._sheet.rows[start : start + RAW_ROWS]
        widest = max((len(r) for r in rows), default=0)
        planned = max((c.index + 1 for c in self._plan.columns), default=0)
        self._columns = min(RAW_COLUMNS, max(widest, planned))
        self._texts = [
            [cell_text(c) for c in r[: self._columns]] + [""] * (self._columns - len(r))
            for r in rows
        ]
        self._roles = {c.index: c.role for c in self._plan.columns}
        self.endResetModel()

    def model_row(self, sheet_row: int) -> int:
        """The model row of a 0-based sheet row, moving the window there if needed."""
        if self._sheet is None or not 0 <= sheet_row < self._sheet.n_rows:
            return -1
        if not self.start <= sheet_row < self.start + len(self._texts):
            self._set_window(max(0, sheet_row - 20))
        return sheet_row - self.start

    def row_kind(self, sheet_row: int) -> str:
        plan = self._plan
        if plan is None:
            return "other"
        if plan.header_first is not None and plan.header_first <= sheet_row <= plan.header_last:
            return "header"
        if plan.data_first <= sheet_row <= plan.data_last:
            return "data"
        return "other"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._columns

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.start + section + 1
        name = self._names.get(self._roles.get(section, ""), "")
        return f"{column_letter(section)}\n{name}" if name else column_letter(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role not in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            return None
        kind = self.row_kind(self.start + index.row())
        if role == Qt.ItemDataRole.BackgroundRole:
            return {"header": _HEADER_BRUSH, "data": _DATA_BRUSH}.get(kind)
        if role == Qt.ItemDataRole.ForegroundRole:
            ignored = self._roles.get(index.column(), "ignore") == "ignore"
            return GREY if kind == "other" or (kind == "data" and ignored) else None
        if kind == "header":
            font = QFont()
            font.setBold(True)
            return font
        if kind == "other":
            font = QFont()
            font.setItalic(True)
            return font
        return None


class ColumnRoleModel(QAbstractTableModel):
    """Column | Role | Example; the role is editable (a combo box delegate)."""

    role_edited = Signal(int, str)  # column index in the sheet, role

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._plan: TablePlan | None = None
        self._examples: list[str] = []
        self._names = role_names()

    def set_table(self, sheet: RawSheet, plan: TablePlan) -> None:
        self.beginResetModel()
        self._plan = plan
        rows = sheet.rows[plan.data_first : min(plan.data_last + 1, plan.data_first + 50)]
        self._examples = [
            next(
                (
                    cell_text(r[c.index])
                    for r in rows
                    if c.index < len(r) and not is_blank(r[c.index])
                ),
                "",
            )
            for c in plan.columns
        ]
        self.endResetModel()

    def set_plan(self, plan: TablePlan) -> None:
        self._plan = plan
        if plan.columns:
            self.dataChanged.emit(self.index(0, 1), self.index(len(plan.columns) - 1, 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self._plan is None else len(self._plan.columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Column"), self.tr("Role"), self.tr("Example"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._plan is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        column = self._plan.columns[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return GREY if column.role == "ignore" or index.column() == 2 else None
        if index.column() == 0:
            letter = column_letter(column.index)
            return letter if column.label in ("", letter) else f"{letter}  {column.label}"
        if index.column() == 1:
            if role == Qt.ItemDataRole.EditRole:
                return column.role
            name = self._names[column.role]
            return f"{name} ({column.period})" if column.period and column.role == "value" else name
        return self._examples[index.row()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if self._plan is None or role != Qt.ItemDataRole.EditRole or index.column() != 1:
            return False
        if value not in ROLES:
            return False
        column = self._plan.columns[index.row()]
        if column.role != value:
            self.role_edited.emit(column.index, str(value))
        return True


class RoleDelegate(QStyledItemDelegate):
    """A combo box of the roles; a choice is committed at once."""

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for key, name in role_names().items():
            combo.addItem(name, key)
        combo.activated.connect(lambda _n, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ObservationPreviewModel(QAbstractTableModel):
    """The first observations of the tidy result, as display texts computed once."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._missing: list[bool] = []

    def set_result(self, table: Any | None, register: AreaRegister | None) -> None:
        from digidesk.qt.models.dataset_cache import value_decimals

        self.beginResetModel()
        self._rows, self._missing = [], []
        if table is not None:
            full = table.result.observations
            frame = full.head(PREVIEW_OBSERVATIONS)
            titles = {i.indicator_id: i for i in table.result.indicators}
            names = table.result.area_names
            country = table.dataset.country or None
            locale = QLocale()
            values = frame["value"].to_numpy(dtype="float64")
            shown = set(frame["indicator_id"].astype(str))
            decimals = {
                str(key): value_decimals(group.to_numpy(dtype="float64"))
                for key, group in full["value"].groupby(full["indicator_id"], observed=True)
                if str(key) in shown
            }
            for row, value in zip(frame.itertuples(index=False), values, strict=True):
                indicator = titles.get(str(row.indicator_id))
                area = str(row.area_id)
                name = names.get(area)
                if name is None and register is not None:
                    match = register.get(area, country)
                    name = match.name if match else ""
                if math.isnan(value):
                    text = str(row.status) or ".."
                else:
                    places = decimals.get(str(row.indicator_id), 0)
                    text = locale.toString(float(value), "f", places)
                    if indicator is not None and indicator.unit.strip() == "%":
                        text += " %"
                self._rows.append(
                    (
                        indicator.title if indicator else str(row.indicator_id),
                        f"{area} {name or ''}".strip(),
                        str(row.period),
                        str(row.gender),
                        text,
                        str(row.status),
                    )
                )
                self._missing.append(math.isnan(value))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return column_titles()[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if index.column() != 4:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and self._missing[index.row()]:
            return GREY
        return None


# -- the dialog ------------------------------------------------------------------------------
