"""Goal progress: one indicator over time for one area, against a strategy target.

The area's values are a line (gaps where missing). The baseline is a marked point, the
target value a dashed line to the due year (a dotted vertical line) ending in a marked
target, and the even path from baseline to target a thin dashed line: a value above the
path (for a "≥" target) is ahead of it. The side of the target line where it is met is
lightly shaded. The target comes from ``options["target"]``: ``value`` and ``due`` (a
year) are needed; ``baseline`` (default: the area's value in ``baseline_period``),
``baseline_period`` (default: the area's first period with a value; a baseline value of
its own may come from before the first value, and the axis then starts there),
``comparator`` (">=", "<=" or "==", default ">=") and ``text`` (the target's own words, as
subtitle). With neither baseline nor baseline period the start is marked as the first value.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from digidesk.core.analysis.change import period_in_years
from digidesk.core.charts import ChartRequest
from digidesk.core.charts.base import (
    BaseChart,
    PeriodAxis,
    figure_size,
    prepare_figure,
    style_value_axis,
    wrap,
)
from digidesk.core.charts.data import Context
from digidesk.core.charts.numbers import is_percent, label_decimals
from digidesk.core.charts.palette import highlight
from digidesk.core.charts.tables import ChartTable
from digidesk.core.charts.texts import (
    COMPARATORS,
    SEPARATOR,
    axis_label,
    period_range,
    source_line,
    value_text,
)
from digidesk.core.charts.themes import THEMES
from digidesk.core.errors import ChartError

DEFAULT_SIZE = (8.0, 5.0)


def target_of(request: ChartRequest) -> dict[str, Any]:
    """The target option checked: value and due year needed, the rest optional."""
    spec = request.option("target")
    if not isinstance(spec, Mapping) or spec.get("value") is None or spec.get("due") is None:
        raise ChartError("chart.no_target")
    try:
        value = float(spec["value"])
        due = int(spec["due"])
        baseline = None if spec.get("baseline") is None else float(spec["baseline"])
    except (TypeError, ValueError):
        raise ChartError("chart.bad_option", option="target", value=dict(spec)) from None
    comparator = spec.get("comparator") or ">="
    if comparator not in COMPARATORS or not math.isfinite(value):
        raise ChartError("chart.bad_option", option="target", value=dict(spec))
    period = spec.get("baseline_period")
    return {
        "value": value,
        "due": due,
        "baseline": baseline,
        "comparator": comparator,
        "baseline_period": None if period is None else str(period),
        "text": str(spec.get("text") or ""),
    }


class ProgressChart(BaseChart):
    def __init__(self, ctx: Context, request: ChartRequest, figure: Figure, country: str) -> None:
        super().__init__(ctx, request, figure)
        self.country = country
        self.target = target_of(request)
        self.indicator = ctx.indicator(request.indicators[0])
        self.data = ctx.data(request.indicators[0], country)
        self.ax = figure.add_subplot()
        theme = self.theme
        style = highlight(0, theme.name)
        (self.line,) = self.ax.plot(
            [], [], color=style.colour, marker=style.marker, linewidth=2.2, markersize=6, zorder=4
        )
        (self.path,) = self.ax.plot(
            [], [], color=theme.foreground, linestyle=(0, (3, 2)), linewidth=1.1, zorder=3
        )
        (self.goal,) = self.ax.plot(
            [], [], color=theme.target_zone, linestyle=(0, (6, 2)), linewidth=1.6, zorder=3
        )
        (self.goal_mark,) = self.ax.plot(
            [],
            [],
            linestyle="",
            marker="*",
            markersize=15,
            color=theme.target_zone,
            markeredgecolor=theme.foreground,
            markeredgewidth=0.6,
            zorder=5,
        )
        (self.start,) = self.ax.plot(
            [],
            [],
            linestyle="",
            marker="o",
            markersize=10,
            markerfacecolor=theme.background,
            markeredgewidth=2,
            markeredgecolor=theme.foreground,
            zorder=5,
        )
        self.due_line = self.ax.axvline(
            self.target["due"], color=theme.muted, linestyle=(0, (1, 1.5)), linewidth=1.2, zorder=2
        )
        self.zone: Any = None
        self.set_area(request)

    def set_area(self, request: ChartRequest) -> None:
        if len(request.areas) != 1:
            raise ChartError("chart.one_area")
        country, code = request.areas[0]
        if country != self.country:
            raise ChartError("chart.mixed_countries", countries=f"{self.country}, {country}")
        self.code = code
        series = self.data.series(code, request.gender).dropna()
        if series.empty:
            raise ChartError(
                "chart.no_area_data",
                indicator=self.indicator.indicator_id,
                area=f"{country}:{code}",
            )
        target = self.target
        due = str(target["due"])
        periods = [*series.index, due]
        if target["baseline"] is not None and target["baseline_period"]:
            # A baseline of its own from before the first value: the axis starts there.
            periods.append(target["baseline_period"])
        self.axis = PeriodAxis(periods)
        values = self.axis.values(series)
        self.line.set_data(self.axis.x, values)
        self.line.set_label(self.ctx.name(country, code))
        base_period = target["baseline_period"] or str(series.index[0])
        base_value = target["baseline"]
        if base_value is None:
            if base_period not in series.index:
                raise ChartError("chart.no_baseline", period=base_period)
            base_value = float(series[base_period])
        base_x = self._x(base_period)
        due_x = self._x(due)
        self.baseline = (base_period, base_value)
        self.has_baseline = target["baseline"] is not None or target["baseline_period"] is not None
        self.start.set_data([base_x], [base_value])
        self.path.set_data([base_x, due_x], [base_value, target["value"]])
        self.goal.set_data([base_x, due_x], [target["value"], target["value"]])
        self.goal_mark.set_data([due_x], [target["value"]])
        self.due_line.set_xdata([due_x, due_x])
        self.series = series
        self._limits(values, base_value)
        self.axis.apply(self.ax)
        style_value_axis(
            self.ax, self.theme, self.ctx.words.numbers, is_percent(self.indicator.unit)
        )
        self.ax.set_ylabel(axis_label(self.indicator))
        self._zone()
        self._texts(request)

    def _x(self, period: str) -> float:
        if period in self.axis.index:
            return float(self.axis.x[self.axis.index[period]])
        years = period_in_years(period)
        if years is None:
            raise ChartError("chart.no_baseline", period=period)
        return float(years)

    def _limits(self, values: np.ndarray, base_value: float) -> None:
        drawn = np.concatenate((values[np.isfinite(values)], [base_value, self.target["value"]]))
        low, high = float(drawn.min()), float(drawn.max())
        pad = (high - low) * 0.12 or abs(high) * 0.1 or 1.0
        self.ax.set_ylim(low - pad, high + pad)

    def _zone(self) -> None:
        if self.zone is not None:
            self.zone.remove()
            self.zone = None
        comparator, value = self.target["comparator"], self.target["value"]
        if comparator == "==":
            return
        low, high = self.ax.get_ylim()
        span = (value, high) if comparator == ">=" else (low, value)
        self.zone = self.ax.axhspan(
            *span, color=self.theme.target_zone, alpha=0.07, linewidth=0, zorder=0
        )

    def _texts(self, request: ChartRequest) -> None:
        words, target = self.ctx.words, self.target
        decimals = label_decimals([*self.series.to_numpy(float), target["value"]])
        value = value_text(words, target["value"], self.indicator, decimals)
        comparator = COMPARATORS[target["comparator"]]
        period, base = self.baseline
        latest = self.series.index[-1]
        labels = {
            self.line: f"{self.ctx.name(self.country, self.code)}, "
            + words.format(
                "latest",
                value=value_text(words, float(self.series[latest]), self.indicator, decimals),
                period=latest,
            ),
            # Without a baseline the line starts at the first value, and says so.
            self.start: words.format(
                "baseline" if self.has_baseline else "first_value",
                period=period,
                value=value_text(words, base, self.indicator, decimals),
            ),
            self.goal_mark: words.format(
                "target", comparator=comparator, value=value, due=target["due"]
            ),
            self.path: words["expected"],
            self.due_line: words.format("due", year=target["due"]),
        }
        handles: list[Any] = list(labels)
        if self.zone is not None:
            handles.append(Line2D([], [], color=self.theme.target_zone, alpha=0.25, linewidth=8))
            labels[handles[-1]] = words["target_met"]
        title = request.option("title") or self.indicator.title
        # The target's own words when it has them, else the target as the legend says it.
        subtitle_parts = [
            self.ctx.name(self.country, self.code),
            wrap(target["text"], 110, 2)
            if target["text"]
            else words.format("target", comparator=comparator, value=value, due=target["due"]),
        ]
        periods = period_range([str(p) for p in self.series.index])
        self.show_texts(
            title,
            SEPARATOR.join(subtitle_parts),
            source_line(self.ctx, request.indicators, self.country, periods),
            handles,
            [labels[h] for h in handles],
            columns=2,
        )

    def _update(self, request: ChartRequest) -> bool:
        self.ctx.check_areas(request.areas)
        if len(request.areas) != 1 or request.areas[0][0] != self.country:
            return False
        self.set_area(request)
        return True

    def table(self) -> ChartTable:
        words = self.ctx.words
        name = self.ctx.name(self.country, self.code)
        x = self.axis.x
        base_x, base = float(self.start.get_xdata()[0]), self.baseline[1]
        due_x = float(self.goal_mark.get_xdata()[0])
        slope = (self.target["value"] - base) / (due_x - base_x) if due_x != base_x else 0.0
        path = np.where((x >= base_x) & (x <= due_x), base + slope * (x - base_x), np.nan)
        frame = pd.DataFrame(
            {
                words["period"]: list(self.axis.periods),
                name: np.asarray(self.line.get_ydata(), float),
                words["expected"]: path,
            }
        )
        return ChartTable(
            title=self.texts.title.get_text().strip() if self.texts.title else "",
            frame=frame,
            category=words["period"],
            series=(name, words["expected"]),
            native="line",
            value_title=axis_label(self.indicator),
            percent=is_percent(self.indicator.unit),
            source=self.texts.source.get_text() if self.texts.source else "",
        )


def build(ctx: Context, request: ChartRequest, figure: Figure | None) -> ProgressChart:
    if len(request.indicators) != 1:
        raise ChartError("chart.indicators", kind=request.kind, needed=1)
    if len(request.areas) != 1:
        raise ChartError("chart.one_area")
    target_of(request)
    country = ctx.country(request)
    size = figure_size(request, DEFAULT_SIZE)
    figure = prepare_figure(figure, size, THEMES[request.theme])
    return ProgressChart(ctx, request, figure, country)
