"""A strategy as an editable tree: goal → development area → target, with a status badge
on each target and counts per status on goals and areas, filters by perspective and
status, a detail pane, and the follow-up report. Every edit is an undoable command pushed
through the document; the tree follows every do, undo and redo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from digidesk import strategy_words
from digidesk.core.model.strategy import STATUSES
from digidesk.qt.document import WorkspaceDocument
from digidesk.qt.models.strategy_model import (
    NAME,
    NODE_ROLE,
    OBJECT_ROLE,
    PERSPECTIVES,
    STATUS,
    STATUS_ROLE,
    StrategyModel,
)
from digidesk.qt.views.strategy_delegates import StatusDelegate, WrapDelegate
from digidesk.qt.views.strategy_detail import StrategyDetail
from digidesk.qt.views.strategy_edits import StrategyEdits
from digidesk.qt.workers import TaskRunner

STRATEGY_KINDS = frozenset({
    "add_goal", "remove_goal", "edit_node", "move_goal", "add_area", "remove_area",
    "move_area", "add_target", "remove_target", "move_target", "edit_target",
    "edit_strategy_info",
})  # fmt: skip


class StrategyFilter(QSortFilterProxyModel):
    """Targets of one perspective and of one status; goals and areas shown around them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.perspective: str | None = None
        self.status: str | None = None
        self.setRecursiveFilteringEnabled(True)

    def set_filters(self, perspective: str | None, status: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.perspective, self.status = perspective, status
            self.endFilterChange()
        else:
            self.perspective, self.status = perspective, status
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        if self.perspective is None and self.status is None:
            return True
        index = self.sourceModel().index(row, 0, parent)
        kind, _node_id = index.data(NODE_ROLE)
        if kind != "target":
            return False  # shown when one of its targets is
        target = index.data(OBJECT_ROLE)
        if self.perspective is not None and self.perspective not in target.perspectives:
            return False
        result = index.data(STATUS_ROLE)
        return self.status is None or (result is not None and result.status == self.status)


class StrategyView(QWidget):
    message = Signal(str)

    def __init__(self, document: WorkspaceDocument, position: int, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.position = position
        self.runner = TaskRunner(self)
        self.model = StrategyModel(document, position, self)
        self.proxy = StrategyFilter(self)
        self.proxy.setSourceModel(self.model)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self._build_filters()
        self.tree = QTreeView(self)
        self.tree.setAccessibleName(self.tr("Goals, development areas and targets"))
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)  # fmt: skip
        self.tree.setItemDelegateForColumn(NAME, WrapDelegate(self.tree))
        self.tree.setItemDelegateForColumn(STATUS, StatusDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(STATUS, 190)
        self.tree.setColumnWidth(2, 56)
        self.tree.setColumnWidth(3, 104)
        self.tree.setColumnWidth(PERSPECTIVES, 130)
        header.sectionResized.connect(lambda *_: self.tree.scheduleDelayedItemsLayout())
        self.detail = StrategyDetail(self)
        self.edits = StrategyEdits(self)
        self.detail.note_requested.connect(self.edits.edit_note)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self.show_current())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # The detail pane wide enough for the goal-progress chart to read at its size.
        splitter.setSizes([880, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(self._filters)
        layout.addLayout(self.edits.toolbar())
        layout.addWidget(splitter, 1)
        self._fill_texts()
        self.tree.expandAll()
        if self.proxy.rowCount():
            self.tree.setCurrentIndex(self.proxy.index(0, 0))

    # -- filters and date --------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.as_of = QDateEdit(self)
        self.as_of.setAccessibleName(self.tr("Follow-up as of"))
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setDate(QDate(self.model.status.as_of))
        self.as_of.dateChanged.connect(self.set_as_of)
        self.perspective = QComboBox(self)
        self.status_filter = QComboBox(self)
        self.perspective.currentIndexChanged.connect(self._apply_filters)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self._filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Follow-up as of:"), self.as_of),
            (self.tr("Perspective:"), self.perspective),
            (self.tr("Status:"), self.status_filter),
        ):
            self._filters.addWidget(QLabel(label, self))
            self._filters.addWidget(widget)
        self._filters.addStretch(1)
        self.report_button = QToolButton(self)
        self.report_button.setText(self.tr("Follow-up report…"))
        self.report_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.report_button.clicked.connect(self.ask_report)
        self._filters.addWidget(self.report_button)

    def _fill_filters(self) -> None:
        language = self.model.language
        chosen_p, chosen_s = self.perspective.currentData(), self.status_filter.currentData()
        for combo in (self.perspective, self.status_filter):
            combo.blockSignals(True)
            combo.clear()
        self.perspective.addItem(self.tr("All"), None)
        for p in self.model.strategy.perspectives:
            self.perspective.addItem(p.name, p.id)
        self.status_filter.addItem(self.tr("All"), None)
        for status in STATUSES:
            symbol = strategy_words.STATUS_SYMBOLS[status]
            self.status_filter.addItem(f"{symbol} {strategy_words.status_name(status, language)}",
                                       status)  # fmt: skip
        self.perspective.setCurrentIndex(max(0, self.perspective.findData(chosen_p)))
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(chosen_s)))
        for combo in (self.perspective, self.status_filter):
            combo.blockSignals(False)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(self.perspective.currentData(), self.status_filter.currentData())
        self.tree.expandAll()

    def set_as_of(self, date: QDate | dt.date) -> None:
        day = date.toPython() if isinstance(date, QDate) else date
        if self.model.status is not None and day == self.model.status.as_of:
            return
        self.model.as_of = day
        self.refresh()

    # -- following the workspace -------------------------------------------------------------
    def _fill_texts(self) -> None:
        strategy = self.model.strategy
        self.title.setText(strategy.name)
        goals, areas, targets = strategy.counts()
        status = self.model.status
        counts = " · ".join(
            f"{strategy_words.STATUS_SYMBOLS[s]} "
            f"{strategy_words.status_name(s, self.model.language)} {status.total[s]}"
            for s in STATUSES
            if status.total[s]
        )
        self.summary.setText(
            self.tr(
                "{goals} goals · {areas} development areas · {targets} measurable targets"
            ).format(goals=goals, areas=areas, targets=targets)
            + "\n"
            + counts
        )
        self._fill_filters()

    def current_node(self) -> tuple[str, str] | None:
        index = self.tree.currentIndex()
        return index.data(NODE_ROLE) if index.isValid() else None

    def select(self, node_id: str) -> bool:
        source = self.model.index_of(node_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def refresh(self, select: str | None = None) -> None:
        current = select or (self.current_node() or (None, None))[1]
        self.model.refresh()
        self._fill_texts()
        self._apply_filters()
        if not (current and self.select(current)) and self.proxy.rowCount():
            self.tree.setCurrentIndex(self.proxy.index(0, 0))
        self.show_current()

    def on_command(self, command) -> None:
        node = command.params.get("node_id") if hasattr(command, "params") else None
        if command.kind in ("add_goal", "add_area") and hasattr(command, "goal"):
            node = command.goal.id
        if command.kind == "add_area":
            node = command.area.id
        if command.kind == "add_target":
            node = command.target.id
        self.refresh(select=node)

    def show_current(self) -> None:
        index = self.tree.currentIndex()
        self.edits.update_actions()
        if not index.isValid():
            self.detail.show_nothing()
            return
        kind, node_id = index.data(NODE_ROLE)
        item = index.data(OBJECT_ROLE)
        language = self.model.language
        if kind == "target":
            workspace = self.document.workspace
            self.detail.show_target(
                workspace,
                self.model.strategy,
                item,
                self.model.result(node_id),
                self.model.register,
                language,
            )
        else:
            self.detail.show_node(kind, item, index.data(STATUS_ROLE), language)

    # -- the report --------------------------------------------------------------------------
    def ask_report(self) -> None:
        name = self.tr("Follow-up {date}.xlsx").format(date=self.model.status.as_of.isoformat())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export follow-up report"),
            name,
            self.tr("Excel workbook (*.xlsx);;PDF (*.pdf)"),
        )
        if path:
            self.export_report(Path(path))

    def export_report(self, path: Path, on_done=None) -> None:
        """Write the report (.xlsx or .pdf by the name) in the background."""
        from digidesk.strategy_reports import write_reports

        workspace = self.document.workspace.snapshot()
        strategy = self.model.strategy
        status = self.model.status
        register, language = self.model.register, self.model.language
        xlsx = path if path.suffix.lower() == ".xlsx" else None
        pdf = path if path.suffix.lower() == ".pdf" else None
        if xlsx is None and pdf is None:
            xlsx = path.with_suffix(".xlsx")
        self.report_button.setEnabled(False)
        self.message.emit(self.tr("Writing the follow-up report…"))

        def done(_result) -> None:
            self.report_button.setEnabled(True)
            self.message.emit(self.tr("Wrote {name}").format(name=(xlsx or pdf).name))
            if on_done is not None:
                on_done(None)

        def failed(error: BaseException) -> None:
            from digidesk.messages import describe

            self.report_button.setEnabled(True)
            text = describe(error, language) if hasattr(error, "code") else str(error)
            self.message.emit(self.tr("The report could not be written: {reason}").format(
                reason=text))  # fmt: skip
            if on_done is not None:
                on_done(error)

        self.runner.start(
            lambda: write_reports(workspace, strategy, status, register, xlsx, pdf, language),
            done,
            failed,
        )
