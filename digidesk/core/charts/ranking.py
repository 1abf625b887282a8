"""Ranking: one indicator for one period, the kommuner of the country as sorted bars.

The best is at the top (by the indicator's direction; without one, the highest). 290 or
357 bars stay readable in two ways: ``top_n`` (default 10) shows the best and the worst N
with the selected areas in between at their places, a "⋮" row marking each gap; with
``top_n`` 0 every kommun is a bar in a tall figure. A selected area's bar has its own
colour and hatch, its name is bold, and its value and rank are written beside the bar
("3,1 % · 12 av 290", a shared rank "delad 12:e av 290"): never colour alone. The median
and the national value are vertical lines named in the legend with their values. Ranks,
the national value and the median are the comparison view's.

Every bar is one rectangle of a single collection, so that a new selection recolours and
moves rectangles instead of making 290 new artists.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from digidesk.core.charts import AreaKey, ChartRequest
from digidesk.core.charts.base import BaseChart, legend_above, prepare_figure, style_value_axis
from digidesk.core.charts.data import Context, Standing
from digidesk.core.charts.numbers import is_percent, label_decimals
from digidesk.core.charts.palette import highlight
from digidesk.core.charts.tables import ChartTable
from digidesk.core.charts.texts import (
    SEPARATOR,
    axis_label,
    direction_text,
    join_names,
    national_label,
    national_note,
    source_line,
    value_text,
)
from digidesk.core.charts.themes import THEMES
from digidesk.core.errors import ChartError

DEFAULT_TOP = 10
WIDTH = 8.0
ROW_INCHES, FULL_ROW_INCHES = 0.24, 0.16
GAP = "⋮"
BAR = 0.72  # bar height in rows


def top_n_of(request: ChartRequest, default: int = DEFAULT_TOP) -> int:
    value = request.option("top_n", default)
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ChartError("chart.bad_option", option="top_n", value=value)
    return value


def shown_rows(ranked: pd.DataFrame, selected: list[str], top_n: int) -> list[str | None]:
    """Codes of the rows to draw, best first; None where rows are left out."""
    codes = list(ranked.index)
    if not top_n or len(codes) <= 2 * top_n + 2:
        return codes
    keep = set(range(top_n)) | set(range(len(codes) - top_n, len(codes)))
    position = {code: i for i, code in enumerate(codes)}
    keep |= {position[c] for c in selected if c in position}
    rows: list[str | None] = []
    previous = -1
    for i in sorted(keep):
        if i != previous + 1:
            rows.append(None)
        rows.append(codes[i])
        previous = i
    return rows


class RankingPanel:
    """One indicator's ranking in one Axes."""

    def __init__(
        self,
        chart: BaseChart,
        ax: Axes,
        indicator_id: str,
        country: str,
        request: ChartRequest,
        top_n: int,
        short_notes: bool = False,
    ) -> None:
        self.chart, self.ax, self.ctx = chart, ax, chart.ctx
        self.short_notes = short_notes  # the rank only, for narrow panels
        self.indicator_id, self.country, self.gender = indicator_id, country, request.gender
        self.top_n = top_n
        self.show_references = bool(request.option("references", True))
        self.bars = PolyCollection([], edgecolors="none", zorder=2)
        ax.add_collection(self.bars, autolim=False)
        self.marks: list[Rectangle] = []
        self.notes: list[Text] = []
        self.lines: dict[str, Line2D] = {}
        self.rows: list[str | None] = []
        ax.tick_params(axis="y", length=0)
        if not top_n:  # a tall list: values at the top too
            ax.tick_params(axis="x", top=True, labeltop=True)
        ax.spines["left"].set_visible(False)
        self.standing: Standing | None = None
        self.set_period(request.period)
        self.set_areas(request.areas)

    # -- period ----------------------------------------------------------------------------
    def set_period(self, period: str | None) -> None:
        ctx = self.ctx
        chosen = ctx.period_for(self.indicator_id, self.country, period, self.gender)
        self.standing = ctx.standing(self.indicator_id, self.country, chosen, self.gender)
        if not self.standing.ranking.ranked:
            raise ChartError("chart.no_data", indicator=self.indicator_id, country=self.country)
        self.ranked = self.standing.ranked()
        values = self.ranked["value"].to_numpy(float)
        self.decimals = label_decimals(values)
        indicator = self.standing.indicator
        style_value_axis(
            self.ax, self.chart.theme, ctx.words.language, is_percent(indicator.unit), axis="x"
        )
        self.ax.set_xlabel(axis_label(indicator))
        self._reference_lines()
        low, high = min(0.0, float(values.min())), max(0.0, float(values.max()))
        self.limits = (low, high if high > low else low + 1.0)

    def _reference_lines(self) -> None:
        theme, words, standing = self.chart.theme, self.ctx.words, self.standing
        assert standing is not None
        wanted = {}
        if self.show_references:
            if standing.national.value is not None:
                wanted["national"] = (standing.national.value, theme.national, "--")
            if standing.summary.median is not None:
                wanted["median"] = (standing.summary.median, theme.median, ":")
        for key in list(self.lines):
            if key not in wanted:
                self.lines.pop(key).remove()
        for key, (value, colour, style) in wanted.items():
            if key not in self.lines:
                self.lines[key] = self.ax.axvline(
                    value, color=colour, linestyle=style, linewidth=1.5, zorder=4
                )
            self.lines[key].set_xdata([value, value])
        labels = {
            "national": national_label(words, self.country, standing.national.computed),
            "median": words["median"],
        }
        for key, line in self.lines.items():
            value = wanted[key][0]
            shown = value_text(words, value, standing.indicator, self.decimals)
            line.set_label(f"{labels[key]}: {shown}")

    # -- selection -------------------------------------------------------------------------
    def set_areas(self, areas: tuple[AreaKey, ...]) -> None:
        theme, words, standing = self.chart.theme, self.ctx.words, self.standing
        assert standing is not None
        codes = [code for _, code in areas]
        self.rows = shown_rows(self.ranked, codes, self.top_n)
        n = len(self.rows)
        values = self.ranked["value"]
        verts, labels = [], []
        for y, code in enumerate(self.rows):
            if code is None:
                labels.append(GAP)
                continue
            labels.append(self.ctx.name(self.country, code))
            value = float(values.at[code])
            verts.append(_rectangle(y, value))
        self.bars.set_verts(verts)
        self.bars.set_facecolor(theme.context)
        self.ax.set_yticks(np.arange(n), labels)
        self.ax.set_ylim(n - 0.4, -0.6)
        row_of = {code: y for y, code in enumerate(self.rows) if code is not None}
        for label, code in zip(self.ax.get_yticklabels(), self.rows, strict=False):
            label.set_fontweight("bold" if code in codes else "normal")
            label.set_color(theme.muted if code is None else theme.foreground)
        chosen = [(n, code) for n, code in enumerate(codes) if code in row_of]
        for i, (k, code) in enumerate(chosen):
            style = highlight(k, theme.name)
            y, value = row_of[code], float(values.at[code])
            mark = self._mark(i)
            mark.set_xy((min(0.0, value), y - BAR / 2))
            mark.set_width(abs(value))
            mark.set_facecolor(style.colour)
            mark.set_hatch(style.hatch)
            mark.set_visible(True)
            own = standing.ranking.table.loc[code]
            rank = words.rank(int(own["rank"]), standing.ranking.ranked, bool(own["shared"]))
            note = self._note(i)
            shown = value_text(words, value, standing.indicator, self.decimals)
            note.set_text(rank if self.short_notes else f"{shown}{SEPARATOR}{rank}")
            note.xy = (max(0.0, value), y)
            note.set_visible(True)
        for artist in [*self.marks[len(chosen) :], *self.notes[len(chosen) :]]:
            artist.set_visible(False)
        self.missing = [c for c in codes if c not in row_of]
        self._room_for_notes(chosen, values)

    def _room_for_notes(self, chosen: list[tuple[int, str]], values: pd.Series) -> None:
        """Widen the value axis so that every note beside a bar stays inside the axes."""
        low, high = self.limits
        axes_points = self.ax.get_position().width * self.chart.figure.get_figwidth() * 72
        right = high + (high - low) * 0.04
        for i, (_, code) in enumerate(chosen):
            share = (len(self.notes[i].get_text()) * 5.4 + 8) / max(axes_points, 1.0)
            end = max(0.0, float(values.at[code]))
            if share < 0.9:
                right = max(right, low + (end - low) / (0.98 - share))
        self.ax.set_xlim(low - (0.02 * (high - low) if low < 0 else 0), right)

    def _mark(self, i: int) -> Rectangle:
        while len(self.marks) <= i:
            mark = Rectangle(
                (0, 0), 0, BAR, linewidth=0.8, zorder=3, edgecolor=self.chart.theme.foreground
            )
            self.ax.add_patch(mark)
            self.marks.append(mark)
        return self.marks[i]

    def _note(self, i: int) -> Text:
        while len(self.notes) <= i:
            note = self.ax.annotate(
                "",
                (0, 0),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                ha="left",
                fontsize=8,
                fontweight="bold",
                color=self.chart.theme.foreground,
                zorder=5,
                annotation_clip=False,
                bbox={
                    "boxstyle": "square,pad=0.15",
                    "linewidth": 0,
                    "facecolor": self.chart.theme.background,
                },
            )
            self.notes.append(note)
        return self.notes[i]

    def legend_entries(self) -> tuple[list[Any], list[str]]:
        handles = list(self.lines.values())
        return handles, [str(h.get_label()) for h in handles]

    def missing_notes(self, areas: tuple[AreaKey, ...]) -> list[str]:
        """Selected areas without a bar: no value, or not a kommun that is ranked (a län)."""
        words, standing = self.ctx.words, self.standing
        assert standing is not None
        rows = self.ctx.data(self.indicator_id, self.country).at(standing.period, self.gender)
        no_value, not_ranked = [], []
        for country, code in areas:
            if code not in self.missing:
                continue
            has_value = code in rows.index and pd.notna(rows.at[code, "value"])
            ranked = code in standing.ranking.table.index
            (not_ranked if has_value and not ranked else no_value).append(
                self.ctx.name(country, code)
            )
        notes = []
        if no_value:
            notes.append(words.format("no_value", areas=join_names(words, no_value, 8)))
        if not_ranked:
            notes.append(words.format("not_ranked", areas=join_names(words, not_ranked, 8)))
        return notes

    def table_frame(self, areas: tuple[AreaKey, ...]) -> pd.DataFrame:
        words, standing = self.ctx.words, self.standing
        assert standing is not None
        selected = {code for _, code in areas}
        rows = [c for c in self.rows if c is not None]
        table = standing.ranking.table
        return pd.DataFrame(
            {
                words["area"]: [self.ctx.name(self.country, c) for c in rows],
                words["code"]: rows,
                words["value"]: [float(table.at[c, "value"]) for c in rows],
                words["rank"]: [
                    words.rank(
                        int(table.at[c, "rank"]),
                        standing.ranking.ranked,
                        bool(table.at[c, "shared"]),
                    )
                    for c in rows
                ],
                words["selected"]: ["●" if c in selected else "" for c in rows],
            }
        )


