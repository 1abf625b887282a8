"""The import wizard and the import path of the main window, on real municipal files."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")


def corpus(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{name} is not in the corpus")
    return path


def open_wizard(qtbot, path: Path):
    from digidesk.core.io.pipeline import inspect_book, read_book
    from digidesk.qt.dialogs.import_wizard import ImportWizard

    book = read_book(path, in_worker=False)
    wizard = ImportWizard(book, inspect_book(book).plans)
    qtbot.addWidget(wizard)
    wait_for_preview(qtbot, wizard)
    return wizard


def wait_for_preview(qtbot, wizard) -> None:
    qtbot.waitUntil(lambda: not wizard.preview_pending, timeout=30_000)


def role_row(wizard, label: str) -> int:
    model = wizard.role_model
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data().endswith(label)]
    assert len(rows) == 1, label
    return rows[0]


def choose_role(qtbot, wizard, label: str, role: str) -> None:
    """As the user does: pick the role in the column's combo box."""
    combo = wizard.columns.indexWidget(wizard.role_model.index(role_row(wizard, label), 1))
    combo.setCurrentIndex(combo.findData(role))
    combo.activated.emit(combo.currentIndex())
    wait_for_preview(qtbot, wizard)


def warning_texts(wizard) -> list[str]:
    tree = wizard.warnings
    texts = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        texts.append(item.text(0))
        texts.extend(item.child(j).text(0) for j in range(item.childCount()))
    return texts


def preview_column(wizard, column: int) -> list[str]:
    model = wizard.preview_model
    return [model.index(r, column).data() for r in range(model.rowCount())]


# -- the wizard ------------------------------------------------------------------------------


def test_wizard_shows_the_tables_of_every_sheet(qtbot):
    wizard = open_wizard(qtbot, corpus("kostra_vegnett_kommune_2024.xlsx"))
    texts = [wizard.tables.item(i).text() for i in range(wizard.tables.count())]
    assert len(texts) == len(wizard.plans) == 7
    for sheet in ("Tabell fylker", "Tabell kommuner", "radvis per kommune og vegkat", "Metadata"):
        assert any(t.startswith(sheet) for t in texts), sheet
    metadata = texts.index(next(t for t in texts if t.startswith("Metadata")))
    assert "no value column" in texts[metadata]
    assert not wizard.is_checked(metadata)
    assert all(wizard.is_checked(i) for i in range(len(texts)) if i != metadata)
    assert [p.sheet for p in wizard.selected_plans()] == [
        p.sheet for p in wizard.plans if p.sheet != "Metadata"
    ]
    # The raw preview marks the header row and the data rows in different colours.
    raw = wizard.raw_model
    header, data = raw.index(0, 0), raw.index(1, 0)
    assert raw.row_kind(0) == "header" and raw.row_kind(1) == "data"
    background = Qt.ItemDataRole.BackgroundRole
    assert header.data(background) is not None and data.data(background) is not None
    assert header.data(background).color() != data.data(background).color()
    assert "Area name" in raw.headerData(0, Qt.Orientation.Horizontal)
    # Another table: its own preview, with areas matched to the register.
    kommuner = next(i for i, t in enumerate(texts) if t.startswith("Tabell kommuner"))
    wizard.tables.setCurrentRow(kommuner)
    wait_for_preview(qtbot, wizard)
    assert wizard.preview_model.rowCount() == 100
    assert "0301 Oslo" in preview_column(wizard, 1)


def test_wizard_over_a_title_row_greys_it_and_formats_values_the_swedish_way(qtbot):
    wizard = open_wizard(qtbot, corpus("scb_folkmangd_lan_titelrad.csv"))
    raw = wizard.raw_model
    plan = wizard.plans[0]
    assert plan.header_first == 2
    assert raw.row_kind(0) == "other"
    assert raw.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert raw.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    values = preview_column(wizard, 4)
    assert values[0] == "14\N{NO-BREAK SPACE}577" or values[0] == "14 577"
    assert "(from the first 2" in wizard.caption.text()


def test_changing_a_role_turns_an_empty_preview_into_rows(qtbot):
    wizard = open_wizard(qtbot, corpus("imdi_regioninndeling_kommuner.csv"))
    assert wizard.preview_model.rowCount() == 0
    assert wizard.preview_result is None
    assert any("no value column" in t for t in warning_texts(wizard))
    assert not wizard.is_checked(0)
    assert not wizard.import_button.isEnabled()

    choose_role(qtbot, wizard, "Sentralitet_nr_2008", "value")

    assert wizard.preview_model.rowCount() == 100
    values = preview_column(wizard, 4)
    assert set(values) <= {"0", "1", "2", "3", "4", "5", "6"}, values[:10]
    assert wizard.plans[0].columns_with("value")[0].label == "Sentralitet_nr_2008"
    assert wizard.is_checked(0) and wizard.import_button.isEnabled()
    assert not any("no value column" in t for t in warning_texts(wizard))
    column = wizard.plans[0].columns_with("value")[0].index
    assert "Value" in wizard.raw_model.headerData(column, Qt.Orientation.Horizontal)


