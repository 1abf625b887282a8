from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox


def menu_texts(window):
    return {a.text().replace("&", ""): a for a in window.menuBar().actions()}


def test_window_has_the_menus_and_standard_shortcuts(window):
    menus = menu_texts(window)
    assert list(menus) == ["File", "Edit", "View", "Help"]
    file_actions = [
        a.text().replace("&", "") for a in menus["File"].menu().actions() if not a.isSeparator()
    ]
    assert file_actions == [
        "New",
        "Open…",
        "Open Recent",
        "Save",
        "Save As…",
        "Versions…",
        "Import…",
        "Export…",
        "Import strategy…",
        "New strategy from template…",
        "Quit",
    ]
    edit_actions = [
        a.text().replace("&", "") for a in menus["Edit"].menu().actions() if not a.isSeparator()
    ]
    assert edit_actions[2:] == [
        "Copy",
        "Paste",
        "Copy with headers",
        "Fill down",
        "Clear cells",
        "Add row…",
        "Delete rows",
        "Preferences…",
    ]
    shortcuts = {a.text().replace("&", ""): a.shortcut() for a in window.table_actions}
    assert shortcuts["Fill down"] == QKeySequence("Ctrl+D")
    assert shortcuts["Clear cells"] == QKeySequence(QKeySequence.StandardKey.Delete)
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()
    assert QKeySequence("Ctrl+Y") in window.redo_action.shortcuts()


def test_demo_loads_into_the_navigator_and_every_view_shows(demo_window):
    keys = demo_window.navigator.view_keys()
    kinds = [k[0] for k in keys]
    assert ("dataset", "digdir") in keys
    assert kinds.count("strategy") == 1 and kinds.count("award") == 1
    for key in keys:
        view = demo_window.show_view(key)
        assert view.isVisible()
    strategy = demo_window.show_view(("strategy", 0))
    assert strategy.proxy.rowCount() == 5
    award = demo_window.show_view(("award", 0))
    assert award.nominees.count() == 5
    assert "Lidingö" in award.nominees.item(0).text()


def test_values_are_shown_the_swedish_way(demo_window):
    view = demo_window.show_view(("dataset", "digdir"))
    model = view.model
    texts = {
        (model.index(r, 1).data(), model.index(r, 0).data()): model.index(r, 4).data()
        for r in range(model.rowCount())
    }
    oslo = next(v for (area, _), v in texts.items() if area.startswith("0301"))
    assert oslo == "56,8 %"
    sunndal = next(v for (area, _), v in texts.items() if area.startswith("1563"))
    assert sunndal == "2,83"
    assert model.index(0, 4).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def _row_of(model, prefix):
    return next(r for r in range(model.rowCount()) if model.index(r, 1).data().startswith(prefix))


def test_edit_marks_unsaved_and_undo_restores(demo_window, qtbot):
    view = demo_window.show_view(("dataset", "digdir"))
    model = view.model
    row = _row_of(model, "1563")
    assert not demo_window.isWindowModified()
    assert model.setData(model.index(row, 4), "3,5")
    assert model.index(row, 4).data() == "3,50"
    assert demo_window.isWindowModified()
    assert not model.setData(model.index(row, 4), "tre")
    model.sort(4, Qt.SortOrder.DescendingOrder)
    demo_window.undo_action.trigger()
    assert model.index(_row_of(model, "1563"), 4).data() == "2,83"
    assert not demo_window.isWindowModified()
    demo_window.redo_action.trigger()
    assert model.index(_row_of(model, "1563"), 4).data() == "3,50"


def test_sort_puts_missing_values_last(demo_window):
    view = demo_window.show_view(("dataset", "digdir"))
    model = view.model
    model.setData(model.index(0, 4), "")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(4, order)
        last = model.rowCount() - 1
        assert model.index(last, 4).data() == ".."
        first, second = (model.index(r, 4).data(Qt.ItemDataRole.EditRole) for r in (0, 1))
        a, b = (float(x.replace(",", ".").replace("\u00a0", "")) for x in (first, second))
        assert a <= b if order == Qt.SortOrder.AscendingOrder else a >= b


def test_save_and_open_round_trip(demo_window, qtbot, tmp_path):
    from digidesk.core import store

    path = tmp_path / "demo.digidesk"
    model = demo_window.show_view(("dataset", "digdir")).model
    model.setData(model.index(0, 4), "1,25")
    with qtbot.waitSignal(demo_window.files.saved, timeout=30_000):
        demo_window.files.save_to(path)
    assert not demo_window.isWindowModified()
    assert demo_window.windowTitle().startswith("demo.digidesk")
    saved = demo_window.document.workspace
    with qtbot.waitSignal(demo_window.document.workspace_replaced, timeout=30_000):
        demo_window.open_path(path)
    assert demo_window.document.workspace is not saved
    assert demo_window.document.workspace.same_as(store.load(path))
    assert demo_window.document.workspace.same_as(saved)
    assert demo_window.settings.recent_files[0] == str(path.resolve())


def test_close_with_unsaved_changes_asks(demo_window, monkeypatch):
    model = demo_window.show_view(("dataset", "digdir")).model
    model.setData(model.index(0, 4), "9")
    asked = []

    def answer(choice):
        def fake(*args, **kwargs):
            asked.append(args[2] if len(args) > 2 else "")
            return choice

        return fake

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not demo_window.close()
    assert demo_window.isVisible() and len(asked) == 1
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    assert demo_window.close()
    assert len(asked) == 2


