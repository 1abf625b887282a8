"""“Import strategy”: what DigiDesk found in the document, to correct before importing.

Left, the strategy as a tree (goal → development area → target, with due years): names,
texts and years are edited in place and parts left out by unticking them. Right, the
document's text with what was found highlighted: goals, development areas, targets and
their due years, and perspectives; choosing a part in the tree shows it in the text. A
dumb dialog: :meth:`StrategyImportWizard.strategy` gives the corrected strategy.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digidesk.core.io.strategy_import import StrategyImport
from digidesk.core.model.strategy import FocusArea, Goal, Strategy
from digidesk.qt.views.strategy_delegates import WrapDelegate

_COLOURS = {
    "goal": "#c6dbf7",
    "area": "#c8ecd2",
    "target": "#fdf1b8",
    "due_year": "#f6b26b",
    "perspective": "#e0d2f2",
}
_ID = Qt.ItemDataRole.UserRole


class StrategyImportWizard(QDialog):
    def __init__(self, imported: StrategyImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StrategyImportWizard")
        self.setWindowTitle(self.tr("Import strategy — {name}").format(
            name=Path(imported.path).name))  # fmt: skip
        self.imported = imported
        source = imported.strategy
        self.name = QLineEdit(source.name, self)
        self.area = QLineEdit(source.area_id or "", self)
        self.area.setPlaceholderText(self.tr("kommun code, e.g. 2284"))
        self.counts = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Goal / development area / target"), self.tr("Due")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.setColumnWidth(1, 60)
        self.tree.setItemDelegateForColumn(0, WrapDelegate(self.tree))
        self.tree.header().sectionResized.connect(lambda *_: self.tree.scheduleDelayedItemsLayout())
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setPlainText(imported.text or self.tr("Read from a spreadsheet: there is no "
                                                        "document text to show."))  # fmt: skip
        legend = QLabel(self._legend(), self)
        self._fill()
        self._highlight()
        self.tree.itemChanged.connect(lambda *_: self._update_counts())
        self.tree.currentItemChanged.connect(self._show_in_text)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Municipality:"), self.area)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.counts)
        column.addWidget(self.tree, 1)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("The document as read"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        column.addWidget(heading)
        column.addWidget(legend)
        column.addWidget(self.text, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([620, 660])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self._update_counts()
        self.resize(1280, 820)

    def _legend(self) -> str:
        swatch = '<span style="background-color: {}">&nbsp;{}&nbsp;</span>'
        parts = [
            (_COLOURS["goal"], self.tr("goal")),
            (_COLOURS["area"], self.tr("development area")),
            (_COLOURS["target"], self.tr("measurable target")),
            (_COLOURS["due_year"], self.tr("due year")),
            (_COLOURS["perspective"], self.tr("perspective")),
        ]
        return " ".join(swatch.format(colour, text) for colour, text in parts)

    def _item(self, parent, text: str, node_id: str, year: int | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text, "" if year is None else str(year)])
        item.setData(0, _ID, node_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked)
        item.setToolTip(0, text)
        return item

    def _fill(self) -> None:
        for goal in self.imported.strategy.goals:
            goal_item = self._item(self.tree, goal.name, goal.id)
            font = goal_item.font(0)
            font.setBold(True)
            goal_item.setFont(0, font)
            for area in goal.focus_areas:
                area_item = self._item(goal_item, area.name, area.id)
                for target in area.targets:
                    self._item(area_item, target.text, target.id, target.due_year)
        self.tree.expandAll()

    def _highlight(self) -> None:
        """Colour what was found in the text itself (char formats, not extra selections:
        Qt clips the text of a selection to its line, which cut the dots off Ö and Å)."""
        self.highlights = []
        cursor = QTextCursor(self.text.document())
        for found in self.imported.found:
            cursor.setPosition(found.start)
            cursor.setPosition(found.end, QTextCursor.MoveMode.KeepAnchor)
            style = QTextCharFormat()
            style.setBackground(QBrush(QColor(_COLOURS.get(found.kind, "#eeeeee"))))
            if found.kind == "due_year":
                style.setFontWeight(700)
            cursor.mergeCharFormat(style)
            self.highlights.append((found.start, found.end, found.kind))

    def _show_in_text(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        node_id = item.data(0, _ID)
        found = next((f for f in self.imported.found if f.node_id == node_id
                      and f.kind != "due_year"), None)  # fmt: skip
        if found is None:
            return
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(found.end)
        self.text.setTextCursor(cursor)
        cursor.setPosition(found.start)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def _included(self, item: QTreeWidgetItem) -> bool:
        return item.checkState(0) == Qt.CheckState.Checked

    def strategy(self) -> Strategy:
        """The strategy as corrected: edited names, texts and years, unticked parts left out."""
        source = self.imported.strategy
        goals = {g.id: g for g in source.goals}
        areas = {a.id: a for a in source.focus_areas()}
        targets = {t.id: t for t in source.targets()}
        made = []
        for g in range(self.tree.topLevelItemCount()):
            goal_item = self.tree.topLevelItem(g)
            if not self._included(goal_item):
                continue
            made_areas = []
            for a in range(goal_item.childCount()):
                area_item = goal_item.child(a)
                if not self._included(area_item):
                    continue
                made_targets = []
                for t in range(area_item.childCount()):
                    item = area_item.child(t)
                    if not self._included(item):
                        continue
                    year_text = item.text(1).strip()
                    year = int(year_text) if year_text.isdigit() else None
                    target = targets[item.data(0, _ID)]
                    made_targets.append(replace(target, text=item.text(0).strip(), due_year=year))
                area: FocusArea = areas[area_item.data(0, _ID)]
                made_areas.append(replace(area, name=area_item.text(0).strip(),
                                          targets=tuple(made_targets)))  # fmt: skip
            goal: Goal = goals[goal_item.data(0, _ID)]
            made.append(
                replace(goal, name=goal_item.text(0).strip(), focus_areas=tuple(made_areas))
            )
        area_id = self.area.text().strip() or None
        return replace(source, name=self.name.text().strip() or source.name, area_id=area_id,
                       goals=tuple(made))  # fmt: skip

    def _update_counts(self) -> None:
        goals, areas, targets = self.strategy().counts()
        self.counts.setText(
            self.tr(
                "{goals} goals, {areas} development areas, {targets} measurable targets"
            ).format(goals=goals, areas=areas, targets=targets)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(goals > 0)
