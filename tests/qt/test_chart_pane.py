"""The chart pane: it follows the comparison and the table, updates in place, and exports."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QGuiApplication

NOMINEES = [("SE", "0186"), ("SE", "1080"), ("SE", "1780"), ("SE", "0181"), ("SE", "2480")]
INCOME = "KOLADA-MEDIANINKOMST"
UNEMPLOYMENT = "KOLADA-ARBETSLOSHET"


@pytest.fixture
def pane(demo_window):
    return demo_window.chart_dock.pane


def drawn(pane, qtbot, **expected):
    """Wait until the pane shows a chart whose request has the ``expected`` fields."""

    def shown() -> bool:
        chart = pane.chart
        return chart is not None and all(
            getattr(chart.request, name) == value for name, value in expected.items()
        )

    qtbot.waitUntil(shown, timeout=30_000)
    return pane.chart


def texts_of(chart) -> list[str]:
    """The texts a reader sees in the chart."""
    found = chart.figure.findobj(lambda a: hasattr(a, "get_text") and a.get_visible())
    return [t.get_text() for t in found if t.get_text()]


def select_indicator(view, indicator_id: str) -> None:
    row = next(n for n, i in enumerate(view.model.indicators) if i.indicator_id == indicator_id)
    view.table.setCurrentIndex(view.model.index(row, 0))


def test_the_pane_draws_the_comparisons_current_indicator_for_its_areas(compare, pane, qtbot):
    assert pane.isVisible()
    select_indicator(compare, INCOME)
    chart = drawn(pane, qtbot, indicators=(INCOME,))
    assert chart.request.kind == "ranking"
    assert list(chart.request.areas) == NOMINEES
    texts = texts_of(chart)
    # Lidingö's median income is fourth of 290 kommuner, labelled the Swedish way.
    assert any("4 av 290" in t for t in texts)
    assert "Lidingö" in texts
    assert any("Källa: Kolada" in t for t in texts)

    select_indicator(compare, UNEMPLOYMENT)
    chart = drawn(pane, qtbot, indicators=(UNEMPLOYMENT,))
    assert any("Arbetslöshet" in t for t in texts_of(chart))


def test_a_new_selection_moves_the_chart_in_place(compare, pane, qtbot):
    select_indicator(compare, INCOME)
    chart = drawn(pane, qtbot, indicators=(INCOME,))
    figure = chart.figure
    compare.picker.set_areas(NOMINEES[:2])
    compare.refresh_now()
    compare.wait()
    qtbot.waitUntil(lambda: len(pane.chart.request.areas) == 2, timeout=10_000)
    assert pane.chart.figure is figure  # updated, not built anew
    assert "Umeå" not in texts_of(pane.chart)


def test_each_kind_of_chart_from_the_comparison(compare, pane, qtbot):
    select_indicator(compare, INCOME)
    drawn(pane, qtbot, indicators=(INCOME,))
    for kind, option in (
        ("timeseries", pane.genders),
        ("scatter", pane.sized),
        ("profile", pane.bars),
        ("multiples", None),
    ):
        pane.kind.setCurrentIndex(pane.kind.findData(kind))
        chart = drawn(pane, qtbot, kind=kind)
        assert chart.request.indicators[0] == INCOME
        assert chart.figure.axes, kind
        # Only the options of the kind shown are offered.
        boxes = (pane.whole, pane.genders, pane.sized, pane.bars)
        assert [b for b in boxes if not b.isHidden()] == ([option] if option else [])


def test_the_pane_follows_the_rows_selected_in_a_table(swedish, demo_window, pane, qtbot):
    view = demo_window.show_view(("dataset", "kolada-bakgrund"))
    frame = view.cache.frame
    first_row: dict[str, int] = {}  # one row of Lidingö's and one of Umeå's incomes
    for n, label in enumerate(frame.index):
        area = str(frame.at[label, "area_id"])
        if str(frame.at[label, "indicator_id"]) == INCOME and area in ("0186", "2480"):
            first_row.setdefault(area, n)
    rows = list(first_row.values())
    assert len(rows) == 2
    selection = view.table.selectionModel()
    for row in rows:
        index = view.model.index(row, 0)
        selection.select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    qtbot.waitUntil(
        lambda: (
            pane.chart is not None
            and {code for _, code in pane.chart.request.areas} == {"0186", "2480"}
        ),
        timeout=30_000,
    )
    chart = pane.chart
    assert chart.request.indicators == (INCOME,)
    assert "Lidingö" in texts_of(chart) and "Umeå" in texts_of(chart)


def test_the_chart_is_saved_in_every_format_and_copied(compare, pane, qtbot, tmp_path):
    select_indicator(compare, INCOME)
    drawn(pane, qtbot, indicators=(INCOME,))
    magic = {".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF"}
    for suffix, start in magic.items():
        path = tmp_path / f"chart{suffix}"
        pane.save(path)
        assert path.read_bytes().startswith(start), suffix
    book_path = tmp_path / "chart.xlsx"
    pane.save_excel(book_path)
    book = openpyxl.load_workbook(book_path)
    sheet = book.worksheets[0]
    assert sheet._charts or sheet._images  # the chart itself, not only its figures
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Lidingö" in values

    pane.copy_picture()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() >= 400


def test_a_chart_that_cannot_be_drawn_says_why_and_an_empty_selection_says_how(
    compare, pane, qtbot
):
    select_indicator(compare, INCOME)
    drawn(pane, qtbot, indicators=(INCOME,))
    pane.kind.setCurrentIndex(pane.kind.findData("scatter"))
    # Norwegian road figures against Swedish incomes: no kommun has both.
    pane.second.setCurrentIndex(pane.second.findData("NVDB-KOMMUNAL-VEG"))
    qtbot.waitUntil(lambda: pane.chart is None and pane.scroll.widget() is pane.hint)
    assert pane.hint.text() and "Traceback" not in pane.hint.text()
    assert pane.hint.text() != pane._start_hint

    compare.picker.set_areas([])
    compare.refresh_now()
    compare.wait()
    qtbot.waitUntil(lambda: pane.hint.text() == pane._start_hint)
    assert pane.chart is None and "Markera" in pane.hint.text()


def test_an_area_group_from_the_navigator_is_drawn_with_the_indicator_shown(
    compare, demo_window, pane, qtbot
):
    select_indicator(compare, INCOME)
    drawn(pane, qtbot, indicators=(INCOME,))
    group = demo_window.show_view(("group", 0))
    # The group holds Swedish and Norwegian kommuner: the first member's country is drawn.
    qtbot.waitUntil(lambda: pane.chart is not None and len(pane.chart.request.areas) == 8)
    assert pane.chart.request.indicators == (INCOME,)
    assert {country for country, _ in pane.chart.request.areas} == {"SE"}
    group.table.selectRow(2)  # Lidingö alone
    qtbot.waitUntil(lambda: pane.chart.request.areas == (("SE", "0186"),))
    rows = {group.table.rowHeight(r) for r in range(group.table.rowCount())}
    assert len(rows) == 1  # every member's row as tall as the next


def test_the_chart_follows_the_applications_theme(compare, pane, qtbot, qapp):
    from digidesk.qt.theme import apply_theme

    select_indicator(compare, INCOME)
    drawn(pane, qtbot, indicators=(INCOME,), theme="light")
    try:
        apply_theme(qapp, "dark")
        chart = drawn(pane, qtbot, indicators=(INCOME,), theme="dark")
        assert chart.figure.get_facecolor()[0] < 0.3  # a dark background
    finally:
        apply_theme(qapp, "system")


def test_the_pane_steps_aside_for_views_that_draw_their_own(demo_window, qtbot):
    dock = demo_window.chart_dock
    demo_window.show_view(("dataset", "kolada-bakgrund"))
    assert dock.isVisible()
    demo_window.show_view(("strategy", 0))  # its detail pane has the goal's chart
    assert not dock.isVisible()
    demo_window.show_view(("compare", 0))
    assert dock.isVisible()
    dock.close()  # the user closes it: it stays closed
    demo_window.show_view(("dataset", "kolada-bakgrund"))
    assert not dock.isVisible()
    dock.toggleViewAction().trigger()  # and opens it again
    assert dock.isVisible()
