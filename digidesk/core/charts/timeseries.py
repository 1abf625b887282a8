"""Time series: one indicator over the periods for the selected areas.

The national value and the median of all kommuner of each period are reference lines
(black dashed and grey dotted, named in the legend), with the same figures as the
comparison view. A missing value is a gap in the line, never a line drawn through it: the
line's data holds NaN there, and a value alone between gaps still shows as its marker.
With ``genders`` women and men are separate lines of the area's colour (solid and
dashed); with ``all_areas`` every kommun is a thin grey line behind the selection.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from digidesk.core.charts import GENDERS, AreaKey, ChartRequest
from digidesk.core.charts.base import (
    BaseChart,
    PeriodAxis,
    figure_size,
    prepare_figure,
    style_value_axis,
)
from digidesk.core.charts.data import Context
from digidesk.core.charts.layers import LayeredAxes
from digidesk.core.charts.numbers import is_percent
from digidesk.core.charts.palette import GENDER_LINESTYLES, highlight
from digidesk.core.charts.tables import ChartTable
from digidesk.core.charts.texts import (
    SEPARATOR,
    axis_label,
    direction_text,
    national_label,
    national_note,
    period_range,
    source_line,
)
from digidesk.core.charts.themes import THEMES
from digidesk.core.errors import ChartError

DEFAULT_SIZE = (8.0, 5.0)
NATIONAL_STYLE = "--"
MEDIAN_STYLE = ":"


def genders_of(request: ChartRequest) -> tuple[str, ...]:
    asked = request.option("genders")
    if not asked:
        return (request.gender,)
    if asked is True:
        return ("K", "M")
    chosen = (asked,) if isinstance(asked, str) else tuple(asked)
    for gender in chosen:
        if gender not in GENDERS:
            raise ChartError("chart.bad_option", option="genders", value=gender)
    return chosen


class SeriesPanel:
    """One indicator over time in one Axes."""

    def __init__(
        self, chart: BaseChart, ax: Axes, indicator_id: str, country: str, request: ChartRequest
    ) -> None:
        self.chart, self.ax, self.ctx = chart, ax, chart.ctx
        self.country = country
        self.indicator = self.ctx.indicator(indicator_id)
        self.data = self.ctx.data(indicator_id, country)
        self.gender = request.gender
        self.genders = genders_of(request)
        periods = [
            p for g in dict.fromkeys((*self.genders, self.gender)) for p in self.data.periods(g)
        ]
        if not periods:
            raise ChartError("chart.no_data", indicator=indicator_id, country=country)
        self.axis = PeriodAxis(periods)
        self.lines: list[Line2D] = []
        self.shown = 0
        self.references: list[tuple[Line2D, str]] = []
        self.background: LineCollection | None = None
        self.national_method: Any = None
        self._fixed: list[np.ndarray] = []  # values drawn whatever the selection
        self._matrices: dict[str, tuple[dict[str, int], np.ndarray]] = {}
        if request.option("references", True):
            self._draw_references()
        if request.option("all_areas", False):
            self._draw_all_areas()
        self.axis.apply(ax)
        style_value_axis(ax, chart.theme, self.ctx.words.numbers, is_percent(self.indicator.unit))
        ax.set_ylabel(axis_label(self.indicator))
        self.set_areas(request.areas)

    # -- what is always drawn --------------------------------------------------------------
    def _draw_references(self) -> None:
        words, theme = self.ctx.words, self.chart.theme
        national = np.full(len(self.axis), np.nan)
        median = np.full(len(self.axis), np.nan)
        computed = False
        periods = [p for p in self.data.periods(self.gender) if p in self.axis.index]
        figures = self.ctx.references_over_time(
            self.indicator.indicator_id, self.country, periods, self.gender
        )
        for period, (reference, summary) in figures.items():
            i = self.axis.index[period]
            if reference.value is not None:
                national[i] = reference.value
                computed |= reference.computed
                self.national_method = reference
            if summary.median is not None:
                median[i] = summary.median
        for values, colour, style, label, width in (
            (
                national,
                theme.national,
                NATIONAL_STYLE,
                national_label(words, self.country, computed),
                1.5,
            ),
            (median, theme.median, MEDIAN_STYLE, words["median"], 1.8),
        ):
            if np.isfinite(values).any():
                (line,) = self.ax.plot(
                    self.axis.x,
                    values,
                    color=colour,
                    linestyle=style,
                    linewidth=width,
                    zorder=2,
                    marker="",
                )
                self.references.append((line, label))
                self._fixed.append(values)

    def _matrix(self, gender: str) -> tuple[dict[str, int], np.ndarray]:
        """Every area's values along the period axis (rows by code), made once per gender."""
        if gender not in self._matrices:
            frame = self.data.frame[self.data.frame["gender"] == gender]
            table = frame.pivot(index="area_id", columns="period", values="value")
            table = table.reindex(columns=self.axis.periods)
            rows = {str(code): i for i, code in enumerate(table.index)}
            self._matrices[gender] = (rows, table.to_numpy(dtype=float))
        return self._matrices[gender]

    def _values(self, code: str, gender: str) -> np.ndarray:
        rows, matrix = self._matrix(gender)
        if code not in rows:
            return np.full(len(self.axis), np.nan)
        return matrix[rows[code]]

    def _draw_all_areas(self) -> None:
        rows, everything = self._matrix(self.gender)
        kommuner = [i for code, i in rows.items() if self.ctx.is_kommun(self.country, code)]
        matrix = everything[kommuner]
        segments = []
        for row in matrix:
            finite = np.isfinite(row)
            # Runs of consecutive values: a missing one breaks the line.
            edges = np.flatnonzero(np.diff(np.concatenate(([0], finite.astype(int), [0]))))
            for start, stop in zip(edges[::2], edges[1::2], strict=True):
                if stop - start > 1:
                    segments.append(np.column_stack((self.axis.x[start:stop], row[start:stop])))
        self.background = LineCollection(
            segments, colors=self.chart.theme.context, linewidths=0.6, alpha=0.55, zorder=1
        )
        self.ax.add_collection(self.background, autolim=False)
        self._fixed.append(matrix.ravel())

    # -- the selection ---------------------------------------------------------------------
    def set_areas(self, areas: tuple[AreaKey, ...]) -> None:
        theme = self.chart.theme
        wanted = [(n, area, g) for n, area in enumerate(areas) for g in self.genders]
        for i, (n, (_, code), gender) in enumerate(wanted):
            style = highlight(n, theme.name)
            values = self._values(code, gender)
            line = self._line(i)
            several = len(self.genders) > 1
            line.set_data(self.axis.x, values)
            line.set_color(style.colour)
            line.set_marker(style.marker)
            line.set_markeredgecolor(style.colour)
            line.set_markerfacecolor(
                theme.background if gender == "M" and several else style.colour
            )
            line.set_linestyle(GENDER_LINESTYLES[gender] if several else style.linestyle)
            line.set_label(self._label(code, gender))
            line.set_visible(True)
        for line in self.lines[len(wanted) :]:
            line.set_visible(False)
        self.shown = len(wanted)
        before = self.ax.get_ylim()
        self._limits()
        if self.ax.get_ylim() != before:
            self.chart.relayout()  # other numbers at the axis may need other room

    def _line(self, i: int) -> Line2D:
        while len(self.lines) <= i:
            (line,) = self.ax.plot([], [], linewidth=2.0, markersize=5.5, zorder=3)
            if isinstance(self.ax, LayeredAxes):
                self.ax.add_dynamic([line])
            self.lines.append(line)
        return self.lines[i]

    def _label(self, code: str, gender: str) -> str:
        name = self.ctx.name(self.country, code)
        if len(self.genders) > 1 or gender != "T":
            return f"{name}, {self.ctx.words[f'gender_{gender}']}"
        return name

    def _limits(self) -> None:
        drawn = [*self._fixed, *(line.get_ydata() for line in self.lines[: self.shown])]
        values = np.concatenate([np.asarray(v, float).ravel() for v in drawn]) if drawn else []
        values = values[np.isfinite(values)] if len(values) else values
        if not len(values):
            return
        low, high = float(values.min()), float(values.max())
        pad = (high - low) * 0.06 or abs(high) * 0.1 or 1.0
        self.ax.set_ylim(low - pad, high + pad)

    def legend_entries(self) -> tuple[list[Any], list[str]]:
        handles: list[Any] = list(self.lines[: self.shown])
        labels = [str(line.get_label()) for line in handles]
        for line, label in self.references:
            handles.append(line)
            labels.append(label)
        if self.background is not None:
            handles.append(Line2D([], [], color=self.chart.theme.context, linewidth=1.0))
            labels.append(self.ctx.words["all_kommuner"])
        return handles, labels

    def table_columns(self) -> dict[str, np.ndarray]:
        columns = {
            str(line.get_label()): np.asarray(line.get_ydata(), float)
            for line in self.lines[: self.shown]
        }
        for line, label in self.references:
            columns[label] = np.asarray(line.get_ydata(), float)
        return columns


