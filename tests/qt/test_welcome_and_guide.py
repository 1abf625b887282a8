"""The welcome page says what the user asked for, and the user guide shows locally, in the
user's language, with every picture it names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from digidesk.qt.dialogs.user_guide import UserGuideDialog, guide_path, guide_pictures
from digidesk.qt.welcome import MAX_RECENT, WelcomePage

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def recent(tmp_path) -> list[Path]:
    paths = [tmp_path / "Uppföljning 2026.digidesk", tmp_path / "Jury" / "Bedömning.digidesk"]
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    return paths


@pytest.fixture
def page(qtbot, recent) -> WelcomePage:
    page = WelcomePage(recent)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _focusable(widget: QWidget) -> list[QWidget]:
    return [
        child
        for child in widget.findChildren(QWidget)
        if child.isVisibleTo(widget) and child.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]


# -- the welcome page --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "button, signal",
    [
        ("demo_button", "demo_requested"),
        ("import_button", "import_requested"),
        ("open_button", "open_requested"),
        ("guide_button", "guide_requested"),
    ],
)
def test_each_button_emits_its_signal(qtbot, page, button, signal):
    with qtbot.waitSignal(getattr(page, signal), timeout=1000):
        qtbot.mouseClick(getattr(page, button), Qt.MouseButton.LeftButton)


def test_a_recent_workspace_is_asked_for_by_click_and_by_enter(qtbot, page, recent):
    items = page.recent_list
    assert items.count() == 2
    second = items.item(1)
    where = items.visualItemRect(second).center()
    with qtbot.waitSignal(page.recent_requested, timeout=1000) as clicked:
        qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert clicked.args == [recent[1]]
    items.setFocus()
    items.setCurrentRow(0)
    with qtbot.waitSignal(page.recent_requested, timeout=1000) as entered:
        qtbot.keyClick(items, Qt.Key.Key_Return)
    assert entered.args == [recent[0]]
    assert isinstance(entered.args[0], Path)


def test_a_double_click_asks_once(qtbot, page):
    items = page.recent_list
    where = items.visualItemRect(items.item(0)).center()
    asked = []
    page.recent_requested.connect(asked.append)
    # A double click: a click, then the second press and release.
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(items.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert len(asked) == 1  # not once for the click and again for the double click


def test_the_recent_list_names_missing_files_and_stays_short(qtbot, tmp_path):
    gone = tmp_path / "Borta.digidesk"
    page = WelcomePage([gone, *(tmp_path / f"{n}.digidesk" for n in range(20))])
    qtbot.addWidget(page)
    assert page.recent_list.count() == MAX_RECENT
    first = page.recent_list.item(0)
    assert "Borta.digidesk" in first.text() and "(not found)" in first.text()  # not by colour
    assert first.toolTip() == str(gone)
    assert first.data(Qt.ItemDataRole.AccessibleTextRole)


def test_without_recent_workspaces_a_line_says_so(qtbot):
    page = WelcomePage()
    qtbot.addWidget(page)
    page.show()
    assert not page.recent_list.isVisible() and page.no_recent.isVisible()
    page.set_recent([Path("/nowhere/x.digidesk")])
    assert page.recent_list.isVisible() and not page.no_recent.isVisible()
    assert page.recent() == [Path("/nowhere/x.digidesk")]


def test_every_interactive_widget_has_an_accessible_name(page):
    focusable = _focusable(page)
    assert set(page.interactive_widgets()) <= set(focusable)
    assert [w for w in focusable if not w.accessibleName().strip()] == []
    for widget in page.interactive_widgets():
        assert widget.accessibleName().strip(), widget


def test_buttons_have_distinct_mnemonics(page):
    letters = []
    for button in page.findChildren(QAbstractButton):
        found = re.search(r"&(\w)", button.text())
        assert found, button.text()
        letters.append(found.group(1).lower())
    heading = re.search(r"&(\w)", page.recent_heading.text())
    assert heading and page.recent_heading.buddy() is page.recent_list
    letters.append(heading.group(1).lower())
    assert len(letters) == len(set(letters))
    assert not set(letters) & set("fevh")  # the menu bar's File, Edit, View, Help


def test_tab_order_goes_from_the_demo_to_the_guide(page):
    chain, widget = [], page.demo_button
    for _ in range(len(page.interactive_widgets())):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
    assert chain == page.interactive_widgets()
    assert page.focusProxy() is page.demo_button


def test_text_scales_with_the_system_font(qtbot, qapp):
    original = qapp.font()

    def use(size: float) -> None:
        font = QFont(original)
        font.setPointSizeF(size)
        qapp.setFont(font)

    try:
        use(9.0)
        page = WelcomePage()
        qtbot.addWidget(page)
        assert page.title.font().pointSizeF() == pytest.approx(9.0 * 1.8)
        assert page.role_titles[0].font().pointSizeF() == pytest.approx(9.0 * 1.1)
        use(18.0)  # changed while the page is open
        qtbot.waitUntil(lambda: page.demo_button.font().pointSizeF() == pytest.approx(18.0))
        assert page.title.font().pointSizeF() == pytest.approx(18.0 * 1.8)
        assert page.role_titles[0].font().pointSizeF() == pytest.approx(18.0 * 1.1)
        assert page.role_texts[0].font().pointSizeF() == pytest.approx(18.0)
    finally:
        qapp.setFont(original)


class _Shouting(QTranslator):
    """Every WelcomePage text in capitals: enough to see that a language switch reaches it."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context != "WelcomePage":
            return ""
        parts = re.split(r"(\{\w+\})", source)  # the placeholders stay as they are
        return "".join(part if part.startswith("{") else part.upper() for part in parts)

    def isEmpty(self):  # noqa: N802 - Qt's name; an empty translator announces no change
        return False


