"""The status of a strategy's targets as of a date, from the figures they are linked to.

The rules, in this order (docs/strategy.md states them for users):

- **manual**: a status set by hand (with its comment) wins over everything computed.
- **no data**: no linked indicator, no baseline (value and period), no value for the area
  up to the as-of date, no target value or no due year.
- **achieved**: the latest value meets the target value by the comparator.
- **missed**: the due year has passed (as-of year > due year) and the target is not achieved.
- The expected **path** runs linearly from the baseline (value, period) to the target
  value in the due year. **on track**: the latest value is on or beyond the path at its
  period. **at risk**: behind the path, but the least-squares trend of the values since
  the baseline (the baseline included) meets the target by the due year. **off track**:
  behind the path and the trend does not meet it.
- **stale**: the latest value's year is more than two years before the as-of year; the
  status it would otherwise have goes with it (``otherwise``).

"Beyond" is in the comparator's direction: higher for ≥, lower for ≤, and for = towards
the target from the baseline. Periods are placed in time by
:func:`digidesk.core.analysis.change.period_in_years` (a year at its start), so the due
year 2025 is the position of the period "2025". Only periods that start on or before the
as-of date count. The trend beside the status compares the latest value with the one
before it, judged by the indicator's direction; it never changes the status.

Results carry a reason code and its parameters, never words: ``digidesk.strategy_words``
says them in Swedish, Norwegian or English.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from digidesk.core.analysis.change import change_over_time, period_in_years, slope
from digidesk.core.analysis.values import indicator_data
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.strategy import STATUSES, Strategy, Target
from digidesk.core.model.workspace import Workspace

STALE_YEARS = 2
_TOLERANCE = 1e-9


@dataclass(frozen=True, slots=True)
class Trend:
    """``direction`` "up", "flat" or "down" against the previous value; ``judgement``
    "better", "worse" or "" by the indicator's direction ("" also when flat)."""

    direction: str
    judgement: str
    previous_period: str
    previous_value: float


@dataclass(frozen=True, slots=True)
class TargetStatus:
    """One target's status; ``reason`` is a code, ``params`` what the words need."""

    target_id: str
    status: str
    reason: str
    params: dict[str, Any] = field(default_factory=dict)
    otherwise: str | None = None  # stale: the status it would have; manual: the one chosen
    latest_value: float | None = None
    latest_period: str | None = None
    baseline: float | None = None
    path_value: float | None = None
    reach_year: int | None = None
    trend: Trend | None = None
    unit: str = ""
    country: str = ""
    area_id: str | None = None


@dataclass(frozen=True, slots=True)
class StrategyStatus:
    """Every target's status and the counts per status of each goal and area."""

    as_of: dt.date
    targets: dict[str, TargetStatus]
    goals: dict[str, Counter[str]]
    areas: dict[str, Counter[str]]
    total: Counter[str]


def as_of_years(as_of: dt.date) -> float:
    return as_of.year + (as_of.timetuple().tm_yday - 1) / 365.25


def strategy_as_of(strategy: Strategy, as_of: dt.date | None = None) -> dt.date:
    """The date to follow up as of: ``as_of``, else the strategy's own, else today."""
    if as_of is not None:
        return as_of
    if strategy.as_of:
        try:
            return dt.date.fromisoformat(strategy.as_of)
        except ValueError:
            pass
    return dt.date.today()


def strategy_status(
    workspace: Workspace,
    strategy: Strategy,
    register: AreaRegister,
    as_of: dt.date | None = None,
) -> StrategyStatus:
    when = strategy_as_of(strategy, as_of)
    cache: dict[tuple[str, str], Any] = {}
    results = {
        t.id: target_status(workspace, strategy, t, register, when, cache)
        for t in strategy.targets()
    }
    goals: dict[str, Counter[str]] = {}
    areas: dict[str, Counter[str]] = {}
    for goal in strategy.goals:
        goals[goal.id] = Counter()
        for area in goal.focus_areas:
            areas[area.id] = Counter(results[t.id].status for t in area.targets)
            goals[goal.id].update(areas[area.id])
    total: Counter[str] = Counter(r.status for r in results.values())
    return StrategyStatus(when, results, goals, areas, total)


