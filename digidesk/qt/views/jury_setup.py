"""Setting up an award: criteria, nominees, jurors and their conflicts, each edit undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digidesk.core.jury.commands import (
    AddCriterion,
    AddJuror,
    AddNominee,
    RemoveCriterion,
    RemoveJuror,
    RemoveNominee,
)
from digidesk.core.model.award import Criterion, Juror, Nominee
from digidesk.qt.models.jury_setup import (
    ConflictsModel,
    CriteriaModel,
    JurorsModel,
    NomineesModel,
    checked_push,
)


def _table(model, parent) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setDefaultSectionSize(max(26, table.fontMetrics().height() + 10))
    return table


class JurySetupView(QWidget):
    message = Signal(str)

    def __init__(self, document, position: int, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.position = position
        self.criteria_model = CriteriaModel(document, position, self)
        self.nominees_model = NomineesModel(document, position, self)
        self.jurors_model = JurorsModel(document, position, self)
        self.conflicts_model = ConflictsModel(document, position, self)
        for model in self.models():
            model.refused.connect(self.message)
        self.criteria = _table(self.criteria_model, self)
        self.criteria.setColumnWidth(0, 230)
        self.criteria.setColumnWidth(4, 190)
        self.nominees = _table(self.nominees_model, self)
        self.nominees.setColumnWidth(1, 180)
        self.jurors = _table(self.jurors_model, self)
        self.jurors.setColumnWidth(1, 200)
        self.conflicts = _table(self.conflicts_model, self)
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.conflicts.horizontalHeader().setDefaultSectionSize(200)
        self.conflicts.setToolTip(
            self.tr("Tick a nominee the juror has declared a conflict of interest for, and "
                    "write the reason in the cell. The juror then cannot score that nominee.")
        )  # fmt: skip

        top = QSplitter(self)
        top.addWidget(self._group(self.tr("Criteria"), self.criteria,
                                  self._add_criterion, self._remove_criterion))  # fmt: skip
        bottom = QSplitter(self)
        bottom.addWidget(self._group(self.tr("Nominees"), self.nominees,
                                     self._add_nominee, self._remove_nominee))  # fmt: skip
        bottom.addWidget(self._group(self.tr("Jurors"), self.jurors,
                                     self._add_juror, self._remove_juror))  # fmt: skip
        bottom.addWidget(self._group(self.tr("Conflicts of interest"), self.conflicts))
        bottom.setStretchFactor(2, 2)
        outer = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(top)
        outer.addWidget(bottom)
        outer.setSizes([320, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(outer)

    def models(self):
        return (self.criteria_model, self.nominees_model, self.jurors_model, self.conflicts_model)

    def refresh(self) -> None:
        for model in self.models():
            model.refresh()

    def _group(self, title: str, table: QTableView, add=None, remove=None) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.addWidget(table)
        if add is not None:
            buttons = QHBoxLayout()
            plus = QPushButton(self.tr("Add…"), box)
            plus.clicked.connect(add)
            minus = QPushButton(self.tr("Remove"), box)
            minus.clicked.connect(lambda: remove(table))
            buttons.addWidget(plus)
            buttons.addWidget(minus)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        return box

    @property
    def award(self):
        return self.document.workspace.awards[self.position]

    def _push(self, command) -> None:
        problem = checked_push(self.document, command)
        if problem is not None:
            self.message.emit(problem)

    def _new_id(self, stem: str, taken: set[str]) -> str:
        n = len(taken) + 1
        while f"{stem}{n}" in taken:
            n += 1
        return f"{stem}{n}"

    def _ask(self, title: str, label: str) -> str:
        text, ok = QInputDialog.getText(self, title, label)
        return text.strip() if ok else ""

    def _add_criterion(self) -> None:
        name = self._ask(self.tr("New criterion"), self.tr("Name of the criterion:"))
        if name:
            taken = {c.id for c in self.award.criteria}
            self._push(AddCriterion(self.position, Criterion(self._new_id("C", taken), name)))

    def _add_nominee(self) -> None:
        code = self._ask(self.tr("New nominee"), self.tr("Kommun code (for example 0186):"))
        if not code:
            return
        from digidesk.core.model.areas import default_register

        area = default_register().get(code, "SE") or default_register().get(code, "NO")
        name = area.name if area else code
        self._push(AddNominee(self.position, Nominee(code, name)))

    def _add_juror(self) -> None:
        name = self._ask(self.tr("New juror"), self.tr("Name of the juror:"))
        if name:
            taken = {j.id for j in self.award.jurors}
            self._push(AddJuror(self.position, Juror(self._new_id("J", taken), name)))

    def _selected_row(self, table: QTableView) -> int | None:
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if rows:
            return rows[0].row()
        current = table.currentIndex()
        return current.row() if current.isValid() else None

    def _remove_criterion(self, table: QTableView) -> None:
        row = self._selected_row(table)
        if row is not None:
            self._push(RemoveCriterion(self.position, self.award.criteria[row].id))

    def _remove_nominee(self, table: QTableView) -> None:
        row = self._selected_row(table)
        if row is not None:
            self._push(RemoveNominee(self.position, self.award.nominees[row].area_id))

    def _remove_juror(self, table: QTableView) -> None:
        row = self._selected_row(table)
        if row is not None:
            self._push(RemoveJuror(self.position, self.award.jurors[row].id))
