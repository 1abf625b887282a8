"""Time series: a line per selected area, reference lines at the comparison's figures, gaps."""

from __future__ import annotations

import math

import numpy as np
import pytest

from digidesk.core.analysis.compare import compare
from digidesk.core.charts import ChartRequest, make_chart
from digidesk.core.errors import AnalysisError, ChartError

NOMINEES = (("SE", "0186"), ("SE", "1080"), ("SE", "1780"), ("SE", "0181"), ("SE", "2480"))


def test_a_line_per_area_and_the_references_at_the_comparisons_figures(demo, register, draw):
    request = ChartRequest("timeseries", ("KOLADA-ARBETSLOSHET",), NOMINEES)
    chart = draw(make_chart(demo, register, request))
    lines = chart.panel.lines[: chart.panel.shown]
    assert [line.get_label() for line in lines] == [
        "Lidingö",
        "Karlskrona",
        "Karlstad",
        "Södertälje",
        "Umeå",
    ]
    # Never colour alone: every area has its own marker too.
    assert len({line.get_marker() for line in lines}) == len(lines)
    assert len({line.get_color() for line in lines}) == len(lines)
    (national, national_label), (median, median_label) = chart.panel.references
    assert national_label == "Riket (beräknat)" and median_label == "Median, alla kommuner"
    assert national.get_linestyle() != median.get_linestyle()
    periods = chart.panel.axis.periods
    assert periods == ["2008", "2009", "2010", "2011", "2012"]
    for i, period in enumerate(periods):
        row = compare(demo, [NOMINEES[0]], register, ["KOLADA-ARBETSLOSHET"], period).rows[0]
        assert national.get_ydata()[i] == row.national
        assert median.get_ydata()[i] == row.median
        assert lines[0].get_ydata()[i] == row.value
    legend = chart.figure.legends[0]
    assert [t.get_text() for t in legend.get_texts()][:2] == ["Lidingö", "Karlskrona"]


def test_swedish_ticks_have_a_decimal_comma_and_the_source_line_says_where_from(
    demo, register, draw
):
    request = ChartRequest("timeseries", ("KOLADA-ARBETSLOSHET",), NOMINEES)
    chart = draw(make_chart(demo, register, request))
    ticks = [t.get_text() for t in chart.ax.get_yticklabels() if t.get_text()]
    assert ticks and all(t.endswith("\u00a0%") for t in ticks)
    formatter = chart.ax.yaxis.get_major_formatter()
    assert formatter.format_ticks([0, 2.5, 5]) == ["0,0\u00a0%", "2,5\u00a0%", "5,0\u00a0%"]
    assert not any("." in t for t in ticks)
    assert [t.get_text() for t in chart.ax.get_xticklabels()] == [
        "2008",
        "2009",
        "2010",
        "2011",
        "2012",
    ]
    assert chart.texts.title.get_text().startswith("Arbetslöshet")
    assert "2008–2012" in chart.texts.subtitle.get_text()
    assert "lägre värde är bättre" in chart.texts.subtitle.get_text()
    assert chart.texts.source.get_text().startswith("Källa: Kolada (RKA), 2008–2012")


def test_english_and_norwegian_words_and_numbers(demo, register, draw):
    request = ChartRequest("timeseries", ("SCB-FOLKMANGD",), NOMINEES[:1], language="en")
    chart = draw(make_chart(demo, register, request))
    ticks = [t.get_text() for t in chart.ax.get_yticklabels() if t.get_text()]
    assert any("," in t for t in ticks)  # 46,000
    assert chart.texts.source.get_text().startswith("Source: SCB")
    norsk = draw(make_chart(demo, register, request.changed(language="nb")))
    ticks = [t.get_text() for t in norsk.ax.get_yticklabels() if t.get_text()]
    assert any("\u00a0" in t for t in ticks) and norsk.texts.source.get_text().startswith("Kilde")


