"""What every chart shares: the figure and its layout, title, subtitle, source line and
legend, the theme, and the update machinery.

The layout is matplotlib's constrained layout, run again only when the figure's size or
resolution changed or the chart says its texts did: a redraw after a selection change
does not measure 290 tick labels again.
"""

from __future__ import annotations

import contextlib
import math
import textwrap
from collections.abc import Iterator, Sequence
from typing import Any

import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.text import Annotation, Text
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import offset_copy

from digidesk.core.analysis.change import period_in_years
from digidesk.core.charts import Chart, ChartRequest
from digidesk.core.charts.data import Context
from digidesk.core.charts.layers import LayeredAxes
from digidesk.core.charts.themes import THEMES, Theme
from digidesk.core.charts.ticks import LocaleFormatter
from digidesk.core.io.periods import period_sort_key

TITLE_SIZE = 12.5
SUBTITLE_SIZE = 9.0
SOURCE_SIZE = 7.5
H_PAD = 0.06  # inches between the figure's edge and its contents
LEGEND_ROW = 14.5  # points per row of a legend
# Fields of a request that an update keeps: any other change needs a new chart.
KEPT = ("kind", "indicators", "gender", "language", "theme", "options")


class CachedLayout(ConstrainedLayoutEngine):
    """Constrained layout that runs only when the figure's size or dpi changed, or after
    ``invalidate()``."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._done: tuple | None = None

    def invalidate(self) -> None:
        self._done = None

    def execute(self, fig: Any) -> Any:
        key = (tuple(np.round(fig.get_size_inches(), 3)), float(fig.dpi))
        if key == self._done:
            return None
        result = super().execute(fig)
        self._done = key
        return result


def figure_size(request: ChartRequest, default: tuple[float, float]) -> tuple[float, float]:
    """The request's ``size``; else ``default`` at the request's ``width`` (inches), so that
    titles wrap for the room a chart is shown in."""
    size = request.option("size")
    if size:
        return (float(size[0]), float(size[1]))
    width = request.option("width")
    return (float(width), float(default[1])) if width else (float(default[0]), float(default[1]))


def prepare_figure(figure: Figure | None, size: tuple[float, float], theme: Theme) -> Figure:
    """``figure`` cleared, or a new one of ``size`` inches, with the theme's background."""
    if figure is None:
        figure = Figure(figsize=size, dpi=100)
    else:
        figure.clear()
    figure.set_layout_engine(CachedLayout(h_pad=H_PAD, w_pad=H_PAD, hspace=0.05, wspace=0.05))
    figure.set_facecolor(theme.background)
    figure.set_edgecolor(theme.background)
    return figure


def wrap(text: str, width: int, max_lines: int = 3) -> str:
    lines = textwrap.wrap(
        text, width, max_lines=max_lines, placeholder=" …", break_long_words=False
    )
    return "\n".join(lines) or text


