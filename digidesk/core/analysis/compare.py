"""The comparison: chosen areas × chosen indicators, each figure placed among all kommuner.

One ``ComparisonRow`` per (area, indicator): the value for the period compared, its rank
among the country's kommuner, the national value, median and mean, the change since the
previous period (through the crosswalk where a Norwegian code changed), and the same within
the area's peer group. ``digidesk compare --json``, the comparison view and its export all
show these rows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import pandas as pd

from digidesk.core.analysis.change import change_over_time
from digidesk.core.analysis.kommuner import is_kommun, kommuner_in_country, same_kommune_in
from digidesk.core.analysis.peers import county_peers, peers_for
from digidesk.core.analysis.ranking import (
    Ranking,
    code_in_previous,
    latest_period,
    previous_period,
    rank_indicator,
    rank_values,
)
from digidesk.core.analysis.references import (
    members_values,
    national_reference,
    population_for,
    published,
    summarise,
)
from digidesk.core.analysis.values import (
    Conflict,
    IndicatorData,
    dataset_country,
    indicator_data,
)
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.workspace import Workspace

AreaKey = tuple[str, str]  # (country, area_id)


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    country: str
    area_id: str
    indicator_id: str
    direction: str  # the indicator's: "higher", "lower" or "none"
    ranked_by: str  # "higher" (high values rank first) or "lower"
    direction_assumed: bool  # the indicator has no direction, so it ranks high to low
    period: str | None
    gender: str
    code_in_period: str | None = None  # the code the area had in the period, when another
    value: float | None = None
    status: str = ""  # the missing-value marker ("..") when value is None
    rank: int | None = None
    ranked: int = 0
    shared: bool = False
    percentile: float | None = None
    national: float | None = None
    national_computed: bool = False
    national_method: str = ""
    median: float | None = None
    mean: float | None = None
    previous_period: str | None = None
    previous_value: float | None = None
    change: float | None = None
    previous_rank: int | None = None
    rank_change: int | None = None  # previous rank − rank: positive when the area climbed
    previous_code: str | None = None  # the area's code in the previous period when it differed
    trend_per_year: float | None = None  # least-squares slope up to the period compared
    trend_periods: int = 0
    county_id: str | None = None
    county_value: float | None = None  # the county's published value
    county_median: float | None = None
    peer_group: str | None = None
    peer_group_id: str | None = None
    peer_median: float | None = None
    peer_mean: float | None = None
    peer_rank: int | None = None
    peer_ranked: int = 0
    peer_shared: bool = False
    peer_percentile: float | None = None
    best: bool = False  # best of the compared areas on this indicator
    worst: bool = False
    dataset_id: str = ""
    notes: tuple[str, ...] = ()  # "no_data", "no_value", "not_kommun", "crosswalk", "merged"

    def to_json(self) -> dict[str, object]:
        return {name: _plain(getattr(self, name)) for name in self.__slots__}


@dataclass(frozen=True, slots=True)
class Comparison:
    rows: tuple[ComparisonRow, ...]
    areas: tuple[AreaKey, ...]
    indicators: tuple[str, ...]
    peers: str | None
    conflicts: dict[str, tuple[Conflict, ...]] = field(default_factory=dict)

    def row(self, area: AreaKey, indicator_id: str) -> ComparisonRow | None:
        for row in self.rows:
            if (row.country, row.area_id) == area and row.indicator_id == indicator_id:
                return row
        return None


def indicators_for(
    workspace: Workspace, countries: Sequence[str], register: AreaRegister
) -> list[str]:
    """Indicators with data in any of ``countries``, in the workspace's order of indicators
    (as imported), then any others the data holds."""
    found: set[str] = set()
    for dataset in workspace.datasets:
        if dataset_country(dataset, register) in countries:
            found.update(str(c) for c in dataset.observations["indicator_id"].cat.categories)
    ordered = [i for i in workspace.indicators if i in found]
    return ordered + sorted(found - set(ordered) - {""})


def compare(
    workspace: Workspace,
    areas: Sequence[AreaKey],
    register: AreaRegister,
    indicators: Sequence[str] | None = None,
    period: str | None = None,
    gender: str = "T",
    peers: str | None = None,
    prefer: Sequence[str] = (),
) -> Comparison:
    """Compare ``areas`` on ``indicators`` (all with data when None) for ``period`` (each
    indicator's latest with values when None)."""
    areas = tuple(dict.fromkeys(areas))
    countries = list(dict.fromkeys(country for country, _ in areas))
    if indicators is None:
        indicators = indicators_for(workspace, countries, register)
    rows: list[ComparisonRow] = []
    conflicts: dict[str, tuple[Conflict, ...]] = {}
    populations: dict[tuple[str, str], pd.Series | None] = {}

    def population(country: str, period: str) -> pd.Series | None:
        if (country, period) not in populations:
            populations[country, period] = population_for(workspace, country, period, register)
        return populations[country, period]

    for indicator_id in indicators:
        indicator = workspace.indicators.get(indicator_id) or Indicator(indicator_id, indicator_id)
        block: list[ComparisonRow] = []
        for country in countries:
            data = indicator_data(workspace, indicator_id, country, register, prefer)
            if data.conflicts:
                conflicts[indicator_id] = conflicts.get(indicator_id, ()) + data.conflicts
            members = [a for c, a in areas if c == country]
            block += _rows_for(
                workspace, register, data, indicator, members, period, gender, peers, population
            )
        rows += _mark_best_and_worst(block)
    return Comparison(tuple(rows), areas, tuple(indicators), peers, conflicts)


def _rows_for(
    workspace: Workspace,
    register: AreaRegister,
    data: IndicatorData,
    indicator: Indicator,
    area_ids: Sequence[str],
    period: str | None,
    gender: str,
    peers: str | None,
    population: Callable[[str, str], pd.Series | None],
) -> list[ComparisonRow]:
    chosen = period if period is not None else latest_period(data, register, gender)
    if chosen is None:
        return [_empty(data, indicator, area_id, period, gender) for area_id in area_ids]
    ranking = rank_indicator(data, chosen, indicator.direction, register, gender)
    everything = data.at(chosen, gender)
    values = ranking.table["value"]
    national = national_reference(
        everything,
        values,
        data.country,
        population(data.country, chosen),
        indicator.unit,
        kommuner=kommuner_in_country(register, data.country, chosen),
    )
    overall = summarise(values)
    before = previous_period(data, chosen, gender)
    earlier = (
        rank_indicator(data, before, indicator.direction, register, gender) if before else None
    )
    result = []
    group_figures: dict = {}
    for area_id in area_ids:
        notes: list[str] = []
        # A Norwegian kommune asked for by a code of another period is looked up under its
        # code in this one (renumbered one to one only), and says so.
        code = _code_in(register, data.country, area_id, chosen, everything.index)
        if code != area_id:
            notes.append("crosswalk")
        own = ranking.of(code)
        if code in everything.index:
            value, status = everything.at[code, "value"], everything.at[code, "status"]
            dataset_id = str(everything.at[code, "dataset_id"])
        else:
            value, status, dataset_id = math.nan, "", ""
            notes.append("no_value")
        if own is None and not is_kommun(register, data.country, code):
            notes.append("not_kommun")
        elif pd.isna(value):
            notes.append("no_value")
        previous, previous_code, previous_rank = _previous(
            register, data, earlier, before, code, gender, notes
        )
        group = peers_for(workspace, register, data.country, code, peers, chosen) if peers else None
        peer = _peer_figures(values, group.members if group else None, code, ranking, group_figures)
        trend = change_over_time(data.series(code, gender), until=chosen)
        county = county_peers(register, data.country, code, chosen)
        county_values = members_values(values, county.members) if county else values[:0]
        result.append(
            ComparisonRow(
                country=data.country,
                area_id=area_id,
                indicator_id=data.indicator_id,
                direction=indicator.direction,
                ranked_by=ranking.direction,
                code_in_period=code if code != area_id else None,
                direction_assumed=ranking.direction_assumed,
                period=chosen,
                gender=gender,
                value=_number(value),
                status="" if pd.notna(value) else str(status),
                rank=_int(own["rank"]) if own is not None else None,
                ranked=ranking.ranked,
                shared=bool(own["shared"]) if own is not None and pd.notna(own["rank"]) else False,
                percentile=_number(own["percentile"]) if own is not None else None,
                national=national.value,
                national_computed=national.computed,
                national_method=national.method,
                median=overall.median,
                mean=overall.mean,
                previous_period=before,
                previous_value=previous,
                change=(_number(value) - previous)
                if previous is not None and pd.notna(value)
                else None,
                previous_rank=previous_rank,
                rank_change=(previous_rank - _int(own["rank"]))
                if previous_rank is not None and own is not None and pd.notna(own["rank"])
                else None,
                previous_code=previous_code,
                trend_per_year=trend.slope_per_year,
                trend_periods=trend.periods,
                county_id=county.group_id if county else None,
                county_value=published(everything, county.group_id) if county else None,
                county_median=summarise(county_values).median,
                peer_group=group.name if group else None,
                peer_group_id=group.group_id if group else None,
                peer_median=peer[0],
                peer_mean=peer[1],
                peer_rank=peer[2],
                peer_ranked=peer[3],
                peer_shared=peer[4],
                peer_percentile=peer[5],
                dataset_id=dataset_id,
                notes=tuple(dict.fromkeys(notes)),
            )
        )
    return result


def _code_in(register: AreaRegister, country: str, area_id: str, period: str, held) -> str:
    """The area's code in ``period`` when the data has the area only under that one."""
    if area_id in held:
        return area_id
    code = same_kommune_in(register, country, area_id, period)
    return code if code is not None and code in held else area_id


def _previous(register, data, earlier, before, area_id, gender, notes):
    """(previous value, the code it was found under when another, previous rank)."""
    if before is None:
        return None, None, None
    code, crosswalked = code_in_previous(register, data.country, area_id, before)
    if code is None:
        notes.append("merged")
        return None, None, None
    if crosswalked:
        notes.append("crosswalk")
    rows = data.at(before, gender)
    value = rows.at[code, "value"] if code in rows.index else math.nan
    own = earlier.of(code) if earlier is not None else None
    rank = _int(own["rank"]) if own is not None else None
    return _number(value), (code if crosswalked else None), rank


def _peer_figures(values: pd.Series, members, area_id: str, ranking: Ranking, cache: dict):
    """(median, mean, rank, ranked, shared, percentile) of the area within its peer group."""
    if members is None:
        return None, None, None, 0, False, None
    if members not in cache:
        group_values = members_values(values, members)
        cache[members] = (summarise(group_values), rank_values(group_values, ranking.direction))
    summary, ranks = cache[members]
    own = ranks.loc[area_id] if area_id in ranks.index else None
    rank = _int(own["rank"]) if own is not None else None
    shared = bool(own["shared"]) if rank is not None else False
    percentile = _number(own["percentile"]) if rank is not None else None
    ranked = int(ranks["rank"].notna().sum())
    return summary.median, summary.mean, rank, ranked, shared, percentile


def _mark_best_and_worst(block: list[ComparisonRow]) -> list[ComparisonRow]:
    """Best and worst of the compared areas with a value; none when the direction is
    assumed or fewer than two areas have values."""
    valued = [r for r in block if r.value is not None and not r.direction_assumed]
    if len(valued) < 2:
        return block
    sign = 1 if valued[0].ranked_by == "higher" else -1
    best = max(sign * r.value for r in valued)
    worst = min(sign * r.value for r in valued)
    if best == worst:
        return block
    return [
        replace(r, best=sign * r.value == best, worst=sign * r.value == worst) if r in valued else r
        for r in block
    ]


def _empty(data, indicator, area_id, period, gender) -> ComparisonRow:
    assumed = indicator.direction not in ("higher", "lower")
    return ComparisonRow(
        country=data.country,
        area_id=area_id,
        indicator_id=data.indicator_id,
        direction=indicator.direction,
        ranked_by="higher" if assumed else indicator.direction,
        direction_assumed=assumed,
        period=period,
        gender=gender,
        notes=("no_data",),
    )


def _number(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def _int(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _plain(value):
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    return value