def test_clicking_an_unmatched_name_selects_its_row_in_the_raw_preview(qtbot):
    wizard = open_wizard(qtbot, corpus("kostra_sykehjem_rom_2019_long.csv"))
    wizard.show()
    qtbot.waitExposed(wizard)
    tree = wizard.warnings
    summary = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if "could not be matched" in tree.topLevelItem(i).text(0)
    )
    unmatched = wizard.preview_result.result.unmatched
    assert summary.text(0).startswith(f"{len(unmatched)} name")
    assert summary.childCount() == min(len(unmatched), 50) > 2
    # Not the first one: the row must be the name's own, not just the first problem row.
    child = summary.child(2)
    name = unmatched[2]
    assert f"“{name.text}”" in child.text(0)
    tree.scrollToItem(child)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(child).center()
    )
    assert wizard.selected_raw_row() == name.first_row - 1
    raw = wizard.raw_model
    row = wizard.raw.currentIndex().row()
    area_column = wizard.plans[0].columns_with("area", "area_code", "area_name")[0].index
    assert raw.index(row, area_column).data() == name.text
    assert raw.headerData(row, Qt.Orientation.Vertical) == name.first_row
    previous = raw.index(row - 1, area_column).data()
    assert previous != name.text  # the first row of that name, not a later one


def test_roles_are_remembered_for_a_file_with_the_same_header(qtbot, tmp_path):
    from digidesk.qt.settings import Settings

    source = corpus("imdi_regioninndeling_kommuner.csv")
    lines = source.read_bytes().splitlines(keepends=True)
    other = tmp_path / "neste_aar.csv"
    other.write_bytes(b"".join([lines[0], *lines[40:80]]))

    first = open_wizard(qtbot, source)
    choose_role(qtbot, first, "Sentralitet_nr_2008", "value")
    first.set_country(0, "SE")  # a wrong country, to see it come back too
    first.accept()
    assert first.result() == first.DialogCode.Accepted
    assert len(Settings().import_mappings) == 1

    second = open_wizard(qtbot, other)
    plan = second.plans[0]
    assert [c.label for c in plan.columns_with("value")] == ["Sentralitet_nr_2008"]
    assert plan.country == "SE"
    assert second.is_checked(0) and second.preview_model.rowCount() == 40
    assert any("restored" in t for t in warning_texts(second))

    # A table with other columns keeps its detected roles.
    unrelated = open_wizard(qtbot, corpus("kostra_sykehjem_rom_2019_long.csv"))
    assert not any("restored" in t for t in warning_texts(unrelated))

    # Cancel forgets the edits.
    second.set_role(0, plan.columns_with("value")[0].index, "dimension")
    second.reject()
    assert len(Settings().import_mappings) == 1
    # Going back to what DigiDesk detects forgets the mapping.
    from digidesk.core.io.pipeline import inspect_book, read_book

    detected = next(
        c.role
        for c in inspect_book(read_book(source, in_worker=False)).plans[0].columns
        if c.label == "Sentralitet_nr_2008"
    )
    again = open_wizard(qtbot, source)
    assert again.plans[0].country == "SE"
    again.set_role(0, plan.columns_with("value")[0].index, detected)
    again.set_country(0, "NO")
    again.set_checked(0, True)
    again.remember_roles()  # (accept() would refuse: this table has no value column)
    assert Settings().import_mappings == {}


def test_import_mappings_setting_survives_garbage():
    from PySide6.QtCore import QSettings

    from digidesk.qt.settings import Settings

    QSettings().setValue("import/mappings", "{not json")
    assert Settings().import_mappings == {}
    Settings().import_mappings = {'["år", "värde"]': {"1": "value"}}
    assert Settings().import_mappings == {'["år", "värde"]': {"1": "value"}}


# -- through the main window ---------------------------------------------------------------