def _rectangle(y: float, value: float) -> np.ndarray:
    left, right = min(0.0, value), max(0.0, value)
    top, bottom = y - BAR / 2, y + BAR / 2
    return np.array([(left, top), (right, top), (right, bottom), (left, bottom)])


class RankingChart(BaseChart):
    def __init__(
        self, ctx: Context, request: ChartRequest, figure: Figure, country: str, top_n: int
    ) -> None:
        super().__init__(ctx, request, figure)
        self.country = country
        self.ax = figure.add_subplot()
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
        self.texts.set(
            request.option("title") or indicator.title,
            SEPARATOR.join(parts),
            source_line(self.ctx, request.indicators, self.country, standing.period, notes),
        )
        handles, labels = self.panel.legend_entries()
        legend_above(self.ax, handles, labels, columns=2)

    def _update(self, request: ChartRequest) -> bool:
        self.ctx.check_areas(request.areas)
        if {c for c, _ in request.areas} - {self.country}:
            return False
        rows_before = len(self.panel.rows)
        if request.period != self.request.period:
            self.panel.set_period(request.period)
        self.panel.set_areas(request.areas)
        if not self.panel.top_n and len(self.panel.rows) != rows_before:
            return False  # a full list of another length needs another figure height
        self._texts(request)
        if self.panel.top_n or request.period != self.request.period:
            self.relayout()  # other names at the axis, or other values in the legend
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