def ordered_counts(counts: Counter[str]) -> list[tuple[str, int]]:
    """(status, count) in the order of STATUSES, without the zeros."""
    return [(s, counts[s]) for s in STATUSES if counts.get(s)]


def _country_of(strategy: Strategy, area_id: str, register: AreaRegister) -> list[str]:
    if strategy.country:
        return [strategy.country]
    known = [c for c in ("SE", "NO") if register.get(area_id, c) is not None]
    return known or ["SE", "NO"]


def linked_series(
    workspace: Workspace,
    strategy: Strategy,
    target: Target,
    register: AreaRegister,
    cache: dict[tuple[str, str], Any] | None = None,
) -> tuple[str, pd.Series]:
    """(country, the linked area's values by period, oldest first) for a linked target."""
    cache = {} if cache is None else cache
    area_id = target.area_id or strategy.area_id or ""
    countries = _country_of(strategy, area_id, register)
    empty = pd.Series(dtype="float64")
    if not target.indicator_id or not area_id:
        return countries[0], empty
    for country in countries:
        key = (target.indicator_id, country)
        if key not in cache:
            cache[key] = indicator_data(workspace, target.indicator_id, country, register)
        series = cache[key].series(area_id, target.gender or "T")
        if series.notna().any():
            return country, series.astype("float64")
    return countries[0], empty


def target_status(
    workspace: Workspace,
    strategy: Strategy,
    target: Target,
    register: AreaRegister,
    as_of: dt.date,
    cache: dict[tuple[str, str], Any] | None = None,
) -> TargetStatus:
    area_id = target.area_id or strategy.area_id
    indicator = workspace.indicators.get(target.indicator_id or "")
    unit = indicator.unit if indicator else ""
    if target.manual_status:
        last = target.manual_log[-1] if target.manual_log else None
        return TargetStatus(
            target.id,
            "manual",
            "manual",
            {
                "status": target.manual_status,
                "comment": target.comment,
                "date": last.date if last else "",
            },
            otherwise=target.manual_status,
            unit=unit,
            area_id=area_id,
        )
    base = {"unit": unit, "area_id": area_id}
    if not target.indicator_id:
        return TargetStatus(target.id, "no_data", "no_indicator", {}, **base)
    country, series = linked_series(workspace, strategy, target, register, cache)
    series = _until(series.dropna(), as_of)
    direction = indicator.direction if indicator else "none"
    trend = _trend(series, direction)
    base.update(country=country, trend=trend)
    if series.empty:
        return TargetStatus(target.id, "no_data", "no_value", {}, **base)
    latest_period = str(series.index[-1])
    latest = float(series.iloc[-1])
    base.update(latest_value=latest, latest_period=latest_period)
    baseline = target.baseline
    if baseline is None and target.baseline_period in series.index:
        baseline = float(series[target.baseline_period])
    if baseline is None or not target.baseline_period:
        return TargetStatus(target.id, "no_data", "no_baseline", _figures(latest_period, latest),
                            **base)  # fmt: skip
    base["baseline"] = baseline
    if target.target_value is None:
        return TargetStatus(target.id, "no_data", "no_target_value",
                            _figures(latest_period, latest), **base)  # fmt: skip
    if target.due_year is None:
        return TargetStatus(target.id, "no_data", "no_due_year",
                            _figures(latest_period, latest), **base)  # fmt: skip
    computed = _computed(target, series, baseline, latest_period, latest, as_of)
    status, reason, params, path, reach = computed
    params.update(_figures(latest_period, latest), target_value=target.target_value,
                  comparator=target.comparator, due_year=target.due_year)  # fmt: skip
    latest_year = int(math.floor(period_in_years(latest_period) or as_of.year))
    if as_of.year - latest_year > STALE_YEARS:
        params["as_of_year"] = as_of.year
        return TargetStatus(target.id, "stale", reason, params, status, path_value=path,
                            reach_year=reach, **base)  # fmt: skip
    return TargetStatus(target.id, status, reason, params, path_value=path, reach_year=reach,
                        **base)  # fmt: skip


def _figures(period: str, value: float) -> dict[str, Any]:
    return {"latest_period": period, "latest_value": value}


