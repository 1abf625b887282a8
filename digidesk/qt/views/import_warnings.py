"""The "To check" list of the import wizard: unmatched names, markers, notes, reading warnings.

Its strings keep the wizard's translation context ("ImportWizard").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from digidesk.core.io.grid import RawBook
from digidesk.core.io.plan import TablePlan
from digidesk.qt.models.import_preview import GREY, MAX_UNMATCHED_SHOWN, ROW


class ImportWarnings(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)

    def add(
        self, text: str, level: str = "warning", row: int | None = None, parent=None
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent or self, [text])
        icons = {
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
        }
        if parent is None:
            item.setIcon(0, self.style().standardIcon(icons[level]))
        item.setToolTip(0, text)
        if row is not None:
            item.setData(0, ROW, row)
        return item

    def show_for(
        self,
        plan: TablePlan,
        book: RawBook,
        result: Any | None,
        preview_error: str | None,
        remembered: bool,
    ) -> None:
        """The points to check for one table: its import result, notes and reading warnings."""
        self.clear()
        if not plan.columns_with("value"):
            self.add(
                self.tr(
                    "This table has no value column: choose the column that holds the figures.",
                )
            )
        if preview_error:
            self.add(self.tr("The preview could not be made: {error}").format(error=preview_error))
        if result is not None:
            self._result_warnings(result)
        if remembered:
            self.add(
                self.tr(
                    "Column roles restored from your last import of a table like this one.",
                ),
                "info",
            )
        if len(plan.notes) == 1:
            self.add(
                self.tr("Note in the file: {text}").format(text=plan.notes[0]),
                "info",
            )
        elif plan.notes:
            notes = self.add(self.tr("Notes in the file"), "info")
            for note in plan.notes[:MAX_UNMATCHED_SHOWN]:
                self.add(note, parent=notes)
        codes = {
            "csv.undecodable_bytes": self.tr(
                "Some characters could not be read and were replaced."
            ),
            "csv.nul_removed": self.tr("The file contained NUL characters; they were removed."),
            "csv.unbalanced_quote": self.tr(
                "A quotation mark is not closed: the rows after it may be wrong."
            ),
        }
        for code in book.warnings:
            self.add(codes.get(code, code))
        if book.skipped_hidden:
            self.add(
                self.tr("Hidden sheets were not read: {names}").format(
                    names=", ".join(book.skipped_hidden)
                ),
                "info",
            )
        if not self.topLevelItemCount():
            item = QTreeWidgetItem(self, [self.tr("Nothing to check.")])
            item.setForeground(0, GREY)
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            item.setExpanded(item.childCount() <= 3 or item.data(0, ROW) is not None)

    def _result_warnings(self, result: Any) -> None:
        n = QLocale().toString
        unmatched = result.unmatched
        if unmatched:
            names = ", ".join(self.tr("“{name}”").format(name=u.text) for u in unmatched[:3])
            if len(unmatched) > 3:
                names += ", …"
            summary = self.add(
                self.tr(
                    "%n name(s) could not be matched to the area register: {names}",
                    "",
                    len(unmatched),
                ).format(names=names),
                row=unmatched[0].first_row - 1,
            )
            for u in unmatched[:MAX_UNMATCHED_SHOWN]:
                self.add(
                    self.tr("“{name}”: %n row(s), the first on row {row}", "", u.count).format(
                        name=u.text, row=n(u.first_row)
                    ),
                    row=u.first_row - 1,
                    parent=summary,
                )
        for marker, count in sorted(result.markers.items(), key=lambda m: -m[1]):
            self.add(
                self.tr(
                    "%n cell(s) marked “{marker}” are read as missing values.",
                    "",
                    count,
                )
                .format(marker=marker)
                .replace(str(count), n(count)),
                "info",
            )
        if "no_period" in result.warnings:
            self.add(self.tr("No period: no column holds years or dates."))
        if "no_area" in result.warnings:
            self.add(self.tr("No area: no column holds municipalities or regions."))
        if result.dropped_rows:
            self.add(
                self.tr(
                    "%n row(s) without figures were left out.",
                    "",
                    result.dropped_rows,
                ).replace(str(result.dropped_rows), n(result.dropped_rows)),
                "info",
            )
