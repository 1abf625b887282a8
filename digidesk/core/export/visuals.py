"""What a sheet shows beyond its cells: colour scales that know good from bad, native charts.

A colour scale is Excel's own three-colour scale (red, yellow, green), turned so
that green is the good end: the highest values for an indicator where higher is
better, the lowest where lower is better. It lives in the file as a conditional
format, so it follows the values when the reader edits or sorts them.

Charts are native Excel charts whose series refer to the sheet's own cells (no
pictures), placed to the right of the table. In constant-memory mode xlsxwriter
keeps no cells to cache in the chart, so the chart gets a copy of the values
from the table itself (up to ``CACHE_ROWS`` rows). A chart Excel has no type for comes
as a picture (``SheetSpec.images``), placed below the native charts.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import numpy as np
import pandas as pd
import xlsxwriter
from xlsxwriter.utility import xl_range
from xlsxwriter.worksheet import Worksheet

from digidesk.core.errors import ExportError
from digidesk.core.export.spec import ChartSpec, SheetSpec

RED, YELLOW, GREEN = "#F8696B", "#FFEB84", "#63BE7B"  # Excel's own scale colours
_CHART_TYPES = {
    "line": "line",
    "bar": "column",
    "barh": "bar",
    "scatter": "scatter",
    "radar": "radar",
}
CHART_ROWS = 16  # a chart is 288 px high, 14.4 rows of 20 px; one row and a bit between
CACHE_ROWS = 10_000  # charts over more rows carry no cached values


def scale_colours(direction: str) -> tuple[str, str, str] | None:
    """(lowest, middle, highest) value colours, or None for an indicator without direction."""
    if direction == "higher":
        return RED, YELLOW, GREEN
    if direction == "lower":
        return GREEN, YELLOW, RED
    if direction == "none":
        return None
    raise ExportError("export.bad_option", option="direction", value=direction)


def check_visuals(spec: SheetSpec) -> None:
    """Refuse, before anything is written, scales and charts the table cannot have."""
    columns = {str(c) for c in spec.frame.columns}

    def need(column: str) -> None:
        if column not in columns:
            raise ExportError("export.unknown_column", sheet=spec.name, column=column)

    for column, direction in spec.colour_scales.items():
        need(column)
        scale_colours(direction)
    for scale in spec.colour_scale_rows:
        need(scale.column)
        scale_colours(scale.direction)
        for start, stop in scale.rows:
            if not 0 <= start <= stop <= len(spec.frame):
                raise ExportError(
                    "export.bad_option", option="rows", value=f"{start}:{stop}", sheet=spec.name
                )
    for chart in spec.charts:
        if chart.kind not in _CHART_TYPES:
            raise ExportError("export.bad_option", option="chart", value=chart.kind)
        if not chart.series:
            raise ExportError("export.bad_option", option="series", value=chart.title)
        need(chart.category)
        for column in chart.series:
            need(column)


def add_colour_scales(
    ws: Worksheet, spec: SheetSpec, names: list[str], start: int, stop: int, first_row: int
) -> None:
    """The scales of ``spec`` over the data rows ``start:stop`` written from ``first_row``."""
    if stop <= start:
        return
    col = {name: j for j, name in enumerate(names)}
    last_row = first_row + stop - start - 1
    for column, direction in spec.colour_scales.items():
        colours = scale_colours(direction)
        if colours is not None:
            j = col[column]
            ws.conditional_format(first_row, j, last_row, j, _scale(colours))
    for scale in spec.colour_scale_rows:
        colours = scale_colours(scale.direction)
        if colours is None:
            continue
        j = col[scale.column]
        ranges = [
            (first_row + max(a, start) - start, first_row + min(b, stop) - start - 1)
            for a, b in scale.rows
            if max(a, start) < min(b, stop)
        ]
        if not ranges:
            continue
        options = _scale(colours)
        if len(ranges) > 1:
            options["multi_range"] = " ".join(xl_range(a, j, b, j) for a, b in ranges)
        ws.conditional_format(ranges[0][0], j, ranges[0][1], j, options)


def _scale(colours: tuple[str, str, str]) -> dict[str, Any]:
    low, mid, high = colours
    return {"type": "3_color_scale", "min_color": low, "mid_color": mid, "max_color": high}


def add_charts(
    workbook: xlsxwriter.Workbook,
    ws: Worksheet,
    title: str,
    spec: SheetSpec,
    frame: pd.DataFrame,
    header_row: int,
) -> None:
    """The charts of ``spec`` over the rows of ``frame`` (one part of it) below ``header_row``."""
    rows = len(frame)
    if not rows:
        return
    names = [str(c) for c in frame.columns]
    col = {name: j for j, name in enumerate(names)}
    first, last = header_row + 1, header_row + rows
    anchor = header_row
    for chart_spec in spec.charts:
        chart = workbook.add_chart({"type": _CHART_TYPES[chart_spec.kind]})
        category = col[chart_spec.category]
        labels = _cache(frame.iloc[:, category], rows)
        for column in chart_spec.series:
            j = col[column]
            series: dict[str, Any] = {
                "name": [title, header_row, j],
                "categories": [title, first, category, last, category],
                "values": [title, first, j, last, j],
                # The values as written: previews and Protected View draw from them.
                "name_data": [column],
                "categories_data": labels,
                "values_data": _cache(frame.iloc[:, j], rows, numbers=True),
            }
            if chart_spec.kind == "line":
                series["marker"] = {"type": "circle", "size": 5}
            chart.add_series(series)
        _axes(chart, chart_spec)
        ws.insert_chart(anchor, len(names) + 1, chart)
        anchor += CHART_ROWS
    for image in spec.images:
        options = {"image_data": io.BytesIO(image.png), "x_scale": image.scale,
                   "y_scale": image.scale, "object_position": 3}  # fmt: skip
        ws.insert_image(anchor, len(names) + 1, image.name, options)


def _cache(series: pd.Series, rows: int, numbers: bool = False) -> list[Any] | None:
    """A chart's cached copy of a column: numbers, or texts for labels; none for big tables.

    Without a cache (constant-memory mode has none of its own) Excel and LibreOffice
    draw the chart from the cells; with one, programs that show a file without
    calculating it (previews, Protected View) draw it too, and text labels are
    declared as text.
    """
    if rows > CACHE_ROWS or pd.api.types.is_datetime64_any_dtype(series.dtype):
        return None
    if numbers or pd.api.types.is_numeric_dtype(series.dtype):
        values = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        return [v if v - v == 0 else None for v in values.tolist()]
    if any(isinstance(v, dt.date) for v in series.tolist()):
        return None  # dates would need Excel's serial numbers; let the program read the cells
    return [None if pd.isna(v) else str(v) for v in series.tolist()]


def _axes(chart: Any, spec: ChartSpec) -> None:
    if spec.title:
        chart.set_title({"name": spec.title})
    values: dict[str, Any] = {}
    if spec.y_title:
        values["name"] = spec.y_title
    if spec.percent:
        values["num_format"] = "0%"
    if spec.kind == "barh":  # values along x, the first row at the top
        chart.set_y_axis({"reverse": True})
        if values:
            chart.set_x_axis(values)
    elif values:
        chart.set_y_axis(values)
    chart.set_legend({"position": "bottom"} if len(spec.series) > 1 else {"none": True})