def test_import_of_a_kolada_export_is_one_undo_step(demo_window, qtbot):
    path = corpus("kolada_export_bakgrund_cp1252.csv")
    document = demo_window.document
    before = list(document.workspace.datasets)
    indicators_before = set(document.workspace.indicators)
    steps = document.undo_stack.count()
    with qtbot.waitSignal(demo_window.files.imported, timeout=60_000):
        demo_window.files.import_path(path)
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.text(steps) == "Import “kolada_export_bakgrund_cp1252.csv”"
    assert len(document.workspace.datasets) == len(before) + 1
    dataset = document.workspace.datasets[-1]
    assert len(dataset.observations) == 13_089
    assert dataset.country == "SE"
    new_indicators = set(document.workspace.indicators) - indicators_before
    assert len(new_indicators) == 15
    assert ("dataset", dataset.dataset_id) in demo_window.navigator.view_keys()
    # The window shows what was just imported.
    shown = demo_window.stack.currentWidget()
    assert shown is demo_window.show_view(("dataset", dataset.dataset_id))

    demo_window.undo_action.trigger()
    assert document.workspace.datasets == before
    assert set(document.workspace.indicators) == indicators_before
    assert ("dataset", dataset.dataset_id) not in demo_window.navigator.view_keys()
    demo_window.redo_action.trigger()
    assert document.workspace.datasets[-1] is dataset


def test_a_workbook_with_several_tables_is_one_undo_step(demo_window, qtbot):
    document = demo_window.document
    before = list(document.workspace.datasets)
    steps = document.undo_stack.count()
    with qtbot.waitSignal(demo_window.files.imported, timeout=60_000):
        demo_window.files.import_path(corpus("kostra_vegnett_kommune_2024.xlsx"))
    added = document.workspace.datasets[len(before) :]
    assert len(added) == 6  # every sheet with figures; "Metadata" has none
    assert len({d.dataset_id for d in document.workspace.datasets}) == len(before) + 6
    assert document.undo_stack.count() == steps + 1
    assert document.modified
    demo_window.undo_action.trigger()
    assert document.workspace.datasets == before
    assert not document.modified


def test_a_hostile_file_fails_with_a_swedish_message_and_changes_nothing(
    demo_window, qtbot, tmp_path
):
    from digidesk.qt.settings import Settings

    Settings().language = "sv"
    hostile = tmp_path / "fientlig.xlsx"
    hostile.write_bytes(random.Random(7).randbytes(50_000))
    document = demo_window.document
    before = list(document.workspace.datasets)
    steps = document.undo_stack.count()
    with qtbot.waitSignal(demo_window.files.failed, timeout=60_000) as blocker:
        demo_window.files.import_path(hostile)
    text = blocker.args[0]
    assert "fientlig.xlsx" in text
    assert any(c in text for c in "åäöÅÄÖ"), text
    assert "Traceback" not in text and "Error" not in text
    assert document.workspace.datasets == before
    assert document.undo_stack.count() == steps
    assert not document.modified
    assert not demo_window.files.busy and not demo_window.cancel_button.isVisible()


