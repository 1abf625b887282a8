"""A dataset as an editable table, long or pivoted, with filters above it.

The view owns what both shapes share: the dataset's cache, the filter (free
text, pickers, value range) and the background ordering; the long and pivot
models each read them. Edits go through the models and
:class:`CellOperations` as commands on the document's undo stack;
:meth:`DatasetView.on_command` refreshes after every do, undo and redo.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digidesk.core.cell_edits import add_observation
from digidesk.core.commands import RemoveObservations
from digidesk.core.pivot import PivotAxis
from digidesk.qt.document import WorkspaceDocument
from digidesk.qt.models.background import BackgroundOrdering
from digidesk.qt.models.dataset_cache import DatasetCache
from digidesk.qt.models.observation_model import VALUE_COLUMN, ObservationTableModel
from digidesk.qt.models.pivot_model import PivotTableModel
from digidesk.qt.views.cell_operations import CellOperations
from digidesk.qt.views.column_widths import fit_long_columns, fit_pivot_columns
from digidesk.qt.views.filter_panel import FilterPanel
from digidesk.qt.views.frozen_table import FrozenColumnsTableView
from digidesk.qt.views.value_editor import ValueDelegate

#: Typing pauses this long (ms) before the filter runs: one filter per word, not per key.
FILTER_DELAY_MS = 150
#: Rows whose texts fit the pivot's column widths (the rest are cut with "…" if wider).
#: The shapes offered, in the order of the shape box: None is the long table.
SHAPES: tuple[PivotAxis | None, ...] = (None, "indicator", "period", "gender")
_DATASET_COMMANDS = {"set_values", "add_observations", "remove_observations", "batch"}


def _table(table: QTableView) -> QTableView:
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.verticalHeader().setDefaultSectionSize(max(24, table.fontMetrics().height() + 8))
    # Fixed row heights: the header then never measures a million rows after a reset.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    table.setItemDelegate(ValueDelegate(table))
    return table


class DatasetView(QWidget):
    message = Signal(str)
    #: (rows shown, observations in the dataset)
    count_changed = Signal(int, int)
    #: True while a sort, filter or pivot is computed in the background
    busy_changed = Signal(bool)
    #: the selection changed: the chart pane asks ``chart_focus()``
    focus_changed = Signal()

    def __init__(self, document: WorkspaceDocument, dataset_id: str, parent=None) -> None:
        super().__init__(parent)
        assert document.workspace is not None
        self._document = document
        self.cache = DatasetCache(document.workspace, dataset_id)
        self._shown = self.cache.total
        self.ordering = BackgroundOrdering(self)
        self.ordering.busy_changed.connect(self.busy_changed)
        self.ordering.failed.connect(self._on_failed)
        self.operations = CellOperations(document, self.cache, self)
        self.model = ObservationTableModel(document, self.cache, self.ordering, self)
        self.pivot_model = PivotTableModel(document, self.cache, self.ordering, parent=self)
        for model in (self.model, self.pivot_model):
            model.count_changed.connect(self._on_count)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by area, code or indicator…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter the rows"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_panel = FilterPanel(self)
        self._fill_choices()
        self.filter_panel.changed.connect(self.apply_filter)
        self.shape_box = QComboBox(self)
        self.shape_box.addItems(
            [
                self.tr("Long table"),
                self.tr("Pivot: indicators as columns"),
                self.tr("Pivot: periods as columns"),
                self.tr("Pivot: genders as columns"),
            ]
        )
        self.shape_box.setToolTip(self.tr("Show one row per observation, or areas as rows"))
        self.shape_box.currentIndexChanged.connect(self._on_shape)

        self.table = _table(QTableView(self))
        self.table.setAccessibleName(self.tr("Observations"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.pivot_table = _table(FrozenColumnsTableView(self))
        self.pivot_table.setAccessibleName(self.tr("Table by indicator or period"))
        self.pivot_table.setModel(self.pivot_model)
        self.pivot_model.modelReset.connect(self._on_pivot_reset)
        for table in (self.table, self.pivot_table):
            table.horizontalHeader().customContextMenuRequested.connect(
                lambda pos, t=table: self._header_menu(t, pos)
            )
        for table in (self.table, self.pivot_table):
            # No arrow until the user sorts: Qt shows one on the first column otherwise.
            header = table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
        self.tables = QStackedWidget(self)
        self.tables.addWidget(self.table)
        self.tables.addWidget(self.pivot_table)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.shape_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.filter_panel)
        layout.addWidget(self.tables, 1)
        self.setFocusProxy(self.table)
        self.model.reload()
        fit_long_columns(self.table)
        for table in (self.table, self.pivot_table):
            table.selectionModel().selectionChanged.connect(lambda *_: self.focus_changed.emit())

    # -- the chart pane ------------------------------------------------------------------
    def chart_focus(self):
        """The selected rows' areas and the current row's indicator and period."""
        from digidesk.qt.views.chart_pane import ChartFocus

        table, model = self.current_table, self.current_model
        frame = self.cache.frame
        current = table.currentIndex()
        indexes = table.selectionModel().selectedIndexes()
        if current.isValid():
            indexes = [current, *indexes]
        labels: list[int] = []
        for index in indexes[:200]:
            if model is self.model:
                labels.append(model.label_at(index.row()))
                continue
            target = model.target(index.row(), index.column())
            if target is not None and target.label is not None:
                labels.append(target.label)
        rows = frame.loc[[label for label in dict.fromkeys(labels) if label in frame.index]]
        if rows.empty:
            return None
        from digidesk.core.analysis.values import dataset_country
        from digidesk.core.model.areas import default_register

        dataset = self._document.workspace.dataset(self.cache.dataset_id)
        country = dataset_country(dataset, default_register()) or None
        if country is None:
            return None  # no country: nothing a chart of kommuner could show
        areas = tuple(dict.fromkeys((country, str(a)) for a in rows["area_id"].astype(str)))
        indicators = tuple(dict.fromkeys(str(i) for i in rows["indicator_id"].astype(str)))
        return ChartFocus(indicators, areas[:12], str(rows["period"].iloc[0]), country)

    # -- set-up ------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        cache = self.cache
        self.filter_panel.set_choices(
            "areas", [(c, t) for c, t in zip(cache.area_names, cache.area_texts, strict=False)]
        )
        self.filter_panel.set_choices(
            "indicators", sorted(cache.indicator_titles.items(), key=lambda i: i[1].casefold())
        )
        self.filter_panel.set_choices("periods", [(p, p) for p in cache.period_texts[:-1]])
        names = {"T": self.tr("Total"), "K": self.tr("Women"), "M": self.tr("Men")}
        self.filter_panel.set_choices(
            "genders", [(g, names.get(g, g)) for g in cache.gender_texts[:-1]]
        )

    def set_context_actions(self, actions: list[QAction]) -> None:
        """The Edit actions (the main window's, with their shortcuts) for right-clicks on cells."""
        for table in (self.table, self.pivot_table):
            table.addActions(actions)

    # -- shape, filter and counts ---------------------------------------------------------------
    @property
    def current_table(self) -> QTableView:
        return self.tables.currentWidget()  # type: ignore[return-value]

    @property
    def current_model(self) -> ObservationTableModel | PivotTableModel:
        return self.current_table.model()  # type: ignore[return-value]

    @property
    def shape(self) -> PivotAxis | None:
        return SHAPES[self.shape_box.currentIndex()]

    def set_shape(self, axis: PivotAxis | None) -> None:
        self.shape_box.setCurrentIndex(SHAPES.index(axis))

    def _on_shape(self, index: int) -> None:
        axis = SHAPES[index]
        if axis is None:
            self.tables.setCurrentWidget(self.table)
            self._shown = self.model.rowCount()
            self.count_changed.emit(self._shown, self.cache.total)
        else:
            self.tables.setCurrentWidget(self.pivot_table)
            if axis != self.pivot_model.axis:
                # Other columns: no sort arrow left from the last shape, none hidden.
                header = self.pivot_table.horizontalHeader()
                header.blockSignals(True)  # the arrow only: the new pivot is built below
                header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
                header.blockSignals(False)
                self._show_all_columns(self.pivot_table)
            self.pivot_model.show(axis, self.model.row_filter)
        self.setFocusProxy(self.current_table)

    def _on_pivot_reset(self) -> None:
        self.pivot_table.set_frozen_columns(self.pivot_model.key_columns)
        fit_pivot_columns(self.pivot_table, self.pivot_model)
        if self.pivot_model.duplicates:
            self.message.emit(
                self.tr(
                    "{count} observations share a cell with another one; the pivot shows the "
                    "first of each. The long table shows them all."
                ).format(count=self.pivot_model.duplicates)
            )

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        row_filter = self.filter_panel.row_filter(self.filter_edit.text())
        self.model.set_row_filter(row_filter)
        if self.shape is not None:
            self.pivot_model.set_row_filter(row_filter)

    def _on_count(self, shown: int, total: int) -> None:
        if self.sender() is self.current_model or self.sender() is None:
            if shown != self._shown:
                # Other rows: start from the top. (Left scrolled past the new end, the
                # row header would measure every remaining row: 0.4 s for 7,000 rows.)
                self.current_table.scrollToTop()
            self._shown = shown
            self.count_changed.emit(shown, total)

    def counts(self) -> tuple[int, int]:
        """(observations shown, observations in the dataset), in either shape."""
        return self._shown, self.cache.total

    def _on_failed(self, error: BaseException) -> None:
        from digidesk.qt.error_text import error_text

        self.message.emit(error_text(error))
        if self.shape is not None:
            self.set_shape(None)

    # -- export -----------------------------------------------------------------------------------
    def shown_table(self):
        """What this view shows, for Export ▸ the table as shown."""
        from digidesk.core.export.views import ShownTable
        from digidesk.qt.models.observation_model import COLUMNS

        filters = self.model.row_filter.describe()
        sort_key = self.current_model.sort_key
        if sort_key is not None:
            column, ascending = sort_key
            arrow = "↑" if ascending else "↓"
            filters["sort"] = f"{self.current_model.header_text(column)} {arrow}"
        if self.shape is None:
            hidden = frozenset(
                name for c, name in enumerate(COLUMNS) if self.table.isColumnHidden(c)
            )
            return ShownTable(
                self.cache.dataset_id,
                positions=self.model.shown_positions().copy(),
                hidden=hidden,
                filters=filters,
            )
        pivot, rows = self.pivot_model.pivot_rows()
        filters["shape"] = f"pivot: {self.shape}"
        keys = self.pivot_model.key_columns
        hidden = frozenset(
            self.pivot_model.column_key(c)
            for c in range(keys, self.pivot_model.columnCount())
            if self.pivot_table.isColumnHidden(c)
        )
        return ShownTable(
            self.cache.dataset_id, pivot=pivot, pivot_rows=rows, hidden=hidden, filters=filters
        )

    def shown_name(self) -> str:
        return self.cache.workspace.dataset(self.cache.dataset_id).name

    # -- after commands ---------------------------------------------------------------------------
    def on_command(self, command) -> None:
        """Refresh after a command on this dataset was done, undone or redone."""
        if command.kind not in _DATASET_COMMANDS:
            return
        if command.kind == "set_values":
            self.cache.reload_values(command.labels)
            self.model.values_changed()
            self.pivot_model.values_changed()
            return
        changed = [c for c in getattr(command, "commands", (command,))]
        old_labels = self.cache.labels
        self.cache.reload()
        # The shown rows keep pointing at their observations until re-sorted and filtered.
        self.model.remap(old_labels, self.cache.frame.index)
        self.pivot_model.remap(old_labels, self.cache.frame.index)
        for part in changed:
            labels = part.labels if hasattr(part, "labels") else part.rows.index.tolist()
            self.cache.update_marks(labels)
        self._fill_choices()
        self.model.reload()
        if self.shape is not None:
            self.pivot_model.reload()
        else:
            self.pivot_model.invalidate()  # its positions are stale

    def _on_clean_changed(self, clean: bool) -> None:
        # Always: a deletion marks nothing, yet undoing it after a save must.
        if clean:
            had_marks = bool(self.cache.changed)
            self.cache.take_saved_snapshot()
            if not had_marks:
                return
            self.model.values_changed()
            self.pivot_model.values_changed()

    # -- header menu ------------------------------------------------------------------------------
    def _header_menu(self, table: QTableView, pos: QPoint) -> None:
        column = table.horizontalHeader().logicalIndexAt(pos)
        if column >= 0:
            self.header_menu(column, table).exec(table.horizontalHeader().mapToGlobal(pos))

    def header_menu(self, column: int, table: QTableView | None = None) -> QMenu:
        """Sort, hide and filter actions for one column's header."""
        table = table or self.current_table
        menu = QMenu(self)
        ascending = menu.addAction(self.tr("Sort ascending"))
        ascending.triggered.connect(lambda: table.sortByColumn(column, Qt.SortOrder.AscendingOrder))
        descending = menu.addAction(self.tr("Sort descending"))
        descending.triggered.connect(
            lambda: table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        )
        menu.addSeparator()
        hide = menu.addAction(self.tr("Hide column"))
        hide.triggered.connect(lambda: table.setColumnHidden(column, True))
        show_all = menu.addAction(self.tr("Show all columns"))
        show_all.triggered.connect(lambda: self._show_all_columns(table))
        picker = self._picker_of(table, column)
        if picker is not None:
            menu.addSeparator()
            choose = menu.addAction(self.tr("Filter…"))
            choose.triggered.connect(lambda: self.open_picker(picker))
        if table.model().is_value_cell(column) and (
            table is self.pivot_table or column == VALUE_COLUMN
        ):
            menu.addSeparator()
            value_range = menu.addAction(self.tr("Filter by value range…"))
            value_range.triggered.connect(
                lambda: self.filter_panel.value_min.setFocus(Qt.FocusReason.OtherFocusReason)
            )
            missing = menu.addAction(self.tr("Only missing values"))
            missing.setCheckable(True)
            missing.setChecked(self.model.row_filter.only_missing)
            missing.toggled.connect(self._set_only_missing)
        return menu

    def _picker_of(self, table: QTableView, column: int) -> str | None:
        """The filter picker for a key column ("areas", "indicators"…), None for values."""
        if table is self.table:
            return {0: "indicators", 1: "areas", 2: "periods", 3: "genders"}.get(column)
        if column < self.pivot_model.key_columns:
            name = self.pivot_model.key_name(column)
        else:
            name = {"indicator": "indicator_id"}.get(self.pivot_model.axis, self.pivot_model.axis)
        return {
            "area_id": "areas",
            "indicator_id": "indicators",
            "period": "periods",
            "gender": "genders",
        }.get(name)

    def open_picker(self, kind: str) -> None:
        """Open a picker's list under its button (from a header's "Filter…")."""
        button = self.filter_panel.buttons[kind]
        button.menu().popup(button.mapToGlobal(button.rect().bottomLeft()))

    def _set_only_missing(self, only_missing: bool) -> None:
        self.filter_panel.only_missing.setChecked(only_missing)
        self.apply_filter()

    @staticmethod
    def _show_all_columns(table: QTableView) -> None:
        for column in range(table.model().columnCount()):
            table.setColumnHidden(column, False)

    # -- edit operations ---------------------------------------------------------------------------
    def copy_selection(self, with_headers: bool = False) -> None:
        self.operations.copy(self.current_table, with_headers)

    def copy_with_headers(self) -> None:
        self.copy_selection(with_headers=True)

    def paste(self) -> None:
        self._report(self.operations.paste(self.current_table, QApplication.clipboard().text()))

    def fill_down(self) -> None:
        self._report(self.operations.fill_down(self.current_table))

    def clear_cells(self) -> None:
        self._report(self.operations.clear(self.current_table))

    def _report(self, problem: str) -> None:
        if problem:
            self.message.emit(problem)

    def add_row(self) -> None:
        """Ask for a new observation's keys, starting from the current row's."""
        from digidesk.qt.dialogs.add_row_dialog import AddRowDialog

        current = self.table.currentIndex()
        start = None
        if current.isValid() and self.shape is None:
            position = self.model.position_at(current.row())
            frame = self.cache.frame
            start = {
                name: str(frame[name].iat[position])
                for name in ("indicator_id", "area_id", "period", "gender")
            }
        dialog = AddRowDialog(self.cache, start, self)
        if dialog.exec() == AddRowDialog.DialogCode.Accepted:
            self.add_observation(dialog.keys(), dialog.value_text())

    def add_observation(self, keys: dict[str, str], text: str) -> None:
        command = add_observation(self.cache.dataset_id, self.cache.frame, keys, text)
        if command is None:
            self._report(self.tr("“{text}” is not a number.").format(text=text))
            return
        self._document.push(command)
        if command.kind == "set_values":  # the keys were taken: no twin, the value changed
            self._report(
                self.tr("An observation with these keys already existed; its value was changed.")
            )

    def delete_rows(self) -> None:
        """Delete the observations of the selected rows of the long table."""
        if self.shape is not None:
            self._report(self.tr("Rows can be deleted in the long table."))
            return
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        if rows:
            labels = tuple(self.model.label_at(r) for r in rows)
            self._document.push(RemoveObservations(self.cache.dataset_id, labels))