def test_a_language_switch_retranslates_the_page(qtbot, page):
    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: page.title.text() == "WELCOME TO DIGIDESK", timeout=2000)
        assert page.demo_button.text() == "OPEN THE &DEMO WORKSPACE"
        assert "(NOT FOUND)" not in page.recent_list.item(0).text()  # the files exist
    finally:
        QCoreApplication.removeTranslator(translator)
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.title.text() == "Welcome to DigiDesk"


# -- the user guide ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "language, title, first_section",
    [
        ("sv", "DigiDesk – användarhandledning", "Kom igång"),
        ("nb", "DigiDesk – brukerveiledning", "Kom i gang"),
        ("en", "DigiDesk – user guide", "Getting started"),
    ],
)
def test_the_guide_shows_in_the_language_asked_for(qtbot, language, title, first_section):
    dialog = UserGuideDialog(language)
    qtbot.addWidget(dialog)
    assert dialog.path == REPO / "docs" / f"user-guide.{language}.md"
    assert dialog.headings(1) == [title]
    assert dialog.headings(2)[0] == first_section
    assert dialog.contents.item(0).text() == first_section
    text = dialog.browser.toPlainText()
    if language == "sv":
        assert "återställningskopia" in text and "Ångra" in text and "jäv" in text


def test_every_language_has_a_section_per_view():
    sections = {
        language: re.findall(r"^## (.+)$", guide_path(language).read_text("utf-8"), re.M)
        for language in ("sv", "nb", "en")
    }
    assert len(sections["en"]) == 10
    assert {len(s) for s in sections.values()} == {10}
    assert "Kortkommandon" in sections["sv"] and "Keyboard shortcuts" in sections["en"]


@pytest.mark.parametrize("language", ["sv", "nb", "en"])
def test_every_picture_of_the_guide_exists_and_is_shown(qtbot, language):
    dialog = UserGuideDialog(language)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    names = dialog.picture_names()
    assert sorted(set(names)) == sorted(set(guide_pictures(dialog.path)))
    assert len(set(names)) >= 10
    document = dialog.browser.document()
    for name in names:
        assert (dialog.path.parent / name).is_file(), name
        image = document.resource(
            QTextDocument.ResourceType.ImageResource, document.baseUrl().resolved(name)
        )
        assert image is not None and not image.isNull(), name
    # fitted to the width of the text, never wider, and every paragraph after them laid out
    room = dialog.browser.viewport().width()
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if block.text():
            assert layout.blockBoundingRect(block).height() > 0, block.text()
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isImageFormat():
                assert 0 < char_format.toImageFormat().width() <= room
            iterator += 1
        block = block.next()


def test_norwegian_falls_back_on_swedish_then_english(monkeypatch, tmp_path):
    from digidesk.qt.dialogs import user_guide

    monkeypatch.setattr(user_guide, "docs_path", lambda *parts: tmp_path.joinpath(*parts))
    (tmp_path / "user-guide.en.md").write_text("# Guide\n", "utf-8")
    assert user_guide.guide_path("nb").name == "user-guide.en.md"
    (tmp_path / "user-guide.sv.md").write_text("# Guide\n", "utf-8")
    assert user_guide.guide_path("nb").name == "user-guide.sv.md"
    assert user_guide.guide_path("xx").name == "user-guide.en.md"


def test_a_missing_guide_says_so(qtbot, monkeypatch, tmp_path):
    from digidesk.qt.dialogs import user_guide

    monkeypatch.setattr(user_guide, "docs_path", lambda *parts: tmp_path.joinpath(*parts))
    dialog = UserGuideDialog("sv")
    qtbot.addWidget(dialog)
    assert "missing" in dialog.browser.toPlainText()
    assert dialog.contents.count() == 0


def test_the_contents_list_jumps_to_a_section(qtbot):
    dialog = UserGuideDialog("en")
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = dialog.headings(2).index("Jury scoring")
    dialog.contents.setCurrentRow(row)
    assert dialog.browser.verticalScrollBar().value() > 0
    assert dialog.browser.textCursor().block().text() == "Jury scoring"
    # the heading is at the top of the view
    layout = dialog.browser.document().documentLayout()
    heading = layout.blockBoundingRect(dialog.browser.textCursor().block())
    assert dialog.browser.verticalScrollBar().value() == pytest.approx(heading.top(), abs=2)


def test_every_interactive_widget_of_the_guide_has_an_accessible_name(qtbot):
    dialog = UserGuideDialog("sv")
    qtbot.addWidget(dialog)
    dialog.show()
    assert [w for w in _focusable(dialog) if not w.accessibleName().strip()] == []
    assert dialog.contents_label.buddy() is dialog.contents


def test_the_window_welcomes_with_the_page_and_its_buttons_work(window, qtbot, monkeypatch):
    from digidesk.qt.welcome import WelcomePage

    asked = []
    monkeypatch.setattr(window.files, "ask_import", lambda: asked.append("import"))
    with qtbot.waitSignal(window.document.workspace_replaced, timeout=10_000):
        window.new_workspace()
    page = window.stack.currentWidget()
    assert isinstance(page, WelcomePage)
    page.import_requested.emit()
    assert asked == ["import"]
    with qtbot.waitSignal(window.document.workspace_replaced, timeout=30_000):
        page.demo_requested.emit()
    assert window.navigator.view_keys()
    assert window.stack.currentWidget() is not page


def test_help_opens_the_user_guide_in_the_interface_language(window, qtbot):
    window.guide_action.trigger()
    guide = window._guide
    qtbot.waitExposed(guide)
    assert guide.isVisible()
    window.guide_action.trigger()  # a second time: one guide, not two
    assert window._guide is not guide and not guide.isVisible()