def _until(series: pd.Series, as_of: dt.date) -> pd.Series:
    """Values of periods that start on or before ``as_of``, oldest first."""
    limit = as_of_years(as_of) + _TOLERANCE
    keep = [p for p in series.index if (period_in_years(str(p)) or math.inf) <= limit]
    kept = series[keep]
    return kept.iloc[sorted(range(len(kept)), key=lambda n: period_in_years(str(keep[n])))]


def meets(value: float, target: float, comparator: str) -> bool:
    tolerance = _TOLERANCE * max(1.0, abs(target))
    if comparator == "<=":
        return value <= target + tolerance
    if comparator == "==":
        return abs(value - target) <= tolerance
    return value >= target - tolerance


def _sense(comparator: str, baseline: float, target: float) -> float:
    """+1 when higher values are "beyond", -1 when lower ones are."""
    if comparator == "<=":
        return -1.0
    if comparator == "==" and target < baseline:
        return -1.0
    return 1.0


def path_at(x: float, base_x: float, baseline: float, due_x: float, target: float) -> float:
    """The expected path's value at ``x`` (years): linear from baseline to target."""
    if due_x <= base_x:
        return target
    share = min(max((x - base_x) / (due_x - base_x), 0.0), 1.0)
    return baseline + (target - baseline) * share


def _computed(
    target: Target,
    series: pd.Series,
    baseline: float,
    latest_period: str,
    latest: float,
    as_of: dt.date,
) -> tuple[str, str, dict[str, Any], float | None, int | None]:
    goal = float(target.target_value)  # type: ignore[arg-type]
    due = int(target.due_year)  # type: ignore[arg-type]
    comparator = target.comparator
    if meets(latest, goal, comparator):
        return "achieved", "achieved", {}, None, None
    if as_of.year > due:
        return "missed", "missed", {}, None, None
    base_x = period_in_years(str(target.baseline_period))
    latest_x = period_in_years(latest_period)
    due_x = period_in_years(str(due))
    if base_x is None or latest_x is None or due_x is None:
        return "off_track", "off_track", {"path_value": None, "reach_year": None}, None, None
    path = path_at(latest_x, base_x, baseline, due_x, goal)
    sense = _sense(comparator, baseline, goal)
    tolerance = _TOLERANCE * max(1.0, abs(path))
    if sense * (latest - path) >= -tolerance:
        return "on_track", "on_track", {"path_value": path}, path, None
    fitted, reach = _trend_line(target, series, baseline, base_x, due_x, goal, sense)
    params = {"path_value": path, "reach_year": reach}
    if fitted is not None and sense * (fitted - goal) >= -_TOLERANCE * max(1.0, abs(goal)):
        return "at_risk", "at_risk", params, path, reach
    return "off_track", "off_track", params, path, reach


def _trend_line(
    target: Target,
    series: pd.Series,
    baseline: float,
    base_x: float,
    due_x: float,
    goal: float,
    sense: float,
) -> tuple[float | None, int | None]:
    """(the least-squares line's value in the due year, the year it meets the target)."""
    points = {str(target.baseline_period): baseline}
    for period, value in series.items():
        x = period_in_years(str(period))
        if x is not None and x > base_x:
            points[str(period)] = float(value)
    values = pd.Series(points, dtype="float64")
    rate = slope(values)
    if rate is None:
        return None, None
    xs = [period_in_years(p) for p in values.index]
    mean_x = sum(xs) / len(xs)  # type: ignore[arg-type]
    mean_y = float(values.mean())
    fitted = mean_y + rate * (due_x - mean_x)
    reach = None
    if rate * sense > 0:
        crossing = mean_x + (goal - mean_y) / rate
        reach = math.ceil(crossing - _TOLERANCE)
    return fitted, reach


def _trend(series: pd.Series, direction: str) -> Trend | None:
    if len(series) < 2:
        return None
    change = change_over_time(series, back=1)
    if change.change is None or change.back_period is None or change.back_value is None:
        return None
    if abs(change.change) <= _TOLERANCE * max(1.0, abs(change.back_value)):
        moved, judgement = "flat", ""
    else:
        moved = "up" if change.change > 0 else "down"
        judgement = ""
        if direction in ("higher", "lower"):
            good = (moved == "up") == (direction == "higher")
            judgement = "better" if good else "worse"
    return Trend(moved, judgement, change.back_period, change.back_value)
