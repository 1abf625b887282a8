"""The award's set-up as Qt tables: criteria, nominees, jurors and their conflicts.

Adapters over the award in the document's workspace: ``setData`` pushes the matching jury
command (one undo step per edit) and ``refused`` says, in words, why an edit was not taken.
"""

from __future__ import annotations

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

from digidesk.core.errors import DigiDeskError
from digidesk.core.io.locale_numbers import parse_number
from digidesk.core.jury.commands import (
    SetConflict,
    UpdateCriterion,
    UpdateJuror,
    UpdateNominee,
)
from digidesk.core.model.award import Award

Index = QModelIndex | QPersistentModelIndex
EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def checked_push(document, command) -> str | None:
    """Push ``command`` when the core's rules take it; else the reason, in words.

    The command is first tried on a copy of the awards, so that a refused edit never reaches
    the undo stack (where a failing redo could not be taken back).
    """
    from digidesk.core.model.workspace import Workspace
    from digidesk.messages import describe
    from digidesk.qt.i18n import current_language

    try:
        command.apply(Workspace(awards=list(document.workspace.awards)))
    except DigiDeskError as error:
        return describe(error, current_language())
    document.push(command)
    return None


class _AwardTable(QAbstractTableModel):
    refused = Signal(str)

    def __init__(self, document, position: int, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.position = position
        self.locale = QLocale()

    @property
    def award(self) -> Award:
        return self.document.workspace.awards[self.position]

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headings())

    def headings(self) -> list[str]:
        raise NotImplementedError

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headings = self.headings()
            return headings[section] if section < len(headings) else None
        return None

    def number(self, value: float | None) -> str:
        return "" if value is None else self.locale.toString(float(value), "g", 6)

    def parse(self, text: str) -> float | None:
        parsed = parse_number(str(text))
        if parsed is None or parsed[1]:
            message = QCoreApplication.translate("JuryTables", "“{text}” is not a number.")
            self.refused.emit(message.format(text=text))
            return None
        return parsed[0]

    def push(self, command) -> bool:
        problem = checked_push(self.document, command)
        if problem is not None:
            self.refused.emit(problem)
        return problem is None


class CriteriaModel(_AwardTable):
    def headings(self) -> list[str]:
        return [
            self.tr("Criterion"), self.tr("Weight"), self.tr("Scale from"), self.tr("Scale to"),
            self.tr("Linked indicator"), self.tr("Better is"), self.tr("Description"),
        ]  # fmt: skip

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.award.criteria)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.award.criteria):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                        Qt.ItemDataRole.ToolTipRole):  # fmt: skip
            return None
        c = self.award.criteria[index.row()]
        low, high = self.award.scale(c)
        directions = {"higher": self.tr("higher"), "lower": self.tr("lower"), "none": "–"}
        values = [
            c.name, self.number(c.weight), self.number(low), self.number(high),
            c.indicator_id or "", directions.get(c.direction, c.direction), c.description,
        ]  # fmt: skip
        return values[index.column()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return EDITABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        c = self.award.criteria[index.row()]
        column, text = index.column(), str(value).strip()
        if column == 0:
            if not text:
                return False
            new = replace(c, name=text)
        elif column in (1, 2, 3):
            number = self.parse(text)
            if number is None:
                return False
            field = ("weight", "scale_min", "scale_max")[column - 1]
            new = replace(c, **{field: number})
            if column in (2, 3):
                low, high = self.award.scale(c)
                new = replace(new, scale_min=new.scale_min if column == 2 else low,
                              scale_max=new.scale_max if column == 3 else high)  # fmt: skip
        elif column == 4:
            new = replace(c, indicator_id=text or None)
        elif column == 5:
            words = {self.tr("higher"): "higher", self.tr("lower"): "lower", "higher": "higher",
                     "lower": "lower"}  # fmt: skip
            new = replace(c, direction=words.get(text, c.direction))
        else:
            new = replace(c, description=text)
        if new == c:
            return False
        return self.push(UpdateCriterion(self.position, new))


class NomineesModel(_AwardTable):
    def headings(self) -> list[str]:
        return [self.tr("Code"), self.tr("Nominee"), self.tr("Motivation")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.award.nominees)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.award.nominees):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                        Qt.ItemDataRole.ToolTipRole):  # fmt: skip
            return None
        n = self.award.nominees[index.row()]
        return (n.area_id, n.name, n.motivation)[index.column()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return READ_ONLY if index.column() == 0 else EDITABLE

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == 0:
            return False
        n = self.award.nominees[index.row()]
        text = str(value).strip()
        new = replace(n, name=text) if index.column() == 1 else replace(n, motivation=text)
        if new == n or (index.column() == 1 and not text):
            return False
        return self.push(UpdateNominee(self.position, new))


class JurorsModel(_AwardTable):
    def headings(self) -> list[str]:
        return [self.tr("Id"), self.tr("Juror")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.award.jurors)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.award.jurors):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        j = self.award.jurors[index.row()]
        return (j.id, j.name)[index.column()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return READ_ONLY if index.column() == 0 else EDITABLE

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != 1:
            return False
        juror = self.award.jurors[index.row()]
        text = str(value).strip()
        if not text or text == juror.name:
            return False
        return self.push(UpdateJuror(self.position, juror.id, text))


class ConflictsModel(_AwardTable):
    """Jurors × nominees: checked where the juror declared a conflict, with its reason."""

    def headings(self) -> list[str]:
        return [n.name for n in self.award.nominees]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.award.jurors)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            jurors = self.award.jurors
            return jurors[section].name if section < len(jurors) else None
        return super().headerData(section, orientation, role)

    def _pair(self, index: Index) -> tuple[str, str] | None:
        award = self.award
        if not index.isValid() or index.row() >= len(award.jurors):
            return None
        if index.column() >= len(award.nominees):
            return None
        return award.jurors[index.row()].id, award.nominees[index.column()].area_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pair = self._pair(index)
        if pair is None:
            return None
        conflict = self.award.conflicted(*pair)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if conflict else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole):  # fmt: skip
            return conflict.reason if conflict else ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self._pair(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return EDITABLE | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        pair = self._pair(index)
        if pair is None:
            return False
        conflict = self.award.conflicted(*pair)
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked == (conflict is not None):
                return False
            return self.push(SetConflict(self.position, *pair, "" if checked else None))
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        if conflict is None and not text:
            return False
        if conflict is not None and conflict.reason == text:
            return False
        return self.push(SetConflict(self.position, *pair, text))
