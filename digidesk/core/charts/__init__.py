"""Charts drawn from the analysis: matplotlib Figures, without pyplot and without Qt.

One builder per chart kind (``timeseries``, ``ranking``, ``scatter``, ``profile``,
``progress``, ``multiples``); every value, rank, national value and median comes from
:mod:`digidesk.core.analysis`, so a chart shows the figures of the comparison view. The
command line, the exports and the desktop application share these builders; the Qt side
only hosts the figure on a canvas.

Importing this package imports neither matplotlib nor pandas: the builders are imported
when the first chart is made, so start-up stays as fast as without charts.

A chart is built once and updated cheaply: ``chart.update(request)`` moves its artists
to a new selection or period (no new Figure) and returns False when the request needs a
new chart (another kind, indicator, language, theme or option); the caller then draws with
``figure.canvas.draw_idle()``, or calls :func:`make_chart` with the same figure.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from digidesk.core.charts.tables import ChartTable
    from digidesk.core.charts.words import ChartWords
    from digidesk.core.model.areas import AreaRegister
    from digidesk.core.model.strategy import Target
    from digidesk.core.model.workspace import Workspace

KINDS = ("timeseries", "ranking", "scatter", "profile", "progress", "multiples")
LANGUAGES = ("sv", "nb", "en")
THEMES = ("light", "dark")
GENDERS = ("T", "K", "M")
FORMATS = (".png", ".svg", ".pdf")

AreaKey = tuple[str, str]  # (country, code)


@dataclass(frozen=True)
class ChartRequest:
    """What to draw. ``areas`` are (country, code) pairs, the selection highlighted.

    ``options`` by kind (all optional):

    - timeseries: ``all_areas`` (every kommun as a thin line behind the selection),
      ``genders`` (True for women and men, or a tuple of "T", "K", "M"), ``references``
      (False hides the national value and the median).
    - ranking: ``top_n`` (default 10: the best and worst ten and the selection between;
      0 or None: every kommun in a tall figure), ``references``.
    - scatter: ``size_by_population``.
    - profile: ``style`` ("radar" or "bars"), ``scale`` ("minmax" or "percentile"),
      ``median`` (False hides the median kommun's profile).
    - progress: ``target``, a mapping with ``value`` and ``due`` (year), optional
      ``baseline``, ``baseline_period``, ``comparator`` (">=", "<=", "==") and ``text``.
    - multiples: ``chart`` ("timeseries" or "ranking") and ``columns``; the options of
      that chart apply to every panel.
    - every kind: ``country`` (when no area says which), ``title`` (instead of the
      indicator's), ``size`` ((width, height) in inches, for a chart without a figure).
    """

    kind: str
    indicators: tuple[str, ...]
    areas: tuple[AreaKey, ...] = ()
    period: str | None = None
    gender: str = "T"
    language: str = "sv"
    theme: str = "light"
    options: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        indicators = (self.indicators,) if isinstance(self.indicators, str) else self.indicators
        object.__setattr__(self, "indicators", tuple(str(i) for i in indicators))
        object.__setattr__(self, "areas", tuple((str(c), str(a)) for c, a in self.areas))
        object.__setattr__(self, "options", MappingProxyType(dict(self.options)))

    def option(self, name: str, default: Any = None) -> Any:
        return self.options.get(name, default)

    def changed(self, **changes: Any) -> ChartRequest:
        """A copy with some fields changed (``request.changed(areas=…)``)."""
        return dataclasses.replace(self, **changes)


class Chart:
    """A drawn chart: its figure and the request it shows.

    ``update`` moves the chart to a new selection or period in place and returns True, or
    returns False when ``request`` needs a new chart. ``preferred_size`` is the size in
    inches the chart reads best at (a full ranking is tall); ``table()`` is the data drawn,
    for the Excel export.
    """

    figure: Figure
    request: ChartRequest
    preferred_size: tuple[float, float]

    def update(self, request: ChartRequest) -> bool:
        return False

    def table(self) -> ChartTable:
        raise NotImplementedError


def make_chart(
    workspace: Workspace,
    register: AreaRegister,
    request: ChartRequest,
    figure: Figure | None = None,
    *,
    words: ChartWords | None = None,
) -> Chart:
    """Draw ``request`` into ``figure`` (cleared first), or into a new Figure.

    ``words`` are the texts in the request's language (``digidesk.chart_words`` when
    None). Raises :class:`~digidesk.core.errors.ChartError` or
    :class:`~digidesk.core.errors.AnalysisError` for a request that cannot be drawn.
    """
    from digidesk.core.charts.build import build

    return build(workspace, register, request, figure, words)


def save_chart(
    chart_or_figure: Chart | Figure, path: str | os.PathLike[str], dpi: int = 150
) -> None:
    """Write the chart as PNG, SVG or PDF, by the suffix of ``path``; the file appears only
    when complete."""
    from digidesk.core.charts.files import save

    save(chart_or_figure, path, dpi)


def progress_request_for_target(
    strategy_target: Target, area: AreaKey, language: str = "sv"
) -> ChartRequest:
    """The goal-progress chart of a strategy target linked to an indicator."""
    from digidesk.core.charts.targets import request_for_target

    return request_for_target(strategy_target, area, language)


__all__ = [
    "FORMATS",
    "GENDERS",
    "KINDS",
    "LANGUAGES",
    "THEMES",
    "Chart",
    "ChartRequest",
    "make_chart",
    "progress_request_for_target",
    "save_chart",
]
