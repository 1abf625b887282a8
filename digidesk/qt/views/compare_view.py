"""Where do the chosen municipalities stand? The comparison view.

Pick areas (an award's nominees with one click, a group, or any kommun by name or code) and
indicators; each indicator is a row, each area a block of columns: value, rank among all
kommuner of its country, difference to the national value and the median, change since the
previous period. "Against peer group" places each area in its own kommungrupp instead.
The view follows every edit, undo and redo of the workspace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from digidesk.qt.document import WorkspaceDocument
from digidesk.qt.i18n import current_language
from digidesk.qt.models.background import BackgroundOrdering
from digidesk.qt.models.compare_model import CompareModel
from digidesk.qt.views.area_picker import AreaKey, AreaPicker
from digidesk.qt.views.compare_export import ComparisonExport
from digidesk.qt.views.compare_table import ComparisonTable
from digidesk.qt.views.compare_text import comparison_text, selection_text
from digidesk.qt.views.filter_panel import ChoicePopup
from digidesk.qt.views.flow_layout import FlowLayout, labelled, separator

#: Observations from which the comparison is computed off the GUI thread.
BACKGROUND_OBSERVATIONS = 300_000


class CompareView(QWidget):
    message = Signal(str)
    busy_changed = Signal(bool)
    #: the areas or the current indicator changed: the chart pane asks ``chart_focus()``
    focus_changed = Signal()

    def __init__(self, document: WorkspaceDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from digidesk.core.model.areas import default_register

        self._document = document
        self._register = default_register()
        self._language = current_language()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._indicator_ids: list[str] | None = None  # None: every indicator with data
        self._background = BackgroundOrdering(self, threshold=BACKGROUND_OBSERVATIONS)
        self._background.busy_changed.connect(self.busy_changed)
        self._background.failed.connect(self._failed)
        self.exporter = ComparisonExport(self)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._compute)

        self.picker = AreaPicker(self._register, self)
        self.picker.changed.connect(self.refresh)
        self.picker.nominees_requested.connect(self.compare_nominees)
        self.picker.group_requested.connect(self._take_group)
        self.picker.save_requested.connect(self.save_as_group)

        self.indicator_popup = ChoicePopup(self)
        self.indicator_popup.on_edit = self._indicators_edited
        self.indicators_button = QToolButton(self)
        self.indicators_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.indicators_button.setToolTip(self.tr("Choose the indicators to compare"))
        menu = QMenu(self.indicators_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.indicator_popup)
        menu.addAction(action)
        self._dataset_menu = menu.addMenu(self.tr("All indicators of a dataset"))
        menu.aboutToShow.connect(self.indicator_popup.focus_search)
        self.indicators_button.setMenu(menu)

        self.period = QComboBox(self)
        self.period.setToolTip(self.tr("The period compared; by default each indicator's latest"))
        self.period.currentIndexChanged.connect(self.refresh)
        self.gender = QComboBox(self)
        for code, text in (("T", self.tr("Total")), ("K", self.tr("Women")), ("M", self.tr("Men"))):
            self.gender.addItem(text, code)
        self.gender.currentIndexChanged.connect(self.refresh)
        self.compact = QCheckBox(self.tr("Values and ranks only"), self)
        self.compact.setToolTip(
            self.tr("Hide the differences and changes, so that more areas fit side by side")
        )
        self.compact.toggled.connect(self._apply_compact)
        self.peers_switch = QCheckBox(self.tr("Against peer group"), self)
        self.peers_switch.setToolTip(
            self.tr(
                "Place each area among its own peers: the median and rank within its group "
                "(with regard to the municipality's prerequisites)"
            )
        )
        self.peers_switch.toggled.connect(self.refresh)
        self.peers = QComboBox(self)
        self.peers.setToolTip(self.tr("Which peer group each area is compared with"))
        self.peers.currentIndexChanged.connect(self.refresh)
        self.peers.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.peers.setMinimumContentsLength(18)
        self.similar_button = QPushButton(self.tr("Similar kommuner…"), self)
        self.similar_button.setToolTip(
            self.tr("Find the kommuner most like the first area on indicators you weight")
        )
        self.similar_button.clicked.connect(self.find_similar)
        self.copy_button = QPushButton(self.tr("Copy table"), self)
        self.copy_button.setToolTip(self.tr("Copy the whole comparison for Excel (Ctrl+Shift+C)"))
        self.copy_button.clicked.connect(self.copy_with_headers)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Save the comparison as an Excel workbook"))
        self.export_button.clicked.connect(self.ask_export)

        # The options wrap onto a second line in a narrow window (beside the chart pane).
        options = FlowLayout()
        for button in self.picker.buttons:
            options.addWidget(button)
        options.addWidget(separator(self))
        options.addWidget(self.indicators_button)
        for label_text, widget in ((self.tr("Period:"), self.period),
                                   (self.tr("Gender:"), self.gender)):  # fmt: skip
            options.addWidget(labelled(label_text, widget, self))
        options.addWidget(self.peers_switch)
        options.addWidget(self.peers)
        options.add_right(self.similar_button)
        options.addWidget(self.copy_button)
        options.addWidget(self.export_button)

        self.model = CompareModel(self)
        self.model.language = self._language
        self.model.locale = QLocale()
        self.table = ComparisonTable(self)
        self.table.setAccessibleName(self.tr("Comparison"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.table.selectionModel().currentChanged.connect(lambda *_: self.focus_changed.emit())
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.legend = QLabel(
            self.tr(
                "▲ better and ▼ worse, by the indicator's direction (top and bottom third for "
                "ranks) · ★ best and ☆ worst of the areas compared · rank 1 is the best of all "
                "kommuner of the country with a value; a shared rank means equal values"
            ),
            self,
        )
        self.legend.setWordWrap(True)
        self.legend.setEnabled(False)  # a remark, in the quieter colour
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, self.copy_with_headers)

        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addLayout(options)
        layout.addWidget(self.notes)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend, 1)
        bottom.addWidget(self.compact)
        layout.addLayout(bottom)
        self.reload_choices()
        self.refresh()

    # -- choices --------------------------------------------------------------------------
    def reload_choices(self) -> None:
        """Indicators, periods, groups and peer schemes from the workspace as it is now."""
        from digidesk.core.analysis.values import dataset_country

        workspace = self._document.workspace
        if workspace is None:
            return
        held: dict[str, None] = {}
        periods: set[str] = set()
        extra: dict[AreaKey, None] = {}
        self._dataset_menu.clear()
        for dataset in workspace.datasets:
            country = dataset_country(dataset, self._register)
            codes = [str(c) for c in dataset.observations["indicator_id"].cat.categories]
            held.update(dict.fromkeys(codes))
            periods.update(str(p) for p in dataset.observations["period"].cat.categories)
            if country:
                extra.update(
                    dict.fromkeys(
                        (country, str(a)) for a in dataset.observations["area_id"].cat.categories
                    )
                )
            self._dataset_menu.addAction(dataset.name).triggered.connect(
                lambda _=False, ids=codes: self.set_indicators(ids)
            )
        known = [k for k in extra if self._register.history(k[1], k[0])]
        self.picker.set_choices(known)
        self.picker.set_groups([(g.group_id, g.name) for g in workspace.groups])
        self.picker.nominees.setEnabled(any(a.nominees for a in workspace.awards))
        self.indicator_popup.set_items((i, workspace.indicator_title(i)) for i in held if i)
        if self._indicator_ids is not None:
            self.indicator_popup.set_selection(frozenset(self._indicator_ids))
        self._fill_periods(periods)
        self._fill_peers(workspace)
        self._show_indicator_count()

    def _fill_periods(self, periods: set[str]) -> None:
        from digidesk.core.io.periods import period_sort_key

        current = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("Latest with values"), None)
        for period in sorted((p for p in periods if p), key=period_sort_key, reverse=True):
            self.period.addItem(period, period)
        self.period.setCurrentIndex(max(0, self.period.findData(current)))
        self.period.blockSignals(False)

    def _fill_peers(self, workspace) -> None:
        current = self.peers.currentData()
        self.peers.blockSignals(True)
        self.peers.clear()
        self.peers.addItem(self.tr("Kommungrupp (SKR 2023; Norway: size class)"), "kommungrupp")
        self.peers.addItem(self.tr("Kommungrupp 2017 (SKR)"), "kommungrupp2017")
        self.peers.addItem(self.tr("Same county"), "county")
        for group in workspace.groups:
            self.peers.addItem(self.tr("Group: {name}").format(name=group.name), group.group_id)
        self.peers.setCurrentIndex(max(0, self.peers.findData(current)))
        self.peers.blockSignals(False)

    def _indicators_edited(self) -> None:
        selection = self.indicator_popup.selection()
        self._indicator_ids = None if selection is None else self.indicator_popup.checked_codes()
        self._show_indicator_count()
        self.refresh()

    def _show_indicator_count(self) -> None:
        total = self.indicator_popup.model.rowCount()
        chosen = total if self._indicator_ids is None else len(self._indicator_ids)
        self.indicators_button.setText(
            self.tr("Indicators: {chosen} of {total}").format(chosen=chosen, total=total)
        )

    # -- what is compared -----------------------------------------------------------------
    def set_areas(self, areas: list[AreaKey]) -> None:
        self.picker.set_areas(areas)

    def areas(self) -> list[AreaKey]:
        return self.picker.areas()

    def set_indicators(self, indicator_ids: list[str] | None) -> None:
        self._indicator_ids = None if indicator_ids is None else list(indicator_ids)
        self.indicator_popup.set_selection(
            None if indicator_ids is None else frozenset(indicator_ids)
        )

    def set_peers(self, on: bool, scheme: str = "kommungrupp") -> None:
        self.peers.setCurrentIndex(max(0, self.peers.findData(scheme)))
        self.peers_switch.setChecked(on)

    def compare_nominees(self) -> None:
        from digidesk.core.analysis.selection import award_areas
        from digidesk.core.errors import DigiDeskError

        workspace = self._document.workspace
        try:
            self.picker.set_areas(award_areas(workspace, self._register))
        except DigiDeskError:
            self.message.emit(self.tr("The workspace has no award with nominees."))

    def _take_group(self, group_id: str) -> None:
        workspace = self._document.workspace
        group = next((g for g in workspace.groups if g.group_id == group_id), None)
        if group is not None:
            self.picker.set_areas([(m.country, m.area_id) for m in group.members])

    def save_as_group(self) -> None:
        areas = self.areas()
        if not areas or self._document.workspace is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Save as area group"), self.tr("Name of the group:")
        )
        if ok and name.strip():
            self.add_group(name.strip(), areas)

    def add_group(self, name: str, areas: list[AreaKey]) -> None:
        """Keep ``areas`` as a new area group: one undoable step."""
        from digidesk.core.commands import AddGroup
        from digidesk.core.model.groups import AreaGroup, GroupMember

        taken = {g.group_id for g in self._document.workspace.groups}
        number = 1
        while f"group-{number}" in taken:
            number += 1
        members = tuple(GroupMember(country, area_id) for country, area_id in areas)
        self._document.push(AddGroup(AreaGroup(f"group-{number}", name, members)))
        self.message.emit(self.tr("Saved the group “{name}”.").format(name=name))

    # -- computing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute again soon (several changes in one event-loop turn compute once)."""
        self._refresh_timer.start()

    def refresh_now(self) -> None:
        self._refresh_timer.stop()
        self._compute()

    def on_workspace_changed(self) -> None:
        self.reload_choices()
        self.refresh()

    def _compute(self) -> None:
        from digidesk.core.analysis.compare import compare

        workspace = self._document.workspace
        areas = self.areas()
        if workspace is None or not areas:
            self.model.set_comparison(None, workspace, self._register, False)
            self.notes.setText(
                self.tr(
                    "Choose the areas to compare: type a kommun's name or code above, or take "
                    "the award's nominees."
                )
            )
            self.focus_changed.emit()
            return
        snapshot = workspace.snapshot()
        peers = self.peers.currentData() if self.peers_switch.isChecked() else None
        indicators = self._indicator_ids
        period, gender = self.period.currentData(), self.gender.currentData()
        register = self._register
        rows = sum(len(d.observations) for d in workspace.datasets)
        self.peers.setEnabled(self.peers_switch.isChecked())

        def work():
            return compare(
                snapshot, areas, register, indicators=indicators, period=period,
                gender=gender, peers=peers,
            )  # fmt: skip

        self._background.run(rows, work, lambda result: self._show(result, snapshot))

    def _current_indicator(self) -> str | None:
        row = self.table.currentIndex().row()
        indicators = self.model.indicators
        return indicators[row].indicator_id if 0 <= row < len(indicators) else None

    def chart_focus(self):
        """The compared areas, the current row's indicator first, and the period."""
        from digidesk.qt.views.chart_pane import ChartFocus

        ids = [i.indicator_id for i in self.model.indicators]
        if not ids or not self.areas():
            return None
        row = self.table.currentIndex().row()
        first = ids[row] if 0 <= row < len(ids) else ids[0]
        ordered = (first, *(i for i in ids if i != first))
        return ChartFocus(ordered, tuple(self.areas()), self.period.currentData())

    def _show(self, comparison, workspace) -> None:
        current = self._current_indicator()
        self.model.set_comparison(comparison, workspace, self._register, bool(comparison.peers))
        ids = [i.indicator_id for i in self.model.indicators]
        if current in ids:  # the row the user was on stays current (and in the chart)
            self.table.setCurrentIndex(self.model.index(ids.index(current), 0))
        self.focus_changed.emit()
        self.table.fit_columns()
        self._apply_compact()
        if self._sort is not None:
            self.model.sort(*self._sort)
        notes = []
        for indicator_id, conflicts in comparison.conflicts.items():
            notes.append(
                self.tr(
                    "{count} figures of “{indicator}” differ between datasets; the first "
                    "dataset's are shown."
                ).format(count=len(conflicts), indicator=workspace.indicator_title(indicator_id))
            )
        if any("crosswalk" in r.notes for r in comparison.rows):
            notes.append(
                self.tr(
                    "Some changes compare a Norwegian kommune with its earlier code, through "
                    "the register's crosswalk."
                )
            )
        if not comparison.indicators:
            notes.append(self.tr("The workspace holds no figures for these areas' countries."))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _apply_compact(self) -> None:
        hide = self.compact.isChecked()
        for number, column in enumerate(self.model.columns):
            if column.area is not None:
                self.table.setColumnHidden(number, hide and column.kind in ("versus", "change"))

    def _failed(self, error: BaseException) -> None:
        from digidesk.qt.error_text import error_text

        self.notes.setText(
            self.tr("The comparison failed: {error}").format(error=error_text(error))
        )
        self.notes.show()

    def wait(self) -> bool:
        """Compute what is pending now, and wait until background work has finished."""
        if self._refresh_timer.isActive():
            self.refresh_now()
        return self._background.wait()

    # -- sorting --------------------------------------------------------------------------
    def _sort_by(self, column: int) -> None:
        if self._sort is not None and self._sort[0] == column:
            ascending = self._sort[1] == Qt.SortOrder.AscendingOrder
            order = Qt.SortOrder.DescendingOrder if ascending else Qt.SortOrder.AscendingOrder
        else:
            order = Qt.SortOrder.AscendingOrder
        self._sort = (column, order)
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.model.sort(column, order)

    # -- copying and exporting ------------------------------------------------------------
    def table_text(self) -> str:
        """The whole comparison as tab-separated text for a spreadsheet in the user's locale."""
        comparison, workspace = self.model.comparison, self._document.workspace
        if comparison is None or workspace is None:
            return ""
        return comparison_text(
            comparison, workspace, self._register, self._language, QLocale(self.model.locale)
        )

    def copy_with_headers(self) -> None:
        text = self.table_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.message.emit(self.tr("Copied the comparison."))

    def copy_selection(self) -> None:
        """The selected cells as they read, one line per row; the whole table without one."""
        indexes = self.table.selectionModel().selectedIndexes()
        if not indexes:
            self.copy_with_headers()
            return
        QGuiApplication.clipboard().setText(selection_text(indexes))

    def ask_export(self) -> None:
        self.exporter.ask()

    def export_to(self, path: Path, on_done=None) -> None:
        """Write the comparison shown to ``path`` in the background."""
        self.exporter.export_to(path, on_done)

    # -- similar kommuner -----------------------------------------------------------------
    def find_similar(self) -> None:
        from digidesk.qt.dialogs.similar_dialog import SimilarDialog

        areas = self.areas()
        workspace = self._document.workspace
        if workspace is None:
            return
        dialog = SimilarDialog(workspace, self._register, areas[0] if areas else None, self)
        dialog.add_requested.connect(lambda keys: self.set_areas([*self.areas(), *keys]))
        dialog.save_requested.connect(self.add_group)
        dialog.open()
        self.similar_dialog = dialog
