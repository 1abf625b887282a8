"""Workbooks DigiDesk exported itself, read back exactly.

A DigiDesk workbook has an "Om" sheet naming ``digidesk_version`` and an
"Indikatorer" sheet with each indicator's title, unit and direction. Its
observation sheets have the tidy columns (``indicator_id``, ``area_id``,
``period``, ``gender``, ``value``, ``status``). Read through the generic
planner they would lose what the export wrote around the numbers: percent
cells are fractions with a % format (0.568 for 56,8 %), and a missing value
is an empty cell whose marker is in ``status``. Here they come back as they
were: the value in the indicator's unit, the marker kept, titles and units
from the Indikatorer sheet.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

import numpy as np
import pandas as pd

from digidesk.core.io.grid import Cell, RawBook, RawSheet
from digidesk.core.io.plan import TablePlan
from digidesk.core.io.tidy import TidyResult
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.indicators import DIRECTIONS, Indicator
from digidesk.core.model.observations import make_observations

FORMAT_NAME = "DigiDesk (export)"
ABOUT_SHEET = "Om"
INDICATOR_SHEET = "Indikatorer"
_REQUIRED = {"indicator_id", "area_id", "period", "value"}
#: Sheets of a workspace export that describe the workspace rather than hold observations.
MODEL_SHEETS = {"Om", "Indikatorer", "Områden", "Strategi", "Utmärkelse", "Kriterier", "Poäng"}
_PERCENT_UNITS = {"%", "procent", "prosent", "andel (%)", "percent"}


def _text(cell: Cell) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return "" if cell is None else str(cell).strip()


def _header(sheet: RawSheet) -> list[str]:
    return [_text(c) for c in sheet.rows[0]] if sheet.rows else []


def is_own_export(book: RawBook) -> bool:
    """True for a workbook DigiDesk wrote (its About sheet names the DigiDesk version)."""
    for sheet in book.sheets:
        if sheet.name == ABOUT_SHEET:
            return any(row and _text(row[0]) == "digidesk_version" for row in sheet.rows[:20])
    return False


def is_observation_sheet(sheet: RawSheet) -> bool:
    return set(_header(sheet)) >= _REQUIRED


def _is_model_sheet(name: str) -> bool:
    """The export's sheets about the workspace (not data): Om, Indikatorer, Strategi…"""
    return re.sub(r" \(\d+\)$", "", name) in MODEL_SHEETS


def recognise_own(book: RawBook, plans: list[TablePlan]) -> list[TablePlan]:
    """Observation sheets named as DigiDesk's own format; the sheets about the workspace
    left out; any other table (a pivot as shown) planned as usual."""
    sheets = {s.name: s for s in book.sheets}
    kept: list[TablePlan] = []
    for plan in plans:
        sheet = sheets.get(plan.sheet)
        if sheet is None or _is_model_sheet(plan.sheet):
            continue
        if is_observation_sheet(sheet):
            plan = replace(plan, format_name=FORMAT_NAME)
        kept.append(plan)
    return kept


def indicators_of(book: RawBook) -> dict[str, Indicator]:
    """The Indikatorer sheet's indicators (title, unit, direction, source, description)."""
    sheet = next((s for s in book.sheets if s.name == INDICATOR_SHEET), None)
    if sheet is None or not sheet.rows:
        return {}
    header = _header(sheet)
    found: dict[str, Indicator] = {}
    for row in sheet.rows[1:]:
        record = {name: _text(cell) for name, cell in zip(header, row, strict=False)}
        indicator_id = record.get("indicator_id", "")
        if not indicator_id:
            continue
        direction = record.get("direction", "none")
        found[indicator_id] = Indicator(
            indicator_id,
            record.get("title") or indicator_id,
            record.get("unit", ""),
            direction if direction in DIRECTIONS else "none",  # type: ignore[arg-type]
            record.get("source", ""),
            record.get("description", ""),
        )
    return found


