"""The editor of value cells: accepts what a Swede or Norwegian types, refuses the rest.

``1 234,5``, ``56,8 %``, ``1234.5``, a missing-value marker or nothing are
values; anything else keeps the editor open with a tooltip that says why,
instead of being silently changed or dropped.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from digidesk.qt.models.observation_model import is_value_text

Index = QModelIndex | QPersistentModelIndex


class _ValueValidator(QValidator):
    # Intermediate, not Invalid, for text that is not a number yet: the user may still be
    # typing ("1 2", "-"); QLineEdit then refuses Enter instead of refusing the key.
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        State = QValidator.State
        state = State.Acceptable if is_value_text(text) else State.Intermediate
        return state, text, pos


class ValueEditor(QLineEdit):
    """The value cell's editor: Enter on text that is not a number explains instead of closing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(_ValueValidator(self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def refusal_text(self) -> str:
        return self.tr("“{text}” is not a number. Write e.g. 1 234,5 or 56,8 % or leave it empty.")

    def explain_refusal(self) -> None:
        text = self.refusal_text().format(text=self.text().strip())
        self.setToolTip(text)
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), text, self)

    def refuses(self, event: QEvent) -> bool:
        """True (and explained) for Enter on text that is not a value."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.hasAcceptableInput()
        ):
            self.explain_refusal()
            return True
        return False


class ValueDelegate(QStyledItemDelegate):
    """Edits the value column with a ValueEditor; never writes text that is not a value."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        return ValueEditor(parent)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        # The delegate sees the editor's keys first and would close it on Enter.
        if isinstance(editor, ValueEditor) and editor.refuses(event):
            return True
        return super().eventFilter(editor, event)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if isinstance(editor, ValueEditor):
            if not editor.hasAcceptableInput():
                # Focus left the editor with invalid text: keep the old value and say why.
                editor.explain_refusal()
                return
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
