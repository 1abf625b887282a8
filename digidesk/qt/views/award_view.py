"""An award: its nominees with motivations, the winner marked, and the criteria."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from digidesk.core.model.award import Award


class AwardView(QWidget):
    compare_requested = Signal()

    def __init__(self, award: Award, parent=None) -> None:
        super().__init__(parent)
        self._award = award
        heading = f"{award.name} {award.year}" if award.year else award.name
        title = QLabel(heading, self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(award.organiser, self)
        self.nominees = QListWidget(self)
        for nominee in award.nominees:
            text = nominee.name
            if nominee.winner:
                text = self.tr("{name} — winner").format(name=nominee.name)
            item = QListWidgetItem(text, self.nominees)
            item.setData(Qt.ItemDataRole.UserRole, nominee.area_id)
            if nominee.winner:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        self.motivation = QTextBrowser(self)
        self.nominees.currentRowChanged.connect(self._show_nominee)
        criteria = QTextBrowser(self)
        heading, weight = self.tr("Criteria"), self.tr("weight")
        criteria.setHtml(
            f"<h3>{escape(heading)}</h3>"
            + "".join(
                f"<p><b>{escape(c.name)}</b> ({escape(weight)} {c.weight:g})<br>"
                f"{escape(c.description)}</p>"
                for c in award.criteria
            )
        )
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.motivation)
        right.addWidget(criteria)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.nominees)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        self.compare_button = QPushButton(self.tr("Compare nominees"), self)
        self.compare_button.setToolTip(
            self.tr("See where the nominees stand among all kommuner, indicator by indicator")
        )
        self.compare_button.setEnabled(bool(award.nominees))
        self.compare_button.clicked.connect(self.compare_requested)
        heading_row = QHBoxLayout()
        heading_row.addWidget(title, 1)
        heading_row.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addWidget(subtitle)
        layout.addWidget(splitter, 1)
        if award.nominees:
            self.nominees.setCurrentRow(0)

    def _show_nominee(self, row: int) -> None:
        if row < 0:
            self.motivation.clear()
            return
        nominee = self._award.nominees[row]
        label = self.tr("Jury’s motivation") if nominee.winner else self.tr("Motivation")
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in nominee.motivation.split("\n\n"))
        self.motivation.setHtml(
            f"<h2>{escape(nominee.name)}</h2><h4>{escape(label)}</h4>{paragraphs}"
        )
