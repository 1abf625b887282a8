"""The strategy view: the tree with badges, rows that fit their font, editing with undo,
linking a target to data, the detail pane, the import wizard and the report export."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from digidesk.core.model.strategy import Target
from digidesk.core.strategy_commands import AddTarget
from digidesk.qt.models.strategy_model import NAME, NODE_ROLE, STATUS, STATUS_ROLE

SEED = (
    Path(__file__).resolve().parents[2]
    / "resources"
    / "demo"
    / "ornskoldsvik_digitaliseringsstrategi.txt"
)


@pytest.fixture
def view(demo_window):
    return demo_window.show_view(("strategy", 0))


def _all_indexes(view):
    model = view.proxy
    out = []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            out.append(index)
            walk(index)

    walk(view.tree.rootIndex())
    return out


def test_the_tree_has_every_goal_area_and_target_with_a_badge(view):
    assert view.proxy.rowCount() == 5
    indexes = _all_indexes(view)
    kinds = [i.data(NODE_ROLE)[0] for i in indexes]
    assert (kinds.count("goal"), kinds.count("area"), kinds.count("target")) == (5, 13, 37)
    badges = {i.data(NODE_ROLE)[1]: i.siblingAtColumn(STATUS).data() for i in indexes}
    assert badges["T04"].startswith("✔ ") and badges["T01"].startswith("▼ ")
    goal_counts = indexes[0].siblingAtColumn(STATUS).data(STATUS_ROLE)
    assert sum(goal_counts.values()) == 16


def test_rows_fit_their_font_so_capitals_are_not_clipped(view, qtbot):
    view.resize(1400, 900)
    qtbot.wait(10)
    for index in _all_indexes(view):
        view.tree.scrollTo(index)
        rect = view.tree.visualRect(index)
        font = index.data(Qt.ItemDataRole.FontRole) or view.tree.font()
        metrics = QFontMetrics(font)
        assert rect.height() >= metrics.ascent() + metrics.descent() + 4, index.data()
    opened = next(i for i in _all_indexes(view) if i.data() == "Öppna data ska sänka tröskeln för "
                  "nya innovatörer")  # fmt: skip
    hint = view.tree.itemDelegateForColumn(NAME).sizeHint(view.tree.viewOptions()
                                                          if hasattr(view.tree, "viewOptions")
                                                          else _option(view), opened)  # fmt: skip
    assert hint.height() >= QFontMetrics(view.tree.font()).height() + 4


def _option(view):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.font = view.tree.font()
    return option


def test_filters_by_status_and_perspective(view):
    view.status_filter.setCurrentIndex(view.status_filter.findData("on_track"))
    targets = [i for i in _all_indexes(view) if i.data(NODE_ROLE)[0] == "target"]
    assert {i.data(NODE_ROLE)[1] for i in targets} == {"T25", "T36", "T37"}
    view.status_filter.setCurrentIndex(0)
    view.perspective.setCurrentIndex(view.perspective.findData("P5"))
    targets = [i for i in _all_indexes(view) if i.data(NODE_ROLE)[0] == "target"]
    assert targets and all("P5" in i.data(Qt.ItemDataRole.UserRole + 3).perspectives
                           for i in targets)  # fmt: skip


def test_a_linked_target_shows_its_goal_progress_chart(view, qtbot):
    """Selecting a linked target draws its chart (baseline, even path, target value, due
    year) on the pane's one canvas; another target is drawn into the same figure."""
    view.resize(1500, 950)
    view.show()
    pane = view.detail.chart
    view.select("T02")  # not linked: no canvas is made for it
    assert pane.chart is None and pane.canvas is None and not pane.note.isVisibleTo(view)
    view.select("T29")  # set by hand, not linked either
    assert pane.canvas is None
    view.select("T04")
    qtbot.waitUntil(lambda: pane.canvas is not None and pane.canvas.isVisibleTo(view))
    chart, canvas, figure = pane.chart, pane.canvas, pane.figure
    assert chart.figure is figure and figure.canvas is canvas
    target = view.model.strategy.target("T04")
    assert list(chart.start.get_xdata()) == [2017] and list(chart.start.get_ydata()) == [68.0]
    assert list(chart.goal_mark.get_xdata()) == [2020] and list(chart.goal_mark.get_ydata()) == [
        target.target_value
    ]
    assert list(chart.path.get_ydata()) == [68.0, 90.0]
    assert list(chart.due_line.get_xdata()) == [2020, 2020]
    assert list(chart.line.get_ydata())[-1] == 93.0
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert "Utgångsläge 68\u00a0% (2017)" in legend and "Mål ≥ 90\u00a0% år 2020" in legend
    canvas.draw()  # draws without an error at the pane's size
    assert canvas.width() > 300 and canvas.height() >= 300
    view.select("T36")  # a lower-is-better target, drawn in place
    qtbot.waitUntil(lambda: pane.chart is not chart)
    assert pane.canvas is canvas and pane.figure is figure and pane.chart.figure is figure
    assert list(pane.chart.goal_mark.get_ydata()) == [10.0]
    assert list(pane.chart.start.get_ydata()) == [35.0]
    # Linked, but without a target value, or in an area without figures: a line says why.
    document = view.document.workspace
    t04 = view.model.strategy.target("T04")
    args = (view.model.strategy, replace(t04, target_value=None), "SE", pd.Series([93.0]))
    pane.show_target(document, *args, view.model.register, "en")
    assert pane.note.isVisibleTo(view) and not canvas.isVisibleTo(view)
    assert "target value" in pane.note.text()
    empty = pd.Series(dtype="float64")
    pane.show_target(document, view.model.strategy, t04, "SE", empty, view.model.register, "en")
    assert "no figures" in pane.note.text()
    view.select("G1")  # a goal: counts, no chart
    assert not pane.isVisibleTo(view)
    view.select("T04")
    assert pane.canvas is canvas and list(pane.chart.start.get_ydata()) == [68.0]


