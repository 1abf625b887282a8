"""What the returned juror sheets hold, before their scores are taken: one line per file
(taken, or why not), every invalid cell, and the scores that changed since the last import."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)


class JuryImportDialog(QDialog):
    def __init__(self, plan, award, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import of returned juror sheets"))
        self.resize(820, 520)
        self.plan = plan
        locale = QLocale()
        taken = [r for r in plan.reports if r.taken]
        changes = sum(len(r.changes) for r in taken)
        summary = QLabel(self)
        summary.setWordWrap(True)
        summary.setText(
            self.tr("%n sheet(s) can be imported", "", len(taken))
            + " · "
            + self.tr("%n score(s) changed since the last import", "", changes)
            + " · "
            + self.tr("%n sheet(s) refused", "", len(plan.reports) - len(taken))
        )
        names = {n.area_id: n.name for n in award.nominees}
        criteria = {c.id: c.name for c in award.criteria}
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Result")])
        self.tree.setColumnWidth(0, 300)
        statuses = {
            "ok": self.tr("imported"),
            "duplicate": self.tr("already imported (the same file)"),
            "other_award": self.tr("a sheet for another award"),
            "unknown_juror": self.tr("a sheet for a juror this award does not have"),
            "changed_template": self.tr("the template was changed (rows, columns or its "
                                        "identification): not imported"),
            "not_template": self.tr("not a DigiDesk juror sheet"),
            "unreadable": self.tr("cannot be read"),
            "juror_twice": self.tr("a second sheet of the same juror in this import"),
        }  # fmt: skip
        problems = {
            "not_a_number": self.tr("not a number"),
            "out_of_scale": self.tr("outside the scale"),
            "conflicted": self.tr("the juror has a conflict of interest for this nominee"),
        }

        def number(value) -> str:
            return "–" if value is None else locale.toString(float(value), "g", 6)

        for report in plan.reports:
            name = report.path.replace("\\", "/").rsplit("/", 1)[-1]
            status = statuses.get(report.status, report.status)
            if report.juror_name:
                status = f"{report.juror_name}: {status}"
            item = QTreeWidgetItem(self.tree, [name, status])
            item.setToolTip(0, report.path)
            if report.out_of_date:
                QTreeWidgetItem(item, ["", self.tr("made before the criteria, nominees or "
                                                   "conflicts last changed")])  # fmt: skip
            for problem in report.problems:
                QTreeWidgetItem(item, [
                    self.tr("cell {cell}").format(cell=problem.cell),
                    f"{names.get(problem.area_id, problem.area_id)}, "
                    f"{criteria.get(problem.criterion_id, problem.criterion_id)}: "
                    f"“{problem.text}” – {problems.get(problem.code, problem.code)}",
                ])  # fmt: skip
            for change in report.changes:
                QTreeWidgetItem(item, [
                    self.tr("changed"),
                    f"{names.get(change.area_id, change.area_id)}, "
                    f"{criteria.get(change.criterion_id, change.criterion_id)}: "
                    f"{number(change.old)} → {number(change.new)}"
                    + (f" ({self.tr('comment')})" if change.comment_only else ""),
                ])  # fmt: skip
            if report.kept:
                kept = self.tr(
                    "%n empty cell(s): the scores already entered are kept", "", report.kept
                )
                QTreeWidgetItem(item, ["", kept])
            item.setExpanded(bool(report.problems) or len(report.changes) <= 12)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(plan.command is not None)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
