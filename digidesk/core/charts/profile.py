"""Nominee profile: a set of areas across chosen indicators, each on a scale of 0 to 1.

Each indicator is normalised over all kommuner of the country in its period (the request's,
or each indicator's latest, as in the comparison view): with ``scale`` "minmax" (default)
0 is the worst kommun's value and 1 the best's; with "percentile" it is the comparison's
percentile / 100. Both follow the indicator's direction, so that outward (radar) or to the
right (bars) is better on every axis; an indicator without a direction counts high as
better and says so. The median kommun's profile is drawn in grey for reference.

``style`` "radar" draws one closed line per area (its colour, marker and line style);
"bars" draws a group of bars per indicator (colour and hatch), with each bar's value in
the indicator's own unit written beside it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Polygon, Rectangle
from matplotlib.text import Text

from digidesk.core.charts import AreaKey, ChartRequest
from digidesk.core.charts.base import BaseChart, figure_size, prepare_figure, wrap
from digidesk.core.charts.data import Context, Standing
from digidesk.core.charts.numbers import format_number, label_decimals
from digidesk.core.charts.palette import highlight
from digidesk.core.charts.tables import ChartTable
from digidesk.core.charts.texts import SEPARATOR, join_names, period_range, source_line, value_text
from digidesk.core.charts.themes import THEMES
from digidesk.core.errors import AnalysisError, ChartError

STYLES = ("radar", "bars")
SCALES = ("minmax", "percentile")


def normalised(standing: Standing, codes: list[str], scale: str) -> np.ndarray:
    """The areas' values on 0–1, better outward; NaN where an area has no value."""
    table = standing.ranking.table
    if scale == "percentile":
        column = table["percentile"] / 100.0
        return np.array([float(column.get(c, np.nan)) for c in codes])
    values = table["value"].dropna()
    low, high = float(values.min()), float(values.max())
    raw = np.array([float(table["value"].get(c, np.nan)) for c in codes])
    if high == low:
        return np.where(np.isnan(raw), np.nan, 1.0)
    share = (raw - low) / (high - low)
    return 1.0 - share if standing.ranking.direction == "lower" else share


def median_normalised(standing: Standing, scale: str) -> float:
    if scale == "percentile":
        return 0.5
    table = standing.ranking.table
    values = table["value"].dropna()
    low, high, median = float(values.min()), float(values.max()), standing.summary.median
    if median is None or high == low:
        return float("nan")
    share = (median - low) / (high - low)
    return 1.0 - share if standing.ranking.direction == "lower" else share


