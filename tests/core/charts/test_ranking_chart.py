"""Ranking: every kommun of the country as sorted bars, the selection marked and ranked."""

from __future__ import annotations

import pytest

from digidesk.core.analysis.compare import compare
from digidesk.core.charts import ChartRequest, make_chart
from digidesk.core.errors import ChartError
from digidesk.core.model.indicators import Indicator
from digidesk.wording import rank_text

NOMINEES = (("SE", "0186"), ("SE", "1080"), ("SE", "1780"), ("SE", "0181"), ("SE", "2480"))


def bars(chart):
    return chart.panel.bars.get_paths()


def test_best_and_worst_ten_with_the_nominees_between(demo, register, draw):
    request = ChartRequest("ranking", ("KOLADA-ARBETSLOSHET",), NOMINEES)
    chart = draw(make_chart(demo, register, request))
    rows = chart.panel.rows
    # The best ten (Lidingö fifth among them), four nominees between, the worst ten.
    assert len(bars(chart)) == 24 and rows.count(None) == 5
    names = [t.get_text() for t in chart.ax.get_yticklabels()]
    assert names[:2] == ["Vallentuna", "Vaxholm"] and names[-1] == "Trollhättan"
    assert names.count("⋮") == 5
    comparison = compare(demo, list(NOMINEES), register, ["KOLADA-ARBETSLOSHET"])
    notes = [n.get_text() for n in chart.panel.notes if n.get_visible()]
    expected = {rank_text(r.rank, r.ranked, r.shared, "sv") for r in comparison.rows}
    assert {note.split(" · ")[1] for note in notes} == expected
    assert "5 av 290" in expected
    # Marked by more than colour: a hatch of its own, a bold name, a note with the rank.
    marks = [m for m in chart.panel.marks if m.get_visible()]
    assert len({m.get_hatch() for m in marks}) == 5 and len({m.get_facecolor() for m in marks}) == 5
    bold = {t.get_text() for t in chart.panel.names if t.get_visible()}
    assert bold == {"Lidingö", "Karlskrona", "Karlstad", "Södertälje", "Umeå"}
    assert all(t.get_fontweight() == "bold" for t in chart.panel.names)
    row = comparison.rows[0]
    assert chart.panel.lines["national"].get_xdata()[0] == row.national
    assert chart.panel.lines["median"].get_xdata()[0] == row.median
    legend = [t.get_text() for t in chart.figure.legends[0].get_texts()]
    assert legend == [
        f"Riket (beräknat): {row.national:.1f}\u00a0%".replace(".", ","),
        f"Median, alla kommuner: {row.median:.1f}\u00a0%".replace(".", ","),
    ]
    ticks = [t.get_text() for t in chart.ax.get_xticklabels() if t.get_text()]
    assert all(t.endswith("\u00a0%") and "." not in t for t in ticks)
    assert "de 10 bästa, de 10 sämsta och de valda" in chart.texts.subtitle.get_text()


def test_every_kommun_in_a_tall_figure(demo, register, draw):
    request = ChartRequest("ranking", ("KOLADA-MEDIANINKOMST",), NOMINEES[:1], options={"top_n": 0})
    chart = draw(make_chart(demo, register, request))
    assert len(bars(chart)) == 290 and None not in chart.panel.rows
    width, height = chart.figure.get_size_inches()
    assert height > 40 and chart.preferred_size == (width, height)
    ticks = [t.get_text() for t in chart.ax.get_xticklabels() if t.get_text()]
    assert "200\u00a0000" in ticks  # thousands with a no-break space
    # Best first: the bars shrink downwards for an indicator where higher is better.
    rights = [path.vertices[:, 0].max() for path in bars(chart)]
    assert rights == sorted(rights, reverse=True)


def test_shared_ranks_are_said_to_be_shared(make_workspace, register):
    rows = [
        ("X", code, "2020", value)
        for code, value in (
            ("0186", 5.5),
            ("0180", 7.5),
            ("0114", 7.5),
            ("0115", 3.5),
            ("0117", 1.5),
        )
    ]
    chart = make_chart(
        make_workspace(rows),
        register,
        ChartRequest("ranking", ("X",), (("SE", "0180"), ("SE", "0117"))),
    )
    notes = [n.get_text() for n in chart.panel.notes if n.get_visible()]
    assert notes == ["7,5\u00a0% · delad 1:a av 5", "1,5\u00a0% · 5 av 5"]
    english = make_chart(make_workspace(rows), register, chart.request.changed(language="en"))
    assert english.panel.notes[0].get_text() == "7.5% · shared 1st of 5"


