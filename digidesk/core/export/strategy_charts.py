"""The goal-progress chart of every linked target, as pictures for the follow-up report.

Each chart is the one the strategy's detail pane shows (``digidesk.core.charts``, kind
"progress": the linked values, the baseline, the even path to the target value and the
due year), written as PNG by :func:`~digidesk.core.charts.save_chart` and handed to the
workbook and PDF writers. A target gets a picture when it is linked to an indicator with
figures for its area, and has a target value and a due year; any other is left out
without a word, as its row in the report already says why it has no status from data.
"""

from __future__ import annotations

import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digidesk.core.analysis.goals import linked_series
from digidesk.core.errors import AnalysisError, ChartError
from digidesk.core.model.strategy import Strategy
from digidesk.core.model.workspace import Workspace

#: A chart's size in the report, in inches, and its resolution.
SIZE = (7.2, 4.3)
DPI = 150


@dataclass(frozen=True, slots=True)
class TargetChart:
    """One target's chart as PNG bytes of ``width`` × ``height`` pixels at ``dpi``."""

    target_id: str
    png: bytes
    width: int
    height: int
    dpi: int

    @property
    def inches(self) -> tuple[float, float]:
        return self.width / self.dpi, self.height / self.dpi


def progress_charts(
    workspace: Workspace,
    strategy: Strategy,
    register: Any,
    language: str,
    words: Any = None,
    *,
    size: tuple[float, float] = SIZE,
    dpi: int = DPI,
) -> dict[str, TargetChart]:
    """Target id → its goal-progress chart, in document order, for every target that has
    one. ``words`` are the charts' texts in ``language`` (``digidesk.chart_words``)."""
    from digidesk.core.charts import make_chart, progress_request_for_target, save_chart

    charts: dict[str, TargetChart] = {}
    cache: dict[tuple[str, str], Any] = {}
    with tempfile.TemporaryDirectory(prefix="digidesk-report-") as folder:
        for target in strategy.targets():
            area = target.area_id or strategy.area_id
            if not target.indicator_id or not area:
                continue
            if target.target_value is None or target.due_year is None:
                continue
            country, series = linked_series(workspace, strategy, target, register, cache)
            if series.dropna().empty:
                continue
            try:
                request = progress_request_for_target(target, (country, area), language)
                request = request.changed(options={**request.options, "size": size})
                chart = make_chart(workspace, register, request, words=words)
            except (ChartError, AnalysisError):
                continue
            path = Path(folder) / f"{len(charts)}.png"
            save_chart(chart, path, dpi)
            png = path.read_bytes()
            width, height = struct.unpack(">II", png[16:24])  # the PNG's IHDR
            charts[target.id] = TargetChart(target.id, png, width, height, dpi)
    return charts
