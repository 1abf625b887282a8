"""Scatter and nominee profile: every kommun as a point or on a 0–1 scale, the nominees marked."""

from __future__ import annotations

import numpy as np
import pytest

from digidesk.core.analysis.compare import compare
from digidesk.core.charts import ChartRequest, make_chart
from digidesk.core.errors import AnalysisError, ChartError

NOMINEES = (("SE", "0186"), ("SE", "1080"), ("SE", "1780"), ("SE", "0181"), ("SE", "2480"))
INCOME, UNEMPLOYMENT = "KOLADA-MEDIANINKOMST", "KOLADA-ARBETSLOSHET"
PROFILE = (INCOME, UNEMPLOYMENT, "KOLADA-FORVARV-20-64", "KOLADA-UTPENDLING")


def test_a_point_per_kommun_and_the_medians_as_guides(demo, register, draw):
    request = ChartRequest("scatter", (INCOME, UNEMPLOYMENT), NOMINEES)
    chart = draw(make_chart(demo, register, request))
    assert chart.period == "2010"  # income's latest, which unemployment has too
    assert len(chart.cloud.get_offsets()) == 290
    rows = compare(demo, list(NOMINEES), register, [INCOME, UNEMPLOYMENT], "2010").rows
    medians = {r.indicator_id: r.median for r in rows}
    assert chart.guides[0].get_xdata()[0] == medians[INCOME]
    assert chart.guides[1].get_ydata()[0] == medians[UNEMPLOYMENT]
    names = [n.get_text() for n in chart.names if n.get_visible()]
    assert names == ["Lidingö", "Karlskrona", "Karlstad", "Södertälje", "Umeå"]
    value = {(r.area_id, r.indicator_id): r.value for r in rows}
    lidingo = chart.points[0].get_offsets()[0]
    assert tuple(lidingo) == (value["0186", INCOME], value["0186", UNEMPLOYMENT])
    # More than colour: each nominee's point has a marker shape of its own.
    shapes = {tuple(map(tuple, p.get_paths()[0].vertices.round(3))) for p in chart.points}
    assert len(shapes) == 5
    assert chart.ax.get_xlabel() == "Mediannettoinkomst, invånare 20 år och äldre (kr)"
    ticks = [t.get_text() for t in chart.ax.get_xticklabels() if t.get_text()]
    assert any("\u00a0000" in t for t in ticks)
    assert chart.texts.title.get_text().startswith("Arbetslöshet och mediannettoinkomst")


def test_point_size_by_population(demo, register):
    request = ChartRequest(
        "scatter", (INCOME, UNEMPLOYMENT), NOMINEES[:1], options={"size_by_population": True}
    )
    chart = make_chart(demo, register, request)
    sizes = chart.cloud.get_sizes()
    stockholm = list(chart.both.index).index("0180")
    assert sizes[stockholm] == sizes.max() and sizes.min() < sizes.max() / 10
    assert "punktens yta visar folkmängden" in chart.texts.subtitle.get_text()
    assert "SCB" in chart.texts.source.get_text()


def test_scatter_update_moves_the_marked_points(demo, register):
    request = ChartRequest("scatter", (INCOME, UNEMPLOYMENT), NOMINEES[:2])
    chart = make_chart(demo, register, request)
    point = chart.points[0]
    assert chart.update(request.changed(areas=(("SE", "2480"),), period="2009")) is True
    assert chart.points[0] is point and not chart.points[1].get_visible()
    assert chart.names[0].get_text() == "Umeå" and chart.period == "2009"
    with pytest.raises(ChartError, match="chart.indicators"):
        make_chart(demo, register, ChartRequest("scatter", (INCOME,), NOMINEES))


def test_radar_profile_is_normalised_and_outward_is_better(demo, register, draw):
    request = ChartRequest("profile", PROFILE, NOMINEES)
    chart = draw(make_chart(demo, register, request))
    lines = chart.lines[: chart.shown]
    assert [line.get_label() for line in lines] == [
        "Lidingö",
        "Karlskrona",
        "Karlstad",
        "Södertälje",
        "Umeå",
    ]
    assert len({line.get_marker() for line in lines}) == 5
    assert np.nanmin(chart.matrix) >= 0 and np.nanmax(chart.matrix) <= 1
    # Unemployment: lower is better, so the kommun with the lowest value is at 1.
    standing = chart.standings[1]
    best = standing.values.idxmin()
    again = make_chart(demo, register, request.changed(areas=(("SE", best),)))
    assert again.matrix[0][1] == 1.0
    # Lidingö has the lowest unemployment of the nominees: the furthest out of them.
    assert chart.matrix[0][1] == chart.matrix[:, 1].max()
    assert "längre ut är bättre" in chart.texts.subtitle.get_text()
    assert "0 = sämsta och 1 = bästa kommunen av 290" in chart.texts.subtitle.get_text()
    labels = [n.get_text().replace("\n", " ") for n in chart.names]
    assert "Utpendling (2010, högt räknat som bättre)" in labels  # it has no direction


def test_percentile_scale_is_the_comparisons_percentile(demo, register):
    request = ChartRequest("profile", PROFILE, NOMINEES, options={"scale": "percentile"})
    chart = make_chart(demo, register, request)
    rows = compare(demo, list(NOMINEES), register, list(PROFILE)).rows
    for row in rows:
        i, j = [c for _, c in NOMINEES].index(row.area_id), PROFILE.index(row.indicator_id)
        assert chart.matrix[i][j] == pytest.approx(row.percentile / 100)


def test_parallel_bars_with_values_in_their_units(demo, register, draw):
    request = ChartRequest("profile", PROFILE, NOMINEES, options={"style": "bars"})
    chart = draw(make_chart(demo, register, request))
    assert len(chart.bars) == 5 * 4
    assert len({b.get_hatch() for b in chart.bars}) == 5
    texts = [t.get_text() for t in chart.values_text]
    assert "240\u00a0608 kr" in texts and "2,7\u00a0%" in texts
    assert chart.update(request.changed(areas=NOMINEES[:2])) is True
    assert len(chart.bars) == 2 * 4


def test_a_profile_needs_areas_and_known_options(demo, register):
    with pytest.raises(AnalysisError, match="analysis.no_areas"):
        make_chart(demo, register, ChartRequest("profile", PROFILE))
    with pytest.raises(ChartError, match="chart.bad_option"):
        make_chart(
            demo, register, ChartRequest("profile", PROFILE, NOMINEES, options={"style": "pie"})
        )
    with pytest.raises(ChartError, match="chart.indicators"):
        make_chart(demo, register, ChartRequest("profile", PROFILE[:2], NOMINEES))
