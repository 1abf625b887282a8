"""The long table: filter as you type, row count, undo across sort and filter, the value
editor's validation and the marks on changed cells."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from digidesk.qt.views.table_view import FILTER_DELAY_MS
from digidesk.qt.views.value_editor import ValueEditor


def dataset_view(window):
    return window.show_view(("dataset", "digdir"))


def observation(window, label):
    return window.document.workspace.dataset("digdir").observations.loc[label]


def plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_typing_in_the_filter_narrows_the_rows_and_the_count(demo_window, qtbot):
    view = dataset_view(demo_window)
    model = view.model
    total = model.rowCount()
    assert plain(demo_window.row_count_label.text()) == f"{total} of {total} rows"
    assert view.filter_edit.placeholderText()
    qtbot.keyClicks(view.filter_edit, "1563")
    assert model.rowCount() == total  # debounced: nothing yet
    qtbot.waitUntil(lambda: model.rowCount() < total, timeout=FILTER_DELAY_MS * 20)
    shown = model.rowCount()
    assert shown > 0
    assert all(model.index(r, 1).data().startswith("1563") for r in range(shown))
    assert plain(demo_window.row_count_label.text()) == f"{shown} of {total} rows"
    view.filter_edit.clear()
    qtbot.waitUntil(lambda: model.rowCount() == total, timeout=FILTER_DELAY_MS * 20)


def test_row_count_groups_digits_the_swedish_way(window):
    window._show_row_count(12, 4060)
    assert plain(window.row_count_label.text()) == "12 of 4 060 rows"


def test_undo_of_an_edit_made_while_filtered_and_sorted_restores_that_observation(
    demo_window,
):
    view = dataset_view(demo_window)
    model = view.model
    view.filter_edit.setText("1563")
    view.apply_filter()
    view.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    label = model.label_at(0)
    before = float(observation(demo_window, label)["value"])
    assert model.setData(model.index(0, 4), "123,25")
    assert float(observation(demo_window, label)["value"]) == 123.25
    # The edited row moves away from row 0 once the order changes.
    view.filter_edit.setText("")
    view.apply_filter()
    view.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert model.label_at(0) != label
    others = demo_window.document.workspace.dataset("digdir").observations.drop(index=label)
    others_before = others["value"].copy()
    demo_window.undo_action.trigger()
    restored = float(observation(demo_window, label)["value"])
    assert restored == before or (math.isnan(before) and math.isnan(restored))
    after = demo_window.document.workspace.dataset("digdir").observations.drop(index=label)
    assert after["value"].equals(others_before)
    demo_window.redo_action.trigger()
    assert float(observation(demo_window, label)["value"]) == 123.25


def test_value_editor_refuses_text_that_is_not_a_number(demo_window):
    view = dataset_view(demo_window)
    model = view.model
    index = model.index(0, 4)
    label = model.label_at(0)
    before = index.data()
    editor = ValueEditor(view.table.viewport())
    editor.setText("tre")
    assert not editor.hasAcceptableInput()
    view.table.itemDelegate().setModelData(editor, model, index)
    assert index.data() == before
    assert "tre" in editor.toolTip()
    assert not demo_window.isWindowModified()
    for text, value in (("1 234,5", 1234.5), ("56,8 %", 56.8), ("1234.5", 1234.5)):
        editor.setText(text)
        assert editor.hasAcceptableInput(), text
        view.table.itemDelegate().setModelData(editor, model, index)
        assert float(observation(demo_window, label)["value"]) == value, text


def test_enter_on_invalid_text_keeps_the_editor_open(demo_window, qtbot):
    view = dataset_view(demo_window)
    model = view.model
    index = model.index(0, 4)
    before = index.data()
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.indexWidget(index) or view.table.viewport().findChild(ValueEditor)
    assert isinstance(editor, ValueEditor)
    editor.setText("abc")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert "abc" in editor.toolTip()
    assert index.data() == before


def test_changed_cells_are_bold_until_saved(demo_window, qtbot, tmp_path):
    view = dataset_view(demo_window)
    model = view.model
    assert model.index(0, 4).data(Qt.ItemDataRole.FontRole) is None
    model.setData(model.index(0, 4), "7")
    font = model.index(0, 4).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(1, 4).data(Qt.ItemDataRole.FontRole) is None
    # Undo back to the saved state clears the mark, redo brings it back.
    demo_window.undo_action.trigger()
    assert model.index(0, 4).data(Qt.ItemDataRole.FontRole) is None
    demo_window.redo_action.trigger()
    assert model.index(0, 4).data(Qt.ItemDataRole.FontRole) is not None
    with qtbot.waitSignal(demo_window.files.saved, timeout=30_000):
        demo_window.files.save_to(tmp_path / "saved.digidesk")
    assert not demo_window.isWindowModified()
    assert model.index(0, 4).data(Qt.ItemDataRole.FontRole) is None


def test_header_menu_sorts_hides_and_shows_only_missing(demo_window):
    view = dataset_view(demo_window)
    model = view.model
    model.setData(model.index(0, 4), "")
    menu = view.header_menu(4)
    actions = {a.text(): a for a in menu.actions() if not a.isSeparator()}
    actions["Sort descending"].trigger()
    assert model.index(model.rowCount() - 1, 4).data() == ".."
    actions["Only missing values"].trigger()
    assert model.rowCount() >= 1
    assert all(
        model.index(r, 4).data(Qt.ItemDataRole.EditRole) == "" for r in range(model.rowCount())
    )
    view.header_menu(5).actions()[3].trigger()  # Hide column
    assert view.table.isColumnHidden(5)


def test_header_filter_opens_the_columns_picker(demo_window, qtbot):
    view = dataset_view(demo_window)
    texts = {a.text(): a for a in view.header_menu(1).actions()}
    texts["Filter…"].trigger()
    menu = view.filter_panel.buttons["areas"].menu()
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    menu.close()
    value_menu = {a.text() for a in view.header_menu(4).actions()}
    assert "Filter by value range…" in value_menu and "Filter…" not in value_menu
    view.set_shape("period")
    pivot_menu = {a.text(): a for a in view.header_menu(0, view.pivot_table).actions()}
    pivot_menu["Filter…"].trigger()
    qtbot.waitUntil(menu.isVisible, timeout=2000)  # the area column: the areas picker
    menu.close()


def test_an_edited_value_shows_the_decimals_it_was_given(demo_window):
    view = demo_window.show_view(("dataset", "scb-folkmangd"))  # whole numbers
    model = view.model
    assert plain(model.index(0, 4).data()).endswith("519")  # 102 519
    model.setData(model.index(0, 4), "12 345,5")
    assert plain(model.index(0, 4).data()) == "12 345,5"


def test_a_long_indicator_name_leaves_the_values_in_sight(window, qtbot, tmp_path):
    """An SCB indicator with its breakdown in the name: the column stops at a readable
    width, cut in the middle so that the breakdown shows, and the tooltip has it all."""
    name = "Förvärvsarbetande 16+ år med bostad i regionen (nattbefolkning) (RAMS) " * 2
    path = tmp_path / "rams.csv"
    path.write_text(
        "region;år;" + name + "\n0114 Upplands Väsby;2008;351\n0115 Vallentuna;2008;228\n",
        encoding="utf-8",
    )
    window.resize(1280, 800)
    with qtbot.waitSignal(window.files.imported, timeout=60_000):
        window.files.import_path(path)
    view = window.stack.currentWidget()
    table = view.table
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert table.columnWidth(0) <= table.fontMetrics().averageCharWidth() * 60
    assert table.fontMetrics().horizontalAdvance(name) > table.columnWidth(0)
    assert sum(table.columnWidth(c) for c in range(5)) < table.viewport().width()
    tooltip = view.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Förvärvsarbetande") and len(tooltip) > 100
    assert view.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) is None
