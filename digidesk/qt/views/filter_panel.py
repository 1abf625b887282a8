"""A one-row bar of filters for an observation table: pickers, a value range, only missing.

The panel holds conditions only; the view that owns the table combines them with its
free-text line through ``row_filter(text)`` and filters again on ``changed``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from digidesk.core.io.locale_numbers import parse_number
from digidesk.core.table_ops import RowFilter

#: Typing in a value limit pauses this long (ms) before ``changed``: one filter per number.
RANGE_DELAY_MS = 300
#: Picker kinds, in the order of their buttons, and the RowFilter field each one fills.
KINDS: dict[str, str] = {
    "areas": "area_ids",
    "indicators": "indicator_ids",
    "periods": "periods",
    "genders": "genders",
}
CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
_INVALID_STYLE = "QLineEdit { border: 1px solid #c62828; border-radius: 2px; }"
_BUTTON_TEXT_WIDTH = 190
_MAX_LIST_ROWS = 14

Checked = Qt.CheckState.Checked
Unchecked = Qt.CheckState.Unchecked


class ChoicePopup(QWidget):
    """A searchable checklist. The search only hides rows; it never changes what is checked.

    ``on_edit`` is called once per change of the checked items ("Select all" included).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_edit: Callable[[], None] = lambda: None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the choices"))
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.pressed.connect(self._remember_state)
        self.view.clicked.connect(self._toggle_unless_toggled)
        self.select_all = QPushButton(self.tr("Select all"), self)
        self.select_all.setToolTip(self.tr("Check every item the search shows"))
        self.select_all.clicked.connect(lambda: self.set_shown_checked(True))
        self.select_none = QPushButton(self.tr("Select none"), self)
        self.select_none.setToolTip(
            self.tr("Uncheck every item the search shows; hidden items keep their state")
        )
        self.select_none.clicked.connect(lambda: self.set_shown_checked(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.select_all)
        buttons.addWidget(self.select_none)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._bulk = False
        self._pressed_state: Qt.CheckState | None = None
        self.model.itemChanged.connect(self._item_changed)

    def items(self) -> list[QStandardItem]:
        return [self.model.item(row) for row in range(self.model.rowCount())]

    def set_items(self, choices: Iterable[tuple[str, str]]) -> None:
        """Replace the choices, keeping checked codes checked (new codes join an "all")."""
        before = self.selection()
        items = []
        for code, text in choices:
            item = QStandardItem(text)
            item.setData(code, CODE_ROLE)
            item.setData(f"{code} {text}", SEARCH_ROLE)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckable(True)
            item.setCheckState(Checked if before is None or code in before else Unchecked)
            items.append(item)
        self.model.clear()
        if items:
            self.model.invisibleRootItem().appendRows(items)
        self._fit_list()
        self.on_edit()

    def focus_search(self) -> None:
        # Text kept from the last opening is selected: typing replaces it, the list still
        # shows what "Select all/none" would act on.
        self.search.setFocus(Qt.FocusReason.PopupFocusReason)
        self.search.selectAll()

    def checked_codes(self) -> list[str]:
        return [i.data(CODE_ROLE) for i in self.items() if i.checkState() == Checked]

    def selection(self) -> frozenset[str] | None:
        """None when every item is checked (no condition), else the checked codes."""
        codes = self.checked_codes()
        return None if len(codes) == self.model.rowCount() else frozenset(codes)

    def set_selection(self, codes: frozenset[str] | None) -> None:
        """Check ``codes`` (all for None); codes that are not choices are dropped."""
        self._set_checked((i, codes is None or i.data(CODE_ROLE) in codes) for i in self.items())

    def set_shown_checked(self, checked: bool) -> None:
        shown = (
            self.proxy.mapToSource(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())
        )
        self._set_checked((self.model.itemFromIndex(i), checked) for i in shown)

    def short_text(self, code: str) -> str:
        """An item's text without its leading code: "0180 Stockholm" → "Stockholm"."""
        item = next(i for i in self.items() if i.data(CODE_ROLE) == code)
        text = item.text()
        rest = text[len(code) :].lstrip(" -–:") if text.startswith(code + " ") else ""
        return rest or text

    def _set_checked(self, changes: Iterable[tuple[QStandardItem, bool]]) -> None:
        # One ``on_edit`` for a whole "Select all", not one per item.
        self._bulk = True
        try:
            for item, checked in changes:
                item.setCheckState(Checked if checked else Unchecked)
        finally:
            self._bulk = False
        self.on_edit()

    def _item_changed(self, _item: QStandardItem) -> None:
        if not self._bulk:
            self.on_edit()

    def _remember_state(self, index: QModelIndex) -> None:
        self._pressed_state = index.data(Qt.ItemDataRole.CheckStateRole)

    def _toggle_unless_toggled(self, index: QModelIndex) -> None:
        # A click on the check box toggles it already; a click on the text should too.
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        if state == self._pressed_state:
            item = self.model.itemFromIndex(self.proxy.mapToSource(index))
            item.setCheckState(Unchecked if item.checkState() == Checked else Checked)
        self._pressed_state = None

    def _fit_list(self) -> None:
        rows = min(max(self.model.rowCount(), 3), _MAX_LIST_ROWS)
        row_height = self.view.sizeHintForRow(0) if self.model.rowCount() else 0
        row_height = row_height or self.fontMetrics().height() + 4
        self.view.setFixedHeight(rows * row_height + 2 * self.view.frameWidth())
        width = self.view.sizeHintForColumn(0) + self.view.verticalScrollBar().sizeHint().width()
        self.view.setFixedWidth(max(240, min(width + 2 * self.view.frameWidth() + 8, 440)))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        # QMenu turns Tab into "next action"; keep Tab moving between this popup's widgets.
        chain: list[QWidget] = [self.search, self.view, self.select_all, self.select_none]
        current = self.focusWidget()
        at = chain.index(current) if current in chain else -1
        chain[(at + (1 if next else -1)) % len(chain)].setFocus(Qt.FocusReason.TabFocusReason)
        return True


class FilterPanel(QWidget):
    """Pickers for areas, indicators, periods and gender, a value range and "only missing"."""

    #: The conditions changed: pickers when their popup closes, limits after a typing pause.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = {
            "areas": self.tr("Areas"),
            "indicators": self.tr("Indicators"),
            "periods": self.tr("Periods"),
            "genders": self.tr("Gender"),
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: dict[str, QToolButton] = {}
        self.popups: dict[str, ChoicePopup] = {}
        for kind in KINDS:
            button = QToolButton(self)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            menu = QMenu(button)
            popup = ChoicePopup(menu)
            action = QWidgetAction(menu)
            action.setDefaultWidget(popup)
            menu.addAction(action)
            button.setMenu(menu)
            menu.aboutToShow.connect(popup.focus_search)
            menu.aboutToHide.connect(self._emit_if_changed)
            popup.on_edit = partial(self._picker_edited, kind)
            self.buttons[kind], self.popups[kind] = button, popup
            layout.addWidget(button)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Value"), self))
        self.value_min = self._limit_edit(self.tr("Min"), self.tr("Lowest value to show"))
        layout.addWidget(self.value_min)
        layout.addWidget(QLabel("–", self))
        self.value_max = self._limit_edit(self.tr("Max"), self.tr("Highest value to show"))
        layout.addWidget(self.value_max)
        self.only_missing = QCheckBox(self.tr("Only missing"), self)
        self.only_missing.setToolTip(self.tr("Show only rows without a value"))
        self.only_missing.toggled.connect(lambda _on: self._emit_if_changed())
        layout.addWidget(self.only_missing)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self._range_timer = QTimer(self)
        self._range_timer.setSingleShot(True)
        self._range_timer.setInterval(RANGE_DELAY_MS)
        self._range_timer.timeout.connect(self._range_settled)
        self._last = RowFilter()
        self._holding = False
        for kind in KINDS:
            self._show_summary(kind)
        self._refresh_clear()

    def _limit_edit(self, placeholder: str, tip: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)
        edit.setToolTip(tip)
        edit.setProperty("hint", tip)
        edit.setProperty("invalid", False)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("−1 234 567,8") + 16)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.textChanged.connect(lambda _text: self._range_timer.start())
        edit.editingFinished.connect(self._range_settled)
        return edit

    def set_choices(self, kind: str, items: list[tuple[str, str]]) -> None:
        """The (code, display text) choices of picker ``kind`` (one of ``KINDS``)."""
        self.popups[kind].set_items(items)

    def row_filter(self, text: str = "") -> RowFilter:
        """The panel's conditions together with the free ``text`` the caller owns."""
        fields = {field: self.popups[kind].selection() for kind, field in KINDS.items()}
        return RowFilter(
            text=text,
            value_min=self._limit(self.value_min),
            value_max=self._limit(self.value_max),
            only_missing=self.only_missing.isChecked(),
            **fields,
        )

    @property
    def active(self) -> bool:
        """True when any of the panel's conditions filters (the free text does not count)."""
        return self.row_filter().active

    def clear(self) -> None:
        self.set_state(RowFilter())

    def set_state(self, row_filter: RowFilter) -> None:
        """Show ``row_filter``'s conditions (its text is the caller's); one ``changed`` at most."""
        self._holding = True
        for kind, field in KINDS.items():
            popup = self.popups[kind]
            popup.search.clear()
            popup.set_selection(getattr(row_filter, field))
        locale = self.locale()
        shortest = locale.FloatingPointPrecisionOption.FloatingPointShortest
        for edit, value in (
            (self.value_min, row_filter.value_min),
            (self.value_max, row_filter.value_max),
        ):
            edit.setText("" if value is None else locale.toString(value, "f", shortest))
        self.only_missing.blockSignals(True)
        self.only_missing.setChecked(row_filter.only_missing)
        self.only_missing.blockSignals(False)
        self._holding = False
        self._range_settled()

    @staticmethod
    def _limit(edit: QLineEdit) -> float | None:
        parsed = parse_number(edit.text())
        return None if parsed is None else parsed[0]

    def _range_settled(self) -> None:
        self._range_timer.stop()
        for edit in (self.value_min, self.value_max):
            invalid = bool(edit.text().strip()) and parse_number(edit.text()) is None
            edit.setProperty("invalid", invalid)
            edit.setStyleSheet(_INVALID_STYLE if invalid else "")
            edit.setToolTip(
                self.tr(
                    "“{text}” is not a number, so it does not filter. Write e.g. 1 234,5."
                ).format(text=edit.text().strip())
                if invalid
                else edit.property("hint")
            )
        self._emit_if_changed()

    def _picker_edited(self, kind: str) -> None:
        self._show_summary(kind)
        self._refresh_clear()
        # Edits in an open popup wait for it to close; edits made in code count at once.
        if not self.buttons[kind].menu().isVisible():
            self._emit_if_changed()

    def _show_summary(self, kind: str) -> None:
        popup, title = self.popups[kind], self._titles[kind]
        codes, total = popup.checked_codes(), popup.model.rowCount()
        if len(codes) == total:
            text = self.tr("{kind}: all").format(kind=title)
        elif not codes:
            text = self.tr("{kind}: none").format(kind=title)
        elif len(codes) == 1:
            text = self.tr("{kind}: {name}").format(kind=title, name=popup.short_text(codes[0]))
        else:
            locale = self.locale()
            text = self.tr("{kind}: {checked} of {total}").format(
                kind=title, checked=locale.toString(len(codes)), total=locale.toString(total)
            )
        button = self.buttons[kind]
        metrics = button.fontMetrics()
        button.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, _BUTTON_TEXT_WIDTH))
        button.setToolTip(text)

    def _refresh_clear(self) -> None:
        typed = any(e.text().strip() for e in (self.value_min, self.value_max))
        self.clear_button.setEnabled(self.active or typed)

    def _emit_if_changed(self) -> None:
        self._refresh_clear()
        if self._holding:
            return
        current = self.row_filter()
        if current != self._last:
            self._last = current
            self.changed.emit()
