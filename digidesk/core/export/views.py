"""A table as a view shows it — filtered, sorted, long or pivoted — for Excel and CSV.

The view hands over what it shows as a :class:`ShownTable`: positions of the
observations in the order shown (long), or a pivot and the order of its rows.
From it come the sheets for :func:`digidesk.core.export.excel.write_workbook`
(with number formats, colour scales by the indicators' directions and an About
sheet that names the filters) and a plain frame for CSV (values as published).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from digidesk.core.export.csv import Dialect, write_csv
from digidesk.core.export.excel import write_workbook
from digidesk.core.export.limits import ExportWarning
from digidesk.core.export.numformat import decimals_used, number_format
from digidesk.core.export.sheets import about_sheet, indicators_sheet, observation_sheet
from digidesk.core.export.spec import SheetSpec
from digidesk.core.export.ticker import CancelledCallback, ProgressCallback
from digidesk.core.export.tidy import tidy_table
from digidesk.core.model.areas import AreaRegister, default_register
from digidesk.core.model.indicators import Direction
from digidesk.core.model.workspace import Workspace
from digidesk.core.pivot import Pivot

#: Long-table columns a view may hide, and the tidy columns each stands for.
_VIEW_COLUMNS: dict[str, tuple[str, ...]] = {
    "indicator": ("indicator_id", "indicator"),
    "area": ("area_id", "area"),
    "period": ("period",),
    "gender": ("gender",),
    "value": ("value",),
    "status": ("status",),
}
_PERCENT_UNITS = {"%", "procent", "prosent", "andel (%)", "percent"}


@dataclass(frozen=True)
class ShownTable:
    """What a table view shows of one dataset.

    Long shape: ``positions`` are the frame positions of the rows shown, in the
    order shown. Pivot shape: ``pivot`` and ``pivot_rows`` (its rows in the
    order shown). ``hidden`` names the columns the user hid: long-table columns
    ("status"), or a pivot's value columns by their code ("N00945", "2023");
    ``filters`` describes the view's filters and sort for the About sheet.
    """

    dataset_id: str
    positions: np.ndarray | None = None
    pivot: Pivot | None = None
    pivot_rows: np.ndarray | None = None
    hidden: frozenset[str] = frozenset()
    filters: Mapping[str, str] = field(default_factory=dict)


def _one_dataset(workspace: Workspace, dataset_id: str) -> Workspace:
    """The workspace with only this dataset and the indicators it uses."""
    dataset = workspace.dataset(dataset_id)
    used = set(dataset.observations["indicator_id"].cat.categories)
    indicators = {i: ind for i, ind in workspace.indicators.items() if i in used}
    return Workspace(workspace.title, [dataset], indicators)


def _is_percent(unit: str) -> bool:
    return unit.strip().lower() in _PERCENT_UNITS


def long_frame(
    workspace: Workspace, shown: ShownTable, register: AreaRegister | None = None
) -> pd.DataFrame:
    """The tidy rows shown (ids and names side by side), in the order shown."""
    tidy = tidy_table(_one_dataset(workspace, shown.dataset_id), register)
    if shown.positions is not None:
        tidy = tidy.iloc[shown.positions].reset_index(drop=True)
    dropped = [c for name in shown.hidden for c in _VIEW_COLUMNS.get(name, ())]
    return tidy.drop(columns=[c for c in dropped if c in tidy.columns])


@dataclass(frozen=True)
class PivotFrame:
    """A pivot as shown: its table, key columns, the indicator id behind each value column
    ("" where a column mixes indicators) and the markers of missing values per column."""

    frame: pd.DataFrame
    keys: list[str]
    indicator_ids: list[str]
    markers: dict[str, list[str]]


def pivot_frame(
    workspace: Workspace, shown: ShownTable, register: AreaRegister | None = None
) -> PivotFrame:
    """The pivot as shown; value columns are headed by indicator title and unit (or the
    period or gender)."""
    pivot = shown.pivot
    assert pivot is not None
    dataset = workspace.dataset(shown.dataset_id)
    frame = dataset.observations
    rows = shown.pivot_rows if shown.pivot_rows is not None else np.arange(pivot.shape[0])
    names = dataset.area_display_names(register or default_register())
    columns: dict[str, object] = {}
    area_codes = pivot.row_keys["area_id"][rows]
    columns["area_id"] = area_codes
    columns["area"] = [names.get(str(code), "") for code in area_codes]
    for key in ("indicator_id", "period", "gender"):
        # Row keys vary by row; the fixed ones are written too, so that the sheet says
        # which period (or indicator) it shows and reads back whole. Gender "T" is implied.
        if key in pivot.row_keys:
            codes = [str(c) for c in pivot.row_keys[key][rows]]
        elif key in pivot.fixed and not (key == "gender" and pivot.fixed[key] == "T"):
            codes = [pivot.fixed[key]] * len(rows)
        else:
            continue
        columns[key] = codes
        if key == "indicator_id":
            columns["indicator"] = [_heading(workspace, c) for c in codes]
    keys = list(columns)
    values = frame["value"].to_numpy(dtype="float64")
    status = frame["status"].astype(str).to_numpy()
    markers: dict[str, list[str]] = {}
    indicator_ids: list[str] = []
    fixed_indicator = pivot.fixed.get("indicator_id", "")
    taken = set(keys)
    for column, code in enumerate(pivot.column_keys.tolist()):
        code = str(code)
        if code in shown.hidden:
            continue
        if pivot.axis == "indicator":
            heading, indicator_id = _heading(workspace, code), code
        else:
            heading, indicator_id = code, fixed_indicator
        while heading in taken:  # two indicators with one title: tell them apart
            heading = f"{heading} [{code}]" if code not in heading else f"{heading}*"
        taken.add(heading)
        cells = pivot.cells[rows, column]
        shown_values = np.where(cells >= 0, values[np.maximum(cells, 0)], np.nan)
        columns[heading] = shown_values
        # A missing observation shows its marker, as on screen; an empty cell is none.
        missing = (cells >= 0) & np.isnan(shown_values)
        if missing.any():
            marks = np.where(status[np.maximum(cells, 0)] != "", status[np.maximum(cells, 0)], "..")
            markers[heading] = np.where(missing, marks, "").tolist()
        indicator_ids.append(indicator_id)
    return PivotFrame(pd.DataFrame(columns), keys, indicator_ids, markers)


def _heading(workspace: Workspace, indicator_id: str) -> str:
    indicator = workspace.indicators.get(indicator_id)
    return indicator.heading if indicator else indicator_id


def pivot_axis_is_indicator(shown: ShownTable) -> bool:
    return shown.pivot is not None and shown.pivot.axis == "indicator"


def _pivot_sheet(
    workspace: Workspace, shown: ShownTable, name: str, register: AreaRegister | None
) -> SheetSpec:
    shown_pivot = pivot_frame(workspace, shown, register)
    frame, keys, indicator_ids = shown_pivot.frame, shown_pivot.keys, shown_pivot.indicator_ids
    formats: dict[str, str] = {}
    scales: dict[str, Direction] = {}
    for heading, indicator_id in zip(frame.columns[len(keys) :], indicator_ids, strict=True):
        indicator = workspace.indicators.get(indicator_id)
        values = frame[heading].to_numpy(dtype="float64")
        # Percent cells (fractions with a % format) only where a column is one indicator
        # named in its heading; elsewhere values stay as published, the unit in the
        # indicator column's heading, so that a reader knows which numbers were scaled.
        percent = (
            pivot_axis_is_indicator(shown) and indicator is not None and _is_percent(indicator.unit)
        )
        formats[heading] = number_format(decimals_used(values), percent=percent)
        if percent:
            frame[heading] = values / 100.0
        if indicator is not None and indicator.direction != "none":
            scales[heading] = indicator.direction
    return SheetSpec(
        name,
        frame,
        kinds={k: "text" for k in keys},
        formats=formats,
        freeze_columns=len(keys),
        markers=shown_pivot.markers,
        colour_scales=scales,
    )


def view_sheets(
    workspace: Workspace, shown: ShownTable, register: AreaRegister | None = None
) -> list[SheetSpec]:
    """The table as shown, its indicators, and an About sheet with its source and filters."""
    dataset = workspace.dataset(shown.dataset_id)
    if shown.pivot is not None:
        table = _pivot_sheet(workspace, shown, dataset.name, register)
    else:
        tidy = long_frame(workspace, shown, register)
        if "indicator_id" in tidy.columns and "value" in tidy.columns:
            units = {i: ind.unit for i, ind in workspace.indicators.items()}
            directions = {i: ind.direction for i, ind in workspace.indicators.items()}
            table = observation_sheet(dataset.name, tidy, units, directions)
        else:
            table = SheetSpec(dataset.name, tidy)
    # Indikatorer lets DigiDesk read the export back with titles, units and directions.
    alone = _one_dataset(workspace, shown.dataset_id)
    return [table, indicators_sheet(alone), about_sheet(alone, dict(shown.filters))]


def view_frame(
    workspace: Workspace, shown: ShownTable, register: AreaRegister | None = None
) -> pd.DataFrame:
    """The table as shown, for CSV: values in the indicators' units as published."""
    if shown.pivot is not None:
        return pivot_frame(workspace, shown, register).frame
    return long_frame(workspace, shown, register)


def export_view(
    workspace: Workspace,
    shown: ShownTable,
    path: str | os.PathLike[str],
    dialect: Dialect = "nordic",
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> list[ExportWarning]:
    """Write the table as shown to ``path``: an .xlsx workbook, or CSV in ``dialect``."""
    if os.fspath(path).lower().endswith(".csv"):
        frame = view_frame(workspace, shown)
        write_csv(frame, path, dialect, progress=progress, cancelled=cancelled)
        return []
    sheets = view_sheets(workspace, shown)
    return write_workbook(
        sheets, path, title=workspace.title, progress=progress, cancelled=cancelled
    )
