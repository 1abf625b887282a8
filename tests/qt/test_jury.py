"""The jury in the app: the scoring grid, returned sheets and the results view."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from digidesk.core.export.juror_sheets import FIRST_ROW


@pytest.fixture
def award_view(demo_window):
    demo_window.navigator.select(("award", 0))
    view = demo_window.show_view(("award", 0))
    view.wait()
    return view


def award(view):
    return view.document.workspace.awards[0]


def test_the_grid_refuses_a_conflicted_nominee_and_a_value_outside_the_scale(award_view, qtbot):
    scoring = award_view.scoring
    award_view.tabs.setCurrentWidget(scoring)
    scoring.choose_juror("J3")
    model = scoring.model
    conflicted = model.index(1, 0)  # Karlskrona: J3 declared a conflict
    assert not model.flags(conflicted) & Qt.ItemFlag.ItemIsEditable
    assert "Karlskrona" in model.data(conflicted, Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(model.refused) as refused:
        assert not model.setData(conflicted, "4")
    assert "Karlskrona kommuns förvaltning" in refused.args[0]
    with qtbot.waitSignal(model.refused) as refused:
        assert not model.setData(model.index(0, 0), "7")
    assert "1–5" in refused.args[0] or "1.0–5.0" in refused.args[0]
    assert scoring.problem.text() == refused.args[0]
    assert award(award_view).score("J3", "1080", "C1") is None


def test_a_score_typed_in_the_grid_is_one_undo_step(award_view):
    scoring = award_view.scoring
    scoring.choose_juror("J1")
    model = scoring.model
    cell = model.index(0, 0)  # Lidingö, Verksamhetsutveckling: 5
    assert model.data(cell, Qt.ItemDataRole.EditRole) == "5"
    stack = award_view.document.undo_stack
    assert model.setData(cell, "3,5")
    assert award(award_view).score("J1", "0186", "C1").value == 3.5
    assert model.data(cell, Qt.ItemDataRole.DisplayRole).startswith("3,5")
    assert stack.undoText() == "Score 1 cell(s)" or stack.undoText()
    assert award(award_view).audit[-1].source == "grid"
    stack.undo()
    assert award(award_view).score("J1", "0186", "C1").value == 5
    assert model.data(cell, Qt.ItemDataRole.EditRole) == "5"
    assert award(award_view).audit[-1].source == "undo"
    stack.redo()
    assert award(award_view).score("J1", "0186", "C1").value == 3.5


def test_a_comment_is_kept_with_the_score(award_view):
    scoring = award_view.scoring
    scoring.choose_juror("J2")
    scoring.grid.setCurrentIndex(scoring.model.index(2, 0))
    scoring.comment.setText("Tydlig strategi")
    scoring.comment.editingFinished.emit()
    assert award(award_view).score("J2", "1780", "C1").comment == "Tydlig strategi"


def test_locking_stops_the_grid_until_an_unlock(award_view, monkeypatch):
    scoring = award_view.scoring
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("slutlig", True))
    scoring.toggle_lock()
    assert award(award_view).locked
    assert not scoring.model.flags(scoring.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not scoring.model.setData(scoring.model.index(0, 0), "2")
    assert scoring.lock_button.text() != "Lock scoring…" or scoring.lock_state.isVisibleTo(scoring)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("rättelse", True))
    scoring.toggle_lock()
    assert not award(award_view).locked
    assert [r.action for r in award(award_view).locks] == ["lock", "unlock"]


def test_set_up_edits_are_undoable(award_view):
    setup = award_view.setup
    model = setup.criteria_model
    weight = model.index(0, 1)
    assert model.setData(weight, "3")
    assert award(award_view).criteria[0].weight == 3
    award_view.document.undo_stack.undo()
    assert award(award_view).criteria[0].weight == 2
    conflicts = setup.conflicts_model
    cell = conflicts.index(0, 4)  # J1 × Umeå
    assert conflicts.setData(cell, "Granne", Qt.ItemDataRole.EditRole)
    assert award(award_view).conflicted("J1", "2480").reason == "Granne"
    assert not model.setData(weight, "x")  # not a number


def test_returned_sheets_are_imported_all_at_once_with_a_report(award_view, tmp_path,
                                                                 monkeypatch):  # fmt: skip
    scoring = award_view.scoring
    scoring.export_templates(tmp_path)
    award_view.wait()
    sheets = sorted(tmp_path.glob("*.xlsx"))
    assert len(sheets) == 5
    j1 = next(p for p in sheets if p.name.startswith("J1"))
    book = openpyxl.load_workbook(j1)
    book.worksheets[0].cell(FIRST_ROW + 1, 3).value = 2
    book.worksheets[0].cell(FIRST_ROW + 2, 3).value = "fel"
    book.save(j1)
    from digidesk.qt.dialogs.jury_import_dialog import JuryImportDialog

    monkeypatch.setattr(JuryImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    scoring.import_sheets(sheets)
    award_view.wait()
    dialog = scoring.report_dialog
    assert dialog.tree.topLevelItemCount() == 5
    j1_item = next(dialog.tree.topLevelItem(n) for n in range(5)
                   if dialog.tree.topLevelItem(n).text(0).startswith("J1"))  # fmt: skip
    children = [j1_item.child(n).text(1) for n in range(j1_item.childCount())]
    assert any("“fel”" in text for text in children)
    assert any("5 → 2" in text for text in children)
    assert award(award_view).score("J1", "0186", "C1").value == 2
    assert award(award_view).score("J1", "1080", "C1").value == 3  # the invalid cell: kept
    award_view.document.undo_stack.undo()
    assert award(award_view).score("J1", "0186", "C1").value == 5


def test_the_results_view_shows_every_method_and_the_banner(award_view, qtbot):
    results = award_view.results
    award_view.tabs.setCurrentWidget(results)
    award_view.wait()
    assert results.results is not None
    assert "Karlstad" in results.banner.text()  # the z-score method names Karlstad
    table = results.methods_table
    assert table.rowCount() == 5 and table.columnCount() == 7
    assert table.item(0, 0).text() == "Lidingö stad"
    assert table.item(0, 1).text().startswith("4,28")
    assert results.sensitivity.rowCount() == 6
    assert results.spearman.rowCount() == 5
    assert results.profile_area.objectName() == "nomineeProfileArea"
    # choosing another method is an edit of the award, undone like any other
    results.method.setCurrentIndex(results.method.findData("zscore"))
    results.method.activated.emit(results.method.currentIndex())
    award_view.wait()
    assert award(award_view).chosen_method == "zscore"
    assert results.methods_table.item(0, 0).text() == "Karlstads kommun"
    award_view.document.undo_stack.undo()
    award_view.wait()
    assert award(award_view).chosen_method == "weighted_mean"
    # scores from data for the linked criterion, when the chair ticks it
    box = results.from_data["C6"]
    box.setChecked(True)
    award_view.wait()
    assert award(award_view).scored_from_data == ("C6",)


def test_the_protocol_is_exported_from_the_results_view(award_view, tmp_path):
    results = award_view.results
    results.export_protocol(tmp_path / "protokoll.xlsx")
    award_view.wait()
    assert (tmp_path / "protokoll.xlsx").exists()
    assert (tmp_path / "protokoll.pdf").read_bytes().startswith(b"%PDF")
    from digidesk.core.jury.verify import verify_protocol

    assert verify_protocol(tmp_path / "protokoll.xlsx", award_view.document.workspace).ok
