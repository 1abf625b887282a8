"""Preferences: a new language retranslates the open window, a theme repaints it, and
every menu action is reachable from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication

from digidesk.qt.dialogs.preferences import Preferences, PreferencesDialog
from digidesk.qt.i18n import current_language, use_language
from digidesk.qt.theme import PAIRS, apply_theme, contrast, palette_for

NOMINEES = [("SE", "0186"), ("SE", "1080")]


@pytest.fixture
def back_to_english(qapp):
    """After the test: English texts, the Swedish numbers the other tests expect, the
    system's theme."""
    import digidesk.qt.i18n as i18n

    locale = QLocale()
    yield
    use_language(qapp, "en")
    QLocale.setDefault(locale)
    i18n._running = None  # the language follows the default locale again
    apply_theme(qapp, "system")


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def preferences(window, **changes) -> tuple[Preferences, Preferences]:
    before = Preferences.from_settings(window.settings)
    fields = {**before.__dict__, **changes}
    return Preferences(**fields), before


def test_a_new_language_retranslates_the_open_window_and_keeps_the_work(
    demo_window, qtbot, back_to_english
):
    window = demo_window
    assert menu_titles(window)[0] == "&File"
    from digidesk.core.commands import SetTitle

    # The work: an edit that must survive the switch, and its undo.
    window.document.push(SetTitle("Jämförelse 2026"))
    steps = window.document.undo_stack.count()
    window.show_compare(NOMINEES)
    window.show_view(("compare", 0)).wait()

    window.apply_preferences(*preferences(window, language="sv"))
    assert current_language() == "sv"
    assert menu_titles(window)[:4] == ["&Arkiv", "&Redigera", "&Visa", "&Hjälp"]
    assert window.navigator_dock.windowTitle() == "Navigering"
    assert window.chart_dock.windowTitle() == "Diagram"
    sections = [window.navigator.topLevelItem(n).text(0) for n in range(2)]
    assert sections == ["Datamängder", "Analys"]
    # The comparison is open again with its areas, and the edit can still be undone.
    assert window.navigator.current_key() == ("compare", 0)
    assert window.stack.currentWidget().areas() == NOMINEES
    assert window.document.undo_stack.count() == steps
    assert window.document.modified
    window.undo_action.trigger()
    assert window.document.workspace.title != "Jämförelse 2026"

    window.apply_preferences(*preferences(window, language="nb"))
    assert menu_titles(window)[0] == "&Fil"
    window.apply_preferences(*preferences(window, language="en"))
    assert menu_titles(window)[0] == "&File"
    # Only one set of actions: the old ones are gone, so no shortcut is ambiguous.
    undo = [a for a in window.findChildren(QAction) if a.text() == "&Undo"]
    assert len(undo) <= 2  # the action and, at most, the undo stack's own


def test_the_dialog_shows_the_settings_and_returns_the_choice(window, qtbot):
    current = Preferences.from_settings(window.settings)
    dialog = PreferencesDialog(current, window)
    qtbot.addWidget(dialog)
    assert dialog.preferences() == current
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.autosave.setValue(20)
    chosen = dialog.preferences()
    assert (chosen.theme, chosen.autosave_seconds) == ("dark", 20)
    for combo in (dialog.language, dialog.number_format, dialog.dialect, dialog.theme):
        assert combo.count() >= 2


def test_preferences_take_effect_at_once(window, back_to_english):
    window.apply_preferences(*preferences(window, theme="dark", autosave_seconds=12))
    app = QApplication.instance()
    assert app.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.3
    assert window.autosave.idle_seconds == 12
    assert window.settings.theme == "dark"
    window.apply_preferences(*preferences(window, number_format="en", language="sv"))
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"
    assert current_language() == "sv"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_has_at_least_aa_contrast_in_both_themes(theme):
    palette = palette_for(theme)
    role = QPalette.ColorRole
    for foreground, background in PAIRS:  # every text colour on its background
        ratio = contrast(palette.color(foreground), palette.color(background))
        assert ratio >= 4.5, (theme, foreground, background, ratio)
    disabled = palette.color(QPalette.ColorGroup.Disabled, role.Text)
    assert contrast(disabled, palette.color(role.Base)) >= 4.5


def test_every_menu_action_has_a_mnemonic_or_shortcut(demo_window):
    missing = []
    for top in demo_window.menuBar().actions():
        assert "&" in top.text(), top.text()
        menu = top.menu()
        menu.aboutToShow.emit()  # menus filled on opening (recent files)
        for action in menu.actions():
            if action.isSeparator() or not action.isEnabled() and not action.text():
                continue
            if "&" not in action.text() and action.shortcut().isEmpty():
                missing.append(action.text())
    assert not missing


def test_the_shortcuts_list_reads_the_menus(demo_window, qtbot):
    from digidesk.qt.dialogs.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog(demo_window.menuBar(), demo_window)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    actions = {row[1]: row[2] for row in rows}
    assert actions["Compare areas"] == "Ctrl+J"
    assert actions["Keyboard shortcuts"] == "Ctrl+F1"
    assert "Ctrl+Shift+G" in actions.values()  # the chart pane
    assert not any("&" in row[1] for row in rows)


