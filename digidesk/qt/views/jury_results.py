"""Results: every method side by side, whether the method changes the winner, how much the
jurors disagree and agree, how sensitive the winner is to the weights, and the protocol.

Computed off the GUI thread from a snapshot after every change of the award; the newest
result wins. The last tab, ``profile_area``, shows the nominees' profile chart.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from digidesk.core.model.award import METHODS
from digidesk.qt.models.jury_setup import checked_push
from digidesk.qt.views.nominee_profile import NomineeProfile
from digidesk.qt.workers import TaskRunner

BANNER_DIFFERS = "background: #FFF4CE; border: 1px solid #E0B000; padding: 8px;"
BANNER_SAME = "background: #E8F5E9; border: 1px solid #7CB342; padding: 8px;"


def _table(parent, columns: list[str]) -> QTableWidget:
    from digidesk.qt.models.jury_scores import wrapped

    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels([wrapped(c, 20) for c in columns])
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    return table


class JuryResultsView(QWidget):
    message = Signal(str)
    busy_changed = Signal(bool)
    computed = Signal()

    def __init__(self, document, position: int, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.position = position
        self.runner = runner
        self.results = None
        self.data_scores: dict = {}
        self._generation = 0
        self.locale = QLocale()
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.method = QComboBox(self)
        for method in METHODS:
            self.method.addItem(self.method_name(method), method)
        self.method.activated.connect(self._method_chosen)
        self.from_data_row = QHBoxLayout()
        self.from_data: dict[str, QCheckBox] = {}
        self.protocol_button = QPushButton(self.tr("Export protocol…"), self)
        self.protocol_button.setToolTip(self.tr("The jury protocol as an Excel workbook and a PDF"))
        self.protocol_button.clicked.connect(self.ask_protocol)
        heads = [self.tr("Nominee")] + [self.method_name(m) for m in METHODS]
        heads += [self.tr("Disagreement (SD)"), self.tr("Wins of 1,000 weightings")]
        self.methods_table = _table(self, heads)
        self.methods_table.horizontalHeader().setMinimumHeight(44)
        self.methods_table.setAccessibleName(self.tr("Results by every method"))
        self.unreliable = QLabel(self)
        self.unreliable.setWordWrap(True)
        self.profile_area = NomineeProfile(document, position, runner, self)
        methods_page = QWidget(self)
        methods_layout = QHBoxLayout(methods_page)
        left = QVBoxLayout()
        left.addWidget(self.methods_table, 1)
        left.addWidget(self.unreliable)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setText(self.tr(
            "The place by each method is in brackets (“shared” where nominees tie); the winner's "
            "score is in bold. Each juror's total for a nominee is the weighted mean of the "
            "criteria that juror scored. Weighted mean: the mean of the jurors' totals. "
            "Normalised per juror: each juror's scores are first put on a common footing (mean 0,"
            " standard deviation 1), so that a strict and a generous juror count alike. Rank "
            "points: each juror's order of the nominees, from 1 point for its first to 0 for its "
            "last. Median: the middle total. Disagreement is the standard deviation of the "
            "jurors' totals. Conflicts of interest are left out everywhere."
        ))  # fmt: skip
        left.addWidget(self.explanation)
        methods_layout.addLayout(left)
        self.kendall = QLabel(self)
        self.kendall.setWordWrap(True)
        self.spearman = _table(self, [])
        self.spearman.setAccessibleName(self.tr("Agreement between jurors"))
        agreement_page = QWidget(self)
        agreement_layout = QVBoxLayout(agreement_page)
        agreement_layout.addWidget(self.kendall)
        agreement_layout.addWidget(QLabel(self.tr("Spearman's ρ between jurors, over the "
                                                  "nominees both scored:"), self))  # fmt: skip
        agreement_layout.addWidget(self.spearman, 1)
        self.sensitivity = _table(self, [
            self.tr("Criterion"), self.tr("Share of the weight"),
            self.tr("Smallest weight change that changes the winner"), self.tr("Then wins"),
        ])  # fmt: skip
        self.sensitivity.horizontalHeader().setMinimumHeight(44)
        self.sensitivity.setAccessibleName(self.tr("Weight changes that change the winner"))
        self.shares = _table(self, [self.tr("Nominee"), self.tr("Wins of 1,000 weightings")])
        self.shares.setAccessibleName(self.tr("Wins of 1,000 weightings"))
        self.sensitivity_note = QLabel(self)
        self.sensitivity_note.setWordWrap(True)
        sensitivity_page = QWidget(self)
        sensitivity_layout = QVBoxLayout(sensitivity_page)
        sensitivity_layout.addWidget(self.sensitivity, 3)
        sensitivity_layout.addWidget(self.sensitivity_note)
        sensitivity_layout.addWidget(self.shares, 2)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(methods_page, self.tr("All methods"))
        self.tabs.addTab(agreement_page, self.tr("Agreement"))
        self.tabs.addTab(sensitivity_page, self.tr("Sensitivity"))
        self.tabs.addTab(self.profile_area, self.tr("Nominee profile"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Chosen method:"), self))
        top.addWidget(self.method)
        top.addLayout(self.from_data_row)
        top.addStretch(1)
        top.addWidget(self.protocol_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def method_name(self, method: str) -> str:
        return {
            "weighted_mean": self.tr("Weighted mean"),
            "zscore": self.tr("Normalised per juror (z)"),
            "borda": self.tr("Rank points (Borda)"),
            "median": self.tr("Median"),
        }[method]

    @property
    def award(self):
        return self.document.workspace.awards[self.position]

    def set_data_scores(self, scores: dict) -> None:
        self.data_scores = scores
        self.refresh()

    # -- computing ------------------------------------------------------------------------
    def refresh(self) -> None:
        from digidesk.core.jury.results import compute_results

        award = self.award
        self.method.setCurrentIndex(max(0, self.method.findData(award.chosen_method)))
        self._data_boxes(award)
        self._generation += 1
        generation, data = self._generation, self.data_scores
        self.busy_changed.emit(True)
        self.runner.start(lambda: (generation, compute_results(award, data)),
                          self._show, self._failed)  # fmt: skip

    def _data_boxes(self, award) -> None:
        linked = [c for c in award.criteria if c.indicator_id and self.data_scores.get(c.id)]
        if [c.id for c in linked] == list(self.from_data):
            for c in linked:
                box = self.from_data[c.id]
                box.blockSignals(True)
                box.setChecked(c.id in award.scored_from_data)
                box.blockSignals(False)
            return
        for box in self.from_data.values():
            box.deleteLater()
        self.from_data = {}
        for c in linked:
            box = QCheckBox(self.tr("{criterion} from data").format(criterion=c.name), self)
            box.setToolTip(self.tr("Score “{criterion}” from {indicator} instead of the jurors: "
                                   "min–max over all kommuner of the country, mapped onto "
                                   "the scale").format(criterion=c.name,
                                                       indicator=c.indicator_id))  # fmt: skip
            box.setChecked(c.id in award.scored_from_data)
            box.toggled.connect(self._data_chosen)
            self.from_data_row.addWidget(box)
            self.from_data[c.id] = box

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):  # closed while the work ran
            return
        from digidesk.qt.files import error_text

        self.busy_changed.emit(False)
        self.message.emit(error_text(error))

    def _method_chosen(self, _row: int) -> None:
        from digidesk.core.jury.scoring import SetChosenMethod

        method = self.method.currentData()
        if method != self.award.chosen_method:
            self._push(SetChosenMethod(self.position, method))

    def _data_chosen(self, _checked: bool) -> None:
        from digidesk.core.jury.scoring import SetDataScoring

        chosen = tuple(c for c, box in self.from_data.items() if box.isChecked())
        self._push(SetDataScoring(self.position, chosen))

    def _push(self, command) -> None:
        problem = checked_push(self.document, command)
        if problem is not None:
            self.message.emit(problem)
            self.refresh()

    # -- showing --------------------------------------------------------------------------
    def number(self, value: float | None, decimals: int = 2) -> str:
        return "–" if value is None else self.locale.toString(float(value), "f", decimals)

    def percent(self, share: float | None) -> str:
        return "–" if share is None else self.locale.toString(100 * share, "f", 1) + " %"

    def _show(self, outcome) -> None:
        if not isValid(self):  # closed while the work ran
            return
        generation, results = outcome
        if generation != self._generation:
            return
        self.busy_changed.emit(False)
        self.results = results
        names = {n.area_id: n.name for n in results.award.nominees}
        self._banner(results, names)
        self._methods(results, names)
        self._agreement(results)
        self._sensitivity(results, names)
        self.computed.emit()

    def _banner(self, results, names) -> None:
        def who(method: str) -> str:
            winners = results.methods[method].winners
            return " & ".join(names[a] for a in winners) or "–"

        if results.winner_differs:
            lines = "; ".join(f"{self.method_name(m)}: {who(m)}" for m in METHODS)
            self.banner.setText(self.tr("The winner depends on the method. {winners}")
                                .format(winners=lines))  # fmt: skip
            self.banner.setStyleSheet(BANNER_DIFFERS)
        else:
            self.banner.setText(self.tr("Every method names the same winner: {winner}.")
                                .format(winner=who("weighted_mean")))  # fmt: skip
            self.banner.setStyleSheet(BANNER_SAME)

    def _methods(self, results, names) -> None:
        table = self.methods_table
        nominees = results.final_ranking()
        table.setRowCount(len(nominees))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, area_id in enumerate(nominees):
            table.setItem(row, 0, QTableWidgetItem(names[area_id]))
            for col, method in enumerate(METHODS, start=1):
                placing = results.methods[method].placings[area_id]
                decimals = 3 if method in ("zscore", "borda") else 2
                text = self.number(placing.score, decimals)
                if placing.rank is not None:
                    tied = self.tr(" shared") if placing.tied else ""
                    text += f"  ({placing.rank}{tied})"
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if placing.rank == 1:
                    item.setFont(bold)
                table.setItem(row, col, item)
            spread = QTableWidgetItem(self.number(results.disagreement[area_id], 2))
            spread.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            spread.setToolTip(self.tr("Standard deviation of the jurors' totals: how much the "
                                      "jurors disagree on this nominee"))  # fmt: skip
            table.setItem(row, 5, spread)
            share = QTableWidgetItem(self.percent(results.win_shares.get(area_id)))
            share.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, 6, share)
        table.resizeRowsToContents()
        jurors = {j.id: j.name for j in results.award.jurors}
        if results.unreliable:
            self.unreliable.setText(
                self.tr("Normalisation unreliable (fewer scores than twice the number of "
                        "criteria): {jurors}").format(
                    jurors=", ".join(jurors[j] for j in results.unreliable))
            )  # fmt: skip
        else:
            self.unreliable.clear()

    def _agreement(self, results) -> None:
        w = results.kendall
        if w.w is None:
            text = self.tr("Kendall's W: not defined ({count} jurors scored every nominee; "
                           "it takes 2)")  # fmt: skip
            self.kendall.setText(text.format(count=len(w.jurors)))
        else:
            self.kendall.setText(self.tr("Kendall's W: {w} over the {count} jurors who scored "
                                         "every nominee (1 is full agreement, 0 none)")
                                 .format(w=self.number(w.w, 3), count=len(w.jurors)))  # fmt: skip
        jurors = results.award.jurors
        table = self.spearman
        table.setColumnCount(len(jurors))
        table.setRowCount(len(jurors))
        table.setHorizontalHeaderLabels([j.name for j in jurors])
        table.verticalHeader().setVisible(True)
        table.setVerticalHeaderLabels([j.name for j in jurors])
        pairs = {(p.juror_a, p.juror_b): p for p in results.spearman}
        for r, a in enumerate(jurors):
            for c, b in enumerate(jurors):
                pair = pairs.get((a.id, b.id)) or pairs.get((b.id, a.id))
                text = "" if a.id == b.id else (
                    self.number(pair.rho, 2) if pair and pair.rho is not None else "–")  # fmt: skip
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if pair is not None:
                    item.setToolTip(self.tr("over %n nominee(s) both scored", "", pair.nominees))
                table.setItem(r, c, item)

    def _sensitivity(self, results, names) -> None:
        award = results.award
        weights = results.inputs.normalised_weights()
        table = self.sensitivity
        table.setRowCount(len(award.criteria))
        for row, criterion in enumerate(award.criteria):
            found = results.sensitivity[criterion.id].nearest
            if found is None:
                change, winner = self.tr("none, from 0 to 10 times the weight"), ""
            else:
                sign = "+" if found.relative_change >= 0 else "−"
                change = f"{sign}{self.locale.toString(abs(100 * found.relative_change), 'f', 0)} %"
                change += "  " + self.tr("(weight × {factor})").format(
                    factor=self.locale.toString(found.factor, "f", 2))  # fmt: skip
                winner = " & ".join(names.get(a, a) for a in found.winners)
            cells = [criterion.name, self.percent(weights.get(criterion.id)), change, winner]
            for col, text in enumerate(cells):
                table.setItem(row, col, QTableWidgetItem(text))
        self.sensitivity_note.setText(
            self.tr("Each criterion's weight is changed alone (the others kept, then all "
                    "renormalised). Below: how often each nominee wins the weighted mean when "
                    "the weights are drawn 1,000 times around the chosen ones (Dirichlet, "
                    "concentration 50, fixed seed).")
        )  # fmt: skip
        shares = sorted(results.win_shares.items(), key=lambda kv: -kv[1])
        self.shares.setRowCount(len(shares))
        for row, (area_id, share) in enumerate(shares):
            self.shares.setItem(row, 0, QTableWidgetItem(names.get(area_id, area_id)))
            self.shares.setItem(row, 1, QTableWidgetItem(self.percent(share)))

    # -- protocol -------------------------------------------------------------------------
    def ask_protocol(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export protocol"), f"{self.award.id}-protokoll.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if path:
            self.export_protocol(Path(path))

    def export_protocol(self, path: Path) -> None:
        """The protocol as ``path`` (.xlsx) and beside it as a PDF of the same name."""
        from digidesk.core.export.jury_pdf import write_protocol_pdf
        from digidesk.core.export.protocol import write_protocol
        from digidesk.core.jury.profile import profile_picture
        from digidesk.core.jury.results import compute_results
        from digidesk.jury_wording import jury_words, method_name, number_text
        from digidesk.qt.i18n import current_language

        language = current_language()
        words = jury_words(language)
        award, data = self.award, self.data_scores
        workspace = self.document.workspace.snapshot()  # for the profile chart
        path = path.with_suffix(".xlsx")

        def work() -> Path:
            results = compute_results(award, data)
            today = date.today().isoformat()
            write_protocol(results, path, words, lambda m: method_name(m, words), today)
            with profile_picture(workspace, award, language) as picture:
                write_protocol_pdf(results, path.with_suffix(".pdf"), words,
                                   lambda m: method_name(m, words), today,
                                   lambda v, d: number_text(v, d, language),
                                   picture)  # fmt: skip
            return path

        self.busy_changed.emit(True)
        self.runner.start(work, self._protocol_written, self._failed)

    def _protocol_written(self, path: Path) -> None:
        if not isValid(self):  # closed while the work ran
            return
        self.busy_changed.emit(False)
        self.message.emit(self.tr("Wrote the protocol {name} and {pdf}").format(
            name=path.name, pdf=path.with_suffix(".pdf").name))  # fmt: skip