class TimeSeriesChart(BaseChart):
    def __init__(self, ctx: Context, request: ChartRequest, figure: Figure, country: str) -> None:
        super().__init__(ctx, request, figure)
        self.country = country
        self.ax = figure.add_subplot(axes_class=LayeredAxes)
        self.panel = SeriesPanel(self, self.ax, request.indicators[0], country, request)
        self._texts()

    def _texts(self) -> None:
        panel, words, request = self.panel, self.ctx.words, self.request
        periods = period_range(panel.data.periods(request.gender) or panel.axis.periods)
        title = request.option("title") or panel.indicator.title
        subtitle = SEPARATOR.join((periods, direction_text(words, panel.indicator.direction)))
        notes = (
            [national_note(words, self.country, panel.national_method)]
            if panel.national_method
            else []
        )
        source = source_line(self.ctx, request.indicators, self.country, periods, notes)
        handles, labels = panel.legend_entries()
        self.show_texts(title, subtitle, source, handles, labels, columns=4)

    def _update(self, request: ChartRequest) -> bool:
        if request.areas != self.request.areas:
            self.ctx.check_areas(request.areas)
            if {c for c, _ in request.areas} - {self.country}:
                return False
            self.panel.set_areas(request.areas)
            self._texts()
        self.keep_static()
        return True

    def table(self) -> ChartTable:
        words = self.ctx.words
        frame = {words["period"]: list(self.panel.axis.periods)}
        frame.update(self.panel.table_columns())
        import pandas as pd

        columns = tuple(c for c in frame if c != words["period"])
        return ChartTable(
            title=self.texts.title.get_text().strip() if self.texts.title else "",
            frame=pd.DataFrame(frame),
            category=words["period"],
            series=columns,
            native="line",
            value_title=axis_label(self.panel.indicator),
            percent=is_percent(self.panel.indicator.unit),
            source=self.texts.source.get_text() if self.texts.source else "",
        )


def build(ctx: Context, request: ChartRequest, figure: Figure | None) -> TimeSeriesChart:
    if len(request.indicators) != 1:
        raise ChartError("chart.indicators", kind=request.kind, needed=1)
    country = ctx.country(request)
    size = figure_size(request, DEFAULT_SIZE)
    figure = prepare_figure(figure, size, THEMES[request.theme])
    return TimeSeriesChart(ctx, request, figure, country)
