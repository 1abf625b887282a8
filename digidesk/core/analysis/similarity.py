"""Similar kommuner: a difference index over chosen, weighted indicators.

For each indicator the values of the country's kommuner (one period) are z-scored: the
difference from their mean divided by their standard deviation (population formula), so that
indicators in kronor and in per cent weigh alike. The difference index between kommun A and
a candidate B is

    sqrt( Σ wᵢ (z_Aᵢ − z_Bᵢ)² / Σ wᵢ )

over the indicators both have a value for; 0 means identical on every indicator, 1 is about
one standard deviation apart. An indicator A has no value for, or whose values are all equal,
is left out and reported. A candidate missing indicators that carry more than half of the
remaining weight is not listed; one missing fewer is listed with what it lacks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from digidesk.core.analysis.kommuner import kommuner_for_period, same_kommune_in
from digidesk.core.analysis.ranking import latest_period
from digidesk.core.analysis.values import indicator_data
from digidesk.core.errors import AnalysisError
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.workspace import Workspace

MIN_COVERAGE = 0.5


@dataclass(frozen=True, slots=True)
class Similar:
    area_id: str
    difference: float
    compared: int  # indicators both have
    missing: tuple[str, ...]  # indicators the candidate lacks a value for


@dataclass(frozen=True, slots=True)
class SimilarityResult:
    area_id: str
    similar: tuple[Similar, ...]
    used: tuple[str, ...]  # indicators in the index
    left_out: tuple[tuple[str, str], ...]  # (indicator, reason): "no_value" or "no_spread"
    weights: tuple[tuple[str, float], ...]
    candidates: int  # kommuner compared
    too_incomplete: int  # candidates not listed for lack of values


def zscores(values: pd.Series) -> pd.Series | None:
    """(x − mean) / sd over the values present; None when they do not vary."""
    present = values.dropna()
    sd = float(present.std(ddof=0)) if len(present) else 0.0
    if not sd > 0:
        return None
    return (values - float(present.mean())) / sd


def most_similar(
    area_id: str,
    table: pd.DataFrame,
    weights: Mapping[str, float] | None = None,
    n: int = 7,
) -> SimilarityResult:
    """The ``n`` kommuner most like ``area_id`` in ``table`` (kommuner × indicators)."""
    weights = {c: float((weights or {}).get(c, 1.0)) for c in table.columns}
    used: list[str] = []
    left_out: list[tuple[str, str]] = []
    z_columns = {}
    for column in table.columns:
        if weights[column] <= 0:
            left_out.append((column, "zero_weight"))
            continue
        if area_id not in table.index or pd.isna(table.at[area_id, column]):
            left_out.append((column, "no_value"))
            continue
        z = zscores(table[column])
        if z is None:
            left_out.append((column, "no_spread"))
            continue
        used.append(column)
        z_columns[column] = z
    others = [a for a in table.index if a != area_id]
    if not used:
        return SimilarityResult(area_id, (), (), tuple(left_out), _pairs(weights), len(others), 0)
    z = pd.DataFrame(z_columns)[used]
    w = np.array([weights[c] for c in used])
    target = z.loc[area_id].to_numpy()
    matrix = z.loc[others].to_numpy()
    present = ~np.isnan(matrix)
    squared = np.where(present, (matrix - target) ** 2, 0.0)
    weight_present = present @ w
    coverage = weight_present / w.sum()
    with np.errstate(invalid="ignore", divide="ignore"):
        difference = np.sqrt((squared @ w) / weight_present)
    listed = coverage > MIN_COVERAGE - 1e-12
    order = sorted(
        (i for i in range(len(others)) if listed[i]), key=lambda i: (difference[i], others[i])
    )
    similar = tuple(
        Similar(
            area_id=others[i],
            difference=float(difference[i]),
            compared=int(present[i].sum()),
            missing=tuple(c for c, p in zip(used, present[i], strict=True) if not p),
        )
        for i in order[:n]
    )
    return SimilarityResult(
        area_id,
        similar,
        tuple(used),
        tuple(left_out),
        _pairs(weights),
        len(others),
        int((~listed).sum()),
    )


def _pairs(weights: Mapping[str, float]) -> tuple[tuple[str, float], ...]:
    return tuple(weights.items())


def parse_weights(indicators: Sequence[str], weights: Sequence[float] | None) -> dict[str, float]:
    """Weights by indicator; all 1 when none are given."""
    if not weights:
        return dict.fromkeys(indicators, 1.0)
    if len(weights) != len(indicators):
        raise AnalysisError("analysis.weights", indicators=len(indicators), weights=len(weights))
    return dict(zip(indicators, (float(w) for w in weights), strict=True))


def indicator_table(
    workspace: Workspace,
    register: AreaRegister,
    country: str,
    indicators: Sequence[str],
    period: str | None = None,
    gender: str = "T",
    prefer: Sequence[str] = (),
    structure: str | None = None,
) -> tuple[pd.DataFrame, dict[str, str | None]]:
    """Kommuner × indicators, each indicator at ``period`` (its latest well-covered period
    when None, see :func:`~digidesk.core.analysis.ranking.latest_period`).

    Norwegian codes of another kommune structure than ``structure``'s period (the first
    indicator's when None) are carried over through the crosswalk where the kommune was only
    renumbered. Returns the table and the period used for each indicator.
    """
    columns: dict[str, pd.Series] = {}
    used: dict[str, str | None] = {}
    for indicator_id in indicators:
        data = indicator_data(workspace, indicator_id, country, register, prefer)
        chosen = period if period is not None else latest_period(data, register, gender)
        used[indicator_id] = chosen
        if chosen is None:
            columns[indicator_id] = pd.Series(dtype="float64")
            continue
        structure = structure or chosen
        rows = data.at(chosen, gender)
        kommuner, _ = kommuner_for_period(register, country, rows.index, chosen)
        values = rows.loc[kommuner, "value"]
        if country == "NO" and structure != chosen:
            carried = {c: same_kommune_in(register, country, c, structure) for c in values.index}
            values = values[[carried[c] is not None for c in values.index]]
            values.index = [carried[c] for c in values.index]
            values = values[~values.index.duplicated()]
        columns[indicator_id] = values
    table = pd.DataFrame(columns)
    return table[list(indicators)], used


def similar_to(
    workspace: Workspace,
    register: AreaRegister,
    country: str,
    area_id: str,
    indicators: Sequence[str],
    weights: Sequence[float] | None = None,
    n: int = 7,
    period: str | None = None,
    gender: str = "T",
    prefer: Sequence[str] = (),
) -> SimilarityResult:
    """The ``n`` kommuner of ``country`` most like ``area_id`` on ``indicators``."""
    table, _ = indicator_table(workspace, register, country, indicators, period, gender, prefer)
    if area_id not in table.index:
        table.loc[area_id] = np.nan
    return most_similar(area_id, table, parse_weights(indicators, weights), n)
