"""“Import table”: the tables found in a file, each column's role, a raw and a tidy preview.

A dumb dialog: it takes a read :class:`RawBook` and the detected plans, lets the
user correct roles and country, and returns the edited plans of the checked
tables (:meth:`ImportWizard.selected_plans`). The tidy preview runs
``import_book`` on the first rows of the current table, off the GUI thread.
Roles the user chose are remembered per set of column labels (QSettings).
"""

from __future__ import annotations

from dataclasses import replace
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTableView,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digidesk.core.io.grid import RawBook
from digidesk.core.io.plan import TablePlan
from digidesk.core.model.areas import AreaRegister, default_register
from digidesk.qt.error_text import error_text
from digidesk.qt.models.import_preview import (
    GREY,
    PREVIEW_OBSERVATIONS,
    PREVIEW_ROWS,
    ROW,
    ColumnRoleModel,
    ObservationPreviewModel,
    RawSheetModel,
    RoleDelegate,
    apply_mapping,
    mapping_key,
    tidy_preview,
)
from digidesk.qt.settings import Settings
from digidesk.qt.views.import_warnings import ImportWarnings
from digidesk.qt.workers import TaskRunner


class ImportWizard(QDialog):
    """Shows what DigiDesk found in a file and lets the user correct it before importing."""

    preview_updated = Signal()

    def __init__(
        self,
        book: RawBook,
        plans: list[TablePlan],
        parent: QWidget | None = None,
        *,
        register: AreaRegister | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.setWindowTitle(self.tr("Import table — {name}").format(name=Path(book.path).name))
        self._book = book
        self._sheets = {s.name: s for s in book.sheets}
        self._register = register or default_register()
        self._settings = settings or Settings()
        self._locale = QLocale()
        mappings = self._settings.import_mappings
        self._detected = list(plans)
        self._remembered = [mapping_key(p) in mappings for p in plans]
        self._plans = [apply_mapping(p, mappings.get(mapping_key(p), {})) for p in plans]
        self._current = -1
        self._generation = 0
        self._result: Any | None = None
        self._preview_error = ""
        self.preview_pending = False  # a preview is scheduled or being computed
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._runner = TaskRunner(self, self._pool)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._start_preview)
        self._build()
        self._fill_tables()
        if self._plans:
            self.tables.setCurrentRow(0)
        self.resize(1280, 820)

    # -- building ----------------------------------------------------------------------------
    def _heading(self, text: str) -> QLabel:
        return QLabel(f"<b>{escape(text)}</b>", self)

    def _build(self) -> None:
        self.tables = QListWidget(self)
        self.tables.setWordWrap(True)
        self.tables.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.tables.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tables.currentRowChanged.connect(self.show_table)
        self.tables.itemChanged.connect(lambda _item: self._update_ok())
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.country = QComboBox(self)
        self.country.addItem(self.tr("Sweden"), "SE")
        self.country.addItem(self.tr("Norway"), "NO")
        self.country.addItem(self.tr("Unknown"), "")
        self.country.activated.connect(
            lambda _n: self.set_country(self._current, self.country.currentData())
        )
        self.role_model = ColumnRoleModel(self)
        self.role_model.role_edited.connect(lambda c, r: self.set_role(self._current, c, r))
        self.columns = QTableView(self)
        self.columns.setModel(self.role_model)
        self.columns.setItemDelegateForColumn(1, RoleDelegate(self.columns))
        self.columns.verticalHeader().hide()
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._heading(self.tr("Tables in the file")))
        column.addWidget(self.tables)
        column.addWidget(self.details)
        form = QFormLayout()
        form.addRow(self.tr("Country:"), self.country)
        column.addLayout(form)
        column.addWidget(self._heading(self.tr("Columns and their roles")))
        column.addWidget(self.columns, 1)

        self.raw_model = RawSheetModel(self)
        self.raw = self._table_view(self.raw_model)
        self.raw.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.raw.setTextElideMode(Qt.TextElideMode.ElideRight)
        header, data = self.tr("Header"), self.tr("Data")
        other = self.tr("Title, notes and other rows")
        swatch = '<span style="background-color: {}">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
        legend = QLabel(self)
        legend.setText(
            f"{swatch.format('rgba(66,133,244,0.35)')} {escape(header)} &nbsp; "
            f"{swatch.format('rgba(52,168,83,0.3)')} {escape(data)} &nbsp; "
            f'<span style="color: gray"><i>{escape(other)}</i></span>'
        )
        self.preview_model = ObservationPreviewModel(self)
        self.preview = self._table_view(self.preview_model)
        self.caption = QLabel(self)
        self.caption.setStyleSheet("color: gray")
        self.warnings = ImportWarnings(self)
        self.warnings.itemClicked.connect(self.show_warning_row)
        self.warnings.itemActivated.connect(self.show_warning_row)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setChildrenCollapsible(False)
        for title, extra, widget in (
            (self.tr("The file as read"), legend, self.raw),
            (self.tr("Result preview"), self.caption, self.preview),
            (self.tr("To check"), None, self.warnings),
        ):
            pane = QWidget(right)
            layout = QVBoxLayout(pane)
            layout.setContentsMargins(0, 0, 0, 0)
            top = QWidget(pane)
            line = QVBoxLayout(top)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(2)
            line.addWidget(self._heading(title))
            if extra is not None:
                line.addWidget(extra)
            layout.addWidget(top)
            layout.addWidget(widget, 1)
            right.addWidget(pane)
        right.setSizes([360, 260, 150])

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([400, 880])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

    def _table_view(self, model: QAbstractTableModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.verticalHeader().setDefaultSectionSize(max(22, view.fontMetrics().height() + 6))
        view.horizontalHeader().setDefaultSectionSize(110)
        return view

    def _table_text(self, i: int) -> str:
        plan = self._plans[i]
        text = plan.sheet
        if plan.title and plan.title != plan.sheet:
            text += f": {plan.title}"
        if plan.format_name:
            text += f" — {plan.format_name}"
        if not plan.columns_with("value"):
            text += " — " + self.tr("no value column")
        return text

    def _fill_tables(self) -> None:
        self.tables.blockSignals(True)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for i, plan in enumerate(self._plans):
            item = QListWidgetItem(self._table_text(i), self.tables)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            has_values = bool(plan.columns_with("value"))
            item.setCheckState(Qt.CheckState.Checked if has_values else Qt.CheckState.Unchecked)
            if not has_values:
                item.setIcon(warning)
                item.setForeground(GREY)
            item.setToolTip(item.text())
        self.tables.blockSignals(False)
        rows = min(len(self._plans), 8)
        height = sum(self.tables.sizeHintForRow(r) for r in range(rows))
        self.tables.setMaximumHeight(max(height, 24) + 2 * self.tables.frameWidth() + 24)
        self._update_ok()

    def _refresh_table_item(self, i: int, had_values: bool) -> None:
        item = self.tables.item(i)
        has_values = bool(self._plans[i].columns_with("value"))
        self.tables.blockSignals(True)
        item.setText(self._table_text(i))
        item.setToolTip(item.text())
        item.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if not has_values
            else QListWidgetItem().icon()
        )
        item.setForeground(QBrush() if has_values else GREY)
        if has_values != had_values:  # the user gave it values (or took them away)
            item.setCheckState(Qt.CheckState.Checked if has_values else Qt.CheckState.Unchecked)
        self.tables.blockSignals(False)
        self._update_ok()

    def _update_ok(self) -> None:
        self.import_button.setEnabled(bool(self.selected_plans()))

    # -- state -------------------------------------------------------------------------------
    @property
    def plans(self) -> list[TablePlan]:
        """All tables with the user's corrections, checked or not."""
        return list(self._plans)

    def is_checked(self, i: int) -> bool:
        return self.tables.item(i).checkState() == Qt.CheckState.Checked

    def set_checked(self, i: int, checked: bool) -> None:
        self.tables.item(i).setCheckState(
            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        )

    def selected_plans(self) -> list[TablePlan]:
        """The edited plans of the checked tables that have a value column."""
        return [
            p for i, p in enumerate(self._plans) if self.is_checked(i) and p.columns_with("value")
        ]

    def show_table(self, i: int) -> None:
        if not 0 <= i < len(self._plans):
            return
        self._current = i
        plan = self._plans[i]
        sheet = self._sheets[plan.sheet]
        self.raw_model.set_table(sheet, plan)
        self.role_model.set_table(sheet, plan)
        if len(plan.columns) <= 300:
            for row in range(len(plan.columns)):
                self.columns.openPersistentEditor(self.role_model.index(row, 1))
        self.columns.resizeColumnToContents(0)
        self.columns.setColumnWidth(0, min(self.columns.columnWidth(0), 200))
        self.columns.setColumnWidth(1, 150)
        self.raw.resizeColumnsToContents()
        for c in range(self.raw_model.columnCount()):
            self.raw.setColumnWidth(c, min(max(self.raw.columnWidth(c), 60), 260))
        if self.tables.currentRow() != i:
            self.tables.setCurrentRow(i)
        self.tables.scrollToItem(self.tables.item(i))
        top = plan.header_first if plan.header_first is not None else plan.data_first
        self.raw.scrollTo(
            self.raw_model.index(max(0, top - 3 - self.raw_model.start), 0),
            QAbstractItemView.ScrollHint.PositionAtTop,
        )
        self._show_plan_details()
        self._start_preview()

    def _show_plan_details(self) -> None:
        plan = self._plans[self._current]
        self.country.setCurrentIndex(max(0, self.country.findData(plan.country)))
        layouts = {
            "long": self.tr("long table, one value per row"),
            "wide_period": self.tr("wide table, periods as columns"),
            "wide_indicator": self.tr("wide table, indicators as columns"),
            "wide_area": self.tr("wide table, areas as columns"),
        }
        n = self._locale.toString
        if plan.header_first is None:
            header = self.tr("No header row")
        elif plan.header_first == plan.header_last:
            header = self.tr("Header: row {row}").format(row=n(plan.header_first + 1))
        else:
            header = self.tr("Header: rows {first}–{last}").format(
                first=n(plan.header_first + 1), last=n(plan.header_last + 1)
            )
        data = self.tr("data: rows {first}–{last}").format(
            first=n(plan.data_first + 1), last=n(plan.data_last + 1)
        )
        self.details.setText(f"{header}, {data}; {layouts.get(plan.layout, plan.layout)}.")

    def set_role(self, table: int, column: int, role: str) -> None:
        """Give ``column`` (its index in the sheet) of ``table`` a new role."""
        had_values = bool(self._plans[table].columns_with("value"))
        self._plans[table] = self._plans[table].with_role(column, role)  # type: ignore[arg-type]
        self._refresh_table_item(table, had_values)
        if table == self._current:
            self.role_model.set_plan(self._plans[table])
            self.raw_model.set_plan(self._plans[table])
            self._show_plan_details()
            self._schedule_preview()

    def set_country(self, table: int, country: str) -> None:
        self._plans[table] = replace(self._plans[table], country=country)
        if table == self._current:
            self._show_plan_details()
            self._schedule_preview()

    # -- preview -----------------------------------------------------------------------------
    @property
    def preview_result(self) -> Any | None:
        """The ImportedTable of the last preview (None without a value column)."""
        return self._result

    def _schedule_preview(self) -> None:
        """Recompute the preview shortly: several quick edits cost one preview."""
        self.preview_pending = True
        self._timer.start()

    def _start_preview(self) -> None:
        self._timer.stop()
        self.preview_pending = True
        self._generation += 1
        generation = self._generation
        plan = self._plans[self._current]
        if not plan.columns_with("value"):
            self._preview_done(generation, None)
            return
        self.caption.setText(self.tr("Working…"))
        book, register = self._book, self._register
        self._runner.start(
            lambda: tidy_preview(book, plan, register),
            lambda table: self._preview_done(generation, table),
            lambda error: self._preview_failed(generation, error),
        )

    def _preview_done(self, generation: int, table: Any | None) -> None:
        if generation != self._generation:
            return  # a later edit has asked for a newer preview
        self.preview_pending = False
        self._result, self._preview_error = table, ""
        self.preview_model.set_result(table, self._register)
        self.preview.resizeColumnsToContents()
        for c in range(self.preview_model.columnCount()):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 320))
        self._show_caption()
        self._show_warnings()
        self.preview_updated.emit()

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.preview_pending = False
        self._result, self._preview_error = None, error_text(error)
        self.preview_model.set_result(None, None)
        self._show_caption()
        self._show_warnings()
        self.preview_updated.emit()

    def _show_caption(self) -> None:
        n = self._locale.toString
        if self._result is None:
            self.caption.setText(self.tr("No observations."))
            return
        total = len(self._result.result.observations)
        text = self.tr("The first {shown} of {total} observations").format(
            shown=n(min(total, PREVIEW_OBSERVATIONS)), total=n(total)
        )
        plan = self._plans[self._current]
        if plan.data_last - plan.data_first + 1 > PREVIEW_ROWS:
            text += " " + self.tr("(from the first {rows} of {all} data rows)").format(
                rows=n(PREVIEW_ROWS), all=n(plan.data_last - plan.data_first + 1)
            )
        self.caption.setText(text + ".")

    # -- warnings ----------------------------------------------------------------------------
    def _show_warnings(self) -> None:
        self.warnings.show_for(
            self._plans[self._current],
            self._book,
            self._result.result if self._result is not None else None,
            self._preview_error,
            bool(self._remembered[self._current]),
        )

    def show_warning_row(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Select the sheet row a warning is about in the raw preview."""
        sheet_row = item.data(0, ROW)
        if sheet_row is None:
            return
        row = self.raw_model.model_row(int(sheet_row))
        if row < 0:
            return
        index = self.raw_model.index(row, 0)
        self.raw.setCurrentIndex(index)
        self.raw.selectRow(row)
        self.raw.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def selected_raw_row(self) -> int | None:
        """The 0-based sheet row selected in the raw preview."""
        index = self.raw.currentIndex()
        return self.raw_model.start + index.row() if index.isValid() else None

    # -- closing -----------------------------------------------------------------------------
    def remember_roles(self) -> None:
        """Store the roles of the checked tables the user corrected, under their column labels
        (all roles, so that a file whose detection differs gets the same table)."""
        mappings = self._settings.import_mappings
        for i, (plan, detected) in enumerate(zip(self._plans, self._detected, strict=True)):
            if not self.is_checked(i):
                continue
            key = mapping_key(plan)
            mappings.pop(key, None)
            if plan.columns != detected.columns or plan.country != detected.country:
                mapping = {str(c.index): str(c.role) for c in plan.columns}
                mappings[key] = {**mapping, "country": plan.country}  # the newest last
        self._settings.import_mappings = mappings

    def accept(self) -> None:
        if not self.selected_plans():
            return
        self.remember_roles()
        super().accept()

    def done(self, result: int) -> None:
        self._timer.stop()
        self._generation += 1  # a preview still running is not shown
        self._pool.clear()
        self._pool.waitForDone(10_000)
        super().done(result)