class ProfileChart(BaseChart):
    def __init__(self, ctx: Context, request: ChartRequest, figure: Figure, country: str) -> None:
        super().__init__(ctx, request, figure)
        self.country = country
        self.style = request.option("style", "radar")
        self.scale = request.option("scale", "minmax")
        self.with_median = bool(request.option("median", True))
        polar = self.style == "radar"
        self.ax: Axes = figure.add_subplot(projection="polar" if polar else None)
        self.lines: list[Line2D] = []
        self.fills: list[Polygon] = []
        self.bars: list[Rectangle] = []
        self.values_text: list[Text] = []
        self.median_artist: Any = None
        self.names: list[Text] = []
        self.set_period(request.period)
        self.set_areas(request.areas)

    # -- what every area shares ------------------------------------------------------------
    def set_period(self, period: str | None) -> None:
        ctx, request = self.ctx, self.request
        self.standings = [
            ctx.standing(
                i,
                self.country,
                ctx.period_for(i, self.country, period, request.gender),
                request.gender,
            )
            for i in request.indicators
        ]
        words = ctx.words
        labels = []
        several = len({s.period for s in self.standings}) > 1
        for standing in self.standings:
            notes = [standing.period] if several else []
            if standing.ranking.direction_assumed:
                notes.append(words["direction_assumed"])
            label = standing.indicator.title
            labels.append(f"{label} ({', '.join(notes)})" if notes else label)
        self.labels = labels
        if self.style == "radar":
            self._radar_axes()
        else:
            self._bar_axes()
        self.medians = np.array([median_normalised(s, self.scale) for s in self.standings])

    def _radar_axes(self) -> None:
        ax, theme, n = self.ax, self.theme, len(self.standings)
        self.angles = np.linspace(0, 2 * np.pi, n, endpoint=False)
        ax.set_theta_offset(np.pi / 2)
        ax.set_theta_direction(-1)
        # The indicators' names beside the rim, aligned away from the centre.
        ax.set_xticks(self.angles, [""] * n)
        for old in self.names:
            old.remove()
        self.names = []
        for angle, label in zip(self.angles, self.labels, strict=True):
            on_screen = np.pi / 2 - angle  # the axes turn clockwise from the top
            dx, dy = np.cos(on_screen), np.sin(on_screen)
            ha = "left" if dx > 0.2 else "right" if dx < -0.2 else "center"
            va = "bottom" if dy > 0.2 else "top" if dy < -0.2 else "center"
            self.names.append(
                ax.text(
                    angle,
                    1.1,
                    wrap(label, 24, 4),
                    ha=ha,
                    va=va,
                    fontsize=8.5,
                    color=theme.foreground,
                )
            )
        ax.set_ylim(0, 1.0)
        ticks = [0.25, 0.5, 0.75, 1.0]
        ax.set_yticks(ticks, [format_number(t, self.ctx.words.numbers, 2) for t in ticks])
        ax.set_rlabel_position(180 / n)
        ax.tick_params(axis="x", pad=10, labelcolor=theme.foreground)
        ax.tick_params(axis="y", labelsize=7, labelcolor=theme.muted)
        for label in ax.get_yticklabels():
            label.set_bbox(
                {
                    "boxstyle": "round,pad=0.12",
                    "linewidth": 0,
                    "alpha": 0.85,
                    "facecolor": theme.background,
                }
            )
            label.set_zorder(6)
        ax.grid(True, color=theme.grid, linewidth=0.7)
        ax.yaxis.set_zorder(5)  # the scale's numbers over the areas, not under them
        ax.spines["polar"].set_color(theme.grid)
        ax.set_facecolor(theme.background)

    def _bar_axes(self) -> None:
        ax, theme, n = self.ax, self.theme, len(self.standings)
        ax.set_yticks(np.arange(n), [wrap(label, 30, 3) for label in self.labels])
        ax.set_ylim(n - 0.5, -0.5)
        ax.set_xlim(0, 1.32)
        ticks = [0, 0.25, 0.5, 0.75, 1.0]
        ax.set_xticks(ticks, [format_number(t, self.ctx.words.numbers, 2) for t in ticks])
        ax.tick_params(axis="y", length=0)
        ax.spines["left"].set_visible(False)
        ax.grid(True, axis="x", color=theme.grid, linewidth=0.6)
        ax.set_xlabel(self.ctx.words["normalised"])

    # -- the areas -------------------------------------------------------------------------
    def set_areas(self, areas: tuple[AreaKey, ...]) -> None:
        if not areas:
            raise AnalysisError("analysis.no_areas")
        codes = [code for _, code in areas]
        matrix = np.array([normalised(s, codes, self.scale) for s in self.standings]).T
        self.matrix = matrix
        if self.style == "radar":
            self._draw_radar(codes, matrix)
        else:
            self._draw_bars(codes, matrix)
        self._legend(areas)

    def _draw_radar(self, codes: list[str], matrix: np.ndarray) -> None:
        theme = self.theme
        closed = np.concatenate((self.angles, self.angles[:1]))
        if self.with_median and self.median_artist is None:
            (self.median_artist,) = self.ax.plot(
                [], [], color=theme.median, linewidth=1.4, linestyle=(0, (4, 2)), zorder=2
            )
        if self.median_artist is not None:
            self.median_artist.set_data(closed, np.concatenate((self.medians, self.medians[:1])))
        for i, code in enumerate(codes):
            style = highlight(i, theme.name)
            values = np.concatenate((matrix[i], matrix[i][:1]))
            line, fill = self._radar_artists(i)
            line.set_data(closed, values)
            line.set_color(style.colour)
            line.set_marker(style.marker)
            line.set_linestyle(style.linestyle)
            line.set_label(self.ctx.name(self.country, code))
            line.set_visible(True)
            complete = np.isfinite(values).all()
            if complete:
                fill.set_xy(np.column_stack((closed, values)))
            fill.set_facecolor(style.colour)
            fill.set_visible(bool(complete))
        for artist in [*self.lines[len(codes) :], *self.fills[len(codes) :]]:
            artist.set_visible(False)
        self.shown = len(codes)
        self.ax.set_ylim(0, 1.0)

    def _radar_artists(self, i: int) -> tuple[Line2D, Polygon]:
        while len(self.lines) <= i:
            (line,) = self.ax.plot([], [], linewidth=2.0, markersize=5.5, zorder=4)
            fill = Polygon(np.zeros((3, 2)), closed=True, alpha=0.09, linewidth=0, zorder=3)
            self.ax.add_patch(fill)
            self.lines.append(line)
            self.fills.append(fill)
        return self.lines[i], self.fills[i]

    def _draw_bars(self, codes: list[str], matrix: np.ndarray) -> None:
        theme, words = self.theme, self.ctx.words
        for artist in [*self.bars, *self.values_text]:
            artist.remove()
        self.bars, self.values_text = [], []
        count = len(codes)
        height = 0.8 / count
        for j, standing in enumerate(self.standings):
            values = standing.ranking.table["value"]
            decimals = label_decimals(values.dropna().to_numpy(float))
            for i, code in enumerate(codes):
                style = highlight(i, theme.name)
                y = j - 0.4 + height * (i + 0.5)
                share = matrix[i, j]
                width = 0.0 if np.isnan(share) else float(share)
                bar = Rectangle(
                    (0, y - height * 0.45),
                    width,
                    height * 0.9,
                    facecolor=style.colour,
                    hatch=style.hatch,
                    edgecolor=theme.foreground,
                    linewidth=0.5,
                    zorder=3,
                    label=self.ctx.name(self.country, code),
                )
                self.ax.add_patch(bar)
                self.bars.append(bar)
                raw = values.get(code, np.nan)
                text = (
                    value_text(
                        words, None if pd.isna(raw) else float(raw), standing.indicator, decimals
                    )
                    or "–"
                )
                self.values_text.append(
                    self.ax.text(
                        width + 0.015,
                        y,
                        text,
                        va="center",
                        fontsize=7,
                        color=theme.foreground,
                        zorder=5,
                        bbox={
                            "boxstyle": "square,pad=0.1",
                            "linewidth": 0,
                            "facecolor": theme.background,
                        },
                    )
                )
        if self.with_median:
            if self.median_artist is None:
                (self.median_artist,) = self.ax.plot(
                    [], [], linestyle=(0, (4, 2)), linewidth=1.6, color=theme.median, zorder=4
                )
            # One short line per indicator across its group of bars; NaN breaks between.
            xs, ys = [], []
            for j, median in enumerate(self.medians):
                xs += [median, median, np.nan]
                ys += [j - 0.45, j + 0.45, np.nan]
            self.median_artist.set_data(xs, ys)
        self.shown = count

    def _legend(self, areas: tuple[AreaKey, ...]) -> None:
        words, theme = self.ctx.words, self.theme
        if self.style == "radar":
            handles: list[Any] = list(self.lines[: self.shown])
        else:
            handles = [
                Rectangle(
                    (0, 0),
                    1,
                    1,
                    facecolor=highlight(i, theme.name).colour,
                    hatch=highlight(i, theme.name).hatch,
                    edgecolor=theme.foreground,
                    linewidth=0.5,
                )
                for i in range(self.shown)
            ]
        labels = [self.ctx.name(self.country, code) for _, code in areas]
        if self.median_artist is not None:
            handles.append(self.median_artist)
            labels.append(words["median_kommun"])
        self._texts(areas, handles, labels)

    def _texts(self, areas: tuple[AreaKey, ...], handles: list[Any], labels: list[str]) -> None:
        words, request = self.ctx.words, self.request
        names = [self.ctx.name(c, a) for c, a in areas]
        ranked = max(s.ranking.ranked for s in self.standings)
        periods = sorted({s.period for s in self.standings})
        title = request.option("title") or words.format(
            "profile_title", areas=join_names(words, names, 5), n=len(self.standings)
        )
        scale = words.format(f"scale_{self.scale}", n=ranked)
        better = words["outward_better" if self.style == "radar" else "right_better"]
        subtitle = SEPARATOR.join((period_range(periods), scale, better))
        source = source_line(self.ctx, request.indicators, self.country, period_range(periods))
        self.show_texts(title, subtitle, source, handles, labels, columns=4)

    def _update(self, request: ChartRequest) -> bool:
        self.ctx.check_areas(request.areas)
        if {c for c, _ in request.areas} - {self.country}:
            return False
        old = self.request
        self.request = request
        if request.period != old.period:
            self.set_period(request.period)
        self.set_areas(request.areas)
        return True

    def table(self) -> ChartTable:
        words = self.ctx.words
        names = [self.ctx.name(c, a) for c, a in self.request.areas]
        frame = pd.DataFrame({words["indicator"]: self.labels})
        for i, name in enumerate(names):
            frame[name] = self.matrix[i]
        if self.with_median:
            frame[words["median_kommun"]] = self.medians
        return ChartTable(
            title=self.texts.title.get_text().strip() if self.texts.title else "",
            frame=frame,
            category=words["indicator"],
            series=tuple(c for c in frame.columns if c != words["indicator"]),
            native="radar" if self.style == "radar" else "barh",
            value_title=words["normalised"],
            source=self.texts.source.get_text() if self.texts.source else "",
        )


def build(ctx: Context, request: ChartRequest, figure: Figure | None) -> ProfileChart:
    style, scale = request.option("style", "radar"), request.option("scale", "minmax")
    if style not in STYLES:
        raise ChartError("chart.bad_option", option="style", value=style)
    if scale not in SCALES:
        raise ChartError("chart.bad_option", option="scale", value=scale)
    if not request.areas:
        raise AnalysisError("analysis.no_areas")
    needed = 3 if style == "radar" else 1
    if len(request.indicators) < needed:
        raise ChartError("chart.indicators", kind=request.kind, needed=needed)
    country = ctx.country(request)
    rows = len(request.indicators)
    default = (
        (8.0, 7.6) if style == "radar" else (8.0, 2.2 + rows * (0.3 + 0.22 * len(request.areas)))
    )
    size = figure_size(request, default)
    figure = prepare_figure(figure, size, THEMES[request.theme])
    return ProfileChart(ctx, request, figure, country)
