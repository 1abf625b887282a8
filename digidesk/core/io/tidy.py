"""Turn a sheet and its :class:`TablePlan` into the canonical observation table.

Columns are arrays; every per-cell decision (number parsing, area matching,
period and gender recognition, indicator names) is made once per distinct value
or combination of values and spread over the rows by their codes, so a
200,000-row table costs a few thousand Python calls.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter

import numpy as np
import pandas as pd

from digidesk.core.errors import InputError
from digidesk.core.io.area_keys import Unmatched, area_ids
from digidesk.core.io.cells import cell_text, gender_code, is_blank
from digidesk.core.io.grid import Cell, RawSheet
from digidesk.core.io.naming import (
    column_indicator,
    indicator_id,
    label_period,
    long_indicator,
    measure_of,
    says_percent,
    table_period,
)
from digidesk.core.io.periods import parse_period
from digidesk.core.io.plan import AREA_ROLES, ColumnPlan, TablePlan
from digidesk.core.io.tidy_values import english_grouping, is_figure_or_marker, parse_column
from digidesk.core.io.unique import (
    as_objects,
    combine,
    decide,
    factorize,
    fill_down,
    map_unique,
    per_unique,
)
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import make_observations

__all__ = ["TidyResult", "Unmatched", "tidy_table"]


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


def _columns(rows: Sequence[Sequence[Cell]], wanted: list[int]) -> dict[int, np.ndarray]:
    """The wanted columns of a block of rows, as arrays of cells ("" past a short row)."""
    width = max(wanted, default=-1) + 1
    lengths = set(map(len, rows))
    if len(lengths) == 1 and min(lengths) >= width:
        # Rows of one length, as readers pad them: one grid of cells, its columns views.
        grid = np.array(rows, dtype=object)
        return {j: grid[:, j] for j in wanted}
    if min(lengths, default=width) >= width:
        return {j: as_objects(list(map(itemgetter(j), rows))) for j in wanted}
    return {j: as_objects([r[j] if j < len(r) else "" for r in rows]) for j in wanted}


def tidy_table(
    sheet: RawSheet, plan: TablePlan, register: AreaRegister, decimal: str | None = None
) -> TidyResult:
    """The observations of one table. ``decimal`` is the file's decimal mark when the reader
    could tell it (CSV); then "1,234" in a file with decimal points is one thousand two
    hundred and thirty-four, not 1.234."""
    values = plan.columns_with("value")
    if not values:
        raise InputError("input.no_values", sheet=plan.sheet)
    first = plan.data_first
    rows = sheet.rows[first : plan.data_last + 1]
    n = len(rows)
    key_roles = (*AREA_ROLES, "indicator", "dimension", "period", "gender")
    keys = [c for c in plan.columns if c.role in key_roles]
    raw = _columns(rows, sorted({c.index for c in (*keys, *values)}))
    coded = {j: factorize(a) for j, a in raw.items()}  # each column hashed once
    blank = {j: decide(c, is_blank, numbers=False) for j, c in coded.items()}
    # A row without values is a missing observation when its keys are on the row, and a
    # block or section label ("Klimatsmart", a kommun name alone) when at most one is.
    key_counts = np.zeros(n, dtype=np.int64)
    for c in keys:
        key_counts += ~blank[c.index]
    has_value = np.zeros(n, dtype=bool)
    words_only = np.ones(n, dtype=bool)
    for v in values:
        filled = ~blank[v.index]
        has_value |= filled
        words_only &= ~filled | ~decide(coded[v.index], is_figure_or_marker, numbers=True)
    # Value cells that hold only words are a repeated header or an annotation ("Flow"), not
    # figures; one such word in a single value column is kept as the value's status.
    annotation = has_value & words_only & ((len(values) >= 2) | (key_counts == 0))
    keep = ((key_counts >= 2) | has_value) & ~annotation
    for row in plan.skip_rows:
        if 0 <= row - first < n:
            keep[row - first] = False
    kept = np.flatnonzero(keep)
    # Block labels: a key written once on the first row of its block holds for the rows
    # below, as far as the row is blank to its left (an outline, as PX-Web writes it); a
    # blank key after filled ones on its row is blank ("Utbildning" left out).
    taken: dict[int, np.ndarray] = {}
    left_blank = np.ones(n, dtype=bool)
    for c in sorted(keys, key=lambda c: c.index):
        column = raw[c.index]
        fill = blank[c.index] & left_blank
        filled = fill_down(column, fill) if fill.any() else column
        taken[c.index] = filled[kept]
        left_blank &= blank[c.index]
    m = len(kept)
    long = _long_rows(plan, values, taken, m, first + 1 + kept)
    number, status, is_percent, markers = _figures(values, coded, kept, decimal)
    periods = _periods(long["period_raw"])
    if len(periods) and (periods == "").all():
        found = table_period(plan)
        if found:
            periods = pd.Series(np.full(len(periods), found, dtype=object), dtype=object)
    genders = map_unique(
        long["gender_raw"], lambda v: gender_code(cell_text(v)) or cell_text(v) or "T"
    )
    titles = map_unique(long["indicator_raw"], cell_text)
    area_id, area_names, unmatched, matched = area_ids(long, plan, register, periods)
    ids = map_unique(titles, indicator_id)
    observations = make_observations(
        {
            "indicator_id": ids,
            "area_id": area_id,
            "period": periods,
            "gender": genders,
            "value": number,
            "status": status,
        }
    )
    percent_titles = set(titles[is_percent].unique())
    indicators = []
    for key, title in dict(zip(ids, titles, strict=True)).items():
        unit = "%" if title in percent_titles or says_percent(title) else ""
        indicators.append(Indicator(indicator_id=key, title=title, unit=unit))
    warnings: list[str] = []
    if (periods == "").all():
        warnings.append("no_period")
    if not plan.columns_with(*AREA_ROLES) and not any(v.area for v in values):
        warnings.append("no_area")
    return TidyResult(
        observations=observations,
        indicators=indicators,
        area_names=area_names,
        areas_matched=matched,
        unmatched=unmatched,
        markers=dict(markers),
        dropped_rows=n - m,
        warnings=warnings,
    )


def _long_rows(
    plan: TablePlan,
    values: list[ColumnPlan],
    taken: dict[int, np.ndarray],
    m: int,
    row_numbers: np.ndarray,
) -> pd.DataFrame:
    """One row per value cell, value columns one after the other: the raw keys of its row
    and column."""

    def constant(value: object) -> np.ndarray:
        return np.full(m, value, dtype=object)

    def key(role: str) -> np.ndarray:
        found = plan.columns_with(role)  # type: ignore[arg-type]
        if role == "period" and len(found) == 2:
            return _year_and_week(taken[found[0].index], taken[found[1].index])
        return taken[found[0].index] if found else constant("")

    combo_codes, bases, suffixes = _row_names(plan, taken, m)
    measures_differ = len({measure_of(v) for v in values}) > 1
    has_indicator = bool(plan.columns_with("indicator"))
    has_period = bool(plan.columns_with("period"))
    parts: dict[str, list[np.ndarray]] = {
        name: [] for name in ("row", "period_raw", "indicator_raw", "gender_raw", *AREA_ROLES)
    }
    for v in values:
        if plan.layout == "long" and not v.period:
            period = None if has_period else label_period(v.label)
            periods = constant(period) if period else key("period")
            default = long_indicator(plan, v, period)
        else:
            periods = constant(v.period) if v.period else key("period")
            default = column_indicator(plan, v, measures_differ)
        measure = measure_of(v) if has_indicator and measures_differ else ""
        names = np.empty(len(bases), dtype=object)
        for k, (base, suffix) in enumerate(zip(bases, suffixes, strict=True)):
            text = default if base is None else f"{base}: {measure}" if measure else base
            names[k] = f"{text} ({suffix})" if suffix else text
        parts["row"].append(row_numbers)
        parts["period_raw"].append(periods)
        parts["indicator_raw"].append(names[combo_codes])
        parts["gender_raw"].append(constant(v.gender) if v.gender else key("gender"))
        for role in AREA_ROLES:
            if v.area:
                parts[role].append(constant(v.area if role == "area_name" else ""))
            else:
                parts[role].append(key(role))
    return pd.DataFrame(
        {
            name: pd.Series(np.concatenate(arrays) if arrays else [], dtype=object)
            for name, arrays in parts.items()
        }
    )


def _figures(
    values: list[ColumnPlan],
    coded: dict[int, tuple[np.ndarray, np.ndarray]],
    kept: np.ndarray,
    decimal: str | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, Counter[str]]:
    """Value, status and percent flag of every value cell, value columns one after the
    other, and the count of each marker. Whether commas group thousands is decided for
    all value columns together."""
    english = english_grouping(np.concatenate([coded[v.index][1] for v in values]), decimal)
    parts = [parse_column(coded[v.index][0][kept], coded[v.index][1], english) for v in values]
    markers: Counter[str] = Counter()
    for part in parts:
        markers.update(part[3])
    return (
        np.concatenate([p[0] for p in parts]),
        np.concatenate([p[1] for p in parts]),
        np.concatenate([p[2] for p in parts]),
        markers,
    )


def _row_names(
    plan: TablePlan, taken: dict[int, np.ndarray], m: int
) -> tuple[np.ndarray, list[str | None], list[str]]:
    """Each row's code for its combination of indicator and breakdown cells, and for each
    combination the indicator text (None without an indicator column) and the breakdown
    ("16-29 år, Levnadsvanor")."""
    indicator = plan.columns_with("indicator")
    dims = plan.columns_with("dimension")
    coded = [per_unique(taken[c.index], cell_text) for c in (*indicator[:1], *dims)]
    if not coded:
        return np.zeros(m, dtype=np.int64), [None], [""]
    combo_codes, combos = combine(*(codes for codes, _ in coded))
    bases: list[str | None] = []
    suffixes: list[str] = []
    for combo in combos:
        texts = [coded[k][1][code] for k, code in enumerate(combo)]
        if indicator:
            bases.append(texts[0])
            texts = texts[1:]
        else:
            bases.append(None)
        suffixes.append(", ".join(t for t in texts if t))
    return combo_codes, bases, suffixes


def _year_and_week(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Two period columns, a year and a week number (FoHM's "år", "veckonummer"): "2020V07"."""
    year_codes, years = factorize(first)
    week_codes, weeks = factorize(second)
    codes, combos = combine(year_codes, week_codes)
    texts = np.empty(len(combos), dtype=object)
    for k, (y, w) in enumerate(combos):
        year, number = cell_text(years[y]), cell_text(weeks[w])
        if len(year) != 4:  # the week column came first
            year, number = number, year
        texts[k] = f"{year}V{number.zfill(2)}" if year.isdigit() and number.isdigit() else year
    return texts[codes]


def _periods(raw: pd.Series) -> pd.Series:
    """Canonical periods. Dates on the 1st are months only when no date in the column falls
    on another day: a daily series keeps 2020-03-01 between 2020-02-29 and 2020-03-02."""
    codes, uniques = factorize(raw)
    as_days = [parse_period(u, day_one_as_month=False) for u in uniques]
    daily = any(p is not None and len(p) == 10 and not p.endswith("-01") for p in as_days)
    texts = np.empty(len(uniques), dtype=object)
    for k, value in enumerate(uniques):
        found = as_days[k] if daily else parse_period(value)
        texts[k] = found or cell_text(value)
    return pd.Series(texts[codes], dtype=object)
