"""A strategy as a tree: goal → development area → target, with due year and perspectives."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digidesk.core.model.strategy import Strategy


class StrategyView(QWidget):
    def __init__(self, strategy: Strategy, parent=None) -> None:
        super().__init__(parent)
        self._strategy = strategy
        names = {p.id: p.name for p in strategy.perspectives}
        title = QLabel(strategy.name, self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        summary = QLabel(
            self.tr(
                "{goals} goals · {areas} development areas · {targets} measurable targets"
            ).format(
                goals=len(strategy.goals),
                areas=sum(len(g.focus_areas) for g in strategy.goals),
                targets=len(strategy.targets()),
            ),
            self,
        )
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [self.tr("Goal / development area / target"), self.tr("Due"), self.tr("Perspectives")]
        )
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        self._details: dict[int, str] = {}
        for goal in strategy.goals:
            goal_item = QTreeWidgetItem(self.tree, [goal.name])
            goal_item.setFont(0, bold)
            goal_item.setData(0, Qt.ItemDataRole.UserRole, goal.description)
            for area in goal.focus_areas:
                area_item = QTreeWidgetItem(goal_item, [area.name])
                area_item.setData(0, Qt.ItemDataRole.UserRole, area.description)
                for target in area.targets:
                    item = QTreeWidgetItem(
                        area_item,
                        [
                            target.text,
                            str(target.due_year or ""),
                            ", ".join(names.get(p, p) for p in target.perspectives),
                        ],
                    )
                    item.setToolTip(0, target.text)
                    item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
                    item.setData(0, Qt.ItemDataRole.UserRole, target.text)
        self.tree.expandAll()
        self.details = QTextBrowser(self)
        self.details.setPlaceholderText(self.tr("Select a goal, development area or target."))
        self.tree.currentItemChanged.connect(self._show_details)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        perspectives = QTextBrowser(self)
        perspectives.setHtml(
            "".join(
                f"<p><b>{escape(p.name)}</b><br>{escape(p.description)}</p>"
                for p in strategy.perspectives
            )
        )
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.details)
        side.addWidget(perspectives)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(splitter, 1)

    def _show_details(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        if current is None:
            self.details.clear()
            return
        name = current.text(0)
        text = current.data(0, Qt.ItemDataRole.UserRole) or ""
        heading = f"<h3>{escape(name)}</h3>" if text != name else ""
        self.details.setHtml(f"{heading}<p>{escape(text)}</p>")
