"""The navigator on the left: datasets, strategies, awards and area groups of the workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

if TYPE_CHECKING:
    from digidesk.core.model.observations import Dataset
    from digidesk.core.model.workspace import Workspace

# A view key is (kind, key): ("dataset", "digdir"), ("compare", 0), ("strategy", 0),
# ("award", 0), ("group", 0)
ViewKey = tuple[str, object]
_KEY_ROLE = Qt.ItemDataRole.UserRole


def dataset_tooltip(dataset: Dataset) -> str:
    """The dataset's whole name, then the file and sheet it came from."""
    source = dataset.provenance
    where = " ▸ ".join(part for part in (source.file_name, source.sheet) if part)
    return f"{dataset.name}\n{where}" if where and where != dataset.name else dataset.name


class Navigator(QTreeWidget):
    view_requested = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        # "budget_2024_alla_forvaltningar: Socialtjänst": a file's datasets differ at the end.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._sections = {
            "dataset": QTreeWidgetItem(self, [self.tr("Datasets")]),
            "compare": QTreeWidgetItem(self, [self.tr("Analysis")]),
            "strategy": QTreeWidgetItem(self, [self.tr("Strategy")]),
            "award": QTreeWidgetItem(self, [self.tr("Award")]),
            "group": QTreeWidgetItem(self, [self.tr("Area groups")]),
        }
        for section in self._sections.values():
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.currentItemChanged.connect(self._on_current)

    def populate(self, workspace: Workspace | None) -> None:
        current = self.current_key()
        self.blockSignals(True)
        for section in self._sections.values():
            section.takeChildren()
        if workspace is not None:
            for dataset in workspace.datasets:
                item = self._add("dataset", dataset.dataset_id, dataset.name)
                item.setToolTip(0, dataset_tooltip(dataset))
            if workspace.datasets:
                self._add("compare", 0, self.tr("Compare areas"))
            for n, strategy in enumerate(workspace.strategies):
                self._add("strategy", n, strategy.name)
            for n, award in enumerate(workspace.awards):
                self._add("award", n, f"{award.name} {award.year or ''}".strip())
            for n, group in enumerate(workspace.groups):
                self._add("group", n, group.name)
        self.expandAll()
        self.blockSignals(False)
        if current is not None and self.select(current):
            return
        first = next((s.child(0) for s in self._sections.values() if s.childCount()), None)
        if first is not None:
            self.setCurrentItem(first)

    def _add(self, kind: str, key: object, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self._sections[kind], [text])
        item.setToolTip(0, text)
        item.setData(0, _KEY_ROLE, (kind, key))
        return item

    def sizeHint(self) -> QSize:  # noqa: N802
        # Wide enough for dataset names such as "Folkmängd 31 december (SCB)".
        return QSize(300, super().sizeHint().height())

    def view_keys(self) -> list[ViewKey]:
        return [
            section.child(n).data(0, _KEY_ROLE)
            for section in self._sections.values()
            for n in range(section.childCount())
        ]

    def current_key(self) -> ViewKey | None:
        item = self.currentItem()
        return item.data(0, _KEY_ROLE) if item is not None else None

    def select(self, key: ViewKey) -> bool:
        section = self._sections.get(key[0])
        if section is None:
            return False
        for n in range(section.childCount()):
            child = section.child(n)
            if tuple(child.data(0, _KEY_ROLE)) == tuple(key):
                self.setCurrentItem(child)
                return True
        return False

    def _on_current(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        key = current.data(0, _KEY_ROLE) if current is not None else None
        if key is not None:
            self.view_requested.emit(tuple(key))
