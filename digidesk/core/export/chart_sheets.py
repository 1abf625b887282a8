"""The chart on screen in a workbook: its figures as a table, drawn by Excel itself.

Where Excel has the chart's type (a line for time series and goal progress, horizontal
bars for a ranking or a profile's bars, a scatter, a radar) the sheet gets a native Excel
chart over its own cells, which the reader can restyle and which follows edits to the
cells. Otherwise (small multiples), or when asked, the chart comes as a picture beside the
table. Shares in percent are written as percent cells (56.8 becomes 0.568 shown 56,8 %),
as in every other export; the sheet's first lines say what the chart shows and where its
figures come from.
"""

from __future__ import annotations

import io
import os

import numpy as np

from digidesk.core.charts import Chart
from digidesk.core.export.excel import write_workbook
from digidesk.core.export.limits import ExportWarning
from digidesk.core.export.numformat import decimals_used, number_format
from digidesk.core.export.sheets import about_sheet
from digidesk.core.export.spec import ChartSpec, ImageSpec, SheetSpec

NATIVE = ("line", "bar", "barh", "scatter", "radar")
PICTURE_DPI = 150
SCREEN_DPI = 96  # Excel shows a picture's pixels at this resolution


def chart_picture(chart: Chart, dpi: int = PICTURE_DPI) -> ImageSpec:
    """The chart as a PNG picture, shown in the sheet at its printed size."""
    buffer = io.BytesIO()
    chart.figure.savefig(buffer, format="png", dpi=dpi)
    return ImageSpec(buffer.getvalue(), "chart.png", round(SCREEN_DPI / dpi, 3))


def chart_sheet(chart: Chart, name: str = "", *, picture: bool = False) -> SheetSpec:
    """One sheet with the chart's figures and the chart: native where Excel has its type,
    a picture otherwise or when ``picture`` is True. ``name`` defaults to the chart's
    title."""
    table = chart.table()
    frame = table.frame.copy()
    formats: dict[str, str] = {}
    for column in table.series:
        values = frame[column].to_numpy(dtype="float64")
        if table.percent:
            frame[column] = values / 100.0
        formats[column] = number_format(decimals_used(values), percent=table.percent)
    if table.native == "scatter":
        values = frame[table.category].to_numpy(dtype="float64")
        formats[table.category] = number_format(decimals_used(values))
    spec = SheetSpec(
        name or table.title or "Chart",
        frame.reset_index(drop=True),
        kinds={str(c): "text" for c in frame.columns if frame[c].dtype == object},
        formats=formats,
        preamble=[(table.title, ""), *((line, "") for line in table.source.split("\n") if line)],
    )
    native = table.native in NATIVE and not picture
    if native and np.isfinite(frame[list(table.series)].to_numpy(dtype="float64")).any():
        spec.charts.append(
            ChartSpec(
                kind=table.native,  # type: ignore[arg-type]
                title=table.title,
                category=table.category,
                series=table.series,
                y_title=table.value_title,
                percent=table.percent,
            )
        )
    else:
        spec.images.append(chart_picture(chart))
    return spec


def export_chart(
    chart: Chart, path: str | os.PathLike[str], *, picture: bool = False
) -> list[ExportWarning]:
    """A workbook of the chart's sheet and an Om sheet with the sources of its figures."""
    workspace = chart.ctx.workspace  # type: ignore[attr-defined]
    sheets = [chart_sheet(chart, picture=picture), about_sheet(workspace)]
    return write_workbook(sheets, path, title=sheets[0].name)
