"""Change over time for one area: latest value, the value N periods back, and the trend.

Periods of one kind are compared (years with years, months with months). The trend is the
least-squares slope of the values against time in years (a month is 1/12 year, a quarter
1/4), so a slope reads "per year" whatever the periods. Missing values are skipped, never
taken as 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from digidesk.core.io.periods import period_sort_key


@dataclass(frozen=True, slots=True)
class Change:
    latest_period: str | None
    latest_value: float | None
    back_period: str | None
    back_value: float | None
    change: float | None  # latest − back
    relative_change: float | None  # (latest − back) / |back|; None when back is 0
    slope_per_year: float | None
    periods: int  # periods with a value in the trend


def period_in_years(period: str) -> float | None:
    """The period's start as a year with fraction (2019K3 → 2019.5), None for other text."""
    key = period_sort_key(period)
    if key[0] != 0:
        return None
    _, year, month, day, *_ = key
    return year + (month - 1) / 12 + (day - 1) / 365.25


def change_over_time(series: pd.Series, back: int = 1, until: str | None = None) -> Change:
    """Change of ``series`` (values by period) up to ``until`` (its latest period when None)."""
    values = series.dropna()
    if until is not None:
        limit = period_sort_key(until)
        values = values[[period_sort_key(p) <= limit for p in values.index]]
    if until is not None and until in values.index:
        kind = period_kind(until)
    elif len(values):
        kind = period_kind(max(values.index, key=period_sort_key))
    else:
        kind = ""
    values = values[[period_kind(p) == kind for p in values.index]]
    periods = sorted(values.index, key=period_sort_key)
    if not periods:
        return Change(None, None, None, None, None, None, None, 0)
    latest = periods[-1]
    latest_value = float(values[latest])
    back_period = periods[-1 - back] if back < len(periods) else None
    back_value = float(values[back_period]) if back_period is not None else None
    change = relative = None
    if back_value is not None:
        change = latest_value - back_value
        relative = change / abs(back_value) if back_value != 0 else None
    return Change(
        latest,
        latest_value,
        back_period,
        back_value,
        change,
        relative,
        slope(values),
        len(periods),
    )


def slope(values: pd.Series) -> float | None:
    """Least-squares slope per year of values indexed by period; None under two points."""
    points = [(period_in_years(p), v) for p, v in values.dropna().items()]
    points = [(x, v) for x, v in points if x is not None]
    if len(points) < 2:
        return None
    x = np.array([p[0] for p in points])
    y = np.array([p[1] for p in points], dtype="float64")
    if np.ptp(x) == 0:
        return None
    x = x - x.mean()
    return float((x * (y - y.mean())).sum() / (x * x).sum())


def period_kind(period: str) -> str:
    """The period's shape ("9999", "9999M99"), so that years are compared with years only."""
    return "".join("9" if ch.isdigit() else ch for ch in str(period))
