"""One juror's scoring grid as a Qt table: nominees × criteria, an adapter over the award.

``setData`` checks the value with the core's own rules and pushes a
:class:`~digidesk.core.jury.scoring.SetScores` onto the document's undo stack; a refused
value (a conflicted nominee, outside the scale, not a number, scoring locked) is not
stored and ``refused`` carries the reason in words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from digidesk.core.errors import ModelError
from digidesk.core.io.locale_numbers import parse_number
from digidesk.core.jury.data_scores import DataScore
from digidesk.core.jury.scoring import ScoreChange, SetScores, check_score
from digidesk.core.model.award import Award

Index = QModelIndex | QPersistentModelIndex
COMMENT_ROLE = Qt.ItemDataRole.UserRole + 20
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 21
GREY = QBrush(QColor(200, 200, 200))
DATA_TINT = QBrush(QColor(227, 238, 250))


class ScoreGridModel(QAbstractTableModel):
    refused = Signal(str)

    def __init__(self, document, position: int, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.position = position
        self.juror_id = ""
        self.locale = QLocale()
        self.data_scores: dict[str, dict[str, DataScore]] = {}

    @property
    def award(self) -> Award:
        return self.document.workspace.awards[self.position]

    def set_juror(self, juror_id: str) -> None:
        self.beginResetModel()
        self.juror_id = juror_id
        self.endResetModel()

    def set_data_scores(self, scores: dict[str, dict[str, DataScore]]) -> None:
        self.data_scores = scores
        self.refresh()

    def refresh(self) -> None:
        """The award changed (an edit, an undo): show it as it is now."""
        self.beginResetModel()
        self.endResetModel()

    # -- shape --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or not self.juror_id else len(self.award.nominees)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.award.criteria)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        award = self.award
        if orientation == Qt.Orientation.Vertical:
            if section >= len(award.nominees):
                return None
            nominee = award.nominees[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return nominee.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{nominee.name} ({nominee.area_id})"
            return None
        if section >= len(award.criteria):
            return None
        criterion = award.criteria[section]
        low, high = award.scale(criterion)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{wrapped(criterion.name)}\n({self.number(low)}–{self.number(high)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return criterion.description or criterion.name
        return None

    def number(self, value: float) -> str:
        return self.locale.toString(float(value), "g", 6)

    # -- cells --------------------------------------------------------------------------
    def _key(self, index: Index) -> tuple[str, str] | None:
        award = self.award
        if not index.isValid() or index.row() >= len(award.nominees):
            return None
        if index.column() >= len(award.criteria):
            return None
        return award.nominees[index.row()].area_id, award.criteria[index.column()].id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        key = self._key(index)
        if key is None:
            return None
        area_id, criterion_id = key
        award = self.award
        conflict = award.conflicted(self.juror_id, area_id)
        score = award.score(self.juror_id, area_id, criterion_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if conflict is not None:
                return self.tr("conflict of interest")
            if score is None:
                return ""
            return self.number(score.value) + (" ✎" if score.comment else "")
        if role == Qt.ItemDataRole.EditRole:
            return "" if score is None else self.number(score.value)
        if role == COMMENT_ROLE:
            return score.comment if score is not None else ""
        if role == CONFLICT_ROLE:
            return conflict.reason if conflict is not None else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return GREY if conflict is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(conflict, score, criterion_id, area_id)
        return None

    def _tooltip(self, conflict, score, criterion_id: str, area_id: str) -> str:
        if conflict is not None:
            return self.tr("Declared conflict of interest: {reason}").format(
                reason=conflict.reason or self.tr("no reason given")
            )
        lines = []
        if score is not None and score.comment:
            lines.append(self.tr("Comment: {comment}").format(comment=score.comment))
        found = self.data_scores.get(criterion_id, {}).get(area_id)
        if found is not None and found.score is not None:
            lines.append(
                self.tr("From data: {score} (value {value}, {period})").format(
                    score=self.locale.toString(found.score, "f", 1),
                    value=self.locale.toString(found.value or 0.0, "g", 6),
                    period=found.period,
                )
            )
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        key = self._key(index)
        if key is None:
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.award.conflicted(self.juror_id, key[0]) is not None or self.award.locked:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        key = self._key(index)
        if key is None or role not in (Qt.ItemDataRole.EditRole, COMMENT_ROLE):
            return False
        area_id, criterion_id = key
        if role == COMMENT_ROLE:
            old = self.award.score(self.juror_id, area_id, criterion_id)
            change = ScoreChange(self.juror_id, area_id, criterion_id,
                                 old.value if old else None, str(value))  # fmt: skip
        else:
            text = str(value).strip() if value is not None else ""
            number: float | None = None
            if text:
                parsed = parse_number(text)
                if parsed is None or parsed[1]:
                    self.refused.emit(self.tr("“{text}” is not a number.").format(text=text))
                    return False
                number = parsed[0]
            change = ScoreChange(self.juror_id, area_id, criterion_id, number)
        return self.push((change,))

    def push(self, changes: tuple[ScoreChange, ...]) -> bool:
        """Check every change, then push them as one undo step; False (and ``refused``) when
        the core's rules refuse one."""
        from digidesk.messages import describe
        from digidesk.qt.i18n import current_language

        award = self.award
        try:
            if award.locked:
                raise ModelError("jury.locked", award=award.name)
            for change in changes:
                check_score(award, change)
        except ModelError as error:
            self.refused.emit(describe(error, current_language()))
            return False
        self.document.push(SetScores(self.position, changes))
        return True


def wrapped(text: str, width: int = 18) -> str:
    """Header text on lines of about ``width`` characters (Qt's headers do not wrap)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)
