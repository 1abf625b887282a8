"""Goal progress against a strategy target, and small multiples of several indicators."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from digidesk.core.charts import ChartRequest, make_chart, progress_request_for_target
from digidesk.core.errors import ChartError
from digidesk.core.model.strategy import Target

NOMINEES = (("SE", "0186"), ("SE", "1080"), ("SE", "1780"), ("SE", "0181"), ("SE", "2480"))
TARGET = {"value": 57000, "due": 2020, "baseline_period": "2012", "comparator": ">="}


def progress(demo, register, **target):
    request = ChartRequest(
        "progress", ("SCB-FOLKMANGD",), (("SE", "2284"),), options={"target": {**TARGET, **target}}
    )
    return make_chart(demo, register, request)


def test_baseline_target_due_year_and_the_even_path_between(demo, register, draw):
    chart = draw(progress(demo, register))
    series = chart.data.series("2284")
    baseline = float(series["2012"])
    assert list(chart.start.get_xdata()) == [2012] and list(chart.start.get_ydata()) == [baseline]
    assert list(chart.path.get_xdata()) == [2012, 2020]
    assert list(chart.path.get_ydata()) == [baseline, 57000]
    assert list(chart.due_line.get_xdata()) == [2020, 2020]
    assert list(chart.goal_mark.get_ydata()) == [57000]
    legend = [t.get_text() for t in chart.figure.legends[0].get_texts()]
    assert "Mål ≥ 57\u00a0000 personer år 2020" in legend and "Målår 2020" in legend
    assert f"Utgångsläge {baseline:,.0f} personer (2012)".replace(",", "\u00a0") in legend
    # 2019–2022 are in no dataset: the line breaks there and does not join 2018 to 2023.
    x, y = chart.line.get_xdata(), chart.line.get_ydata()
    assert list(x[-6:]) == [2018, 2019, 2020, 2021, 2022, 2023]
    assert np.isnan(y[-5:-1]).all() and np.isfinite(y[-1])
    assert chart.zone is not None  # the side where the target is met is shaded


def test_a_baseline_value_of_its_own_and_a_target_below(demo, register):
    chart = progress(demo, register, baseline=50000, comparator="<=")
    assert list(chart.start.get_ydata()) == [50000]
    zone = chart.zone  # a "≤" target is met below its line
    assert zone.get_y() + zone.get_height() == pytest.approx(57000)
    with pytest.raises(ChartError, match="chart.no_target"):
        progress(demo, register, value=None)
    with pytest.raises(ChartError, match="chart.no_baseline"):
        progress(demo, register, baseline_period="1990")


def test_update_follows_another_area(demo, register):
    chart = progress(demo, register)
    line = chart.line
    assert chart.update(chart.request.changed(areas=(("SE", "0186"),))) is True
    assert chart.line is line and line.get_label().startswith("Lidingö")
    assert chart.update(chart.request.changed(areas=NOMINEES[:2])) is False


def test_a_strategy_target_linked_to_an_indicator(demo, register):
    target = Target(
        "T9",
        "Fler invånare",
        2020,
        indicator_id="SCB-FOLKMANGD",
        area_id="2284",
        baseline=55000.0,
        target_value=57000.0,
    )
    request = progress_request_for_target(target, ("SE", "2284"), "sv")
    assert request.kind == "progress" and request.indicators == ("SCB-FOLKMANGD",)
    assert request.option("target")["value"] == 57000.0
    chart = make_chart(demo, register, request)
    assert list(chart.start.get_ydata()) == [55000.0]
    assert "Fler invånare" in chart.texts.subtitle.get_text()
    with pytest.raises(ChartError, match="chart.target_not_linked"):
        progress_request_for_target(Target("T1", "E-arkiv", 2023), ("SE", "2284"))
    with pytest.raises(ChartError, match="chart.target_incomplete"):
        progress_request_for_target(Target("T2", "x", None, indicator_id="X"), ("SE", "2284"))


def test_a_strategy_target_brings_its_baseline_period_and_gender(demo, register):
    """The even path is the one the status rules measure against: from the target's own
    baseline (value and period) to its target value in the due year (2023), also when the
    baseline is from before the first linked value (here 2017, the figures start 2019)."""
    strategy = demo.strategies[0]
    target = replace(strategy.target("T01"), baseline=35.0, baseline_period="2017")
    request = progress_request_for_target(target, ("SE", target.area_id), "sv")
    assert request.option("target")["baseline_period"] == "2017"
    assert request.gender == target.gender == "T"
    chart = make_chart(demo, register, request)
    assert list(chart.start.get_xdata()) == [2017] and list(chart.start.get_ydata()) == [35.0]
    assert list(chart.path.get_xdata()) == [2017, 2023]
    low, high = chart.ax.get_xlim()
    assert low < 2017 and high > 2022
    legend = [t.get_text() for t in chart.figure.legends[0].get_texts()]
    assert "Utgångsläge 35\u00a0% (2017)" in legend


def test_without_a_baseline_the_start_is_the_first_value(demo, register):
    target = demo.strategies[0].target("T33")
    assert target.baseline is None and target.baseline_period is None
    chart = make_chart(demo, register, progress_request_for_target(target, ("SE", "2284")))
    legend = [t.get_text() for t in chart.figure.legends[0].get_texts()]
    assert any(t.startswith("Första värdet") and "inget utgångsläge" in t for t in legend)
    assert not any(t.startswith("Utgångsläge") for t in legend)


def test_small_multiples_of_time_series(demo, register, draw):
    indicators = ("KOLADA-ARBETSLOSHET", "KOLADA-MEDIANINKOMST", "KOLADA-FORVARV-20-64")
    request = ChartRequest("multiples", indicators, NOMINEES[:3])
    chart = draw(make_chart(demo, register, request))
    visible = [ax for ax in chart.figure.axes if ax.get_visible()]
    assert len(visible) == 3 and len(chart.panels) == 3
    assert [p.indicator.indicator_id for p in chart.panels] == list(indicators)
    assert all(p.shown == 3 for p in chart.panels)
    colours = [[line.get_color() for line in p.lines[:3]] for p in chart.panels]
    assert colours[0] == colours[1] == colours[2]  # an area looks the same in every panel
    legend = [t.get_text() for t in chart.figure.legends[0].get_texts()]
    assert legend[:3] == ["Lidingö", "Karlskrona", "Karlstad"]
    titles = [ax.get_title(loc="left") for ax in visible]
    assert titles[0] == "Arbetslöshet"
    assert chart.update(request.changed(areas=NOMINEES[3:])) is True
    assert chart.panels[0].lines[0].get_label() == "Södertälje"


def test_small_multiples_of_rankings(demo, register):
    request = ChartRequest(
        "multiples",
        ("KOLADA-ARBETSLOSHET", "KOLADA-MEDIANINKOMST"),
        NOMINEES[:1],
        options={"chart": "ranking"},
    )
    chart = make_chart(demo, register, request)
    assert [len(p.bars.get_paths()) for p in chart.panels] == [10, 10]  # Lidingö in both top 5
    assert chart.panels[0].notes[0].get_text() == "5 av 290"
    with pytest.raises(ChartError, match="chart.bad_option"):
        make_chart(demo, register, request.changed(options={"chart": "pie"}))