def test_an_open_comparison_takes_the_new_theme_everywhere(demo_window, qtbot, back_to_english):
    view = demo_window.show_compare(NOMINEES)
    view.wait()
    demo_window.apply_preferences(*preferences(demo_window, theme="dark"))
    base = QPalette.ColorRole.Base
    # The frozen indicator column has a style sheet: it must not stay light.
    qtbot.waitUntil(lambda: view.table.frozen.palette().color(base).lightnessF() < 0.3)
    assert view.table.palette().color(base) == view.table.frozen.palette().color(base)


def test_numbers_are_grouped_in_english_even_on_a_system_without_a_locale():
    from digidesk.qt.i18n import locale_for, system_writes

    # A system in "C" (a server, a fresh account): DigiDesk sets English's own locale.
    assert not system_writes("en", QLocale.c())
    assert locale_for("en").toString(717710.0, "f", 0) == "717,710"
    assert system_writes("sv", QLocale(QLocale.Language.Swedish, QLocale.Country.Finland))
    assert locale_for("sv").toString(717710.5, "f", 1) == "717\u00a0710,5"


def test_a_check_box_edge_stands_out_in_the_dark_theme(qapp, qtbot, back_to_english):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    apply_theme(qapp, "dark")
    box = QCheckBox("Mot jämförelsegrupp")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    square = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    window = qapp.palette().color(QPalette.ColorRole.Window)
    # The indicator's edge has WCAG's 3:1 against the window (Fusion alone gives 1.1:1).
    edge = max(
        contrast(QColor(image.pixel(x, y)), window)
        for x in range(square.left(), square.right() + 1)
        for y in range(square.top(), square.bottom() + 1)
    )
    assert edge >= 3.0


def test_charts_write_numbers_in_the_chosen_format(compare, demo_window, qtbot, back_to_english):
    """Swedish words, English numbers: the chart pane follows the number format too."""
    import re

    window = demo_window
    window.apply_preferences(*preferences(window, language="sv", number_format="en"))
    pane = window.chart_dock.pane
    view = window.stack.currentWidget()
    view.refresh_now()
    view.wait()
    row = next(
        n for n, i in enumerate(view.model.indicators) if i.indicator_id == "KOLADA-MEDIANINKOMST"
    )
    view.table.setCurrentIndex(view.model.index(row, 0))

    def drawn() -> bool:
        chart = pane.chart
        return chart is not None and chart.request.indicators == ("KOLADA-MEDIANINKOMST",)

    qtbot.waitUntil(drawn, timeout=30_000)
    found = pane.chart.figure.findobj(lambda a: hasattr(a, "get_text") and a.get_visible())
    text = " | ".join(t.get_text() for t in found if t.get_text())
    assert re.search(r"\d,\d{3}", text), text  # 345,600
    assert not re.search(r"\d\u00a0\d{3}", text), text
    assert "av 290" in text  # the words stay Swedish


def test_the_default_country_reaches_an_imported_file(window, qtbot, tmp_path, back_to_english):
    from digidesk.core.model.areas import default_register

    register = default_register()
    shared = sorted(
        {a.area_id for a in register.areas("SE", "municipality", on="2019-06-01")}
        & {a.area_id for a in register.areas("NO", "municipality", on="2019-06-01")}
    )[:5]
    path = tmp_path / "andel.csv"
    path.write_text("Område;Andel\n" + "".join(f"{c};{n},5\n" for n, c in enumerate(shared)))
    window.apply_preferences(*preferences(window, default_country="NO"))
    assert window.settings.default_country == "NO"
    with qtbot.waitSignal(window.files.imported, timeout=60_000):
        window.files.import_path(path)
    assert window.document.workspace.datasets[-1].country == "NO"

    dialog = PreferencesDialog(Preferences.from_settings(window.settings), window)
    qtbot.addWidget(dialog)
    assert dialog.country.currentData() == "NO"
    dialog.country.setCurrentIndex(dialog.country.findData(""))
    assert dialog.preferences().default_country == ""


@pytest.mark.parametrize("language", ["en", "sv", "nb"])
def test_the_preferences_labels_have_distinct_mnemonics(qapp, qtbot, language):
    from PySide6.QtWidgets import QFormLayout, QLabel

    from digidesk.qt.i18n import install_translators
    from digidesk.qt.settings import Settings

    translators = install_translators(qapp, language)
    try:
        dialog = PreferencesDialog(Preferences.from_settings(Settings()))
        qtbot.addWidget(dialog)
        form = dialog.layout()
        assert isinstance(form, QFormLayout)
        keys = []
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and "&" in label.text():
                assert label.buddy() is not None, label.text()
                keys.append(label.text().split("&")[1][0].casefold())
        assert len(keys) == 6 and len(set(keys)) == len(keys), keys
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_new_number_format_keeps_the_language_running(window, back_to_english):
    """Started with --language sv and no language saved: a number format alone does not
    turn the window into the system's language."""
    window.settings.language = ""
    use_language(QApplication.instance(), "sv")
    window.apply_preferences(*preferences(window, number_format="en"))
    assert current_language() == "sv"
    assert menu_titles(window)[0] == "&Arkiv"
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"
