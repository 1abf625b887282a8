"""An area group: its members with the register's facts and the group's notes."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digidesk.core.model.areas import default_register
from digidesk.core.model.groups import AreaGroup


class AreaGroupView(QWidget):
    #: the selected members changed: the chart pane asks ``chart_focus()``
    focus_changed = Signal()

    def __init__(self, group: AreaGroup, parent=None) -> None:
        super().__init__(parent)
        self._group = group
        register = default_register()
        locale = QLocale()
        title = QLabel(group.name, self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        headers = [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Country"),
            self.tr("County"),
            self.tr("Population"),
            self.tr("Note"),
        ]
        self.table = QTableWidget(len(group.members), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # one line a member: every row as tall as the next
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Members of the group"))
        for row, member in enumerate(group.members):
            area = register.get(member.area_id, member.country)
            county = (
                register.get(area.parent_id, member.country) if area and area.parent_id else None
            )
            population = (
                locale.toString(area.population) if area and area.population is not None else ""
            )
            cells = [
                member.area_id,
                area.name if area else "",
                member.country,
                county.name if county else "",
                population,
                member.note,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.focus_changed.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)

    def chart_focus(self):
        """The selected members (every member when none is selected), for the chart pane
        to draw with the indicator it shows."""
        from digidesk.qt.views.chart_pane import ChartFocus

        members = self._group.members
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        chosen = [members[r] for r in rows if r < len(members)] or list(members)
        if not chosen:
            return None
        country = chosen[0].country  # kommuner of one country are charted together
        areas = tuple(dict.fromkeys((m.country, m.area_id) for m in chosen if m.country == country))
        return ChartFocus((), areas[:12], None, country)
