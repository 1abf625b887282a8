"""Scatter: two indicators for one period, a point for every kommun with both values.

The first indicator is along x, the second along y. The medians of all kommuner (the
comparison view's) are dashed guide lines. A selected area is drawn in its colour with its
own marker and named beside its point. With ``size_by_population`` a point's area is the
kommun's population (the workspace's population figures, as the national value uses).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Annotation

from digidesk.core.charts import AreaKey, ChartRequest
from digidesk.core.charts.base import BaseChart, figure_size, prepare_figure, style_value_axis
from digidesk.core.charts.data import Context, Standing
from digidesk.core.charts.layers import LayeredAxes
from digidesk.core.charts.numbers import is_percent
from digidesk.core.charts.palette import highlight
from digidesk.core.charts.tables import ChartTable
from digidesk.core.charts.texts import SEPARATOR, source_line
from digidesk.core.charts.themes import THEMES
from digidesk.core.errors import ChartError

DEFAULT_SIZE = (8.0, 6.0)
POINT = 22.0  # points² of a kommun of median population, or of every kommun
GUIDE_STYLE = (0, (4, 2))


def common_period(ctx: Context, request: ChartRequest, country: str) -> str:
    """The request's period, else the first indicator's latest period that both have
    values for, else the latest period both have."""
    x_id, y_id = request.indicators
    if request.period is not None:
        for indicator_id in (x_id, y_id):
            ctx.period_for(indicator_id, country, request.period, request.gender)
        return request.period
    latest = ctx.period_for(x_id, country, None, request.gender)
    shared = set(ctx.data(y_id, country).periods(request.gender))
    if latest in shared:
        return latest
    both = [p for p in ctx.data(x_id, country).periods(request.gender) if p in shared]
    if not both:
        raise ChartError("chart.no_common_period", x=x_id, y=y_id)
    return both[-1]


class ScatterChart(BaseChart):
    def __init__(self, ctx: Context, request: ChartRequest, figure: Figure, country: str) -> None:
        super().__init__(ctx, request, figure)
        self.country = country
        self.ax = figure.add_subplot(axes_class=LayeredAxes)
        theme = self.theme
        self.cloud: PathCollection = self.ax.scatter(
            [], [], s=POINT, color=theme.context, edgecolors="none", zorder=2
        )
        self.guides = (
            self.ax.axvline(0, color=theme.median, linestyle=GUIDE_STYLE, linewidth=1.2, zorder=1),
            self.ax.axhline(0, color=theme.median, linestyle=GUIDE_STYLE, linewidth=1.2, zorder=1),
        )
        self.points: list[PathCollection] = []
        self.names: list[Annotation] = []
        self.shown = 0
        self.sized = bool(request.option("size_by_population", False))
        self.population_id: str | None = None
        self.set_period(request.period)
        self.set_areas(request.areas)
        self._texts(request)

    def set_period(self, period: str | None) -> None:
        ctx, request = self.ctx, self.request.changed(period=period)
        self.period = common_period(ctx, request, self.country)
        x_id, y_id = request.indicators
        self.x: Standing = ctx.standing(x_id, self.country, self.period, request.gender)
        self.y: Standing = ctx.standing(y_id, self.country, self.period, request.gender)
        both = pd.concat(
            [self.x.values.rename("x"), self.y.values.rename("y")], axis=1, join="inner"
        ).dropna()
        if both.empty:
            raise ChartError("chart.no_common_period", x=x_id, y=y_id)
        self.both = both
        self.sizes = self._sizes(both.index)
        self.cloud.set_offsets(both.to_numpy(float))
        self.cloud.set_sizes(self.sizes)
        self.guides[0].set_xdata([self.x.summary.median] * 2)
        self.guides[1].set_ydata([self.y.summary.median] * 2)
        for standing, axis in ((self.x, "x"), (self.y, "y")):
            style_value_axis(
                self.ax,
                self.theme,
                ctx.words.numbers,
                is_percent(standing.indicator.unit),
                axis=axis,
            )
        self.ax.grid(True, axis="both", color=self.theme.grid, linewidth=0.6)
        self.ax.set_xlabel(self.x.indicator.heading)
        self.ax.set_ylabel(self.y.indicator.heading)
        self._limits(both)

    def _sizes(self, codes: pd.Index) -> np.ndarray:
        if not self.sized:
            return np.full(len(codes), POINT)
        population = self.ctx.population(self.country, self.period)
        self.population_id = self.ctx.population_indicator(self.country)
        if population is None:
            raise ChartError("chart.no_population", country=self.country)
        values = population.reindex(codes).to_numpy(float)
        typical = float(np.nanmedian(values)) if np.isfinite(values).any() else 1.0
        sizes = POINT * values / typical
        return np.clip(np.nan_to_num(sizes, nan=POINT), 4.0, 900.0)

    def _limits(self, both: pd.DataFrame) -> None:
        for column, setter in (("x", self.ax.set_xlim), ("y", self.ax.set_ylim)):
            low, high = float(both[column].min()), float(both[column].max())
            pad = (high - low) * 0.06 or abs(high) * 0.1 or 1.0
            setter(low - pad, high + pad)

    def set_areas(self, areas: tuple[AreaKey, ...]) -> None:
        theme = self.theme
        chosen = [(n, code) for n, (_, code) in enumerate(areas) if code in self.both.index]
        sizes = pd.Series(self.sizes, index=self.both.index)
        for i, (n, code) in enumerate(chosen):
            style = highlight(n, theme.name)
            x, y = (float(v) for v in self.both.loc[code, ["x", "y"]])
            point = self._point(i)
            point.set_offsets([[x, y]])
            point.set_sizes([max(float(sizes[code]) * 2.2, 50.0)])
            point.set_facecolor(style.colour)
            point.set_paths([_marker_path(style.marker)])
            point.set_visible(True)
            name = self._name(i)
            name.set_text(self.ctx.name(self.country, code))
            name.xy = (x, y)
            name.set_visible(True)
        for artist in [*self.points[len(chosen) :], *self.names[len(chosen) :]]:
            artist.set_visible(False)
        self.shown = len(chosen)
        self._spread_names()

    def _point(self, i: int) -> PathCollection:
        while len(self.points) <= i:
            self.points.append(
                self.ax.scatter(
                    [], [], s=60, edgecolors=self.theme.foreground, linewidths=0.8, zorder=4
                )
            )
            self.ax.add_dynamic(self.points[-1:])
        return self.points[i]

    def _name(self, i: int) -> Annotation:
        while len(self.names) <= i:
            self.names.append(
                self.ax.annotate(
                    "",
                    (0, 0),
                    xytext=(7, 5),
                    textcoords="offset points",
                    fontsize=8.5,
                    fontweight="bold",
                    color=self.theme.foreground,
                    zorder=5,
                    bbox={
                        "boxstyle": "round,pad=0.15",
                        "linewidth": 0,
                        "facecolor": self.theme.background,
                        "alpha": 0.8,
                    },
                )
            )
            self.ax.add_dynamic(self.names[-1:])
        return self.names[i]

    def _spread_names(self) -> None:
        """Names of points close together are moved apart vertically, in the order of their
        points, so that no two labels are written over each other. Distances are taken on
        the Axes' share of the figure, not on its pixels now, so that the result does not
        depend on the layout of the moment."""
        shown = self.names[: self.shown]
        if len(shown) < 2:
            return
        to_share = self.ax.transLimits.transform
        width = self.figure.get_figwidth() * 72 * 0.8  # points, roughly, after the layout
        height = self.figure.get_figheight() * 72 * 0.7
        placed: list[tuple[float, float]] = []
        for name in sorted(shown, key=lambda a: -to_share(a.xy)[1]):
            fx, fy = to_share(name.xy)
            x, y = fx * width, fy * height
            dy = 5.0
            span = len(name.get_text()) * 5.5 + 10
            for px, py in placed:
                if abs(px - x) < span and abs(py - (y + dy)) < 11:
                    dy = py - y - 12
            name.xyann = (7, dy)
            placed.append((x, y + dy))

    def _texts(self, request: ChartRequest) -> None:
        words = self.ctx.words
        title = request.option("title") or words.format(
            "scatter_title", y=self.y.indicator.title, x=_mid_sentence(self.x.indicator.title)
        )
        parts = [self.period, words.format("kommuner", n=len(self.both)), words["medians_guides"]]
        if self.sized:
            parts.append(words["size_population"])
        indicators = tuple(request.indicators)
        if self.sized and self.population_id:
            indicators += (self.population_id,)
        handles: list[Any] = [
            Line2D([], [], linestyle="", marker="o", color=self.theme.context),
            self.guides[0],
        ]
        labels = [words["all_kommuner"], words["median"]]
        source = source_line(self.ctx, indicators, self.country, self.period)
        self.show_texts(title, SEPARATOR.join(parts), source, handles, labels, columns=2)

    def _update(self, request: ChartRequest) -> bool:
        self.ctx.check_areas(request.areas)
        if {c for c, _ in request.areas} - {self.country}:
            return False
        if request.period != self.request.period:
            self.set_period(request.period)
            self.request = request
            self._texts(request)
        else:
            self.keep_static()
        self.set_areas(request.areas)
        return True

    def table(self) -> ChartTable:
        words = self.ctx.words
        x_title, y_title = self.x.indicator.heading, self.y.indicator.heading
        if x_title == y_title:
            y_title = f"{y_title} (y)"
        frame = pd.DataFrame(
            {
                words["area"]: [self.ctx.name(self.country, c) for c in self.both.index],
                words["code"]: list(self.both.index),
                x_title: self.both["x"].to_numpy(float),
                y_title: self.both["y"].to_numpy(float),
            }
        )
        return ChartTable(
            title=self.texts.title.get_text().strip() if self.texts.title else "",
            frame=frame,
            category=x_title,
            series=(y_title,),
            native="scatter",
            value_title=y_title,
            source=self.texts.source.get_text() if self.texts.source else "",
        )


def _mid_sentence(title: str) -> str:
    """A title as the second half of a sentence: "Arbetslöshet" → "arbetslöshet", but
    "IT-kostnad" and "SCB:s index" keep their capitals."""
    if len(title) > 1 and title[0].isupper() and title[1].islower():
        return title[0].lower() + title[1:]
    return title


def _marker_path(marker: str) -> Any:
    from matplotlib.markers import MarkerStyle

    style = MarkerStyle(marker)
    return style.get_path().transformed(style.get_transform())


def build(ctx: Context, request: ChartRequest, figure: Figure | None) -> ScatterChart:
    if len(request.indicators) != 2:
        raise ChartError("chart.indicators", kind=request.kind, needed=2)
    country = ctx.country(request)
    size = figure_size(request, DEFAULT_SIZE)
    figure = prepare_figure(figure, size, THEMES[request.theme])
    return ScatterChart(ctx, request, figure, country)
