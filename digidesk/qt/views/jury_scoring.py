"""Scoring: one juror's grid (nominees × criteria, a comment per cell), juror sheets out and
back in, and the lock.

The grid refuses a conflicted nominee and a value outside the scale with the reason in the
status line; every change is one step on the document's undo stack, kept in the award's
audit trail. Writing the juror sheets and reading returned ones runs in the background.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from digidesk.qt.models.jury_scores import COMMENT_ROLE, CONFLICT_ROLE, ScoreGridModel
from digidesk.qt.models.jury_setup import checked_push
from digidesk.qt.workers import TaskRunner


class JuryScoringView(QWidget):
    message = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, document, position: int, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.position = position
        self.runner = runner
        self.last_plan = None
        self.model = ScoreGridModel(document, position, self)
        self.model.refused.connect(self._refused)
        self.juror = QComboBox(self)
        self.juror.currentIndexChanged.connect(self._juror_chosen)
        self.grid = QTableView(self)
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Scores"))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumHeight(64)
        self.grid.verticalHeader().setDefaultSectionSize(max(34, self.fontMetrics().height() + 16))
        self.grid.verticalHeader().setMinimumWidth(170)
        self.grid.setWordWrap(True)
        self.grid.selectionModel().currentChanged.connect(self._show_cell)
        self.comment = QLineEdit(self)
        self.comment.setPlaceholderText(self.tr("A comment on the chosen score"))
        self.comment.setAccessibleName(self.comment.placeholderText())
        self.comment.editingFinished.connect(self._comment_edited)
        self.cell_note = QLabel(self)
        self.cell_note.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.lock_state = QLabel(self)
        self.legend = QLabel(
            self.tr("✎ the score has a comment (shown below when the cell is chosen) · grey: "
                    "a declared conflict of interest, no score"), self)  # fmt: skip
        self.legend.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export juror sheets…"), self)
        self.export_button.setToolTip(
            self.tr("One Excel workbook per juror, to fill in without DigiDesk")
        )
        self.export_button.clicked.connect(self.ask_export)
        self.import_button = QPushButton(self.tr("Import returned sheets…"), self)
        self.import_button.setToolTip(self.tr("Read the jurors' filled-in workbooks, all at once"))
        self.import_button.clicked.connect(self.ask_import)
        self.lock_button = QPushButton(self, clicked=self.toggle_lock)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Juror:"), self))
        top.addWidget(self.juror, 1)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.import_button)
        top.addWidget(self.lock_button)
        comment_row = QHBoxLayout()
        comment_row.addWidget(QLabel(self.tr("Comment:"), self))
        comment_row.addWidget(self.comment, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lock_state)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.legend)
        layout.addLayout(comment_row)
        layout.addWidget(self.cell_note)
        layout.addWidget(self.problem)
        self.refresh()

    @property
    def award(self):
        return self.document.workspace.awards[self.position]

    # -- following the award --------------------------------------------------------------
    def refresh(self) -> None:
        award = self.award
        current = self.model.juror_id
        self.juror.blockSignals(True)
        self.juror.clear()
        for juror in award.jurors:
            self.juror.addItem(juror.name, juror.id)
        ids = [j.id for j in award.jurors]
        self.juror.setCurrentIndex(ids.index(current) if current in ids else (0 if ids else -1))
        self.juror.blockSignals(False)
        self.model.juror_id = self.juror.currentData() or ""
        self.model.refresh()
        locked = award.locked
        self.lock_button.setText(self.tr("Unlock scoring…") if locked else self.tr("Lock scoring…"))
        self.lock_state.setText(
            self.tr("Scoring is locked: changes need an unlock, which the protocol records.")
            if locked else ""
        )  # fmt: skip
        self.lock_state.setVisible(locked)
        self.import_button.setEnabled(not locked and bool(award.jurors))
        self.export_button.setEnabled(bool(award.jurors) and bool(award.criteria))
        self.comment.setEnabled(not locked)
        self._show_cell(self.grid.currentIndex())

    def set_data_scores(self, scores) -> None:
        self.model.set_data_scores(scores)

    def _juror_chosen(self, _row: int) -> None:
        self.model.set_juror(self.juror.currentData() or "")
        self._show_cell(self.grid.currentIndex())

    def choose_juror(self, juror_id: str) -> None:
        self.juror.setCurrentIndex(self.juror.findData(juror_id))

    def _refused(self, text: str) -> None:
        self.problem.setText(text)
        self.message.emit(text)

    def _show_cell(self, index, _previous=None) -> None:
        self.problem.clear()
        if not index.isValid():
            self.comment.clear()
            self.cell_note.clear()
            return
        reason = self.model.data(index, CONFLICT_ROLE)
        self.comment.setText(self.model.data(index, COMMENT_ROLE) or "")
        self.comment.setEnabled(reason is None and not self.award.locked)
        if reason is not None:
            self.cell_note.setText(
                self.tr("The juror has declared a conflict of interest for this nominee "
                        "and cannot score it: {reason}").format(reason=reason or "–")
            )  # fmt: skip
        else:
            self.cell_note.setText(self.model.data(index, Qt.ItemDataRole.ToolTipRole) or "")

    def _comment_edited(self) -> None:
        index = self.grid.currentIndex()
        if not index.isValid() or self.model.data(index, CONFLICT_ROLE) is not None:
            return
        text = self.comment.text().strip()
        if text != (self.model.data(index, COMMENT_ROLE) or ""):
            self.model.setData(index, text, COMMENT_ROLE)

    # -- lock -----------------------------------------------------------------------------
    def toggle_lock(self) -> None:
        from digidesk.core.jury.scoring import LockScoring

        locked = self.award.locked
        title = self.tr("Unlock scoring") if locked else self.tr("Lock scoring")
        label = (
            self.tr("Why is scoring unlocked? The reason goes into the protocol.")
            if locked else self.tr("Lock the scores for the protocol. Note (optional):")
        )  # fmt: skip
        reason, ok = QInputDialog.getText(self, title, label)
        if not ok or (locked and not reason.strip()):
            return
        problem = checked_push(self.document, LockScoring(self.position, not locked, "",
                                                          reason.strip()))  # fmt: skip
        if problem is not None:
            self._refused(problem)

    # -- juror sheets ---------------------------------------------------------------------
    def ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the juror sheets"))
        if folder:
            self.export_templates(Path(folder))

    def export_templates(self, folder: Path) -> None:
        from digidesk import wording
        from digidesk.core.export.juror_sheets import write_juror_template
        from digidesk.core.jury.figures import figure_rows
        from digidesk.jury_wording import jury_words, number_text
        from digidesk.qt.i18n import current_language

        language = current_language()
        workspace = self.document.workspace.snapshot()
        award = workspace.awards[self.position]
        words = jury_words(language)

        def work() -> list[Path]:
            figures = figure_rows(workspace, award,
                                  lambda r, n, s: wording.rank_text(r, n, s, language))  # fmt: skip
            written = []
            for juror in award.jurors:
                name = re.sub(r"[^\w\- ]+", "", f"{juror.id} {juror.name}").strip()
                path = folder / f"{name}.xlsx"
                write_juror_template(
                    award, juror.id, path, words, figures, created=date.today().isoformat(),
                    number_text=lambda v: number_text(v, -1, language),
                )  # fmt: skip
                written.append(path)
            return written

        self.busy_changed.emit(True)
        self.runner.start(work, self._exported, self._failed)

    def _exported(self, paths: list[Path]) -> None:
        if not isValid(self):  # closed while the work ran
            return
        self.busy_changed.emit(False)
        self.message.emit(self.tr("Wrote %n juror sheet(s).", "", len(paths)))

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):  # closed while the work ran
            return
        from digidesk.qt.files import error_text

        self.busy_changed.emit(False)
        self._refused(error_text(error))

    def ask_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Returned juror sheets"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        if paths:
            self.import_sheets([Path(p) for p in paths])

    def import_sheets(self, paths: list[Path]) -> None:
        from digidesk.core.jury.sheet_import import plan_import

        workspace = self.document.workspace.snapshot()
        self.busy_changed.emit(True)
        self.runner.start(lambda: plan_import(workspace, self.position, paths),
                          self._planned, self._failed)  # fmt: skip

    def _planned(self, plan) -> None:
        if not isValid(self):  # closed while the work ran
            return
        from digidesk.qt.dialogs.jury_import_dialog import JuryImportDialog

        self.busy_changed.emit(False)
        self.last_plan = plan
        dialog = JuryImportDialog(plan, self.award, self)
        self.report_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and plan.command is not None:
            problem = checked_push(self.document, plan.command)
            if problem is not None:
                self._refused(problem)