class FigureTexts:
    """The title, subtitle and source line of a figure, aligned at its left edge."""

    def __init__(self, figure: Figure, theme: Theme) -> None:
        self.figure = figure
        self.theme = theme
        self.title: Text | None = None
        self.subtitle: Annotation | None = None
        self.source: Text | None = None
        self._legend: Any = None
        self.legend_offset = 0.0

    def set(self, title: str, subtitle: str, source: str, legend_rows: int = 0) -> None:
        """Title, subtitle and source line; ``legend_rows`` keeps room under the subtitle
        for a legend of the whole figure (see :meth:`legend`)."""
        width = max(30, int(self.figure.get_figwidth() * 10))
        # The bold title's letters are wider: about nine to an inch, not ten.
        title = wrap(title, int(width * 0.9), 2)
        subtitle = wrap(subtitle, int(width * 1.4), 3) if subtitle else ""
        title_lines = title.count("\n") + 1
        subtitle_height = (subtitle.count("\n") + 1) * SUBTITLE_SIZE * 1.25 if subtitle else 0
        legend_height = legend_rows * LEGEND_ROW if legend_rows else 0
        # Empty lines under the title keep room for the subtitle (and legend) in the layout.
        needed = subtitle_height + legend_height - 6
        reserve = "\n" * max(0, math.ceil(needed / (TITLE_SIZE * 1.2)))
        self.title = self.figure.suptitle(
            title + reserve,
            x=0.01,
            ha="left",
            fontsize=TITLE_SIZE,
            fontweight="bold",
            color=self.theme.foreground,
        )
        if self.subtitle is None:
            self.subtitle = Annotation(
                "",
                xy=(0, 1),
                xycoords=self.title,
                xytext=(0, 0),
                textcoords="offset points",
                va="top",
                ha="left",
                fontsize=SUBTITLE_SIZE,
                color=self.theme.muted,
            )
            self.figure.add_artist(self.subtitle)
        self.subtitle.set_text(subtitle)
        self.subtitle.xyann = (0, -(TITLE_SIZE * 1.2 * title_lines + 3))
        self.legend_offset = H_PAD * 72 + TITLE_SIZE * 1.2 * title_lines + subtitle_height + 9
        wrapped = "\n".join(wrap(line, int(width * 1.7), 2) for line in source.split("\n"))
        self.source = self.figure.supxlabel(
            wrapped,
            x=0.01,
            ha="left",
            fontsize=SOURCE_SIZE,
            color=self.theme.muted,
            linespacing=1.3,
        )

    def legend(self, handles: Sequence[Any], labels: Sequence[str], columns: int) -> Any:
        """A legend of the whole figure under the subtitle, in the room ``set`` kept."""
        if self._legend is not None:
            self._legend.remove()
            self._legend = None
        if not handles:
            return None
        below_title = offset_copy(
            self.figure.transFigure, self.figure, y=-self.legend_offset, units="points"
        )
        self._legend = self.figure.legend(
            handles,
            labels,
            loc="upper left",
            bbox_to_anchor=(0.01, 1.0),
            bbox_transform=below_title,
            ncols=columns,
            borderaxespad=0.0,
            borderpad=0.0,
            handlelength=2.6,
            columnspacing=1.4,
            frameon=False,
        )
        self._legend.set_in_layout(False)
        return self._legend


def style_value_axis(
    ax: Axes, theme: Theme, language: str, percent: bool, axis: str = "y"
) -> LocaleFormatter:
    """Locale numbers and light grid lines along the value axis."""
    formatter = LocaleFormatter(language, percent)
    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_formatter(formatter)
    if axis == "x":  # numbers side by side: fewer of them on a narrow axes
        inches = ax.get_position().width * ax.figure.get_figwidth()
        target.set_major_locator(
            MaxNLocator(nbins=max(4, min(8, int(inches * 1.6))), steps=[1, 2, 2.5, 5, 10])
        )
    ax.grid(True, axis=axis, color=theme.grid, linewidth=0.6)
    ax.tick_params(colors=theme.muted, labelcolor=theme.foreground, grid_color=theme.grid)
    return formatter


class PeriodAxis:
    """Periods along an axis: years at their year (missing years as gaps), other periods at
    their start in years, or evenly when they are not dates."""

    def __init__(self, periods: Sequence[str]) -> None:
        periods = sorted(dict.fromkeys(periods), key=period_sort_key)
        if periods and all(p.isdigit() and len(p) == 4 for p in periods):
            first, last = int(periods[0]), int(periods[-1])
            self.periods = [str(y) for y in range(first, last + 1)]
            self.x = np.arange(first, last + 1, dtype=float)
        else:
            years = [period_in_years(p) for p in periods]
            self.periods = list(periods)
            if periods and all(y is not None for y in years):
                self.x = np.asarray(years, dtype=float)
            else:
                self.x = np.arange(len(periods), dtype=float)
        self.index = {p: i for i, p in enumerate(self.periods)}

    def __len__(self) -> int:
        return len(self.periods)

    def values(self, series: Any) -> np.ndarray:
        """A series by period as an array along the axis, NaN where it has no value."""
        out = np.full(len(self.periods), np.nan)
        for period, value in series.items():
            i = self.index.get(str(period))
            if (
                i is not None
                and value is not None
                and not (isinstance(value, float) and math.isnan(value))
            ):
                out[i] = float(value)
        return out

    def apply(self, ax: Axes, max_ticks: int = 12) -> None:
        step = max(1, math.ceil(len(self.periods) / max_ticks))
        shown = list(range(len(self.periods) - 1, -1, -step))[::-1]  # the latest always
        ax.set_xticks(self.x[shown], [self.periods[i] for i in shown])
        if len(self.x):
            pad = 0.4 if len(self.x) == 1 else (self.x[-1] - self.x[0]) * 0.03
            ax.set_xlim(self.x[0] - pad, self.x[-1] + pad)


