"""An award, the jury's home: the nominees with motivations, the set-up, the scoring grid
and the results with every method side by side (tabs). Every edit goes through the
document's undo stack; the views follow each jury command and each undo."""

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
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from digidesk.qt.workers import TaskRunner

# Edits that change what the nominee profile shows: its nominees or its criteria's indicators.
PROFILE_COMMANDS = frozenset({
    "jury_add_criterion", "jury_update_criterion", "jury_remove_criterion",
    "jury_add_nominee", "jury_update_nominee", "jury_remove_nominee",
})  # fmt: skip


class AwardView(QWidget):
    compare_requested = Signal()
    message = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, document, position: int, parent=None) -> None:
        super().__init__(parent)
        from digidesk.qt.views.jury_results import JuryResultsView
        from digidesk.qt.views.jury_scoring import JuryScoringView
        from digidesk.qt.views.jury_setup import JurySetupView

        self.document = document
        self.position = position
        self.runner = TaskRunner(self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.compare_button = QPushButton(self.tr("Compare nominees"), self)
        self.compare_button.setToolTip(
            self.tr("See where the nominees stand among all kommuner, indicator by indicator")
        )
        self.compare_button.clicked.connect(self.compare_requested)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._overview(), self.tr("Nominees"))
        self.setup = JurySetupView(document, position, self)
        self.scoring = JuryScoringView(document, position, self.runner, self)
        self.results = JuryResultsView(document, position, self.runner, self)
        self.tabs.addTab(self.setup, self.tr("Set-up"))
        self.tabs.addTab(self.scoring, self.tr("Scoring"))
        self.tabs.addTab(self.results, self.tr("Results"))
        for view in (self.setup, self.scoring, self.results):
            view.message.connect(self.message)
        for view in (self.scoring, self.results):
            view.busy_changed.connect(self.busy_changed)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.title, 1)
        heading_row.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)
        self._fill_overview()
        self._compute_data_scores()

    @property
    def award(self):
        return self.document.workspace.awards[self.position]

    def _overview(self) -> QWidget:
        page = QWidget(self)
        self.nominees = QListWidget(page)
        self.nominees.setAccessibleName(self.tr("Nominees"))
        self.motivation = QTextBrowser(page)
        self.nominees.currentRowChanged.connect(self._show_nominee)
        self.criteria = QTextBrowser(page)
        right = QSplitter(Qt.Orientation.Vertical, page)
        right.addWidget(self.motivation)
        right.addWidget(self.criteria)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(self.nominees)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        return page

    def _fill_overview(self) -> None:
        award = self.award
        self.title.setText(f"{award.name} {award.year}" if award.year else award.name)
        self.subtitle.setText(award.organiser)
        row = max(self.nominees.currentRow(), 0)
        self.nominees.blockSignals(True)
        self.nominees.clear()
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
        self.nominees.blockSignals(False)
        heading, weight = self.tr("Criteria"), self.tr("weight")
        self.criteria.setHtml(
            f"<h3>{escape(heading)}</h3>"
            + "".join(
                f"<p><b>{escape(c.name)}</b> ({escape(weight)} {c.weight:g})<br>"
                f"{escape(c.description)}</p>"
                for c in award.criteria
            )
        )
        self.compare_button.setEnabled(bool(award.nominees))
        if award.nominees:
            self.nominees.setCurrentRow(min(row, len(award.nominees) - 1))
            self._show_nominee(self.nominees.currentRow())

    def _show_nominee(self, row: int) -> None:
        if row < 0 or row >= len(self.award.nominees):
            self.motivation.clear()
            return
        nominee = self.award.nominees[row]
        label = self.tr("Jury’s motivation") if nominee.winner else self.tr("Motivation")
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in nominee.motivation.split("\n\n"))
        self.motivation.setHtml(
            f"<h2>{escape(nominee.name)}</h2><h4>{escape(label)}</h4>{paragraphs}"
        )

    # -- following edits ------------------------------------------------------------------
    def on_command(self, command=None) -> None:
        """An award edit or its undo: every tab shows the award as it is now."""
        self._fill_overview()
        self.setup.refresh()
        self.scoring.refresh()
        self.results.refresh()
        if command is None or command.kind in (
            "jury_add_criterion", "jury_update_criterion", "jury_remove_criterion",
            "jury_add_nominee", "jury_remove_nominee",
        ):  # fmt: skip
            self._compute_data_scores()
        if command is None or command.kind in PROFILE_COMMANDS:
            self.results.profile_area.refresh()

    def _compute_data_scores(self) -> None:
        from digidesk.core.jury.data_scores import data_scores

        workspace = self.document.workspace.snapshot()
        award = workspace.awards[self.position]
        if not any(c.indicator_id for c in award.criteria) or not workspace.datasets:
            return
        self.runner.start(lambda: data_scores(workspace, award), self._data_arrived,
                          lambda _error: None)  # fmt: skip

    def _data_arrived(self, scores) -> None:
        if not isValid(self):  # closed while the work ran
            return
        self.scoring.set_data_scores(scores)
        self.results.set_data_scores(scores)

    def wait(self) -> None:
        """Until the background work started so far has reported (tests, screenshots)."""
        from PySide6.QtWidgets import QApplication

        while True:
            self.runner.wait()
            QApplication.processEvents()
            if not self.runner._relays:
                return