def test_cancel_during_reading_stops_the_import(demo_window, qtbot, monkeypatch):
    from digidesk.core.errors import InputError
    from digidesk.core.io import pipeline

    polls: list[float] = []

    def slow_read(path, limits=None, *, cancelled=None, **kwargs):
        """A reader that takes 30 s unless its ``cancelled`` callable says stop."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            polls.append(time.monotonic())
            if cancelled is not None and cancelled():
                raise InputError("input.cancelled", path=str(path))
            time.sleep(0.02)
        raise AssertionError("the reader was not cancelled")

    monkeypatch.setattr(pipeline, "read_book", slow_read)
    files = demo_window.files
    before = list(demo_window.document.workspace.datasets)
    failures: list[str] = []
    files.failed.connect(failures.append)
    files.import_path(corpus("kostra_vegnett_kommune_2024.xlsx"))
    qtbot.waitUntil(lambda: len(polls) > 3 and demo_window.cancel_button.isVisible())
    assert demo_window.progress.isVisible() and not demo_window.import_action.isEnabled()
    started = time.monotonic()
    with qtbot.waitSignal(files.import_cancelled, timeout=5_000):
        qtbot.mouseClick(demo_window.cancel_button, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 2
    assert demo_window.document.workspace.datasets == before
    assert failures == []
    assert not files.busy and not demo_window.cancel_button.isVisible()
    assert demo_window.import_action.isEnabled()


def test_cancel_ends_the_reader_process(demo_window, qtbot):
    files = demo_window.files
    before = list(demo_window.document.workspace.datasets)
    with qtbot.waitSignal(files.import_cancelled, timeout=30_000):
        files.import_path(corpus("kolada_eos_export_multi_kpi.xls"))
        files.cancel()
    assert demo_window.document.workspace.datasets == before
    assert not files.busy


def test_interactive_import_goes_through_the_wizard(demo_window, qtbot, monkeypatch):
    from digidesk.qt.dialogs.import_wizard import ImportWizard

    opened: list[ImportWizard] = []
    monkeypatch.setattr(ImportWizard, "open", lambda self: opened.append(self))
    files = demo_window.files
    files.interactive = True
    count = len(demo_window.document.workspace.datasets)
    files.import_path(corpus("kostra_vegnett_kommune_2024.xlsx"))
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    wizard = opened[0]
    assert files.wizard is wizard
    wait_for_preview(qtbot, wizard)
    for i, plan in enumerate(wizard.plans):
        wizard.set_checked(i, plan.sheet == "Tabell kommuner")
    with qtbot.waitSignal(files.imported, timeout=30_000):
        wizard.accept()
    datasets = demo_window.document.workspace.datasets
    assert len(datasets) == count + 1
    assert datasets[-1].name.endswith("Tabell kommuner")
    assert datasets[-1].country == "NO"
    assert files.wizard is None


def test_cancelling_the_wizard_imports_nothing(demo_window, qtbot, monkeypatch):
    from digidesk.qt.dialogs.import_wizard import ImportWizard

    opened: list[ImportWizard] = []
    monkeypatch.setattr(ImportWizard, "open", lambda self: opened.append(self))
    files = demo_window.files
    files.interactive = True
    steps = demo_window.document.undo_stack.count()
    files.import_path(corpus("kostra_sykehjem_rom_2019_long.csv"))
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    opened[0].reject()
    assert demo_window.document.undo_stack.count() == steps
    assert files.wizard is None and not files._importing


def test_dropping_files_opens_workspaces_and_imports_tables(demo_window, qtbot, tmp_path):
    tidy = tmp_path / "extra.csv"
    tidy.write_text(
        "indicator_id,indicator,area_id,area,period,gender,value,status\n"
        "X1,Test,0180,Stockholm,2020,T,1.5,\n",
        encoding="utf-8",
    )
    sheet = corpus("kostra_sykehjem_rom_2019_long.csv")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tidy)), QUrl.fromLocalFile(str(sheet))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    count = len(demo_window.document.workspace.datasets)
    steps = demo_window.document.undo_stack.count()
    imported: list[Path] = []
    demo_window.files.imported.connect(imported.append)
    demo_window.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: len(imported) == 2, timeout=60_000)
    assert imported == [tidy, sheet]
    assert len(demo_window.document.workspace.datasets) == count + 2
    assert demo_window.document.undo_stack.count() == steps + 2


def test_opening_a_spreadsheet_makes_a_new_workspace(window, qtbot):
    path = corpus("kostra_sykehjem_rom_2019_long.csv")
    with qtbot.waitSignal(window.files.opened, timeout=60_000):
        window.files.open_path(path)
    workspace = window.document.workspace
    assert [len(d.observations) for d in workspace.datasets] == [4_608]
    assert window.document.path is None
    assert not window.document.modified


def test_datasets_of_a_workbook_are_named_by_file_and_sheet(demo_window, qtbot):
    """Every sheet's dataset shows its sheet, also when the navigator is narrow; the tooltip
    has the whole name, the file and the sheet."""
    from PySide6.QtCore import Qt as QtNamespace

    with qtbot.waitSignal(demo_window.files.imported, timeout=60_000):
        demo_window.files.import_path(corpus("kostra_vegnett_kommune_2024.xlsx"))
    navigator = demo_window.navigator
    assert navigator.textElideMode() == QtNamespace.TextElideMode.ElideMiddle
    section = navigator.topLevelItem(0)
    items = [section.child(n) for n in range(section.childCount())]
    ours = [i for i in items if i.text(0).startswith("kostra_vegnett_kommune_2024: ")]
    assert len(ours) == 6 and len({i.text(0) for i in ours}) == 6
    kommuner = next(i for i in ours if i.text(0).endswith(": Tabell kommuner"))
    tip = kommuner.toolTip(0)
    assert tip.startswith("kostra_vegnett_kommune_2024: Tabell kommuner\n")
    assert "kostra_vegnett_kommune_2024.xlsx ▸ Tabell kommuner" in tip


def test_files_and_the_import_wizard_do_not_import_each_other():
    import ast

    import digidesk.qt.dialogs.import_wizard as wizard
    import digidesk.qt.files as files

    def imported(module) -> set[str]:
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        names = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
        return names

    assert "digidesk.qt.dialogs.import_wizard" in imported(files)
    assert "digidesk.qt.files" not in imported(wizard)


def test_an_unexpected_error_is_said_in_words_not_as_its_text(qtbot):
    from digidesk.qt.error_text import error_text

    text = error_text(ValueError("not a date or a period starting with a year: 'uppg'"))
    assert "uppg" not in text and "ValueError" in text and "DigiDesk" in text
