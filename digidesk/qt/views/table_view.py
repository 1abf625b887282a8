"""A dataset as an editable long table, with a filter line above it."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from digidesk.qt.document import WorkspaceDocument
from digidesk.qt.models.observation_model import (
    VALUE_COLUMN,
    ObservationTableModel,
    is_value_text,
)

#: Typing pauses this long (ms) before the filter runs: one filter per word, not per key.
FILTER_DELAY_MS = 150

Index = QModelIndex | QPersistentModelIndex


class _ValueValidator(QValidator):
    # Intermediate, not Invalid, for text that is not a number yet: the user may still be
    # typing ("1 2", "-"); QLineEdit then refuses Enter instead of refusing the key.
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        State = QValidator.State
        state = State.Acceptable if is_value_text(text) else State.Intermediate
        return state, text, pos


class ValueEditor(QLineEdit):
    """The value cell's editor: Enter on text that is not a number explains instead of closing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(_ValueValidator(self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def refusal_text(self) -> str:
        return self.tr("“{text}” is not a number. Write e.g. 1 234,5 or 56,8 % or leave it empty.")

    def explain_refusal(self) -> None:
        text = self.refusal_text().format(text=self.text().strip())
        self.setToolTip(text)
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), text, self)

    def refuses(self, event: QEvent) -> bool:
        """True (and explained) for Enter on text that is not a value."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.hasAcceptableInput()
        ):
            self.explain_refusal()
            return True
        return False


class ValueDelegate(QStyledItemDelegate):
    """Edits the value column with a ValueEditor; never writes text that is not a value."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        if index.column() != VALUE_COLUMN:
            return super().createEditor(parent, option, index)
        return ValueEditor(parent)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        # The delegate sees the editor's keys first and would close it on Enter.
        if isinstance(editor, ValueEditor) and editor.refuses(event):
            return True
        return super().eventFilter(editor, event)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if isinstance(editor, ValueEditor):
            if not editor.hasAcceptableInput():
                # Focus left the editor with invalid text: keep the old value and say why.
                editor.explain_refusal()
                return
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class DatasetView(QWidget):
    message = Signal(str)
    #: (rows shown, rows in the dataset)
    count_changed = Signal(int, int)

    def __init__(self, document: WorkspaceDocument, dataset_id: str, parent=None) -> None:
        super().__init__(parent)
        self.model = ObservationTableModel(document, dataset_id, self)
        self.model.count_changed.connect(self.count_changed)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by area, code or indicator…"))
        self.filter_edit.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.delegate = ValueDelegate(self.table)
        self.table.setItemDelegateForColumn(VALUE_COLUMN, self.delegate)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setDefaultSectionSize(24)
        # Fixed row heights: the header then never measures a million rows after a reset.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        self.setFocusProxy(self.table)

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.filter_edit.text())

    def counts(self) -> tuple[int, int]:
        return self.model.rowCount(), self.model.total_rows

    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        column = header.logicalIndexAt(pos)
        if column < 0:
            return
        menu = self.header_menu(column)
        menu.exec(header.mapToGlobal(pos))

    def header_menu(self, column: int) -> QMenu:
        """Sort, hide and filter actions for one column's header."""
        menu = QMenu(self)
        ascending = menu.addAction(self.tr("Sort ascending"))
        ascending.triggered.connect(
            lambda: self.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        )
        descending = menu.addAction(self.tr("Sort descending"))
        descending.triggered.connect(
            lambda: self.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        )
        menu.addSeparator()
        hide = menu.addAction(self.tr("Hide column"))
        hide.triggered.connect(lambda: self.table.setColumnHidden(column, True))
        show_all = menu.addAction(self.tr("Show all columns"))
        show_all.triggered.connect(self._show_all_columns)
        if column == VALUE_COLUMN:
            menu.addSeparator()
            missing = menu.addAction(self.tr("Only missing values"))
            missing.setCheckable(True)
            missing.setChecked(self.model.only_missing)
            missing.toggled.connect(self.model.set_only_missing)
        return menu

    def _show_all_columns(self) -> None:
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, False)

    def copy_selection(self) -> None:
        """Copy the selected block as tab-separated text that Excel and LibreOffice paste."""
        indexes = self.table.selectionModel().selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        lines = ["\t".join(self.model.copy_text(row, column) for column in columns) for row in rows]
        QApplication.clipboard().setText("\n".join(lines) + "\n")

    def paste(self) -> None:
        """Paste a column of numbers into the value column, from the current cell down."""
        current = self.table.currentIndex()
        text = QApplication.clipboard().text()
        if not current.isValid() or not text.strip():
            return
        cells = [line.split("\t") for line in text.rstrip("\r\n").replace("\r\n", "\n").split("\n")]
        problem = self.model.paste_values(current.row(), current.column(), cells)
        if problem:
            self.message.emit(problem)
