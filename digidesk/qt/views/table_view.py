"""A dataset as an editable long table."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digidesk.qt.document import WorkspaceDocument
from digidesk.qt.models.observation_model import ObservationTableModel


class DatasetView(QWidget):
    message = Signal(str)

    def __init__(self, document: WorkspaceDocument, dataset_id: str, parent=None) -> None:
        super().__init__(parent)
        self.model = ObservationTableModel(document, dataset_id, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.setFocusProxy(self.table)

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