class BaseChart(Chart):
    """A chart of one request; subclasses draw it and say how to update it."""

    def __init__(self, ctx: Context, request: ChartRequest, figure: Figure) -> None:
        self.ctx = ctx
        self.request = request
        self.figure = figure
        self.theme = THEMES[request.theme]
        self.words = ctx.words
        self.texts = FigureTexts(figure, self.theme)
        self._shown: tuple | None = None
        self._static_kept = self._static_changed = False
        self.preferred_size = tuple(figure.get_size_inches())

    @contextlib.contextmanager
    def themed(self) -> Iterator[None]:
        with matplotlib.rc_context(self.theme.rc()):
            yield

    def show_texts(
        self,
        title: str,
        subtitle: str,
        source: str,
        handles: Sequence[Any] = (),
        labels: Sequence[str] = (),
        columns: int = 4,
    ) -> None:
        """Title, subtitle, source line and the legend under the subtitle. The layout is
        measured again only when these texts changed, not for a legend of another area."""
        # About two inches a legend column: a narrow figure gets fewer columns, more rows.
        columns = max(1, min(columns, len(handles) or 1, int(self.figure.get_figwidth() / 2)))
        rows = math.ceil(len(handles) / columns) if handles else 0
        key = (title, subtitle, source, rows)
        if key != self._shown:
            self.texts.set(title, subtitle, source, legend_rows=rows)
            self._shown = key
            self.relayout()
        self.texts.legend(handles, labels, columns)

    def relayout(self) -> None:
        engine = self.figure.get_layout_engine()
        if isinstance(engine, CachedLayout):
            engine.invalidate()
        self._static_changed = True

    def keep_static(self) -> None:
        """Said by an update that changed only the selection's artists: the rest of each
        Axes is put back from its kept pixels at the next draw on screen."""
        self._static_kept = True

    def update(self, request: ChartRequest) -> bool:
        if any(getattr(request, f) != getattr(self.request, f) for f in KEPT):
            return False
        if request == self.request:
            return True
        self._static_kept, self._static_changed = False, False
        with self.themed():
            done = self._update(request)
        if done:
            self.request = request
            self.figure.stale = True
        if not done or not self._static_kept or self._static_changed:
            for ax in self.figure.axes:
                if isinstance(ax, LayeredAxes):
                    ax.invalidate()
        return done

    def _update(self, request: ChartRequest) -> bool:
        return False


def panel_title(ax: Axes, title: str, detail: str, theme: Theme, width: int = 40) -> None:
    """A panel's bold title and, under it, a line of detail in the muted colour."""
    for child in ax.texts[:]:
        if child.get_gid() == "panel-detail":
            child.remove()
    pad = 4.0
    if detail:
        note = ax.annotate(
            detail,
            xy=(0, 1),
            xycoords="axes fraction",
            xytext=(0, 4),
            textcoords="offset points",
            va="bottom",
            ha="left",
            fontsize=8,
            color=theme.muted,
            annotation_clip=False,
        )
        note.set_gid("panel-detail")
        pad += 8 * 1.3 + 3
    ax.set_title(
        wrap(title, width, 2),
        loc="left",
        fontsize=9.5,
        fontweight="bold",
        color=theme.foreground,
        pad=pad,
    )
