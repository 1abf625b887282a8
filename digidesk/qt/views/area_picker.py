"""Choose the areas to compare: type a name or code, or take an award's nominees or a group.

The chosen areas are shown as removable chips, in the order chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QWidget,
)

from digidesk.core.model.areas import AreaRegister

AreaKey = tuple[str, str]


class AreaPicker(QWidget):
    changed = Signal()
    nominees_requested = Signal()
    group_requested = Signal(str)  # a group id
    save_requested = Signal()

    def __init__(self, register: AreaRegister, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self._areas: list[AreaKey] = []
        self._choices: dict[str, AreaKey] = {}
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Add a kommun: type its name or code"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.setAccessibleName(self.tr("Add an area to the comparison"))
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._chosen)
        self.search.setCompleter(completer)
        self.search.returnPressed.connect(lambda: self._chosen(self.search.text()))
        self.nominees = QPushButton(self.tr("Award nominees"), self)
        self.nominees.setToolTip(self.tr("Compare the nominees of the workspace's award"))
        self.nominees.clicked.connect(self.nominees_requested)
        self.groups = QToolButton(self)
        self.groups.setText(self.tr("Group"))
        self.groups.setToolTip(self.tr("Compare the members of an area group"))
        self.groups.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.groups.setMenu(QMenu(self.groups))
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setToolTip(self.tr("Remove every area from the comparison"))
        self.clear_button.clicked.connect(lambda: self.set_areas([]))
        self.save_button = QPushButton(self.tr("Save as group…"), self)
        self.save_button.setToolTip(self.tr("Keep these areas as an area group in the workspace"))
        self.save_button.clicked.connect(self.save_requested)
        self._chips = QWidget(self)
        self._chip_layout = QHBoxLayout(self._chips)
        self._chip_layout.setContentsMargins(0, 0, 0, 0)
        self._chip_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self._chips)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedHeight(self.search.sizeHint().height() + 8)
        label = QLabel(self.tr("Areas:"), self)
        label.setBuddy(self.search)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.search)
        #: placed by the view in its bar of options, which wraps in a narrow window
        self.buttons: tuple[QWidget, ...] = (
            self.nominees,
            self.groups,
            self.save_button,
            self.clear_button,
        )

    # -- choices --------------------------------------------------------------------------
    def set_choices(self, extra: list[AreaKey]) -> None:
        """Offer every current kommun and county of both countries, and ``extra`` codes
        (areas the workspace's data holds, historical codes included)."""
        keys: dict[AreaKey, None] = {}
        for area in self._register.areas():
            if area.level in ("municipality", "county"):
                keys[(area.country, area.area_id)] = None
        keys.update(dict.fromkeys(extra))
        self._choices = {}
        for key in keys:
            self._choices[self.describe(key, with_code=True)] = key
        self._completions.setStringList(sorted(self._choices, key=str.casefold))

    def set_groups(self, groups: list[tuple[str, str]]) -> None:
        """(group id, name) of the workspace's area groups."""
        menu = self.groups.menu()
        menu.clear()
        for group_id, name in groups:
            menu.addAction(name).triggered.connect(
                lambda _=False, g=group_id: self.group_requested.emit(g)
            )
        self.groups.setEnabled(bool(groups))

    def describe(self, key: AreaKey, with_code: bool = False) -> str:
        country, area_id = key
        area = self._register.get(area_id, country)
        if area is None:
            history = self._register.history(area_id, country)
            area = history[-1] if history else None
        name = area.short_name if area else area_id
        if area is not None and area.valid_to:
            start = (area.valid_from or "")[:4]
            end = str(int(area.valid_to[:4]) - 1)
            name = f"{name} ({start}–{end})"
        return f"{name} · {area_id} · {country}" if with_code else name

    # -- the chosen areas -----------------------------------------------------------------
    def areas(self) -> list[AreaKey]:
        return list(self._areas)

    def set_areas(self, areas: list[AreaKey]) -> None:
        areas = list(dict.fromkeys(areas))
        if areas == self._areas:
            return
        self._areas = areas
        self._show_chips()
        self.changed.emit()

    def add_area(self, key: AreaKey) -> None:
        if key not in self._areas:
            self.set_areas([*self._areas, key])

    def remove_area(self, key: AreaKey) -> None:
        self.set_areas([a for a in self._areas if a != key])

    def _chosen(self, text: str) -> None:
        key = self._choices.get(text.strip())
        if key is None:
            key = self._match(text)
        if key is not None:
            self.add_area(key)
            self.search.clear()

    def _match(self, text: str) -> AreaKey | None:
        """A typed name or code that is not a completion: take it when only one area fits."""
        text = text.strip()
        if not text:
            return None
        hits = [key for label, key in self._choices.items() if label.split(" · ")[1] == text]
        if len(hits) == 1:
            return hits[0]
        area = self._register.match_name(text)
        return (area.country, area.area_id) if area is not None else None

    def _show_chips(self) -> None:
        while self._chip_layout.count() > 1:
            item = self._chip_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for n, key in enumerate(self._areas):
            chip = QToolButton(self._chips)
            name = self.describe(key)
            chip.setText(f"{name}  ✕")
            chip.setToolTip(self.tr("Remove {name} from the comparison").format(name=name))
            chip.setAccessibleName(self.tr("Remove {name}").format(name=name))
            chip.clicked.connect(lambda _=False, k=key: self.remove_area(k))
            self._chip_layout.insertWidget(n, chip)
        self.clear_button.setEnabled(bool(self._areas))
        self.save_button.setEnabled(bool(self._areas))