def test_tree_editing_with_undo(demo_window, view):
    window = demo_window
    goal = view.model.index_of("G1")
    assert view.model.setData(goal, "Öppen kommun")
    assert view.model.strategy.goals[0].name == "Öppen kommun"
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert view.model.strategy.goals[0].name.startswith("Örnsköldsvik ska vara en öppen")
    window.document.push(
        AddTarget(0, "G1.2", Target("T38", "2026 finns 50 öppna datamängder", 2026))
    )
    assert view.current_node() == ("target", "T38")
    assert view.model.strategy.target("T38").due_year == 2026
    view.edits.move(-1)
    assert [t.id for t in view.model.strategy.goals[0].focus_areas[1].targets] == [
        "T05",
        "T38",
        "T06",
    ]
    view.select("T38")
    view.edits.delete(ask=False)
    assert view.model.strategy.target("T38") is None
    window.undo_action.trigger()  # the delete
    window.undo_action.trigger()  # the move
    window.undo_action.trigger()  # the add
    assert view.model.strategy.target("T38") is None
    assert [t.id for t in view.model.strategy.goals[0].focus_areas[1].targets] == ["T05", "T06"]
    window.redo_action.trigger()
    assert view.model.strategy.target("T38") is not None
    due = view.model.index_of("T01", 2)
    assert view.model.setData(due, "2024") and view.model.strategy.target("T01").due_year == 2024
    assert not view.model.setData(due, "tjugo")


