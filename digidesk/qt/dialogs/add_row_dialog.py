"""Ask for the keys and value of a new observation; a dumb dialog that returns values.

Indicator, area and gender are chosen from lists (the dataset's own and the
register's areas of its country), the period is typed and checked with the
import's period rules ("2024", "2024-03", "2024K1", "2024V05"), the value
with the value editor's rules. OK stays disabled until all of it is valid.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from digidesk.core.io.periods import parse_period
from digidesk.core.model.areas import default_register
from digidesk.qt.models.dataset_cache import DatasetCache
from digidesk.qt.views.value_editor import ValueEditor


class AddRowDialog(QDialog):
    def __init__(
        self,
        cache: DatasetCache,
        start: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add row"))
        start = start or {}
        self.indicator = QComboBox(self)
        for indicator_id in sorted(
            set(cache.indicator_ids) | set(cache.workspace.indicators),
            key=lambda i: cache.workspace.indicator_title(i).casefold(),
        ):
            self.indicator.addItem(cache.workspace.indicator_title(indicator_id), indicator_id)
        self._select(self.indicator, start.get("indicator_id"))
        self.area = QComboBox(self)
        self.area.setEditable(True)
        self.area.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        country = cache.workspace.dataset(cache.dataset_id).country or None
        areas = dict(cache.area_names)
        for area in default_register().areas(country=country) if country else []:
            areas.setdefault(area.area_id, area.name)
        for code in sorted(areas):
            self.area.addItem(f"{code} {areas[code]}".strip(), code)
        self.area.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.area.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._select(self.area, start.get("area_id"))
        self.period = QLineEdit(start.get("period", ""), self)
        self.period.setPlaceholderText(self.tr("e.g. 2024, 2024-03 or 2024K1"))
        self.gender = QComboBox(self)
        for code, text in (("T", self.tr("Total")), ("K", self.tr("Women")), ("M", self.tr("Men"))):
            self.gender.addItem(f"{code} – {text}", code)
        self._select(self.gender, start.get("gender", "T"))
        self.value = ValueEditor(self)
        self.value.setPlaceholderText(self.tr("empty for a missing value"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828;")  # the filter panel's error red
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Indicator"), self.indicator)
        form.addRow(self.tr("&Area"), self.area)
        form.addRow(self.tr("&Period"), self.period)
        form.addRow(self.tr("&Gender"), self.gender)
        form.addRow(self.tr("&Value"), self.value)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        for signal in (
            self.period.textChanged,
            self.value.textChanged,
            self.area.currentTextChanged,
        ):
            signal.connect(self._check)
        self._check()
        self.value.setFocus()
        self.resize(520, self.sizeHint().height())

    @staticmethod
    def _select(combo: QComboBox, code: str | None) -> None:
        position = combo.findData(code) if code is not None else -1
        combo.setCurrentIndex(max(position, 0))

    def _area_code(self) -> str | None:
        position = self.area.findText(self.area.currentText())
        return str(self.area.itemData(position)) if position >= 0 else None

    def problem_text(self) -> str:
        if self._area_code() is None:
            return self.tr("Choose an area from the list.")
        if parse_period(self.period.text().strip()) is None:
            return self.tr("“{text}” is not a period.").format(text=self.period.text().strip())
        if not self.value.hasAcceptableInput():
            return self.tr("“{text}” is not a number.").format(text=self.value.text().strip())
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def keys(self) -> dict[str, str]:
        """The new observation's keys (valid once OK is enabled)."""
        return {
            "indicator_id": str(self.indicator.currentData()),
            "area_id": self._area_code() or "",
            "period": parse_period(self.period.text().strip()) or "",
            "gender": str(self.gender.currentData()),
        }

    def value_text(self) -> str:
        return self.value.text()
