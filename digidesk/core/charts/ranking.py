"""Ranking: one indicator for one period, the kommuner of the country as sorted bars.

The best is at the top (by the indicator's direction; without one, the highest). 290 or
357 bars stay readable in two ways: ``top_n`` (default 10) shows the best and the worst N
with the selected areas in between at their places, a "⋮" row marking each gap; with
``top_n`` 0 every kommun is a bar in a tall figure. A selected area's bar has its own
colour and hatch, its name is bold, and its value and rank are written beside the bar
("3,1 % · 12 av 290", a shared rank "delad 12:e av 290"): never colour alone. The median
and the national value are vertical lines named in the legend with their values. Ranks,
the national value and the median are the comparison view's.

The bars and names are drawn by :mod:`digidesk.core.charts.ranking_panel`.
"""

from __future__ import annotations

from matplotlib.figure import Figure

from digidesk.core.charts import ChartRequest
from digidesk.core.charts.base import BaseChart, prepare_figure
from digidesk.core.charts.data import Context
from digidesk.core.charts.layers import LayeredAxes
from digidesk.core.charts.numbers import is_percent
from digidesk.core.charts.ranking_panel import RankingPanel, shown_rows
from digidesk.core.charts.tables import ChartTable
from digidesk.core.charts.texts import (
    SEPARATOR,
    axis_label,
    direction_text,
    national_note,
    source_line,
)
from digidesk.core.charts.themes import THEMES
from digidesk.core.errors import ChartError

DEFAULT_TOP = 10
WIDTH = 8.0
ROW_INCHES, FULL_ROW_INCHES = 0.24, 0.16


def top_n_of(request: ChartRequest, default: int = DEFAULT_TOP) -> int:
    value = request.option("top_n", default)
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ChartError("chart.bad_option", option="top_n", value=value)
    return value


class RankingChart(BaseChart):
    def __init__(
        self, ctx: Context, request: ChartRequest, figure: Figure, country: str, top_n: int
    ) -> None:
        super().__init__(ctx, request, figure)
        self.country = country
        self.ax = figure.add_subplot(axes_class=LayeredAxes)
        self.panel = RankingPanel(self, self.ax, request.indicators[0], country, request, top_n)
        self.preferred_size = size_for(len(self.panel.rows), top_n)
        self._texts(request)

    def _texts(self, request: ChartRequest) -> None:
        words, standing = self.ctx.words, self.panel.standing
        assert standing is not None
        indicator = standing.indicator
        direction = "none" if standing.ranking.direction_assumed else standing.ranking.direction
        parts = [
            standing.period,
            words.format("kommuner", n=standing.ranking.ranked),
            direction_text(words, direction),
        ]
        if len(self.panel.rows) < len(self.panel.ranked):
            key = "top_n_neutral" if direction == "none" else "top_n"
            parts.append(words.format(key, n=self.panel.top_n))
        notes = [
            national_note(words, self.country, standing.national),
            *self.panel.missing_notes(request.areas),
        ]
        handles, labels = self.panel.legend_entries()
        self.show_texts(
            request.option("title") or indicator.title,
            SEPARATOR.join(parts),
            source_line(self.ctx, request.indicators, self.country, standing.period, notes),
            handles,
            labels,
            columns=2,
        )

    def _update(self, request: ChartRequest) -> bool:
        self.ctx.check_areas(request.areas)
        if {c for c, _ in request.areas} - {self.country}:
            return False
        rows_before = len(self.panel.rows)
        period_changed = request.period != self.request.period
        if period_changed:
            self.panel.set_period(request.period)
        rows_changed = self.panel.set_areas(request.areas)
        if not self.panel.top_n and len(self.panel.rows) != rows_before:
            return False  # a full list of another length needs another figure height
        self._texts(request)
        if rows_changed and self.panel.layout_changed:
            self.relayout()  # a longer name at the axis
        elif not (period_changed or rows_changed):
            self.keep_static()
        return True

    def table(self) -> ChartTable:
        words, standing = self.ctx.words, self.panel.standing
        assert standing is not None
        return ChartTable(
            title=self.texts.title.get_text().strip() if self.texts.title else "",
            frame=self.panel.table_frame(self.request.areas),
            category=words["area"],
            series=(words["value"],),
            native="barh",
            value_title=axis_label(standing.indicator),
            percent=is_percent(standing.indicator.unit),
            source=self.texts.source.get_text() if self.texts.source else "",
        )


def size_for(rows: int, top_n: int) -> tuple[float, float]:
    per_row = ROW_INCHES if top_n else FULL_ROW_INCHES
    return (WIDTH, round(2.1 + rows * per_row, 2))


def build(ctx: Context, request: ChartRequest, figure: Figure | None) -> RankingChart:
    if len(request.indicators) != 1:
        raise ChartError("chart.indicators", kind=request.kind, needed=1)
    country = ctx.country(request)
    top_n = top_n_of(request)
    theme = THEMES[request.theme]
    size = request.option("size")
    if size is None:
        # The rows to draw decide the height: find them before the figure exists.
        period = ctx.period_for(request.indicators[0], country, request.period, request.gender)
        standing = ctx.standing(request.indicators[0], country, period, request.gender)
        rows = shown_rows(standing.ranked(), [c for _, c in request.areas], top_n)
        size = size_for(len(rows), top_n)
    figure = prepare_figure(figure, tuple(size), theme)
    return RankingChart(ctx, request, figure, country, top_n)