def test_a_kommun_without_a_value_is_named_in_the_notes(make_workspace, register):
    rows = [
        ("X", code, "2020", value)
        for code, value in (("0186", 5.0), ("0180", float("nan")), ("0114", 2.0), ("0115", 3.0))
    ]
    chart = make_chart(
        make_workspace(rows),
        register,
        ChartRequest("ranking", ("X",), (("SE", "0180"), ("SE", "0186"))),
    )
    assert len(bars(chart)) == 3
    assert "Saknar värde: Stockholm." in chart.texts.source.get_text()


def test_update_recolours_and_moves_the_same_bars(demo, register, draw):
    request = ChartRequest("ranking", ("KOLADA-ARBETSLOSHET",), NOMINEES[:1])
    chart = draw(make_chart(demo, register, request))
    figure, collection, mark = chart.figure, chart.panel.bars, chart.panel.marks[0]
    assert chart.update(request.changed(areas=(("SE", "2480"), ("SE", "0181")))) is True
    draw(chart)
    assert chart.figure is figure and chart.panel.bars is collection
    assert chart.panel.marks[0] is mark and mark.get_visible()
    assert "Umeå" in [t.get_text() for t in chart.ax.get_yticklabels()]
    assert chart.update(request.changed(period="2009")) is True
    assert chart.panel.standing.period == "2009"
    assert "2009" in chart.texts.subtitle.get_text()
    assert chart.update(request.changed(options={"top_n": 3})) is False


def test_a_ranking_is_of_one_country(demo, register):
    with pytest.raises(ChartError, match="chart.mixed_countries"):
        make_chart(
            demo,
            register,
            ChartRequest("ranking", ("KOLADA-ARBETSLOSHET",), (("SE", "0186"), ("NO", "0301"))),
        )
    with pytest.raises(ChartError, match="chart.no_period"):
        make_chart(
            demo,
            register,
            ChartRequest("ranking", ("KOLADA-ARBETSLOSHET",), NOMINEES, period="1999"),
        )
    with pytest.raises(ChartError, match="chart.bad_option"):
        make_chart(
            demo,
            register,
            ChartRequest("ranking", ("KOLADA-ARBETSLOSHET",), NOMINEES, options={"top_n": -1}),
        )


def test_norwegian_kommuner_of_the_demo(demo, register):
    request = ChartRequest("ranking", ("NVDB-KOMMUNAL-VEG",), (("NO", "0301"),), language="nb")
    chart = make_chart(demo, register, request)
    assert chart.panel.standing.ranking.ranked == 357
    assert chart.texts.source.get_text().startswith("Kilde: Statens vegvesen (NVDB), 2024")
    assert "ingen retning oppgitt" in chart.texts.subtitle.get_text()


def test_a_kolada_export_as_imported(corpus, register, draw):
    indicator = "Arbetslöshet, (%)"
    chart = draw(
        make_chart(corpus, register, ChartRequest("ranking", (indicator,), (("SE", "0186"),)))
    )
    row = compare(corpus, [("SE", "0186")], register, [indicator]).rows[0]
    assert row.ranked == 290 and chart.panel.standing.ranking.ranked == 290
    assert chart.panel.lines["median"].get_xdata()[0] == row.median
    assert chart.panel.lines["national"].get_xdata()[0] == row.national
    assert rank_text(row.rank, row.ranked, row.shared, "sv") in chart.panel.notes[0].get_text()
    # The file gives no direction: ranked high to low, and the chart says so.
    assert "ingen riktning angiven" in chart.texts.subtitle.get_text()
    assert "Kolada" in chart.texts.source.get_text()
    assert len(bars(chart)) == 20  # Lidingö is among the lowest ten


def test_a_ranking_of_the_indicator_with_a_direction_set_later(corpus, register):
    corpus.indicators["Arbetslöshet, (%)"] = Indicator(
        "Arbetslöshet, (%)", "Arbetslöshet, (%)", "%", "lower", "Kolada"
    )
    try:
        chart = make_chart(corpus, register, ChartRequest("ranking", ("Arbetslöshet, (%)",)))
        values = chart.panel.ranked["value"].to_numpy()
        assert (values[:-1] <= values[1:]).all()  # lowest first
        assert "lägre värde är bättre" in chart.texts.subtitle.get_text()
    finally:
        corpus.indicators["Arbetslöshet, (%)"] = Indicator(
            "Arbetslöshet, (%)", "Arbetslöshet, (%)", "%"
        )
