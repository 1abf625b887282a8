"""A strategy as a Qt tree model: goal → development area → target, with status per node.

An adapter: the nodes are a cache rebuilt by :meth:`StrategyModel.refresh` from the
workspace's strategy and its computed status; ``setData`` only pushes an undoable command.
Targets carry their :class:`~digidesk.core.analysis.goals.TargetStatus`, goals and areas
their counts per status (``STATUS_ROLE``). The words of statuses come from
``digidesk.strategy_words`` in the interface's language.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from digidesk import strategy_words
from digidesk.core.analysis.goals import StrategyStatus, TargetStatus, strategy_status
from digidesk.core.model.areas import AreaRegister, default_register
from digidesk.core.model.strategy import Strategy
from digidesk.qt.document import WorkspaceDocument
from digidesk.qt.i18n import current_language

NODE_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # TargetStatus for a target, Counter otherwise
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 3  # the Goal, FocusArea or Target
NAME, STATUS, DUE, TREND, PERSPECTIVES = range(5)


@dataclass(eq=False)
class Node:
    kind: str  # "goal", "area" or "target"
    node_id: str
    item: Any
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    row: int = 0


class StrategyModel(QAbstractItemModel):
    def __init__(self, document: WorkspaceDocument, position: int, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.position = position
        self.register: AreaRegister = default_register()
        self.language = current_language()
        self.as_of: dt.date | None = None  # None: the strategy's own date, else today
        self.status: StrategyStatus | None = None
        self._roots: list[Node] = []
        self._by_id: dict[str, Node] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self.refresh()

    # -- the cache ---------------------------------------------------------------------------
    @property
    def strategy(self) -> Strategy:
        assert self.document.workspace is not None
        return self.document.workspace.strategies[self.position]

    def refresh(self) -> None:
        self.beginResetModel()
        workspace = self.document.workspace
        strategy = self.strategy
        self.status = strategy_status(workspace, strategy, self.register, self.as_of)
        self._roots, self._by_id = [], {}
        for g, goal in enumerate(strategy.goals):
            goal_node = Node("goal", goal.id, goal, None, [], g)
            self._roots.append(goal_node)
            self._by_id[goal.id] = goal_node
            for a, area in enumerate(goal.focus_areas):
                area_node = Node("area", area.id, area, goal_node, [], a)
                goal_node.children.append(area_node)
                self._by_id[area.id] = area_node
                for t, target in enumerate(area.targets):
                    node = Node("target", target.id, target, area_node, [], t)
                    area_node.children.append(node)
                    self._by_id[target.id] = node
        self.endResetModel()

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def index_of(self, node_id: str, column: int = 0) -> QModelIndex:
        node = self._by_id.get(node_id)
        return self.createIndex(node.row, column, node) if node else QModelIndex()

    def result(self, target_id: str) -> TargetStatus | None:
        return self.status.targets.get(target_id) if self.status else None

    def counts(self, node: Node) -> Counter[str]:
        assert self.status is not None
        if node.kind == "goal":
            return self.status.goals.get(node.node_id, Counter())
        return self.status.areas.get(node.node_id, Counter())

    # -- QAbstractItemModel ------------------------------------------------------------------
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self._children(parent)
        if not 0 <= row < len(siblings) or not 0 <= column < 5:
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def _children(self, parent) -> list[Node]:
        node = self.node(parent)
        return self._roots if node is None else node.children

    def parent(self, index=QModelIndex()):  # noqa: B008
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 5

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Goal / development area / target"),
            self.tr("Status"),
            self.tr("Due"),
            self.tr("Trend"),
            self.tr("Perspectives"),
        )[section]

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (NAME, DUE) and not (
            index.column() == DUE and self.node(index).kind != "target"
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == NODE_ROLE:
            return (node.kind, node.node_id)
        if role == OBJECT_ROLE:
            return node.item
        if role == STATUS_ROLE:
            return self.result(node.node_id) if node.kind == "target" else self.counts(node)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if node.kind == "goal" and column == NAME else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(node, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DUE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, node: Node, column: int, edit: bool) -> Any:
        item = node.item
        if column == NAME:
            if node.kind == "target":
                return item.text
            return item.name or ("" if edit else self.tr("(no development area)"))
        if node.kind != "target":
            if column == STATUS:
                counts = self.counts(node)
                return " · ".join(
                    f"{strategy_words.STATUS_SYMBOLS[s]} {n}"
                    for s, n in sorted(counts.items(), key=lambda i: _ORDER.get(i[0], 9))
                )
            return ""
        result = self.result(node.node_id)
        if column == STATUS and result is not None:
            return strategy_words.badge_text(result, self.language)
        if column == DUE:
            return item.due_year if edit else str(item.due_year or "")
        if column == TREND and result is not None:
            return strategy_words.trend_text(result.trend, self.language)
        if column == PERSPECTIVES:
            names = {p.id: p.name for p in self.strategy.perspectives}
            return ", ".join(names.get(p, p) for p in item.perspectives)
        return ""

    def _tooltip(self, node: Node, column: int) -> str | None:
        if node.kind == "target":
            result = self.result(node.node_id)
            if column == STATUS and result is not None:
                return strategy_words.reason_text(result, self.language)
            return node.item.text
        if column == STATUS:
            counts = self.counts(node)
            return "\n".join(
                f"{strategy_words.status_name(s, self.language)}: {n}"
                for s, n in sorted(counts.items(), key=lambda i: _ORDER.get(i[0], 9))
            )
        return node.item.name or None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Renames and new texts or due years become undoable commands; nothing else."""
        from digidesk.core.strategy_commands import EditNode, EditTarget

        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == NAME:
            text = str(value).strip()
            if not text:
                return False
            if node.kind == "target":
                if text == node.item.text:
                    return False
                command = EditTarget(self.position, replace(node.item, text=text))
            else:
                if text == node.item.name:
                    return False
                command = EditNode(self.position, node.node_id, text, node.item.description)
        elif index.column() == DUE and node.kind == "target":
            try:
                year = int(str(value).strip()) if str(value).strip() else None
            except ValueError:
                return False
            if year is not None and not 1900 <= year <= 2200:
                return False
            command = EditTarget(self.position, replace(node.item, due_year=year))
        else:
            return False
        self.document.push(command)
        return True


_ORDER = {status: n for n, status in enumerate(strategy_words.STATUS_SYMBOLS)}
