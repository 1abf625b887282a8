"""One indicator's ranking in one Axes: the bars of every kommun drawn, the selection marked.

Every bar is one rectangle of a single collection, drawn once per period and set of rows;
a new selection only moves its own artists (a hatched bar in its colour over the grey one,
its name in bold over the axis's name, a note with value and rank, and the reference
lines above them), so that on screen the rest is put back from kept pixels
(:mod:`digidesk.core.charts.layers`).
"""

from __future__ import annotations

from typing import Any

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from digidesk.core.charts import AreaKey, ChartRequest
from digidesk.core.charts.base import BaseChart, style_value_axis
from digidesk.core.charts.data import Standing
from digidesk.core.charts.layers import LayeredAxes
from digidesk.core.charts.numbers import is_percent, label_decimals
from digidesk.core.charts.palette import highlight
from digidesk.core.charts.texts import SEPARATOR, axis_label, join_names, national_label, value_text
from digidesk.core.errors import ChartError

GAP = "⋮"
BAR = 0.72  # bar height in rows
CHAR_POINTS = 5.4  # width of a character of a bold 8-point note


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


def _rectangle(y: float, value: float) -> np.ndarray:
    left, right = min(0.0, value), max(0.0, value)
    top, bottom = y - BAR / 2, y + BAR / 2
    return np.array([(left, top), (right, top), (right, bottom), (left, bottom)])


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
        self.names: list[Text] = []
        self.lines: dict[str, Line2D] = {}
        self.rows: list[str | None] = []
        self.missing: list[str] = []
        self.layout_changed = False  # the widest name changed, so the layout must too
        self.tick_size = matplotlib.rcParams["font.size"]
        ax.tick_params(axis="y", length=0, left=False)
        if not top_n:  # a tall list: values at the top too
            ax.tick_params(axis="x", top=True, labeltop=True)
        ax.spines["left"].set_visible(False)
        # The layout measures the longest name (in bold, invisible) instead of every name
        # at the axis, and keeps room for a bold name there.
        ax.yaxis.set_in_layout(False)
        self.widest = self._name_text(alpha=0.0)
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
        numbers = ctx.words.numbers
        style_value_axis(self.ax, self.chart.theme, numbers, is_percent(indicator.unit), "x")
        self.ax.set_xlabel(axis_label(indicator))
        self._reference_lines()
        low, high = min(0.0, float(values.min())), max(0.0, float(values.max()))
        self.limits = (low, high if high > low else low + 1.0)
        self.rows = []  # the bars are drawn again for the new period

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
                line = self.lines.pop(key)
                if isinstance(self.ax, LayeredAxes):
                    self.ax.remove_dynamic(line)
                line.remove()
        for key, (value, colour, style) in wanted.items():
            if key not in self.lines:
                line = self.ax.axvline(value, color=colour, linestyle=style, linewidth=1.5,
                                       zorder=4)  # fmt: skip
                self.lines[key] = self._dynamic(line)
            self.lines[key].set_xdata([value, value])
        labels = {
            "national": national_label(words, self.country, standing.national.computed),
            "median": words["median"],
        }
        for key, line in self.lines.items():
            shown = value_text(words, wanted[key][0], standing.indicator, self.decimals)
            line.set_label(f"{labels[key]}: {shown}")

    # -- selection -------------------------------------------------------------------------
    def set_areas(self, areas: tuple[AreaKey, ...]) -> bool:
        """Show the selection; True when the rows drawn changed too, not only its marks."""
        theme, words, standing = self.chart.theme, self.ctx.words, self.standing
        assert standing is not None
        codes = [code for _, code in areas]
        rows = shown_rows(self.ranked, codes, self.top_n)
        values = self.ranked["value"]
        changed = rows != self.rows
        if changed:
            self._draw_rows(rows, values)
        row_of = {code: y for y, code in enumerate(self.rows) if code is not None}
        chosen = [(n, code) for n, code in enumerate(codes) if code in row_of]
        for i, (k, code) in enumerate(chosen):
            style = highlight(k, theme.name)
            y, value = row_of[code], float(values.at[code])
            mark = self._mark(i)
            mark.set_xy((min(0.0, value), y - BAR / 2))
            mark.set_width(abs(value))
            mark.set_facecolor(style.colour)
            mark.set_hatch(style.hatch)
            own = standing.ranking.table.loc[code]
            rank = words.rank(int(own["rank"]), standing.ranking.ranked, bool(own["shared"]))
            note = self._note(i)
            shown = value_text(words, value, standing.indicator, self.decimals)
            note.set_text(rank if self.short_notes else f"{shown}{SEPARATOR}{rank}")
            note.xy = (max(0.0, value), y)
            name = self._name(i)
            name.set_text(self.ctx.name(self.country, code))
            name.set_y(y)
            for artist in (mark, note, name):
                artist.set_visible(True)
        for group in (self.marks, self.notes, self.names):
            for artist in group[len(chosen) :]:
                artist.set_visible(False)
        self.missing = [c for c in codes if c not in row_of]
        return changed

    def _draw_rows(self, rows: list[str | None], values: pd.Series) -> None:
        """The bars and names of the rows drawn: what a new selection keeps."""
        self.rows = rows
        verts, labels = [], []
        for y, code in enumerate(rows):
            if code is None:
                labels.append(GAP)
                continue
            labels.append(self.ctx.name(self.country, code))
            verts.append(_rectangle(y, float(values.at[code])))
        theme = self.chart.theme
        self.bars.set_verts(verts)
        self.bars.set_facecolor(theme.context)
        self.ax.set_yticks(np.arange(len(rows)), labels)
        self.ax.set_ylim(len(rows) - 0.4, -0.6)
        for label, code in zip(self.ax.get_yticklabels(), rows, strict=False):
            label.set_color(theme.muted if code is None else theme.foreground)
        # An en space of slack: names as long differ a little in width.
        widest = max((t for t in labels if t != GAP), key=len, default="") + "\u2002"
        self.layout_changed = widest != self.widest.get_text()
        self.widest.set_text(widest)
        self._room_for_notes(values)

    def _room_for_notes(self, values: pd.Series) -> None:
        """Room right of the bars for the longest note any selection could have, so that the
        value axis stays the same whichever areas are chosen."""
        standing, words = self.standing, self.ctx.words
        assert standing is not None
        low, high = self.limits
        # The Axes' width as the layout will make it, roughly: not its width now, which the
        # layout changes, so that a chart updated and one drawn afresh are the same.
        spec = self.ax.get_subplotspec()
        columns = spec.get_gridspec().ncols if spec is not None else 1
        axes_points = self.chart.figure.get_figwidth() * 72 * 0.74 / columns
        table, ranked = standing.ranking.table, standing.ranking.ranked
        right = high + (high - low) * 0.04
        for code in self.rows:
            if code is None:
                continue
            value = float(values.at[code])
            rank = words.rank(int(table.at[code, "rank"]), ranked, bool(table.at[code, "shared"]))
            text = value_text(words, value, standing.indicator, self.decimals)
            length = len(rank) if self.short_notes else len(text) + len(SEPARATOR) + len(rank)
            share = (length * CHAR_POINTS + 8) / max(axes_points, 1.0)
            if share < 0.9:
                right = max(right, low + (max(0.0, value) - low) / (0.98 - share))
        self.ax.set_xlim(low - (0.02 * (high - low) if low < 0 else 0), right)

    def _dynamic(self, artist: Any) -> Any:
        if isinstance(self.ax, LayeredAxes):
            self.ax.add_dynamic([artist])
        return artist

    def _name_text(self, **style: Any) -> Text:
        """A text where the axis writes a row's name, in bold."""
        pad = matplotlib.rcParams["ytick.major.pad"]
        transform, _, _ = self.ax.get_yaxis_text1_transform(pad)
        return self.ax.text(0, 0, "", transform=transform, ha="right", va="center_baseline",
                            fontweight="bold", fontsize=self.tick_size, clip_on=False,
                            **style)  # fmt: skip

    def _name(self, i: int) -> Text:
        while len(self.names) <= i:
            theme = self.chart.theme
            name = self._name_text(color=theme.foreground, zorder=6,
                                   bbox={"boxstyle": "square,pad=0.1", "linewidth": 0,
                                         "facecolor": theme.background})  # fmt: skip
            name.set_in_layout(False)
            self.names.append(self._dynamic(name))
        return self.names[i]

    def _mark(self, i: int) -> Rectangle:
        while len(self.marks) <= i:
            edge = self.chart.theme.foreground
            mark = Rectangle((0, 0), 0, BAR, linewidth=0.8, zorder=3, edgecolor=edge)
            self.ax.add_patch(mark)
            self.marks.append(self._dynamic(mark))
        return self.marks[i]

    def _note(self, i: int) -> Text:
        while len(self.notes) <= i:
            theme = self.chart.theme
            note = self.ax.annotate(
                "", (0, 0), xytext=(4, 0), textcoords="offset points", va="center", ha="left",
                fontsize=8, fontweight="bold", color=theme.foreground, zorder=5,
                annotation_clip=False,
                bbox={"boxstyle": "square,pad=0.15", "linewidth": 0,
                      "facecolor": theme.background},
            )  # fmt: skip
            self.notes.append(self._dynamic(note))
        return self.notes[i]

    # -- for the legend, the notes and the table -------------------------------------------
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
            group = not_ranked if has_value and not ranked else no_value
            group.append(self.ctx.name(country, code))
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
        table, ranked = standing.ranking.table, standing.ranking.ranked
        ranks = [words.rank(int(table.at[c, "rank"]), ranked, bool(table.at[c, "shared"]))
                 for c in rows]  # fmt: skip
        return pd.DataFrame(
            {
                words["area"]: [self.ctx.name(self.country, c) for c in rows],
                words["code"]: rows,
                words["value"]: [float(table.at[c, "value"]) for c in rows],
                words["rank"]: ranks,
                words["selected"]: ["●" if c in selected else "" for c in rows],
            }
        )