def test_close_save_then_closes(demo_window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "kept.digidesk"
    demo_window.document.path = path
    model = demo_window.show_view(("dataset", "digdir")).model
    model.setData(model.index(0, 4), "9")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert not demo_window.close()  # waits for the save in the background
    qtbot.waitUntil(lambda: not demo_window.isVisible(), timeout=30_000)
    from digidesk.core import store

    frame = store.load(path).dataset("digdir").observations
    assert frame["value"].iloc[0] == 9.0


def test_failed_open_keeps_current_workspace(demo_window, qtbot, tmp_path):
    bad = tmp_path / "broken.digidesk"
    bad.write_bytes(b"not a workspace")
    before = demo_window.document.workspace
    with qtbot.waitSignal(demo_window.files.failed, timeout=30_000) as blocker:
        demo_window.open_path(bad)
    assert "broken.digidesk" in blocker.args[0]
    assert demo_window.document.workspace is before


def test_import_tidy_csv_is_one_undo_step(demo_window, qtbot, tmp_path):
    csv_path = tmp_path / "extra.csv"
    csv_path.write_text(
        "indicator_id,indicator,area_id,area,period,gender,value,status\n"
        "X1,Test,0180,Stockholm,2020,T,1.5,\nX1,Test,0114,Upplands Väsby,2020,T,,..\n",
        encoding="utf-8",
    )
    count = len(demo_window.document.workspace.datasets)
    with qtbot.waitSignal(demo_window.document.command_applied, timeout=30_000):
        demo_window.files.import_path(csv_path)
    assert len(demo_window.document.workspace.datasets) == count + 1
    imported = demo_window.document.workspace.datasets[-1]
    assert imported.country == "SE"
    assert math.isnan(imported.observations["value"].iloc[1])
    assert ("dataset", imported.dataset_id) in demo_window.navigator.view_keys()
    demo_window.undo_action.trigger()
    assert len(demo_window.document.workspace.datasets) == count
    assert "X1" not in demo_window.document.workspace.indicators


def test_geometry_and_recent_files_persist(qtbot, tmp_path):
    from digidesk.qt.mainwindow import MainWindow
    from digidesk.qt.settings import Settings

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(640, 480)
    Settings().add_recent_file(tmp_path / "a.digidesk")
    assert first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.size().width() == 640 and second.size().height() == 480
    assert second.settings.recent_files == [str((tmp_path / "a.digidesk").resolve())]
    second.menus.fill_recent_menu()
    assert second.recent_menu.actions()[0].text().endswith("a.digidesk")


def test_smoke_test_command_passes_offscreen(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "digidesk", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "saved workspace reads back identical" in result.stdout


def test_smoke_test_fails_on_a_bad_file(tmp_path):
    import os
    import subprocess
    import sys

    bad = tmp_path / "bad.digidesk"
    bad.write_text("nope")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "digidesk", "--smoke-test", str(bad)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0
    assert "bad.digidesk" in result.stderr and "Traceback" not in result.stderr


def test_copy_and_paste_round_trip_in_swedish(demo_window):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QApplication

    view = demo_window.show_view(("dataset", "digdir"))
    model, table = view.model, view.table
    oslo, sunndal = _row_of(model, "0301"), _row_of(model, "1563")
    selection = table.selectionModel()
    selection.clear()
    for row in (oslo, sunndal):
        selection.select(model.index(row, 4), QItemSelectionModel.SelectionFlag.Select)
    demo_window.copy_action.trigger()
    copied = QApplication.clipboard().text().splitlines()
    assert sorted(copied) == ["2,83", "56,8"]

    QApplication.clipboard().setText("1 234,5\n..\n")
    table.setCurrentIndex(model.index(0, 4))
    demo_window.paste_action.trigger()
    assert model.index(0, 4).data() in ("1 234,50", "1\u00a0234,50", "1 234,5", "1\u00a0234,5")
    assert model.index(1, 4).data() == ".."
    assert demo_window.document.undo_stack.count() == 1  # one paste, one undo step
    demo_window.undo_action.trigger()
    assert model.index(1, 4).data() != ".."


def test_paste_that_does_not_fit_is_explained(demo_window, qtbot):
    from PySide6.QtWidgets import QApplication

    view = demo_window.show_view(("dataset", "digdir"))
    QApplication.clipboard().setText("1\t2\n")
    view.table.setCurrentIndex(view.model.index(0, 4))
    with qtbot.waitSignal(view.message) as blocker:
        view.paste()
    assert "column" in blocker.args[0]
    QApplication.clipboard().setText("abc\n")
    with qtbot.waitSignal(view.message) as blocker:
        view.paste()
    assert "abc" in blocker.args[0]
    assert demo_window.document.undo_stack.count() == 0


def test_smoke_test_fails_at_once_when_a_step_raises(window, monkeypatch, capsys):
    import sys

    from digidesk.qt.smoke import SmokeTest

    def broken() -> None:
        raise ImportError("numpy is missing")

    monkeypatch.setattr(window.files, "open_demo", broken)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    smoke = SmokeTest(window, None)
    # Ending the application would end the test session's event loops too.
    monkeypatch.setattr(smoke, "_finish", lambda: None)
    try:
        smoke.start()
    except ImportError as error:
        sys.excepthook(type(error), error, None)  # what Qt does for a slot's exception
    assert smoke.exit_code == 1
    # Reported with its cause at once, not after the two-minute watchdog.
    assert "smoke test failed: ImportError: numpy is missing" in capsys.readouterr().err
