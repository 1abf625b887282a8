"""At start: unsaved work from a DigiDesk that ended without closing, offered back.

A dumb dialog: it lists the recoverable copies (what, when, how much) and says what the user
chose; the main window does it. Nothing is removed without the user saying so.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

RESTORE, SAVE_AS, DISCARD, LATER = "restore", "save_as", "discard", "later"


class RecoveryDialog(QDialog):
    def __init__(self, entries: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.choice: tuple[str, object] = (LATER, None)
        self._entries = entries
        intro = QLabel(
            self.tr(
                "DigiDesk ended without closing while this work was unsaved. Its last "
                "recovery copy is kept; choose what to do with it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setColumnCount(4)
        self.list.setHeaderLabels(
            [self.tr("Workspace"), self.tr("Saved"), self.tr("Datasets"), self.tr("Observations")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        locale = QLocale()
        for entry in entries:
            when = _local(entry.saved_at)
            item = QTreeWidgetItem(
                [
                    entry.name or self.tr("Untitled"),
                    locale.toString(when, QLocale.FormatType.ShortFormat) if when else "",
                    locale.toString(entry.datasets),
                    locale.toString(entry.observations),
                ]
            )
            item.setToolTip(0, entry.source or entry.title)
            for column in (2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.list.addTopLevelItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.itemDoubleClicked.connect(lambda *_: self._choose(RESTORE))
        buttons = QDialogButtonBox(self)
        for key, text, tip in (
            (RESTORE, self.tr("&Restore"), self.tr("Open the work as it was, unsaved")),
            (SAVE_AS, self.tr("Save &as…"), self.tr("Write the work to a file of its own")),
            (DISCARD, self.tr("&Discard…"), self.tr("Remove this recovery copy for good")),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        later = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(self.tr("Keep the copies and ask again at the next start"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def selected(self):
        row = self.list.indexOfTopLevelItem(self.list.currentItem())
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _choose(self, key: str) -> None:
        entry = self.selected()
        if entry is None:
            return
        if key == DISCARD:
            answer = QMessageBox.question(
                self,
                self.tr("Discard the recovery copy?"),
                self.tr("The unsaved work in “{name}” will be gone for good.").format(
                    name=entry.name or self.tr("Untitled")
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.choice = (key, entry)
        self.accept()


def _local(iso: str) -> datetime | None:
    try:
        return datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return None
