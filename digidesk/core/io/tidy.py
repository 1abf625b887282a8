"""Turn a sheet and its :class:`TablePlan` into the canonical observation table.

Every per-cell decision (number parsing, area matching, period and gender
recognition) is made once per distinct value and mapped over the column, so a
200,000-row table costs a few thousand parser calls.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from digidesk.core.io.area_keys import Unmatched, area_ids
from digidesk.core.io.cells import cell_text, gender_code, is_indicator_code
from digidesk.core.io.grid import Cell, RawSheet
from digidesk.core.io.locale_numbers import parse_number
from digidesk.core.io.markers import missing_marker
from digidesk.core.io.periods import parse_period
from digidesk.core.io.plan import AREA_ROLES, TablePlan
from digidesk.core.io.unique import map_unique
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import make_observations

_YEAR_IN_TEXT = re.compile(r"(?<!\d)(18|19|20)\d{2}(?!\d)")
_ENGLISH = re.compile(r"^[+-]?\d{1,3}(,\d{3})+\.\d+$")
_COMMA_GROUPS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d{1,2}$|^[+-]?\d+,\d{4,}$")
_MONTH_YEAR = re.compile(r"[A-Za-zåäöÅÄÖøØæÆ]+\.?\s+(18|19|20)\d{2}(?!\d)")
_PERCENT_WORDS = ("(%)", "andel", "prosent", "procent", "percent", "%")


@dataclass(slots=True)
class TidyResult:
    observations: pd.DataFrame
    indicators: list[Indicator]
    area_names: dict[str, str]
    areas_matched: int
    unmatched: list[Unmatched] = field(default_factory=list)
    markers: dict[str, int] = field(default_factory=dict)
    dropped_rows: int = 0
    warnings: list[str] = field(default_factory=list)


def tidy_table(
    sheet: RawSheet, plan: TablePlan, register: AreaRegister, decimal: str | None = None
) -> TidyResult:
    """The observations of one table. ``decimal`` is the file's decimal mark when the reader
    could tell it (CSV); then "1,234" in a file with decimal points is one thousand two
    hundred and thirty-four, not 1.234."""
    first, last = plan.data_first, plan.data_last
    rows = sheet.rows[first : last + 1]

    def column(j: int) -> list[Cell]:
        return [r[j] if j < len(r) else "" for r in rows]

    values = plan.columns_with("value")
    if not values:
        raise ValueError("the plan has no value column")
    key_roles = (*AREA_ROLES, "indicator", "dimension", "period", "gender")
    keys = [c for c in plan.columns if c.role in key_roles]
    cols = {c.index: column(c.index) for c in (*keys, *values)}
    n = len(rows)
    # A row without values is a missing observation when its keys are on the row, and a
    # block or section label ("Klimatsmart", a kommun name alone) when at most one is.
    key_counts = [0] * n
    # Block labels: a key written once on the first row of its block holds for the rows below.
    for c in keys:
        filled, carry = cols[c.index], ""
        for i, cell in enumerate(filled):
            if cell == "" or cell is None or (cell.__class__ is str and cell.isspace()):
                filled[i] = carry
            else:
                key_counts[i] += 1
                carry = cell
    keep = [count >= 2 for count in key_counts]
    for v in values:
        for i, cell in enumerate(cols[v.index]):
            if not (cell == "" or cell is None or (cell.__class__ is str and cell.isspace())):
                keep[i] = True
    kept = [i for i, flag in enumerate(keep) if flag]
    dropped = n - len(kept)
    taken = cols if len(kept) == n else {j: [lst[i] for i in kept] for j, lst in cols.items()}
    row_numbers = [first + 1 + i for i in kept]
    m = len(kept)

    def key_list(role: str) -> list[Cell]:
        found = plan.columns_with(role)  # type: ignore[arg-type]
        if role == "period" and len(found) == 2:
            return _year_and_week(taken[found[0].index], taken[found[1].index])
        return taken[found[0].index] if found else [""] * m

    indicator_column = plan.columns_with("indicator")
    dims = plan.columns_with("dimension")
    suffixes: list[str] | None = None
    if dims:
        cache: dict[tuple, str] = {}
        suffixes = []
        for combo in zip(*(taken[d.index] for d in dims), strict=True):
            text = cache.get(combo)
            if text is None:
                text = cache[combo] = ", ".join(t for t in map(cell_text, combo) if t)
            suffixes.append(text)

    def indicators_for(default: str) -> list[str]:
        if indicator_column:
            base = [cell_text(v) for v in taken[indicator_column[0].index]]
        else:
            base = [default] * m
        if suffixes is not None:
            return [f"{b} ({s})" if s else b for b, s in zip(base, suffixes, strict=True)]
        return base

    long_columns: dict[str, list] = {
        "row": [], "raw_value": [], "period_raw": [], "indicator_raw": [], "gender_raw": [],
        **{role: [] for role in AREA_ROLES},
    }  # fmt: skip
    for value_column in values:
        if plan.layout == "wide_period":
            period_raw: list[Cell] = [value_column.period or ""] * m
            indicator_raw = indicators_for(plan.title or _label_stem(plan))
        elif plan.layout == "wide_area":
            period_raw = key_list("period")
            default = plan.title or plan.sheet
            indicator_raw = indicators_for(default if value_column.area else value_column.label)
        elif plan.layout == "wide_indicator":
            period_raw = key_list("period")
            indicator_raw = indicators_for(value_column.label)
            if indicator_column:  # an indicator column and several value columns
                indicator_raw = [f"{t}: {value_column.label}" for t in indicator_raw]
        else:
            label_period = (
                None if plan.columns_with("period") else _label_period(value_column.label)
            )
            period_raw = [label_period] * m if label_period else key_list("period")
            default = value_column.label
            if label_period and label_period == parse_period(value_column.label):
                default = plan.title or plan.sheet  # the header is only a year: "2020"
            indicator_raw = indicators_for(_value_label(plan, default))
        long_columns["row"] += row_numbers
        long_columns["raw_value"] += taken[value_column.index]
        long_columns["period_raw"] += period_raw
        long_columns["indicator_raw"] += indicator_raw
        long_columns["gender_raw"] += key_list("gender")
        for role in AREA_ROLES:
            if role == "area_name" and plan.layout == "wide_area":
                long_columns[role] += [value_column.area or ""] * m
            else:
                long_columns[role] += key_list(role)
    long = pd.DataFrame({k: pd.Series(v, dtype=object) for k, v in long_columns.items()})

    number, status, is_percent, markers = _parse_values(long["raw_value"], decimal)
    periods = map_unique(long["period_raw"], lambda v: parse_period(v) or cell_text(v))
    if len(periods) and (periods == "").all():
        # No period in the table: the title often names it ("... kommun nov 2017").
        from_title = title_period(plan.title)
        if from_title:
            periods = pd.Series([from_title] * len(periods), index=periods.index, dtype=object)
    genders = map_unique(
        long["gender_raw"], lambda v: gender_code(cell_text(v)) or cell_text(v) or "T"
    )
    indicator_titles = map_unique(long["indicator_raw"], cell_text)
    area_id, area_names, unmatched, matched = area_ids(long, plan, register, periods)

    indicator_ids = map_unique(indicator_titles, _indicator_id)
    observations = make_observations(
        {
            "indicator_id": indicator_ids,
            "area_id": area_id,
            "period": periods,
            "gender": genders,
            "value": number,
            "status": status,
        }
    )
    percent_titles = set(indicator_titles[is_percent].unique())
    indicators = []
    for indicator_id, title in dict(zip(indicator_ids, indicator_titles, strict=True)).items():
        unit = "%" if title in percent_titles or _says_percent(title) else ""
        indicators.append(Indicator(indicator_id=indicator_id, title=title, unit=unit))
    warnings: list[str] = []
    if (periods == "").all():
        warnings.append("no_period")
    if not plan.columns_with(*AREA_ROLES) and plan.layout != "wide_area":
        warnings.append("no_area")
    return TidyResult(
        observations=observations,
        indicators=indicators,
        area_names=area_names,
        areas_matched=matched,
        unmatched=unmatched,
        markers=dict(markers),
        dropped_rows=dropped,
        warnings=warnings,
    )


def _year_and_week(first: list[Cell], second: list[Cell]) -> list[Cell]:
    """Two period columns, a year and a week number (FoHM's "år", "veckonummer"): "2020V07"."""

    def week(a: Cell, b: Cell) -> Cell:
        year, number = cell_text(a), cell_text(b)
        if len(year) != 4:  # the week column came first
            year, number = number, year
        return f"{year}V{number.zfill(2)}" if year.isdigit() and number.isdigit() else year

    return [week(a, b) for a, b in zip(first, second, strict=True)]


def title_period(title: str) -> str | None:
    """The one period a table title names ("nov 2017" → "2017M11"), or None (none or several)."""
    years = _YEAR_IN_TEXT.findall(title)
    if len(years) != 1:
        return None
    match = _MONTH_YEAR.search(title)
    return (parse_period(match.group(0)) if match else None) or _YEAR_IN_TEXT.search(title).group(0)  # type: ignore[union-attr]


def _label_period(label: str) -> str | None:
    """The period a value column's header names: "2020", "pop2018", "Folkmängd 2023"."""
    found = parse_period(label)
    if found:
        return found
    match = _YEAR_IN_TEXT.search(label)
    return match.group(0) if match else None


def _label_stem(plan: TablePlan) -> str:
    values = plan.columns_with("value")
    stems = {v.label.rsplit(" / ", 1)[0] for v in values if " / " in v.label}
    return stems.pop() if len(stems) == 1 else plan.sheet


def _value_label(plan: TablePlan, label: str) -> str:
    # A value column called just "value"/"Värde" says nothing: name the indicator after the table.
    if label.casefold() in {"value", "values", "värde", "verdi", "visat värde", "visat.värde"}:
        return plan.title or plan.sheet
    return label


def _indicator_id(title: str) -> str:
    code = title.split(" ", 1)[0]
    return code if is_indicator_code(code) else title


def _says_percent(title: str) -> bool:
    lowered = title.casefold()
    return any(word in lowered for word in _PERCENT_WORDS)


def _english_grouping(raw: pd.Series, decimal: str | None = None) -> bool:
    """Whether the column writes thousands with commas ("673,469", "1,434.72").

    "3,25" alone is a decimal comma; one value with both separators, comma first, settles
    the whole column as English.
    """
    texts = [v for v in pd.unique(raw) if isinstance(v, str)][:5000]
    if decimal == "." and any(_COMMA_GROUPS.match(t.strip()) for t in texts):
        return not any(_DECIMAL_COMMA.match(t.strip()) for t in texts)
    return any(_ENGLISH.match(t.strip()) for t in texts) and not any(
        _DECIMAL_COMMA.match(t.strip()) for t in texts
    )


def _parse_values(
    raw: pd.Series, decimal: str | None = None
) -> tuple[np.ndarray, pd.Series, pd.Series, Counter[str]]:
    english = _english_grouping(raw, decimal)

    def parse(cell: object) -> tuple[float, str, bool]:
        if isinstance(cell, bool):
            return math.nan, str(cell), False
        if isinstance(cell, int | float):
            number = float(cell)
            if math.isfinite(number):
                return number, "", False
            # No published figure is infinite: an error cell or a broken formula's result.
            return math.nan, ".." if math.isnan(number) else cell_text(cell), False
        text = cell_text(cell)  # type: ignore[arg-type]
        if not text:
            return math.nan, "", False
        parsed = parse_number(text.replace(",", "") if english else text)
        if parsed is not None:
            return parsed[0], "", parsed[1]
        marker = missing_marker(text)
        return math.nan, marker if marker is not None else text, False

    parsed = map_unique(raw, parse).to_numpy()
    number = np.fromiter((p[0] for p in parsed), dtype="float64", count=len(parsed))
    status = pd.Series([p[1] for p in parsed], index=raw.index, dtype=object)
    percent = pd.Series([p[2] for p in parsed], index=raw.index, dtype=bool)
    markers = Counter(s for s in status if s)
    return number, status, percent, markers
