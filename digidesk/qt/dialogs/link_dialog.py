"""“Link to data”: choose the indicator and area a target is followed up on, and its figures.

Indicators are searched by title or id among those the workspace holds values for. The
baseline (value and period), the target value and the comparator (≥, ≤, =) are typed in
the language's way ("1 234,5"); what the target's own text suggests (a target value, a
relative change, the due year) is shown to accept with one click. A dumb dialog:
:meth:`LinkDialog.values` gives what the user chose.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from digidesk import strategy_words
from digidesk.core.io.locale_numbers import parse_number
from digidesk.core.io.target_text import suggest
from digidesk.core.model.strategy import Target

_SIGNS = (("≥", ">="), ("≤", "<="), ("=", "=="))


class LinkDialog(QDialog):
    def __init__(self, workspace, target: Target, default_area: str, language: str,
                 parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link {id} to data").format(id=target.id))
        self._language = language
        self._locale = QLocale()
        self._target = target
        held = {str(c) for d in workspace.datasets
                for c in d.observations["indicator_id"].cat.categories}  # fmt: skip
        self._indicators = [i for i in workspace.indicators.values() if i.indicator_id in held]
        text = QLabel(target.text, self)
        text.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search indicators by title or id"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.search.textChanged.connect(self._fill)
        self.area = QLineEdit(target.area_id or default_area, self)
        self.area.setPlaceholderText(self.tr("kommun code, e.g. 2284"))
        self.gender = QComboBox(self)
        for label, code in ((self.tr("Total"), "T"), (self.tr("Women"), "K"),
                            (self.tr("Men"), "M")):  # fmt: skip
            self.gender.addItem(label, code)
        self.gender.setCurrentIndex(max(0, self.gender.findData(target.gender)))
        self.baseline = QLineEdit(self._number(target.baseline), self)
        self.baseline_period = QLineEdit(target.baseline_period or "", self)
        self.baseline_period.setPlaceholderText(self.tr("e.g. 2019"))
        self.target_value = QLineEdit(self._number(target.target_value), self)
        self.comparator = QComboBox(self)
        for sign, code in _SIGNS:
            self.comparator.addItem(sign, code)
        self.comparator.setCurrentIndex(max(0, self.comparator.findData(target.comparator)))
        self.suggestion = suggest(target.text)
        self.suggestion_text = QLabel(self._suggestion_words(), self)
        self.suggestion_text.setWordWrap(True)
        self.accept_suggestion = QPushButton(self.tr("Use the suggestion"), self)
        self.accept_suggestion.setEnabled(self.suggestion.has_figure)
        self.accept_suggestion.clicked.connect(self.use_suggestion)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e")
        form = QFormLayout()
        form.addRow(self.tr("Area:"), self.area)
        form.addRow(self.tr("Gender:"), self.gender)
        baseline = QHBoxLayout()
        baseline.addWidget(self.baseline, 1)
        baseline.addWidget(QLabel(self.tr("period"), self))
        baseline.addWidget(self.baseline_period)
        form.addRow(self.tr("Baseline:"), baseline)
        goal = QHBoxLayout()
        goal.addWidget(self.comparator)
        goal.addWidget(self.target_value, 1)
        form.addRow(self.tr("Target value:"), goal)
        suggestion = QHBoxLayout()
        suggestion.addWidget(self.suggestion_text, 1)
        suggestion.addWidget(self.accept_suggestion)
        form.addRow(self.tr("The text suggests:"), suggestion)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fill("")
        if target.indicator_id:
            self.select_indicator(target.indicator_id)
        self.resize(680, 620)

    def _number(self, value: float | None) -> str:
        return "" if value is None else strategy_words.format_number(value, self._language)

    def _suggestion_words(self) -> str:
        found = self.suggestion
        parts = []
        if found.value is not None:
            parts.append(strategy_words.target_text(found.comparator, found.value, found.unit,
                                                    self._language))  # fmt: skip
        if found.relative is not None:
            parts.append(self.tr("{change} % of the baseline").format(
                change=f"{found.relative:+g}".replace(".", ",")))  # fmt: skip
        if found.points is not None:
            parts.append(self.tr("{change} on the baseline").format(change=f"{found.points:+g}"))
        if found.due_year is not None:
            parts.append(self.tr("due {year}").format(year=found.due_year))
        return ", ".join(parts) or self.tr("nothing")

    def _fill(self, text: str) -> None:
        wanted = text.strip().lower()
        current = self.indicator_id()
        self.list.clear()
        for indicator in self._indicators:
            label = f"{indicator.title} ({indicator.indicator_id})"
            if wanted and wanted not in label.lower():
                continue
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, indicator.indicator_id)
            item.setToolTip(indicator.description or label)
        if current:
            self.select_indicator(current)

    def select_indicator(self, indicator_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == indicator_id:
                self.list.setCurrentRow(row)
                return

    def indicator_id(self) -> str | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def use_suggestion(self) -> None:
        found = self.suggestion
        baseline = self._parse(self.baseline.text())
        value = found.target_value(baseline)
        if value is not None:
            self.target_value.setText(self._number(round(value, 6)))
        elif found.has_figure:
            self.problem.setText(self.tr("Give the baseline first: the target is relative to it."))
            return
        self.comparator.setCurrentIndex(max(0, self.comparator.findData(found.comparator)))
        self.problem.clear()

    @staticmethod
    def _parse(text: str) -> float | None:
        parsed = parse_number(text) if text.strip() else None
        return parsed[0] if parsed else None

    def _accept(self) -> None:
        for field in (self.baseline, self.target_value):
            if field.text().strip() and self._parse(field.text()) is None:
                self.problem.setText(self.tr("“{text}” is not a number.").format(text=field.text()))
                return
        if self.indicator_id() is None:
            self.problem.setText(self.tr("Choose an indicator."))
            return
        self.accept()

    def values(self) -> dict[str, object]:
        return {
            "indicator_id": self.indicator_id(),
            "area_id": self.area.text().strip() or None,
            "gender": self.gender.currentData(),
            "baseline": self._parse(self.baseline.text()),
            "baseline_period": self.baseline_period.text().strip() or None,
            "target_value": self._parse(self.target_value.text()),
            "comparator": self.comparator.currentData(),
        }
