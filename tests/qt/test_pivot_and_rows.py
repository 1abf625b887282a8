"""The pivot view, row operations, fill down, clear, block paste and background sorting."""

from __future__ import annotations

import math

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication


def digdir(window):
    return window.show_view(("dataset", "digdir"))


def frame(window):
    return window.document.workspace.dataset("digdir").observations


def plain(text) -> str:
    return str(text).replace("\u00a0", " ")


def pivot_cell(view, area: str, indicator: str):
    model = view.pivot_model
    column = next(
        c
        for c in range(model.key_columns, model.columnCount())
        if model.target(0, c) is not None
        and str(model._pivot.column_keys[c - model.key_columns]) == indicator
    )
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(area))
    return model.index(row, column)


def select_block(table, top_left, bottom_right):
    table.selectionModel().select(
        QItemSelection(top_left, bottom_right), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    table.setCurrentIndex(top_left)
    table.selectionModel().select(
        QItemSelection(top_left, bottom_right), QItemSelectionModel.SelectionFlag.Select
    )


def test_pivot_shows_areas_by_indicators_with_title_unit_and_frozen_area(demo_window):
    view = digdir(demo_window)
    view.set_shape("indicator")
    model = view.pivot_model
    assert view.tables.currentWidget() is view.pivot_table
    assert model.key_columns == 1  # one period, one gender: only the area is a row key
    assert model.rowCount() == frame(demo_window)["area_id"].nunique()
    assert model.columnCount() == 1 + 3
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers[0] == "Area"
    assert any("Digital postkasse" in h and h.endswith("(%)") for h in headers[1:])
    assert plain(pivot_cell(view, "0301", "DIGDIR-POSTKASSE").data()) == "56,8 %"
    assert pivot_cell(view, "0301", "DIGDIR-POSTKASSE").data(
        Qt.ItemDataRole.TextAlignmentRole
    ) & int(Qt.AlignmentFlag.AlignRight)
    frozen = view.pivot_table.frozen
    assert view.pivot_table.frozen_columns == 1
    assert not frozen.isColumnHidden(0) and frozen.isColumnHidden(1)
    # The status bar counts observations in both shapes.
    assert plain(demo_window.row_count_label.text()) == "18 of 18 observations"


def test_pivot_edit_writes_to_the_observation_and_an_empty_cell_adds_one(demo_window):
    view = digdir(demo_window)
    view.set_shape("indicator")
    model = view.pivot_model
    before = len(frame(demo_window))
    cell = pivot_cell(view, "0301", "DIGDIR-POSTKASSE")
    label = model.target(cell.row(), cell.column()).label
    assert model.setData(cell, "60,5 %")
    assert frame(demo_window).loc[label, "value"] == 60.5
    assert demo_window.isWindowModified()
    empty = pivot_cell(view, "0301", "DIGDIR-IDPORTEN")
    assert empty.data() is None
    assert model.setData(empty, "1,25")
    assert len(frame(demo_window)) == before + 1
    added = frame(demo_window).iloc[-1]
    assert (added["area_id"], added["indicator_id"], added["value"]) == (
        "0301",
        "DIGDIR-IDPORTEN",
        1.25,
    )
    assert plain(pivot_cell(view, "0301", "DIGDIR-IDPORTEN").data()) == "1,25"
    assert pivot_cell(view, "0301", "DIGDIR-IDPORTEN").data(Qt.ItemDataRole.FontRole).bold()
    assert view.model.rowCount() == before + 1  # the long table shows the new observation
    demo_window.undo_action.trigger()
    assert len(frame(demo_window)) == before
    demo_window.undo_action.trigger()
    assert frame(demo_window).loc[label, "value"] == 56.8
    assert not demo_window.isWindowModified()


def test_block_pasted_into_the_pivot_is_one_undo_step(demo_window):
    view = digdir(demo_window)
    view.set_shape("indicator")
    model, table = view.pivot_model, view.pivot_table
    before = frame(demo_window).copy()
    existed = model.target(1, 2).label is not None
    empty_cells = sum(model.target(r, c).label is None for r in (0, 1) for c in (1, 2, 3))
    assert empty_cells  # the block covers observations and empty cells
    table.setCurrentIndex(model.index(0, 1))
    QApplication.clipboard().setText("1,5\t2\t3\n4\t..\t6 %\n")
    view.paste()
    stack = demo_window.document.undo_stack
    assert stack.count() == 1 and "Paste" in stack.text(0)
    assert plain(model.index(0, 1).data()).startswith("1,5")
    assert plain(model.index(1, 3).data()).startswith("6")
    # A missing value pasted on an empty cell adds nothing; on an observation it marks it.
    assert model.index(1, 2).data() == (".." if existed else None)
    assert len(frame(demo_window)) == len(before) + empty_cells - (not existed)
    demo_window.undo_action.trigger()
    after = frame(demo_window)
    assert len(after) == len(before)
    assert after["value"].equals(before["value"])
    # A block wider than the table is explained, not cut.
    QApplication.clipboard().setText("1\t2\t3\t4\n")
    table.setCurrentIndex(model.index(0, 2))
    problem = view.operations.paste(table, QApplication.clipboard().text())
    assert "columns" in problem and stack.count() == 1 and stack.index() == 0


def test_fill_down_and_clear_in_the_long_table_are_undoable(demo_window):
    view = digdir(demo_window)
    model, table = view.model, view.table
    top, bottom = model.index(0, 4), model.index(3, 4)
    first = model.index(0, 4).data()
    labels = [model.label_at(r) for r in range(4)]
    old = frame(demo_window).loc[labels, "value"].tolist()
    select_block(table, top, bottom)
    demo_window.table_actions[1].trigger()  # Fill down
    assert [model.index(r, 4).data() for r in range(4)] == [first] * 4
    select_block(table, model.index(1, 4), model.index(2, 4))
    view.clear_cells()
    assert model.index(1, 4).data() == ".."
    assert math.isnan(frame(demo_window).loc[labels[1], "value"])
    stack = demo_window.document.undo_stack
    texts = [stack.text(i) for i in range(stack.count())]
    assert texts[0].startswith("Fill down 3 cell") and texts[1].startswith("Clear 2 cell")
    stack.undo()
    stack.undo()
    assert frame(demo_window).loc[labels, "value"].tolist() == old


def test_rows_added_and_deleted_come_back_on_undo(demo_window):
    view = digdir(demo_window)
    model, table = view.model, view.table
    total = model.rowCount()
    view.add_observation(
        {"indicator_id": "DIGDIR-POSTKASSE", "area_id": "1563", "period": "2021", "gender": "T"},
        "61,2",
    )
    assert model.rowCount() == total + 1
    assert plain(demo_window.row_count_label.text()) == f"{total + 1} of {total + 1} rows"
    labels = [model.label_at(r) for r in (2, 3)]
    select_block(table, model.index(2, 0), model.index(3, 5))
    view.delete_rows()
    assert model.rowCount() == total - 1
    assert not frame(demo_window).index.isin(labels).any()
    stack = demo_window.document.undo_stack
    assert stack.text(stack.count() - 1).startswith("Delete 2 row")
    stack.undo()
    assert [model.label_at(r) for r in (2, 3)] == labels  # back in their place
    stack.undo()
    assert model.rowCount() == total


def test_add_row_dialog_checks_period_and_value(demo_window):
    from PySide6.QtWidgets import QDialogButtonBox

    from digidesk.qt.dialogs.add_row_dialog import AddRowDialog

    view = digdir(demo_window)
    dialog = AddRowDialog(view.cache, {"area_id": "0301", "indicator_id": "DIGDIR-POSTKASSE"})
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.period.setText("tjugo")
    assert not ok.isEnabled() and "tjugo" in dialog.problem.text()
    dialog.period.setText("2024K1")
    dialog.value.setText("abc")
    assert not ok.isEnabled()
    dialog.value.setText("12,5")
    assert ok.isEnabled()
    assert dialog.keys() == {
        "indicator_id": "DIGDIR-POSTKASSE",
        "area_id": "0301",
        "period": "2024K1",
        "gender": "T",
    }


def test_big_tables_sort_and_filter_in_the_background(demo_window, qtbot):
    view = digdir(demo_window)
    view.ordering.threshold = 0  # every table counts as big
    model = view.model
    with qtbot.waitSignal(view.busy_changed) as started:
        model.sort(4, Qt.SortOrder.DescendingOrder)
    assert started.args == [True]
    qtbot.waitUntil(lambda: not view.ordering.busy, timeout=10_000)
    values = frame(demo_window)["value"]
    assert model.label_at(0) == int(values.idxmax())
    view.filter_edit.setText("Oslo")
    view.apply_filter()
    qtbot.waitUntil(lambda: model.rowCount() < len(values), timeout=10_000)
    assert all("0301" in model.index(r, 1).data() for r in range(model.rowCount()))


def test_a_pivot_too_large_is_explained_and_the_long_table_stays(demo_window, qtbot, monkeypatch):
    from functools import partial

    import digidesk.qt.models.pivot_model as pivot_model
    from digidesk.core.pivot import build_pivot

    monkeypatch.setattr(pivot_model, "build_pivot", partial(build_pivot, max_cells=5))
    view = digdir(demo_window)
    with qtbot.waitSignal(view.message) as blocker:
        view.set_shape("indicator")
    assert "17" in blocker.args[0]  # names the size it refused
    assert view.shape is None and view.tables.currentWidget() is view.table


def test_a_filter_typed_while_a_sort_is_computed_keeps_the_sort(demo_window, qtbot):
    view = digdir(demo_window)
    view.ordering.threshold = 0
    model = view.model
    computed: list[int] = []
    run = view.ordering.run
    view.ordering.run = lambda rows, compute, apply, **kw: run(
        rows, lambda: computed.append(1) or compute(), apply, **kw
    )
    view.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # Qt asks the model twice
    view.filter_edit.setText("Andel")
    view.apply_filter()
    qtbot.waitUntil(lambda: not view.ordering.busy, timeout=10_000)
    assert len(computed) == 2  # one sort (not two), then the filter that supersedes it
    values = [frame(demo_window).loc[model.label_at(r), "value"] for r in range(model.rowCount())]
    present = [v for v in values if not math.isnan(v)]
    assert present == sorted(present, reverse=True) and len(values) < 18


def test_switching_to_a_pivot_builds_it_once_and_again_after_a_failure(demo_window, qtbot):
    view = digdir(demo_window)
    built: list[int] = []
    run = view.ordering.run
    view.ordering.run = lambda rows, compute, apply, **kw: run(
        rows, lambda: built.append(1) or compute(), apply, **kw
    )
    view.set_shape("period")
    assert len(built) == 1
    view.set_shape(None)
    view.set_shape("period")  # same axis and filter: the pivot is kept
    assert len(built) == 1
    view.pivot_model._clear_pending()  # as after a failed build
    view.set_shape(None)
    view.set_shape("period")
    assert len(built) == 2


def test_rows_deleted_in_the_long_table_are_gone_from_the_pivot(demo_window):
    view = digdir(demo_window)
    view.set_shape("indicator")
    view.set_shape(None)
    oslo = next(r for r in range(view.model.rowCount()) if "0301" in view.model.index(r, 1).data())
    view.table.selectionModel().select(
        view.model.index(oslo, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    view.delete_rows()
    view.set_shape("indicator")
    areas = [view.pivot_model.index(r, 0).data() for r in range(view.pivot_model.rowCount())]
    assert not any(a.startswith("0301") for a in areas)


def test_clear_and_fill_down_touch_only_the_cells_selected(demo_window):
    view = digdir(demo_window)
    model, table = view.model, view.table
    values = [frame(demo_window).loc[model.label_at(r), "value"] for r in range(4)]
    selection = table.selectionModel()
    selection.clear()
    # Two cells of the value column, not next to each other: rows 0 and 2.
    for row in (0, 2):
        selection.select(model.index(row, 4), QItemSelectionModel.SelectionFlag.Select)
    view.clear_cells()
    after = [frame(demo_window).loc[model.label_at(r), "value"] for r in range(4)]
    assert math.isnan(after[0]) and math.isnan(after[2])
    assert after[1] == values[1] and after[3] == values[3]


def test_big_tables_keep_the_long_table_right_while_the_pivot_is_shown(demo_window, qtbot):
    view = digdir(demo_window)
    view.ordering.threshold = 0  # every sort, filter and pivot in the background
    model, stack = view.model, demo_window.document.undo_stack

    def settle():
        qtbot.waitUntil(lambda: not view.ordering.busy, timeout=10_000)

    model.reload()
    settle()
    view.table.selectionModel().select(
        model.index(3, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    view.delete_rows()
    settle()
    view.set_shape("indicator")
    settle()
    stack.undo()  # the row comes back while the pivot is shown
    settle()
    view.filter_edit.setText("Oslo")
    view.apply_filter()
    settle()
    view.set_shape(None)
    settle()
    oslo = int((frame(demo_window)["area_id"] == "0301").sum())
    assert model.rowCount() == oslo  # filtered as the pivot was, though filtered there
    assert all("0301" in model.index(r, 1).data() for r in range(model.rowCount()))
    view.filter_edit.setText("")
    view.apply_filter()
    settle()
    assert model.rowCount() == len(frame(demo_window))
    labels = {model.label_at(r) for r in range(model.rowCount())}
    assert labels == set(frame(demo_window).index)


def test_typing_into_a_cell_a_filter_emptied_changes_the_hidden_observation(demo_window):
    view = digdir(demo_window)
    view.filter_panel.value_min.setText("1")
    view.filter_panel._range_settled()  # no wait for the typing pause
    view.set_shape("indicator")
    before = len(frame(demo_window))
    cell = pivot_cell(view, "EAK", "DIGDIR-IDPORTEN")  # 0,90: hidden by the filter
    assert cell.data() is None
    assert view.pivot_model.setData(cell, "70")
    table = frame(demo_window)
    assert len(table) == before  # no second observation with the same keys
    hidden = table[(table["area_id"] == "EAK") & (table["indicator_id"] == "DIGDIR-IDPORTEN")]
    assert hidden["value"].tolist() == [70.0]


def test_marks_follow_rows_deleted_saved_and_brought_back(demo_window):
    view = digdir(demo_window)
    model, stack = view.model, demo_window.document.undo_stack
    last = max(frame(demo_window).index)
    row = next(r for r in range(model.rowCount()) if model.label_at(r) == last)
    view.table.selectionModel().select(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    view.delete_rows()
    stack.setClean()  # saved without the row
    stack.undo()  # the row is back: not what was saved, so marked
    row = next(r for r in range(model.rowCount()) if model.label_at(r) == last)
    assert model.index(row, 4).data(Qt.ItemDataRole.FontRole).bold()


def test_a_new_row_that_reuses_a_deleted_label_is_marked(demo_window):
    view = digdir(demo_window)
    model = view.model
    last = max(frame(demo_window).index)
    row = next(r for r in range(model.rowCount()) if model.label_at(r) == last)
    kept = frame(demo_window).loc[last].copy()
    view.table.selectionModel().select(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    view.delete_rows()
    # The new observation gets the deleted one's label and value, but other keys.
    keys = {"indicator_id": "DIGDIR-POSTKASSE", "area_id": "1867", "period": "2021"}
    view.add_observation({**keys, "gender": "T"}, str(kept["value"]).replace(".", ","))
    row = next(r for r in range(model.rowCount()) if model.label_at(r) == last)
    assert model.index(row, 1).data().startswith("1867")
    assert model.index(row, 4).data(Qt.ItemDataRole.FontRole).bold()


def test_clearing_a_cell_a_filter_emptied_keeps_the_hidden_value(demo_window):
    view = digdir(demo_window)
    view.filter_panel.value_min.setText("1")
    view.filter_panel._range_settled()
    view.set_shape("indicator")
    cell = pivot_cell(view, "EAK", "DIGDIR-IDPORTEN")  # 0,90: hidden by the filter
    view.pivot_table.selectionModel().select(cell, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.clear_cells()
    table = frame(demo_window)
    hidden = table[(table["area_id"] == "EAK") & (table["indicator_id"] == "DIGDIR-IDPORTEN")]
    assert hidden["value"].tolist() == [0.9]


def test_a_pivot_built_on_rows_since_deleted_is_never_shown(demo_window, qtbot):
    view = digdir(demo_window)
    view.ordering.threshold = 0
    view.set_shape("indicator")  # built in the background…
    view.set_shape(None)  # …while the user goes back to the long table
    view.table.selectionModel().select(
        view.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    view.delete_rows()
    qtbot.waitUntil(lambda: not view.ordering.busy, timeout=10_000)
    view.set_shape("indicator")
    qtbot.waitUntil(lambda: not view.ordering.busy, timeout=10_000)
    model = view.pivot_model
    shown = sum(
        model.index(r, c).data() is not None
        for r in range(model.rowCount())
        for c in range(model.key_columns, model.columnCount())
    )
    assert shown == len(frame(demo_window))  # one cell per observation left, all valid


def test_a_filter_typed_while_rows_are_reloaded_keeps_the_sort(demo_window, qtbot):
    view = digdir(demo_window)
    view.ordering.threshold = 0
    model = view.model
    view.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not view.ordering.busy, timeout=10_000)
    view.table.selectionModel().select(
        model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    view.delete_rows()  # positions change: the table must sort again…
    view.filter_edit.setText("Andel")  # …also when a filter comes first
    view.apply_filter()
    qtbot.waitUntil(lambda: not view.ordering.busy, timeout=10_000)
    values = [frame(demo_window).loc[model.label_at(r), "value"] for r in range(model.rowCount())]
    present = [v for v in values if not math.isnan(v)]
    assert present == sorted(present, reverse=True)


def test_adding_a_row_with_taken_keys_changes_that_row_and_says_so(demo_window, qtbot):
    view = digdir(demo_window)
    before = len(frame(demo_window))
    keys = {"indicator_id": "DIGDIR-POSTKASSE", "area_id": "0301", "period": "2020", "gender": "T"}
    with qtbot.waitSignal(view.message) as told:
        view.add_observation(keys, "60")
    assert "already existed" in told.args[0]
    assert len(frame(demo_window)) == before
    table = frame(demo_window)
    oslo = table[(table["area_id"] == "0301") & (table["indicator_id"] == "DIGDIR-POSTKASSE")]
    assert oslo["value"].tolist() == [60.0]
