"""Ranking of kommuner on one indicator, period and gender, within one country.

Standard competition ranking ("1224"): a kommun's rank is 1 + the number of kommuner with a
strictly better value, better meaning higher or lower by the indicator's direction; an
indicator without a direction ranks high to low, and the ranking says so. Only kommuner with a
value are ranked; ``ranked`` is their number. Kommuner with equal values share a rank.

``percentile`` is 100 × (ranked − rank) / (ranked − 1): the share of the other ranked
kommuner that the kommun does at least as well as. The best is 100, the worst 0; a kommun
ranked alone is 100.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from digidesk.core.analysis.change import period_kind
from digidesk.core.analysis.kommuner import kommuner_for_period, same_kommune_in
from digidesk.core.analysis.values import IndicatorData
from digidesk.core.io.periods import period_sort_key
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.indicators import Direction

RANK_COLUMNS = ["value", "status", "rank", "shared", "percentile"]


def competition_ranks(values: np.ndarray, direction: Direction) -> np.ndarray:
    """1 + the number of strictly better values, for each value (none may be NaN)."""
    values = np.asarray(values, dtype="float64")
    keys = -values if direction != "lower" else values  # smaller key is better
    ordered = np.sort(keys)
    return np.searchsorted(ordered, keys, side="left") + 1


def rank_values(values: pd.Series, direction: Direction) -> pd.DataFrame:
    """``rank``, ``shared`` and ``percentile`` for every area with a value in ``values``.

    ``values`` is indexed by area; areas without a value get no rank (NA) and are not counted.
    """
    has_value = values.notna().to_numpy()
    ranked = int(has_value.sum())
    ranks = np.full(len(values), -1, dtype="int64")
    shared = np.zeros(len(values), dtype=bool)
    percentile = np.full(len(values), np.nan)
    if ranked:
        r = competition_ranks(values.to_numpy()[has_value], direction)
        counts = np.bincount(r)
        ranks[has_value] = r
        shared[has_value] = counts[r] > 1
        percentile[has_value] = 100.0 if ranked == 1 else 100.0 * (ranked - r) / (ranked - 1)
    frame = pd.DataFrame(
        {
            "rank": pd.array(np.where(ranks > 0, ranks, 0), dtype="Int64"),
            "shared": shared,
            "percentile": percentile,
        },
        index=values.index,
    )
    frame.loc[~has_value, "rank"] = pd.NA
    return frame


@dataclass(frozen=True, slots=True)
class Ranking:
    """One indicator, period and gender ranked over the kommuner of one country.

    ``table`` is indexed by area code and holds every kommun in the data for the period,
    ranked or not (``value``, ``status``, ``rank``, ``shared``, ``percentile``).
    ``direction_assumed`` is True when the indicator has no direction and ranks high to low.
    ``left_out`` are the codes in the data that are not kommuner of the period (län,
    aggregates, unknown codes, or an older code of a kommune the data also has).
    """

    indicator_id: str
    country: str
    period: str
    gender: str
    direction: Direction
    direction_assumed: bool
    table: pd.DataFrame
    ranked: int
    left_out: tuple[str, ...] = ()

    def of(self, area_id: str) -> pd.Series | None:
        return self.table.loc[area_id] if area_id in self.table.index else None


def rank_indicator(
    data: IndicatorData,
    period: str,
    direction: Direction,
    register: AreaRegister,
    gender: str = "T",
) -> Ranking:
    """Rank the kommuner of ``data.country`` on ``period`` and ``gender``."""
    rows = data.at(period, gender)
    kommuner, left_out = kommuner_for_period(register, data.country, rows.index, period)
    rows = rows.loc[kommuner]
    effective: Direction = direction if direction in ("higher", "lower") else "higher"
    ranks = rank_values(rows["value"], effective)
    table = pd.concat([rows[["value", "status"]], ranks], axis=1)[RANK_COLUMNS]
    return Ranking(
        indicator_id=data.indicator_id,
        country=data.country,
        period=period,
        gender=gender,
        direction=effective,
        direction_assumed=direction not in ("higher", "lower"),
        table=table,
        ranked=int(table["rank"].notna().sum()),
        left_out=tuple(left_out),
    )


def latest_period(data: IndicatorData, register: AreaRegister, gender: str = "T") -> str | None:
    """The latest period with values for most kommuner: at least half as many as the best
    covered period has. A newer period that a file gives for a handful of kommuner only
    (a text quoting this year's figures for five of them) is not where all 290 stand."""
    counts = {}
    for period in data.periods(gender):
        rows = data.at(period, gender)
        kommuner, _ = kommuner_for_period(register, data.country, rows.index, period)
        counts[period] = int(rows.loc[kommuner, "value"].notna().sum())
    if not counts:
        return None
    best = max(counts.values())
    return [p for p, n in counts.items() if 2 * n >= best][-1]


def previous_period(data: IndicatorData, period: str, gender: str = "T") -> str | None:
    """The period before ``period`` that has values, of the same kind (years before years)."""
    kind = period_kind(period)
    earlier = [
        p
        for p in data.periods(gender)
        if period_kind(p) == kind and period_sort_key(p) < period_sort_key(period)
    ]
    return earlier[-1] if earlier else None


def code_in_previous(
    register: AreaRegister, country: str, area_id: str, period: str
) -> tuple[str | None, bool]:
    """(the area's code in ``period``, whether the crosswalk was used to find it)."""
    code = same_kommune_in(register, country, area_id, period)
    if code is None and not register.history(area_id, country):
        return area_id, False  # not in the register: compare the code as it is
    return code, code is not None and code != area_id
