"""Small dumb dialogs of the strategy view: a goal or area, a target, a status set by hand,
a comment for a follow-up year. Each returns values; the view turns them into commands."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from digidesk import strategy_words
from digidesk.core.model.strategy import MANUAL_STATUSES, Perspective


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class NodeDialog(QDialog):
    """A goal's or development area's name and text."""

    def __init__(self, title: str, name: str = "", description: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit(name, self)
        self.description = QPlainTextEdit(description, self)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Text:"), self.description)
        self.buttons = _buttons(self)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._update)
        self._update()
        self.resize(560, 300)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.description.toPlainText().strip()


class TargetDialog(QDialog):
    """A target's text, due year and perspectives."""

    def __init__(
        self,
        title: str,
        perspectives: tuple[Perspective, ...],
        text: str = "",
        due_year: int | None = None,
        chosen: tuple[str, ...] = (),
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(text, self)
        self.due = QSpinBox(self)
        self.due.setRange(0, 2200)
        self.due.setSpecialValueText(self.tr("none"))
        self.due.setValue(due_year or 0)
        self.checks: dict[str, QCheckBox] = {}
        boxes = QWidget(self)
        column = QVBoxLayout(boxes)
        column.setContentsMargins(0, 0, 0, 0)
        for perspective in perspectives:
            box = QCheckBox(perspective.name, boxes)
            box.setChecked(perspective.id in chosen)
            self.checks[perspective.id] = box
            column.addWidget(box)
        form = QFormLayout(self)
        form.addRow(self.tr("Target:"), self.text)
        form.addRow(self.tr("Due year:"), self.due)
        if perspectives:
            form.addRow(self.tr("Perspectives:"), boxes)
        self.buttons = _buttons(self)
        form.addRow(self.buttons)
        self.text.textChanged.connect(self._update)
        self._update()
        self.resize(600, 360)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def values(self) -> tuple[str, int | None, tuple[str, ...]]:
        chosen = tuple(pid for pid, box in self.checks.items() if box.isChecked())
        return self.text.toPlainText().strip(), self.due.value() or None, chosen


class ManualStatusDialog(QDialog):
    """A status set by hand, or back to the computed one; a comment is required."""

    def __init__(self, current: str | None, language: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set status by hand"))
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Computed from the data"), None)
        for status in MANUAL_STATUSES:
            self.status.addItem(
                f"{strategy_words.STATUS_SYMBOLS[status]} "
                f"{strategy_words.status_name(status, language)}",
                status,
            )
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(self.tr("Why? The comment is kept with the date."))
        note = QLabel(self.tr("Every status set by hand is kept in the target's history."), self)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Comment:"), self.comment)
        form.addRow(note)
        self.buttons = _buttons(self)
        form.addRow(self.buttons)
        self.comment.textChanged.connect(self._update)
        self._update()
        self.resize(520, 300)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.comment.toPlainText().strip()))

    def values(self) -> tuple[str | None, str]:
        return self.status.currentData(), self.comment.toPlainText().strip()


class NoteDialog(QDialog):
    """The comment of one follow-up year."""

    def __init__(self, notes: dict[int, str], year: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Comment for a follow-up year"))
        self._notes = notes
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2200)
        self.year.setValue(year or dt.date.today().year)
        self.text = QPlainTextEdit(notes.get(self.year.value(), ""), self)
        self.year.valueChanged.connect(lambda y: self.text.setPlainText(self._notes.get(y, "")))
        form = QFormLayout(self)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Comment:"), self.text)
        form.addRow(_buttons(self))
        self.resize(520, 260)

    def values(self) -> tuple[int, str]:
        return self.year.value(), self.text.toPlainText().strip()
