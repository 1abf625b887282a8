"""Similar kommuner: choose indicators, weight them, see the kommuner most alike.

The difference index is computed by the core (z-scored, weighted distance; see
docs/analysis.md). The result can join the comparison or be kept as an area group.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.workspace import Workspace
from digidesk.qt.workers import TaskRunner

AreaKey = tuple[str, str]
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SimilarDialog(QDialog):
    add_requested = Signal(list)  # [(country, area_id), …]
    save_requested = Signal(str, list)  # group name, areas

    def __init__(
        self,
        workspace: Workspace,
        register: AreaRegister,
        area: AreaKey | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Similar kommuner"))
        self._workspace = workspace
        self._register = register
        self._runner = TaskRunner(self)
        self._generation = 0
        self.result = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._search)

        self.area = QComboBox(self)
        self.area.setEditable(True)
        self.area.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Item data is "SE:0186": a Python tuple would not survive the trip through Qt.
        for kommun in register.areas(level="municipality"):
            self.area.addItem(f"{kommun.short_name} · {kommun.area_id} · {kommun.country}",
                              f"{kommun.country}:{kommun.area_id}")  # fmt: skip
        key = f"{area[0]}:{area[1]}" if area else None
        if key is not None and self.area.findData(key) < 0:
            self.area.addItem(f"{area[1]} · {area[0]}", key)
        self.area.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.area.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.area.setCurrentIndex(max(0, self.area.findData(key)) if key else 0)
        self.area.currentIndexChanged.connect(self._area_changed)

        self.indicators = QTableWidget(0, 2, self)
        self.indicators.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Weight")])
        self.indicators.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.indicators.verticalHeader().hide()
        self.indicators.itemChanged.connect(lambda _item: self._timer.start())
        self.count = QSpinBox(self)
        self.count.setRange(1, 50)
        self.count.setValue(7)
        self.count.valueChanged.connect(lambda _v: self._timer.start())

        self.results = QTableWidget(0, 4, self)
        self.results.setHorizontalHeaderLabels(
            [self.tr("Kommun"), self.tr("Difference index"), self.tr("Indicators"),
             self.tr("Missing")]
        )  # fmt: skip
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.verticalHeader().setVisible(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        method = QLabel(
            self.tr(
                "Difference index: each indicator's values are turned into standard scores "
                "over all kommuner of the country; the index is the weighted root mean square "
                "of the differences. 0 is identical, 1 is about one standard deviation apart. "
                "A kommun lacking indicators that carry more than half the weight is not listed."
            ),
            self,
        )
        method.setWordWrap(True)
        method.setEnabled(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.add_button = QPushButton(self.tr("Add to the comparison"), self)
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.found()))
        self.save_button = QPushButton(self.tr("Save as group…"), self)
        self.save_button.clicked.connect(self._save)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Like"), self.area)
        form.addRow(self.tr("How many"), self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Indicators and their weights:"), self))
        layout.addWidget(self.indicators, 1)
        layout.addWidget(method)
        layout.addWidget(self.results, 2)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)
        self.resize(720, 680)
        self._area_changed()

    def done(self, result: int) -> None:
        self._timer.stop()  # no search after the dialog has closed
        self._generation += 1
        super().done(result)

    # -- inputs ---------------------------------------------------------------------------
    def area_key(self) -> AreaKey | None:
        data = self.area.currentData()
        if not data:
            return None
        country, _, area_id = str(data).partition(":")
        return country, area_id

    def _area_changed(self) -> None:
        from digidesk.core.analysis.references import population_indicator
        from digidesk.core.analysis.values import dataset_country

        key = self.area_key()
        # Population measures size, not likeness: offered, but not chosen from the start.
        population = set(population_indicator(self._workspace))
        country = key[0] if key else ""
        held: dict[str, None] = {}
        for dataset in self._workspace.datasets:
            if dataset_country(dataset, self._register) == country:
                held.update(
                    dict.fromkeys(
                        str(c) for c in dataset.observations["indicator_id"].cat.categories
                    )
                )
        self.indicators.blockSignals(True)
        self.indicators.setRowCount(0)
        for indicator_id in (i for i in held if i):
            row = self.indicators.rowCount()
            self.indicators.insertRow(row)
            item = QTableWidgetItem(self._workspace.indicator_title(indicator_id))
            item.setData(Qt.ItemDataRole.UserRole, indicator_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            unchecked = indicator_id in population
            item.setCheckState(Qt.CheckState.Unchecked if unchecked else Qt.CheckState.Checked)
            self.indicators.setItem(row, 0, item)
            weight = QDoubleSpinBox(self.indicators)
            weight.setRange(0.0, 10.0)
            weight.setSingleStep(0.5)
            weight.setValue(1.0)
            weight.setAccessibleName(self.tr("Weight of {name}").format(name=item.text()))
            weight.valueChanged.connect(lambda _v: self._timer.start())
            self.indicators.setCellWidget(row, 1, weight)
        self.indicators.blockSignals(False)
        self._timer.start()

    def chosen(self) -> tuple[list[str], list[float]]:
        ids, weights = [], []
        for row in range(self.indicators.rowCount()):
            item = self.indicators.item(row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(Qt.ItemDataRole.UserRole))
                weights.append(self.indicators.cellWidget(row, 1).value())
        return ids, weights

    def set_weight(self, indicator_id: str, weight: float, checked: bool = True) -> None:
        for row in range(self.indicators.rowCount()):
            item = self.indicators.item(row, 0)
            if item.data(Qt.ItemDataRole.UserRole) == indicator_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.indicators.cellWidget(row, 1).setValue(weight)

    # -- searching ------------------------------------------------------------------------
    def _search(self) -> None:
        from digidesk.core.analysis.similarity import similar_to

        key = self.area_key()
        ids, weights = self.chosen()
        self._generation += 1
        generation = self._generation
        if key is None or not ids:
            self._show(None)
            return
        workspace, register, n = self._workspace, self._register, self.count.value()

        def work():
            return similar_to(workspace, register, key[0], key[1], ids, weights, n)

        def done(result) -> None:
            if generation == self._generation:
                self._show(result)

        self._runner.start(work, done, lambda error: done(None))

    def wait(self) -> bool:
        return self._runner.wait()

    def _show(self, result) -> None:
        self.result = result
        self.results.setRowCount(0)
        similar = result.similar if result is not None else ()
        locale = QLocale()
        for item in similar:
            row = self.results.rowCount()
            self.results.insertRow(row)
            area = self._register.get(item.area_id, self.area_key()[0])
            name = f"{area.short_name} ({item.area_id})" if area else item.area_id
            missing = ", ".join(self._workspace.indicator_title(i) for i in item.missing)
            for column, text in enumerate(
                (name, locale.toString(item.difference, "f", 3), str(item.compared), missing)
            ):
                cell = QTableWidgetItem(text)
                if column in (1, 2):
                    cell.setTextAlignment(RIGHT)
                self.results.setItem(row, column, cell)
        notes = []
        if result is not None:
            reasons = {
                "no_value": self.tr("the kommun has no value"),
                "no_spread": self.tr("every kommun has the same value"),
                "zero_weight": self.tr("its weight is 0"),
            }
            for indicator_id, reason in result.left_out:
                notes.append(
                    self.tr("Left out: {name} ({reason}).").format(
                        name=self._workspace.indicator_title(indicator_id),
                        reason=reasons.get(reason, reason),
                    )
                )
            if result.too_incomplete:
                notes.append(
                    self.tr(
                        "{count} kommuner lack too many of the indicators to be compared."
                    ).format(count=result.too_incomplete)
                )
        self.notes.setText(" ".join(notes))
        self.add_button.setEnabled(bool(similar))
        self.save_button.setEnabled(bool(similar))

    def found(self) -> list[AreaKey]:
        if self.result is None:
            return []
        country = self.area_key()[0]
        return [(country, s.area_id) for s in self.result.similar]

    def _save(self) -> None:
        key = self.area_key()
        area = self._register.get(key[1], key[0]) if key else None
        default = self.tr("Like {name}").format(name=area.short_name if area else "")
        name, ok = QInputDialog.getText(
            self, self.tr("Save as area group"), self.tr("Name of the group:"), text=default
        )
        if ok and name.strip():
            areas = ([key] if key else []) + self.found()
            self.save_requested.emit(name.strip(), areas)
