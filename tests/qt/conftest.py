from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QLocale, QSettings  # noqa: E402

_SETTINGS_DIR = tempfile.mkdtemp(prefix="digidesk-test-settings-")


def pytest_configure(config):
    # Tests never read or write the user's real settings.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _SETTINGS_DIR)
    QCoreApplication.setOrganizationName("DigiDeskTests")
    QCoreApplication.setApplicationName("DigiDeskTests")
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))


@pytest.fixture(autouse=True)
def clean_settings():
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A modal message box would block an offscreen test forever: answer it and record it.

    Tests that care about a dialog monkeypatch it themselves after this fixture.
    """
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def answer(kind, result):
        def show(_parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return result

        return show

    monkeypatch.setattr(
        QMessageBox, "question", answer("question", QMessageBox.StandardButton.Discard)
    )
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, answer(kind, QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture
def window(qtbot):
    from digidesk.qt.mainwindow import MainWindow

    window = MainWindow()
    window.files.interactive = False
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.files.runner.wait()
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()


@pytest.fixture
def demo_window(window, qtbot):
    with qtbot.waitSignal(window.document.workspace_replaced, timeout=30_000):
        window.files.open_demo()
    return window


@pytest.fixture
def swedish(qapp):
    """The interface in Swedish, as a Swedish jury member runs it."""
    from digidesk.qt.i18n import install_translators
    from digidesk.qt.settings import Settings

    Settings().language = "sv"
    translators = install_translators(qapp, "sv")
    assert translators, "run `make translations` first"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def compare(swedish, demo_window, qtbot):
    """The comparison view opened from the award view's button."""
    from PySide6.QtCore import Qt

    award = demo_window.show_view(("award", 0))
    qtbot.mouseClick(award.compare_button, Qt.MouseButton.LeftButton)
    view = demo_window.stack.currentWidget()
    view.refresh_now()
    view.wait()
    return view