def test_linking_a_target_with_the_suggestion(demo_window, view, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from digidesk.qt.dialogs.link_dialog import LinkDialog

    workspace = demo_window.document.workspace
    target = view.model.strategy.target("T04")
    dialog = LinkDialog(workspace, target, "2284", "sv")
    dialog.search.setText("bredband om minst")
    assert dialog.list.count() == 1
    dialog.list.setCurrentRow(0)
    dialog.baseline.setText("68")
    dialog.baseline_period.setText("2017")
    dialog.target_value.setText("")
    dialog.use_suggestion()
    assert dialog.target_value.text() == "90"
    assert dialog.values()["indicator_id"] == "EX-BREDBAND-100"
    relative = LinkDialog(workspace, view.model.strategy.target("T37"), "2284", "sv")
    relative.baseline.setText("30")
    relative.use_suggestion()
    assert relative.target_value.text() == "36"
    # Linking an unlinked target through the view: its status comes from the data.
    view.select("T02")
    values = {"indicator_id": "EX-DIGITALA-ARENDEN", "area_id": "2284", "gender": "T",
              "baseline": 40.0, "baseline_period": "2019", "target_value": 60.0,
              "comparator": ">="}  # fmt: skip
    monkeypatch.setattr(LinkDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(LinkDialog, "values", lambda self: values)
    view.edits.link()
    assert view.model.result("T02").status == "achieved"
    assert "62" in view.detail.text.toPlainText()
    demo_window.undo_action.trigger()
    assert view.model.result("T02").status == "no_data"


def test_status_set_by_hand_needs_a_comment(demo_window, view, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from digidesk.qt.dialogs.strategy_dialogs import ManualStatusDialog

    dialog = ManualStatusDialog(None, "sv")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.comment.setPlainText("Beslut i kommunstyrelsen")
    assert ok.isEnabled()
    view.select("T03")
    monkeypatch.setattr(ManualStatusDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        ManualStatusDialog, "values", lambda self: ("achieved", "Plattformen finns")
    )
    view.edits.set_status()
    result = view.model.result("T03")
    assert (result.status, result.otherwise) == ("manual", "achieved")
    assert "Plattformen finns" in view.detail.text.toPlainText()


def test_the_import_wizard_shows_what_it_found(qtbot):
    from PySide6.QtCore import Qt as QtCore

    from digidesk.core.io.strategy_import import import_strategy
    from digidesk.qt.dialogs.strategy_import_wizard import StrategyImportWizard

    wizard = StrategyImportWizard(import_strategy(SEED, in_worker=False))
    qtbot.addWidget(wizard)
    assert wizard.strategy().counts() == (5, 13, 37)
    assert len(wizard.highlights) == len(wizard.imported.found)
    start, _end, kind = next(h for h in wizard.highlights if h[2] == "target")
    cursor = wizard.text.textCursor()
    cursor.setPosition(start + 10)
    assert cursor.charFormat().background().color().name() == "#fdf1b8"
    goal = wizard.tree.topLevelItem(0)
    target = goal.child(0).child(0)
    wizard.tree.setCurrentItem(target)
    assert wizard.text.textCursor().block().text().lstrip("• ").startswith("2023 ska medborgare")
    target.setCheckState(0, QtCore.CheckState.Unchecked)
    goal.child(0).child(1).setText(1, "2024")
    made = wizard.strategy()
    assert made.counts() == (5, 13, 36)
    assert made.target("T02").due_year == 2024
    assert "36" in wizard.counts.text()


def test_import_strategy_adds_it_in_one_undo_step(demo_window, qtbot):
    actions = demo_window.strategy_actions
    actions.interactive = False
    results = []
    actions.import_path(SEED, on_read=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    position = actions.add(results[0].strategy)
    assert demo_window.navigator.current_key() == ("strategy", position)
    assert len(demo_window.document.workspace.strategies) == 2
    demo_window.undo_action.trigger()
    assert len(demo_window.document.workspace.strategies) == 1


def test_the_template_is_saved_for_the_user(demo_window, tmp_path):
    path = tmp_path / "Strategi.xlsx"
    demo_window.strategy_actions.save_template(path, open_it=False)
    assert openpyxl.load_workbook(path).sheetnames[0] == "Mätbar uppföljning"


def test_report_export_in_the_background(view, qtbot, tmp_path):
    done = []
    path = tmp_path / "uppfoljning.xlsx"
    view.export_report(path, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert done == [None]
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet["A1"].value.startswith("Uppföljning: Digitaliseringsstrategi")
    assert len(book["Diagram"]._images) == 10  # the goal-progress charts
    pdf = tmp_path / "uppfoljning.pdf"
    view.export_report(pdf, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=60_000)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_matplotlib_is_imported_only_when_the_first_chart_is_drawn():
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from digidesk.qt.views.strategy_view import StrategyView\n"
        "from digidesk.qt.views.strategy_detail import StrategyDetail\n"
        "app = QApplication([])\n"
        "StrategyDetail()\n"
        "assert not [m for m in sys.modules if m.startswith('matplotlib')], 'matplotlib'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