def _number(cell: Cell) -> float:
    if isinstance(cell, bool):
        return math.nan
    if isinstance(cell, int | float):
        return float(cell)
    return math.nan


def tidy_own(
    sheet: RawSheet, indicators: dict[str, Indicator], register: AreaRegister
) -> TidyResult:
    """The observations of one exported sheet, values back in their published units."""
    header = _header(sheet)
    column = {name: header.index(name) for name in header if name}
    rows = [r for r in sheet.rows[1:] if any(_text(c) for c in r)]

    def texts(name: str, default: str = "") -> list[str]:
        if name not in column:
            return [default] * len(rows)
        j = column[name]
        return [_text(r[j]) if j < len(r) else default for r in rows]

    j = column["value"]
    values = np.array([_number(r[j]) if j < len(r) else math.nan for r in rows], dtype=float)
    ids = texts("indicator_id")
    percent = np.array(
        [
            indicators[i].unit.strip().lower() in _PERCENT_UNITS if i in indicators else False
            for i in ids
        ],
        dtype=bool,
    )
    # The export wrote 56.8 % as 0.568; published values have a few decimals at most.
    values[percent] = np.round(values[percent] * 100, 9)
    statuses = texts("status")
    statuses = [s if math.isnan(v) else "" for s, v in zip(statuses, values, strict=True)]
    frame = make_observations(
        {
            "indicator_id": ids,
            "area_id": texts("area_id"),
            "period": texts("period"),
            "gender": [g or "T" for g in texts("gender", "T")],
            "value": values,
            "status": statuses,
        }
    )
    names = {a: n for a, n in zip(texts("area_id"), texts("area"), strict=True) if n}
    titles = dict(zip(ids, texts("indicator"), strict=True))
    used = [indicators.get(i) or Indicator(i, titles.get(i) or i) for i in dict.fromkeys(ids)]
    markers: dict[str, int] = {}
    for status in statuses:
        if status:
            markers[status] = markers.get(status, 0) + 1
    return TidyResult(
        observations=frame,
        indicators=used,
        area_names=names,
        areas_matched=sum(register.get(a) is not None for a in set(texts("area_id"))),
        markers=markers,
    )


def restore_indicators(tidy: TidyResult, indicators: dict[str, Indicator]) -> TidyResult:
    """A table of a DigiDesk workbook read by the generic planner (a pivot as shown), with
    its indicators known again.

    Columns headed by an indicator ("Title (%)") were written one indicator each, percent
    as fractions: they get their ids back and percent values return to the unit as
    published. Indicators named by id in a column of their own were written as
    published and only get their titles and units. Empty cells were no observation.
    """
    by_heading = {i.heading: i for i in indicators.values()}
    found: dict[str, Indicator] = {}
    scaled: set[str] = set()
    for indicator in tidy.indicators:
        name = indicator.indicator_id
        if name in indicators:
            found[name] = indicators[name]
        elif name in by_heading:
            found[name] = by_heading[name]
            if by_heading[name].unit.strip().lower() in _PERCENT_UNITS:
                scaled.add(name)
    if not found:
        return tidy
    frame = tidy.observations
    values = frame["value"].to_numpy(dtype=float)
    empty = np.isnan(values) & (frame["status"].astype(str).to_numpy() == "")
    frame = frame.loc[~empty].copy()
    ids = frame["indicator_id"].astype(str)
    percent = ids.isin(scaled).to_numpy()
    values = frame["value"].to_numpy(dtype=float).copy()
    values[percent] = np.round(values[percent] * 100, 9)
    frame["value"] = values
    renamed = {old: new.indicator_id for old, new in found.items() if old != new.indicator_id}
    if renamed:
        frame["indicator_id"] = pd.Categorical([renamed.get(i, i) for i in ids])
    used = [found.get(i.indicator_id, i) for i in tidy.indicators]
    return replace(tidy, observations=frame, indicators=used)
