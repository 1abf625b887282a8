"""Text that scales with the system: at a large font every table row is as tall as its text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTabWidget


@pytest.fixture
def large_font(qapp):
    before = qapp.font()
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 2 if before.pointSizeF() > 0 else 20)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


def test_rows_fit_a_large_system_font(large_font, demo_window, qtbot):
    short: list[str] = []
    for key in demo_window.navigator.view_keys():
        view = demo_window.show_view(key)
        qtbot.wait(20)
        for tabs in view.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
        for table in view.findChildren(QAbstractItemView):
            header = getattr(table, "verticalHeader", lambda: None)()
            if not isinstance(header, QHeaderView) or table.model() is None:
                continue
            if table.model().rowCount() == 0:
                continue
            needed = table.fontMetrics().height()
            if table.rowHeight(0) < needed:
                short.append(f"{key} {type(table).__name__}: {table.rowHeight(0)} < {needed}")
    assert not short
