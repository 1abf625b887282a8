"""Export ▸ from the window: the table as shown or the workspace, remembered choices,
progress, cancel, and the workbook that comes out."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox


def test_export_dialog_remembers_format_dialect_and_scope(qtbot, tmp_path):
    from digidesk.qt.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(str(tmp_path), "Budget", "Digdir")
    qtbot.addWidget(dialog)
    assert dialog.view_scope.isChecked() and dialog.xlsx.isChecked()
    assert dialog.path.text().endswith("Budget.xlsx")
    assert not dialog.dialect.isEnabled()
    assert dialog.csv_note.isHidden()
    dialog.csv.setChecked(True)
    assert dialog.path.text().endswith("Budget.csv") and dialog.dialect.isEnabled()
    assert not dialog.csv_note.isHidden() and "0180" in dialog.csv_note.text()
    dialog.dialect.setCurrentIndex(dialog.dialect.findData("standard"))
    dialog.workspace_scope.setChecked(True)
    choice = dialog.choice()
    assert (choice.scope, choice.format, choice.dialect) == ("workspace", "csv", "standard")
    again = ExportDialog(str(tmp_path), "Budget", "Digdir")
    qtbot.addWidget(again)
    assert again.csv.isChecked() and again.workspace_scope.isChecked()
    assert again.dialect.currentData() == "standard"
    # Without a table on screen only the workspace can be exported.
    none = ExportDialog(str(tmp_path), "Budget", None)
    qtbot.addWidget(none)
    assert not none.view_scope.isEnabled() and none.workspace_scope.isChecked()
    none.path.setText(str(tmp_path / "no such folder" / "x.xlsx"))
    assert not none.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_filtered_sorted_pivot_is_exported_as_shown(demo_window, qtbot, tmp_path):
    view = demo_window.show_view(("dataset", "digdir"))
    view.filter_edit.setText("Andel")  # the two share indicators
    view.apply_filter()
    view.set_shape("indicator")
    view.pivot_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    shown = view.shown_table()
    assert shown.pivot is not None and shown.filters["text"] == "Andel"
    path = tmp_path / "pivot.xlsx"
    percents: list[int] = []
    demo_window.files.progress_changed.connect(percents.append)
    with qtbot.waitSignal(demo_window.files.exported, timeout=30_000):
        demo_window.files.export_to(path, shown=shown)
    assert percents and percents[-1] == 100
    book = load_workbook(path)
    sheet = book[book.sheetnames[0]]
    header = [c.value for c in sheet[1]]
    # Area code and name, the one period, then the two share indicators.
    assert header[:3] == ["area_id", "area", "period"] and len(header) == 3 + 2
    values = [r[3] for r in sheet.iter_rows(min_row=2, values_only=True)]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=True)  # sorted as shown, empty cells last
    about = {r[0]: r[1] for r in book[book.sheetnames[-1]].iter_rows(values_only=True) if r[0]}
    assert about["filter: text"] == "Andel"
    assert about["filter: shape"] == "pivot: indicator"


def test_a_cancelled_export_writes_nothing_and_keeps_the_old_file(
    demo_window, qtbot, tmp_path, monkeypatch
):
    import time

    from digidesk.core.export import ticker

    path = tmp_path / "workspace.xlsx"
    path.write_bytes(b"earlier file")
    files = demo_window.files
    # The demo is written in milliseconds: the export waits after reporting its start
    # until the Cancel (pressed when that report arrives) has reached it.
    start = ticker.Ticker.start

    def start_and_wait(self):
        start(self)
        deadline = time.monotonic() + 10
        while not self._cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)

    monkeypatch.setattr(ticker.Ticker, "start", start_and_wait)
    files.progress_changed.connect(lambda _p: files.cancel())
    with qtbot.waitSignal(files.export_cancelled, timeout=30_000):
        files.export_to(path)
    assert path.read_bytes() == b"earlier file"
    assert not files.busy
    assert "cancelled" in demo_window.statusBar().currentMessage()


@pytest.mark.parametrize("dialect,separator", [("nordic", ";"), ("standard", ",")])
def test_long_view_exports_to_csv_in_the_chosen_dialect(
    demo_window, qtbot, tmp_path, dialect, separator
):
    view = demo_window.show_view(("dataset", "digdir"))
    view.table.setColumnHidden(5, True)  # status
    path = tmp_path / "long.csv"
    with qtbot.waitSignal(demo_window.files.exported, timeout=30_000):
        demo_window.files.export_to(path, dialect, shown=view.shown_table())
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(separator)[-1] == "value"  # the hidden status column is left out
    assert len(lines) == 1 + 18


def test_export_action_offers_the_table_shown(demo_window, qtbot, tmp_path, monkeypatch):
    from digidesk.qt.dialogs.export_dialog import ExportDialog

    seen = {}

    def accept(dialog):
        seen["view"] = dialog.view_scope.isEnabled() and dialog.view_scope.text()
        dialog.path.setText(str(tmp_path / "shown.xlsx"))
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    demo_window.show_view(("dataset", "digdir"))
    with qtbot.waitSignal(demo_window.files.exported, timeout=30_000):
        demo_window.export_action.trigger()
    assert "Digdir" in seen["view"]
    book = load_workbook(tmp_path / "shown.xlsx")
    # The table, its indicators and its About sheet, not the whole workspace.
    assert len(book.sheetnames) == 3 and book.sheetnames[1:] == ["Indikatorer", "Om"]


def test_export_file_names_keep_dots_and_lose_what_windows_forbids(
    demo_window, qtbot, tmp_path, monkeypatch
):
    from digidesk.qt.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(str(tmp_path), "Arbete – Folkemengde 1. januar", "x")
    qtbot.addWidget(dialog)
    assert dialog.path.text().endswith("Folkemengde 1. januar.xlsx")
    dialog.csv.setChecked(True)
    assert dialog.path.text().endswith("Folkemengde 1. januar.csv")
    offered = {}

    def look(dialog):
        offered["path"] = dialog.path.text()
        return ExportDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportDialog, "exec", look)
    demo_window.files.ask_export(lambda: None, "budget: Blad1 / 2024?")
    name = offered["path"].rsplit("/", 1)[-1]
    assert not any(c in name for c in ':/?"<>|*\\') and "Blad1" in name


def test_pivot_columns_hidden_on_screen_are_left_out(demo_window, qtbot, tmp_path):
    view = demo_window.show_view(("dataset", "digdir"))
    view.set_shape("indicator")
    hidden = view.pivot_model.column_key(1)
    view.pivot_table.setColumnHidden(1, True)
    shown = view.shown_table()
    assert shown.hidden == frozenset({hidden})
    path = tmp_path / "hidden.xlsx"
    with qtbot.waitSignal(demo_window.files.exported, timeout=30_000):
        demo_window.files.export_to(path, shown=shown)
    header = [c.value for c in load_workbook(path).worksheets[0][1]]
    assert len(header) == 3 + 2 and not any("ID-porten" in str(h) for h in header)


def test_edits_wait_while_a_background_task_reads_the_workspace(demo_window):
    view = demo_window.show_view(("dataset", "digdir"))
    view.model.setData(view.model.index(0, 4), "1,5")
    demo_window.history_action.setChecked(True)
    demo_window._on_busy(True, "Exporting…")
    edit = demo_window.edit
    assert not any(a.isEnabled() for a in (edit.undo, edit.paste, *edit.table))
    assert not edit._history_dock.widget().isEnabled()  # its clicks would undo
    demo_window._on_busy(False, "")
    assert edit.undo.isEnabled() and not edit.redo.isEnabled()
    assert all(a.isEnabled() for a in edit.table)


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("budget: Blad1", "budget – Blad1"),
        ("Arbete – Folkemengde 1. januar", "Arbete – Folkemengde 1. januar"),
        ("budget: Blad1 / 2024?", "budget – Blad1 - 2024"),
        ('a "quoted" <name>*', "a quoted name"),
        ("CON", "CON export"),
        (": ", "export"),
    ],
)
def test_default_file_names_are_readable(qtbot, tmp_path, name, stem):
    from digidesk.qt.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(str(tmp_path), name, None)
    qtbot.addWidget(dialog)
    assert dialog.path.text() == str(tmp_path / f"{stem}.xlsx")


def test_default_folder_is_the_last_export_folder_else_documents(qtbot, tmp_path):
    from PySide6.QtCore import QStandardPaths

    from digidesk.qt.dialogs.export_dialog import ExportDialog, default_folder
    from digidesk.qt.settings import Settings

    settings = Settings()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    first = ExportDialog(None, "budget: Blad1", None, settings)
    qtbot.addWidget(first)
    expected = documents if documents and Path(documents).is_dir() else str(Path.home())
    assert Path(first.path.text()).parent == Path(expected)
    chosen = tmp_path / "reports"
    chosen.mkdir()
    first.path.setText(str(chosen / "x.xlsx"))
    first.choice()
    again = ExportDialog(None, "budget: Blad1", None, settings)
    qtbot.addWidget(again)
    assert again.path.text() == str(chosen / "budget – Blad1.xlsx")
    chosen.rmdir()  # a folder that is gone is not offered
    assert default_folder(settings) == expected


def test_export_action_offers_the_last_export_folder_not_the_source_folder(
    demo_window, qtbot, tmp_path, monkeypatch
):
    from digidesk.qt.dialogs.export_dialog import ExportDialog

    demo_window.files._settings.last_export_folder = str(tmp_path)
    offered = {}

    def look(dialog):
        offered["path"] = dialog.path.text()
        return ExportDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportDialog, "exec", look)
    demo_window.files.ask_export(lambda: None, "budget: Blad1")
    assert Path(offered["path"]).parent == tmp_path
    assert Path(offered["path"]).name.endswith("budget – Blad1.xlsx")
