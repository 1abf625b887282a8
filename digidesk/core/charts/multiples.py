"""Small multiples: the same chart for several indicators side by side.

``chart`` "timeseries" (default) or "ranking" is drawn once per indicator in a grid of
``columns`` (default up to three), each panel titled with its indicator and with its own
value axis in the indicator's unit. The selection has the same colour and marker in every
panel, and one legend above the grid names it. A ranking panel shows the best and worst
``top_n`` (default 5) and the selection.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
from matplotlib.figure import Figure

from digidesk.core.charts import ChartRequest
from digidesk.core.charts.base import BaseChart, panel_title, prepare_figure
from digidesk.core.charts.data import Context
from digidesk.core.charts.layers import LayeredAxes
from digidesk.core.charts.ranking import top_n_of
from digidesk.core.charts.ranking_panel import RankingPanel
from digidesk.core.charts.tables import ChartTable
from digidesk.core.charts.texts import (
    SEPARATOR,
    direction_text,
    join_names,
    national_note,
    period_range,
    source_line,
)
from digidesk.core.charts.themes import THEMES
from digidesk.core.charts.timeseries import SeriesPanel
from digidesk.core.errors import ChartError

INNER = ("timeseries", "ranking")
PANEL = {"timeseries": (4.0, 3.1), "ranking": (4.0, 4.4)}


def grid_of(request: ChartRequest) -> tuple[int, int]:
    count = len(request.indicators)
    columns = request.option("columns") or min(3, count)
    if isinstance(columns, bool) or not isinstance(columns, int) or columns < 1:
        raise ChartError("chart.bad_option", option="columns", value=columns)
    columns = min(columns, count)
    return math.ceil(count / columns), columns


class MultiplesChart(BaseChart):
    def __init__(self, ctx: Context, request: ChartRequest, figure: Figure, country: str) -> None:
        super().__init__(ctx, request, figure)
        self.country = country
        self.inner = request.option("chart", "timeseries")
        rows, columns = grid_of(request)
        axes = figure.subplots(rows, columns, squeeze=False,
                               subplot_kw={"axes_class": LayeredAxes})  # fmt: skip
        self.panels: list[Any] = []
        for n, indicator_id in enumerate(request.indicators):
            ax = axes[n // columns][n % columns]
            if self.inner == "ranking":
                panel: Any = RankingPanel(
                    self,
                    ax,
                    indicator_id,
                    country,
                    request,
                    top_n_of(request, default=5),
                    short_notes=True,
                )
            else:
                panel = SeriesPanel(self, ax, indicator_id, country, request)
            self.panels.append(panel)
        for ax in axes.ravel()[len(request.indicators) :]:
            ax.set_visible(False)
        self._texts(request)

    def _texts(self, request: ChartRequest) -> None:
        words, theme = self.ctx.words, self.theme
        periods: list[str] = []
        for panel in self.panels:
            indicator = panel.standing.indicator if self.inner == "ranking" else panel.indicator
            detail = [direction_text(words, indicator.direction)]
            if self.inner == "ranking":
                detail.insert(0, panel.standing.period)
                periods.append(panel.standing.period)
            else:
                periods += panel.data.periods(request.gender)
            panel_title(panel.ax, indicator.title, SEPARATOR.join(detail), theme)
        periods = sorted(set(periods))
        names = [self.ctx.name(c, a) for c, a in request.areas]
        n = len(request.indicators)
        title = request.option("title") or (
            words.format("multiples_title", areas=join_names(words, names, 5), n=n)
            if names
            else words.format("indicators", n=n)
        )
        handles, labels = self._legend_entries()
        columns = min(5, max(1, len(handles)))
        notes = [
            national_note(words, self.country, reference)
            for reference in dict.fromkeys(self._national_references())
        ]
        source = source_line(self.ctx, request.indicators, self.country, period_range(periods),
                             list(dict.fromkeys(notes)))  # fmt: skip
        self.show_texts(title, period_range(periods), source, handles, labels, columns)

    def _national_references(self) -> list[Any]:
        if self.inner == "ranking":
            return [p.standing.national for p in self.panels]
        return [p.national_method for p in self.panels if p.national_method is not None]

    def _legend_entries(self) -> tuple[list[Any], list[str]]:
        first = self.panels[0]
        if self.inner == "ranking":
            handles = list(first.lines.values())
            words = self.ctx.words
            names = {"national": words[f"national_{self.country}"], "median": words["median"]}
            return handles, [names[key] for key in first.lines]
        return first.legend_entries()

    def _update(self, request: ChartRequest) -> bool:
        self.ctx.check_areas(request.areas)
        if {c for c, _ in request.areas} - {self.country}:
            return False
        period_changed = request.period != self.request.period
        rows_changed = layout_changed = False
        for panel in self.panels:
            if self.inner == "ranking":
                if period_changed:
                    panel.set_period(request.period)
                changed = panel.set_areas(request.areas)
                rows_changed |= changed
                layout_changed |= changed and panel.layout_changed
            else:
                panel.set_areas(request.areas)
        self._texts(request)
        if layout_changed:
            self.relayout()  # a longer name at an axis
        elif not (rows_changed or (period_changed and self.inner == "ranking")):
            self.keep_static()
        return True

    def table(self) -> ChartTable:
        words = self.ctx.words
        frames = []
        for panel in self.panels:
            if self.inner == "ranking":
                frame = panel.table_frame(self.request.areas)
                frame.insert(0, words["indicator"], panel.standing.indicator.title)
            else:
                columns = panel.table_columns()
                frame = pd.DataFrame({words["period"]: list(panel.axis.periods), **columns})
                frame = frame.melt(
                    id_vars=[words["period"]], var_name=words["area"], value_name=words["value"]
                )
                frame.insert(0, words["indicator"], panel.indicator.title)
            frames.append(frame)
        return ChartTable(
            title=self.texts.title.get_text().strip() if self.texts.title else "",
            frame=pd.concat(frames, ignore_index=True),
            category=words["indicator"],
            series=(words["value"],),
            native=None,
            source=self.texts.source.get_text() if self.texts.source else "",
        )


def build(ctx: Context, request: ChartRequest, figure: Figure | None) -> MultiplesChart:
    inner = request.option("chart", "timeseries")
    if inner not in INNER:
        raise ChartError("chart.bad_option", option="chart", value=inner)
    if len(request.indicators) < 2:
        raise ChartError("chart.indicators", kind=request.kind, needed=2)
    country = ctx.country(request)
    rows, columns = grid_of(request)
    width, height = PANEL[inner]
    size = tuple(request.option("size") or (width * columns, 1.5 + height * rows))
    figure = prepare_figure(figure, size, THEMES[request.theme])
    return MultiplesChart(ctx, request, figure, country)
