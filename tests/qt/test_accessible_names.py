"""Every interactive widget of every view, on every tab, has a name a screen reader says."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTabWidget,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView)


def _own_part(widget: QWidget) -> bool:
    """Parts a screen reader announces through their owner: a table's headers and corner,
    the editor inside a combo box or spin box."""
    if isinstance(widget, QHeaderView) or widget.objectName() == "qt_tableview_cornerbutton":
        return True
    return isinstance(widget, QLineEdit) and isinstance(
        widget.parent(), (QComboBox, QAbstractSpinBox)
    )


def nameless(root: QWidget) -> list[str]:
    """The visible interactive widgets under ``root`` whose accessible name is empty
    (a visible text, a buddy label or an accessible name all give one)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible() or _own_part(widget):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            owner = type(widget.parent()).__name__
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {owner}")
    return missing


def test_every_view_names_its_controls(demo_window, qtbot):
    missing: dict[str, list[str]] = {}
    for key in demo_window.navigator.view_keys():
        view = demo_window.show_view(key)
        qtbot.wait(50)
        found = nameless(demo_window)
        for tabs in view.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(20)
                found += nameless(demo_window)
        if found:
            missing[str(key)] = sorted(set(found))
    assert not missing