def test_every_kommun_behind_the_selection(demo, register):
    request = ChartRequest(
        "timeseries", ("KOLADA-ARBETSLOSHET",), NOMINEES[:1], options={"all_areas": True}
    )
    chart = make_chart(demo, register, request)
    assert len(chart.panel.background.get_segments()) == 290
    assert chart.panel.legend_entries()[1][-1] == "Alla kommuner"


def test_missing_values_and_missing_years_are_gaps(make_workspace, register):
    nan = math.nan
    rows = [
        ("X", "0186", "2015", 1.0),
        ("X", "0186", "2016", nan),
        ("X", "0186", "2017", 3.0),
        ("X", "0186", "2019", 5.0),
        ("X", "0186", "2020", 6.0),
        ("X", "0180", "2015", 2.0),
        ("X", "0180", "2020", 2.5),
    ]
    chart = make_chart(
        make_workspace(rows),
        register,
        ChartRequest(
            "timeseries",
            ("X",),
            (("SE", "0186"),),
            options={"references": False, "all_areas": True},
        ),
    )
    line = chart.panel.lines[0]
    assert list(line.get_xdata()) == [2015, 2016, 2017, 2018, 2019, 2020]
    y = line.get_ydata()
    assert np.isnan(y[1]) and np.isnan(y[3])  # 2016 missing, 2018 not published at all
    assert list(y[[0, 2, 4, 5]]) == [1.0, 3.0, 5.0, 6.0]
    assert line.get_marker() != "None"  # 2017 alone between gaps still shows
    # The thin lines behind break there too: no segment spans a gap.
    for segment in chart.panel.background.get_segments():
        assert np.isfinite(segment).all()
        assert (np.diff(segment[:, 0]) == 1).all()


def test_women_and_men_as_separate_lines(make_workspace, register):
    rows = [("X", "0186", str(y), float(y - 2000), g) for y in (2019, 2020) for g in "TKM"]
    chart = make_chart(
        make_workspace(rows),
        register,
        ChartRequest("timeseries", ("X",), (("SE", "0186"),), options={"genders": True}),
    )
    lines = chart.panel.lines[: chart.panel.shown]
    assert [line.get_label() for line in lines] == ["Lidingö, kvinnor", "Lidingö, män"]
    assert lines[0].get_color() == lines[1].get_color()
    assert lines[0].get_linestyle() != lines[1].get_linestyle()


def test_update_moves_the_same_lines_to_another_selection(demo, register, draw):
    request = ChartRequest("timeseries", ("KOLADA-ARBETSLOSHET",), NOMINEES[:2])
    chart = draw(make_chart(demo, register, request))
    figure, first = chart.figure, chart.panel.lines[0]
    assert chart.update(request.changed(areas=(("SE", "2480"),))) is True
    draw(chart)
    assert chart.figure is figure and chart.panel.lines[0] is first
    assert first.get_label() == "Umeå" and not chart.panel.lines[1].get_visible()
    assert chart.request.areas == (("SE", "2480"),)
    assert chart.update(request.changed(indicators=("KOLADA-MEDIANINKOMST",))) is False
    assert chart.update(request.changed(language="en")) is False


def test_requests_that_cannot_be_drawn_raise_typed_errors(demo, register):
    def make(**changes):
        base = ChartRequest("timeseries", ("KOLADA-ARBETSLOSHET",), NOMINEES[:1])
        return make_chart(demo, register, base.changed(**changes))

    with pytest.raises(AnalysisError) as unknown:
        make(indicators=("NOPE",))
    assert unknown.value.code == "analysis.unknown_indicator"
    with pytest.raises(ChartError, match="chart.unknown_kind"):
        make(kind="pie")
    with pytest.raises(ChartError, match="chart.mixed_countries"):
        make(areas=(("SE", "0186"), ("NO", "0301")))
    with pytest.raises(ChartError, match="chart.no_data"):
        make(areas=(("NO", "0301"),))
    with pytest.raises(AnalysisError, match="analysis.unknown_area"):
        make(areas=(("SE", "9999"),))
    with pytest.raises(ChartError, match="chart.bad_option"):
        make(language="de")
