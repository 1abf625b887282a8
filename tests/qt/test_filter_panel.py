"""The filter panel: pickers give code sets (all checked = no condition), the search only
hides rows, value limits are parsed the Swedish way or refused, and the state round-trips."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from digidesk.core.model.observations import make_observations
from digidesk.core.table_ops import RowFilter
from digidesk.qt.views.filter_panel import RANGE_DELAY_MS, FilterPanel

AREAS = [
    ("0114", "0114 Upplands Väsby"),
    ("0180", "0180 Stockholm"),
    ("1280", "1280 Malmö"),
    ("1480", "1480 Göteborg"),
    ("2480", "2480 Umeå"),
]
INDICATORS = [("N00945", "Andel e-tjänster"), ("U00001", "Bredband 1 Gbit/s")]
PERIODS = [("2022", "2022"), ("2023", "2023")]
GENDERS = [("T", "Totalt"), ("K", "Kvinnor"), ("M", "Män")]


@pytest.fixture
def panel(qtbot):
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_choices("areas", AREAS)
    panel.set_choices("indicators", INDICATORS)
    panel.set_choices("periods", PERIODS)
    panel.set_choices("genders", GENDERS)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def check_only(panel, kind, codes):
    panel.popups[kind].set_selection(frozenset(codes))


def shown_codes(popup):
    proxy = popup.proxy
    return [proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())]


def open_popup(panel, kind):
    button = panel.buttons[kind]
    menu = button.menu()
    # popup(), not the button's click: a click runs the menu's own blocking event loop.
    menu.popup(button.mapToGlobal(QPoint(0, button.height())))
    return menu


def test_everything_checked_is_no_condition(panel):
    assert panel.row_filter() == RowFilter()
    assert not panel.active
    assert panel.buttons["areas"].text() == "Areas: all"
    assert not panel.clear_button.isEnabled()


def test_two_of_five_areas_give_their_codes_and_say_so(panel):
    check_only(panel, "areas", ["0180", "1480"])
    assert panel.row_filter("x").area_ids == frozenset({"0180", "1480"})
    assert panel.row_filter("x").text == "x"
    assert panel.buttons["areas"].text() == "Areas: 2 of 5"
    assert panel.active
    assert panel.clear_button.isEnabled()


def test_one_area_is_named_without_its_code_and_none_shows_nothing(panel):
    check_only(panel, "areas", ["0180"])
    assert panel.buttons["areas"].text() == "Areas: Stockholm"
    check_only(panel, "genders", ["K"])
    assert panel.buttons["genders"].text() == "Gender: Kvinnor"
    check_only(panel, "areas", [])
    assert panel.row_filter().area_ids == frozenset()
    assert panel.buttons["areas"].text() == "Areas: none"


def test_checking_the_last_item_again_means_all(panel):
    check_only(panel, "periods", ["2023"])
    assert panel.row_filter().periods == frozenset({"2023"})
    panel.popups["periods"].items()[0].setCheckState(Qt.CheckState.Checked)
    assert panel.row_filter().periods is None
    assert panel.buttons["periods"].text() == "Periods: all"


def test_search_narrows_the_list_but_not_the_selection(panel):
    popup = panel.popups["areas"]
    check_only(panel, "areas", ["0114", "1280"])
    popup.search.setText("st")  # Stockholm, and no other name or code
    assert shown_codes(popup) == ["0180"]
    assert panel.row_filter().area_ids == frozenset({"0114", "1280"})
    popup.search.setText("80")  # codes too: 0180, 1280, 1480, 2480
    assert shown_codes(popup) == ["0180", "1280", "1480", "2480"]
    popup.search.clear()
    assert len(shown_codes(popup)) == 5


def test_select_none_and_all_act_only_on_the_items_the_search_shows(panel):
    popup = panel.popups["areas"]
    popup.search.setText("80")
    assert "search" in popup.select_none.toolTip()
    popup.select_none.click()
    assert panel.row_filter().area_ids == frozenset({"0114"})
    popup.search.setText("Malmö")
    popup.select_all.click()
    assert panel.row_filter().area_ids == frozenset({"0114", "1280"})


def test_a_click_on_the_text_or_on_the_check_box_toggles_once(panel, qtbot):
    menu = open_popup(panel, "genders")
    qtbot.waitUntil(menu.isVisible)
    view = panel.popups["genders"].view
    rect = view.visualRect(view.model().index(1, 0))  # Kvinnor
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.row_filter().genders == frozenset({"T", "M"})
    box = QPoint(rect.left() + rect.height() // 2, rect.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert panel.row_filter().genders is None
    menu.hide()


def test_picker_changes_wait_for_the_popup_to_close(panel, qtbot):
    emitted = []
    panel.changed.connect(lambda: emitted.append(panel.row_filter()))
    menu = open_popup(panel, "areas")
    qtbot.waitUntil(menu.isVisible)
    assert QApplication.focusWidget() is panel.popups["areas"].search
    panel.popups["areas"].search.setText("Umeå")
    panel.popups["areas"].select_none.click()
    assert emitted == []
    with qtbot.waitSignal(panel.changed, timeout=1000):
        qtbot.keyClick(panel.popups["areas"].search, Qt.Key.Key_Escape)
    assert not menu.isVisible()
    assert len(emitted) == 1
    assert emitted[0].area_ids == frozenset({"0114", "0180", "1280", "1480"})
    # Opening and closing without a change says nothing.
    menu = open_popup(panel, "areas")
    qtbot.waitUntil(menu.isVisible)
    menu.hide()
    assert len(emitted) == 1


def test_tab_reaches_the_pickers_and_moves_inside_a_popup(panel, qtbot):
    panel.buttons["areas"].setFocus()
    qtbot.waitUntil(panel.buttons["areas"].hasFocus)
    qtbot.keyClick(panel.buttons["areas"], Qt.Key.Key_Tab)
    assert panel.buttons["indicators"].hasFocus()
    menu = open_popup(panel, "indicators")
    qtbot.waitUntil(menu.isVisible)
    popup = panel.popups["indicators"]
    qtbot.keyClick(popup.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is popup.view
    menu.hide()


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 234,5", 1234.5), ("1\u00a0234,5", 1234.5), ("56,8 %", 56.8), ("−3,2", -3.2)],
)
def test_value_limits_read_numbers_the_swedish_way(panel, text, value):
    panel.value_min.setText(text)
    panel.value_max.setText("1234.5")
    assert panel.row_filter().value_min == value
    assert panel.row_filter().value_max == 1234.5


def test_text_that_is_not_a_number_is_refused_and_marked(panel, qtbot):
    qtbot.keyClicks(panel.value_min, "abc")
    assert panel.row_filter().value_min is None
    assert panel.value_min.text() == "abc"  # refused, not silently changed
    qtbot.waitUntil(lambda: panel.value_min.property("invalid"), timeout=RANGE_DELAY_MS * 10)
    assert "abc" in panel.value_min.toolTip()
    assert panel.value_min.styleSheet()
    assert not panel.active
    assert panel.clear_button.isEnabled()  # to get rid of the text
    panel.value_min.setText("12")
    panel.value_min.editingFinished.emit()
    assert not panel.value_min.property("invalid")
    assert not panel.value_min.styleSheet()
    assert panel.row_filter().value_min == 12


def test_typing_a_limit_emits_changed_once_after_a_pause(panel, qtbot):
    emitted = []
    panel.changed.connect(lambda: emitted.append(panel.row_filter().value_max))
    qtbot.keyClicks(panel.value_max, "56,8")
    assert emitted == []
    with qtbot.waitSignal(panel.changed, timeout=RANGE_DELAY_MS * 10):
        pass
    assert emitted == [56.8]


def test_only_missing_emits_changed_at_once(panel, qtbot):
    with qtbot.waitSignal(panel.changed, timeout=100):
        panel.only_missing.click()
    assert panel.row_filter().only_missing


def test_clear_resets_everything(panel, qtbot):
    check_only(panel, "areas", ["0180"])
    check_only(panel, "genders", ["K", "M"])
    panel.value_min.setText("5")
    panel.only_missing.setChecked(True)
    panel.popups["areas"].search.setText("Sto")
    assert panel.active
    with qtbot.waitSignal(panel.changed, timeout=100):
        panel.clear_button.click()
    assert not panel.active
    assert panel.row_filter() == RowFilter()
    assert panel.value_min.text() == ""
    assert panel.popups["areas"].search.text() == ""
    assert panel.buttons["areas"].text() == "Areas: all"
    assert not panel.clear_button.isEnabled()


def test_set_state_restores_pickers_and_range_with_one_signal(panel, qtbot):
    state = RowFilter(
        text="ignored",
        area_ids=frozenset({"0180", "2480"}),
        periods=frozenset({"2023"}),
        value_min=1234.5,
        value_max=0.1,
        only_missing=True,
    )
    emitted = []
    panel.changed.connect(lambda: emitted.append(1))
    panel.set_state(state)
    assert emitted == [1]
    assert panel.row_filter("ignored") == state
    assert panel.value_min.text().replace("\u00a0", " ") == "1 234,5"
    assert panel.buttons["areas"].text() == "Areas: 2 of 5"
    assert panel.only_missing.isChecked()
    # Codes that are not among the choices cannot be checked.
    panel.set_state(RowFilter(indicator_ids=frozenset({"N00945", "gone"})))
    assert panel.row_filter().indicator_ids == frozenset({"N00945"})
    assert panel.row_filter().area_ids is None


def test_new_choices_keep_the_selection(panel):
    check_only(panel, "periods", ["2022"])
    panel.set_choices("periods", [*PERIODS, ("2024", "2024")])
    assert panel.row_filter().periods == frozenset({"2022"})
    panel.set_choices("genders", [*GENDERS, ("X", "Annat")])
    assert panel.row_filter().genders is None


def test_the_filter_selects_the_expected_rows_of_a_real_frame(panel):
    frame = make_observations(
        {
            "indicator_id": ["N00945", "N00945", "N00945", "U00001", "N00945", "N00945"],
            "area_id": ["0180", "1480", "0180", "0180", "2480", "0180"],
            "period": ["2023", "2023", "2022", "2023", "2023", "2023"],
            "gender": ["T", "T", "T", "T", "T", "K"],
            "value": [56.8, 1234.5, 40.0, 90.0, np.nan, 70.0],
        }
    )
    check_only(panel, "areas", ["0180", "1480", "2480"])
    check_only(panel, "indicators", ["N00945"])
    check_only(panel, "periods", ["2023"])
    assert panel.row_filter("").mask(frame).tolist() == [True, True, False, False, True, True]
    check_only(panel, "genders", ["T"])
    panel.value_min.setText("50")
    panel.value_max.setText("1 234,5")
    assert panel.row_filter("").mask(frame).tolist() == [True, True, False, False, False, False]
    panel.value_max.setText("1 000")
    assert panel.row_filter("").mask(frame).tolist() == [True, False, False, False, False, False]
    panel.value_min.clear()
    panel.value_max.clear()
    panel.only_missing.setChecked(True)
    assert panel.row_filter("").mask(frame).tolist() == [False, False, False, False, True, False]
