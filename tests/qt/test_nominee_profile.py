"""The nominee profile in the award view: the core's profile chart on a matplotlib canvas,
one highlighted series per nominee, drawn again when the nominees or the style change."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from digidesk.core.charts.palette import highlight

NOMINEES = ["Lidingö", "Karlskrona", "Karlstad", "Södertälje", "Umeå"]  # the register's names


@pytest.fixture
def profile(demo_window, qtbot):
    demo_window.navigator.select(("award", 0))
    view = demo_window.show_view(("award", 0))
    view.wait()
    view.tabs.setCurrentWidget(view.results)
    view.results.tabs.setCurrentWidget(view.results.profile_area)
    area = view.results.profile_area
    qtbot.waitUntil(lambda: area.chart is not None, timeout=30_000)
    return area


def series(chart):
    """The nominees' lines of a radar: every visible line but the median kommun's."""
    return [line for line in chart.lines if line.get_visible()]


def test_the_profile_shows_one_highlighted_series_per_nominee(profile):
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    view = profile.window().findChild(QWidget, "nomineeProfileArea")
    assert view is profile
    canvas = profile.canvas
    assert isinstance(canvas, FigureCanvasQTAgg) and canvas.isVisible()
    assert canvas.parent() is profile.stage and canvas.figure is profile.chart.figure
    chart = profile.chart
    assert chart.request.kind == "profile" and chart.style == "radar"
    # the criterion's indicator first, then the comparison's with a direction
    assert chart.request.indicators == (
        "KOLADA-ARBETSLOSHET", "KOLADA-MEDIANINKOMST", "KOLADA-FORVARV-20-64",
    )  # fmt: skip
    lines = series(chart)
    assert [line.get_label() for line in lines] == NOMINEES
    assert [line.get_color() for line in lines] == [highlight(i).colour for i in range(5)]
    assert len({line.get_marker() for line in lines}) == 5
    assert chart.median_artist is not None and chart.median_artist not in lines
    legend = chart.figure.legends[0]
    assert [t.get_text() for t in legend.get_texts()][:5] == NOMINEES
    # the figure is the canvas's size, laid out for it
    width, height = canvas.figure.bbox.size
    assert abs(width - canvas.width() * canvas.device_pixel_ratio) <= 2
    assert abs(height - canvas.height() * canvas.device_pixel_ratio) <= 2
    assert "Arbetslöshet" in profile.caption.text()
    assert "Mediannettoinkomst" in profile.caption.text()


def test_removing_a_nominee_draws_the_profile_again_and_undo_brings_it_back(profile, qtbot):
    from digidesk.core.jury.commands import RemoveNominee

    first = profile.chart
    profile.document.push(RemoveNominee(0, "1080"))  # Karlskrona
    qtbot.waitUntil(lambda: profile.chart is not first, timeout=30_000)
    assert [line.get_label() for line in series(profile.chart)] == [
        "Lidingö", "Karlstad", "Södertälje", "Umeå",
    ]  # fmt: skip
    second = profile.chart
    profile.document.undo_stack.undo()
    qtbot.waitUntil(lambda: profile.chart is not second, timeout=30_000)
    assert [line.get_label() for line in series(profile.chart)] == NOMINEES


def test_the_profile_drawn_as_bars_has_a_bar_per_nominee_and_indicator(profile, qtbot):
    first = profile.chart
    profile.style_box.setCurrentIndex(profile.style_box.findData("bars"))
    profile.style_box.activated.emit(profile.style_box.currentIndex())
    qtbot.waitUntil(lambda: profile.chart is not first, timeout=30_000)
    chart = profile.chart
    assert chart.style == "bars"
    assert len(chart.bars) == len(NOMINEES) * len(chart.request.indicators)
    colours = {bar.get_label(): bar.get_facecolor() for bar in chart.bars}
    assert list(colours) == NOMINEES
    assert len(set(colours.values())) == len(NOMINEES)


def test_an_award_without_figures_says_what_to_do_instead_of_a_chart(demo_window, qtbot):
    from digidesk.core.model.workspace import Workspace

    workspace = demo_window.document.workspace
    bare = Workspace(title="utan data", awards=list(workspace.awards))
    demo_window.document.replace(bare, None)
    demo_window.navigator.select(("award", 0))
    view = demo_window.show_view(("award", 0))
    view.tabs.setCurrentWidget(view.results)
    view.results.tabs.setCurrentWidget(view.results.profile_area)
    area = view.results.profile_area
    qtbot.waitUntil(lambda: area.plan is None and not area._stale, timeout=10_000)
    assert area.canvas is None and area.chart is None
    text = area.placeholder.text()
    assert area.placeholder.isVisible() and ("Set-up" in text or "Upplägg" in text)
