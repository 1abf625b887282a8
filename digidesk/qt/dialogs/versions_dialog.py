"""File ▸ Versions…: the workspace as it was before each of its last saves.

A dumb dialog: it lists the kept versions and says what the user chose (open one as an
unsaved copy, or put it back as the file); the main window does it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

OPEN_COPY, RESTORE = "open_copy", "restore"


class VersionsDialog(QDialog):
    def __init__(self, name: str, versions: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Versions of “{name}”").format(name=name))
        self.choice: tuple[str, object] | None = None
        self._versions = versions
        text = (
            self.tr("DigiDesk keeps the last five versions of a workspace, one before each save.")
            if versions
            else self.tr("There is no earlier version yet: one is kept at each save.")
        )
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Replaced by a save on"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        locale = QLocale()
        for version in versions:
            item = QTreeWidgetItem(
                [
                    locale.toString(version.saved_at.astimezone(), "d MMMM yyyy HH:mm"),
                    locale.formattedDataSize(version.size, 0),
                ]
            )
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        if versions:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for key, label, tip in (
            (
                OPEN_COPY,
                self.tr("&Open as a copy"),
                self.tr("Open it as a new, unsaved workspace; the file stays as it is"),
            ),
            (
                RESTORE,
                self.tr("&Restore"),
                self.tr("Put it back as the file; the file as it is now is kept as a version"),
            ),
        ):
            button = QPushButton(label, self)
            button.setToolTip(tip)
            button.setEnabled(bool(versions))
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def _choose(self, key: str) -> None:
        row = self.list.indexOfTopLevelItem(self.list.currentItem())
        if 0 <= row < len(self._versions):
            self.choice = (key, self._versions[row])
            self.accept()
