"""What a chart draws, taken from the analysis exactly as the comparison view takes it.

``Standing`` is one indicator, period and gender in one country: the ranking of its
kommuner, the national value and the median, computed by the same calls with the same
arguments as :func:`digidesk.core.analysis.compare.compare`, so that a chart's reference
lines and rank labels are the comparison's figures. ``Context`` keeps what was gathered,
so that an update to another selection or period does not gather it again.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from digidesk.core.analysis.kommuner import is_kommun, kommuner_for_period, kommuner_in_country
from digidesk.core.analysis.ranking import Ranking, latest_period, rank_indicator
from digidesk.core.analysis.references import (
    NATIONAL_CODES,
    Reference,
    Summary,
    national_reference,
    population_for,
    population_indicator,
    summarise,
)
from digidesk.core.analysis.values import IndicatorData, dataset_country, indicator_data
from digidesk.core.charts import AreaKey, ChartRequest
from digidesk.core.charts.words import ChartWords
from digidesk.core.errors import AnalysisError, ChartError
from digidesk.core.io.periods import period_sort_key
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.workspace import Workspace


@dataclass(frozen=True, slots=True)
class Standing:
    """One indicator, period and gender ranked over the kommuner of one country."""

    indicator: Indicator
    country: str
    period: str
    gender: str
    ranking: Ranking
    national: Reference
    summary: Summary

    @property
    def values(self) -> pd.Series:
        """The value of every kommun of the period (NaN where missing), by code."""
        return self.ranking.table["value"]

    def ranked(self) -> pd.DataFrame:
        """The kommuner with a value, best first; ties in code order."""
        table = self.ranking.table[self.ranking.table["rank"].notna()]
        order = np.lexsort((table.index.to_numpy(str), table["rank"].to_numpy("int64")))
        return table.iloc[order]


class Context:
    """The workspace, register and words a chart is drawn from, with what was gathered."""

    def __init__(self, workspace: Workspace, register: AreaRegister, words: ChartWords) -> None:
        self.workspace = workspace
        self.register = register
        self.words = words
        self._data: dict[tuple[str, str], IndicatorData] = {}
        self._population: dict[tuple[str, str], pd.Series | None] = {}
        self._standings: dict[tuple[str, str, str, str], Standing] = {}
        self._held: set[str] | None = None
        self._latest: dict[tuple[str, str, str], str | None] = {}

    # -- what the workspace holds ----------------------------------------------------------
    def indicator(self, indicator_id: str) -> Indicator:
        if self._held is None:
            self._held = {
                str(c)
                for d in self.workspace.datasets
                for c in d.observations["indicator_id"].cat.categories
            }
        if indicator_id not in self._held:
            raise AnalysisError("analysis.unknown_indicator", indicator=indicator_id)
        return self.workspace.indicators.get(indicator_id) or Indicator(indicator_id, indicator_id)

    def data(self, indicator_id: str, country: str) -> IndicatorData:
        key = (indicator_id, country)
        if key not in self._data:
            self.indicator(indicator_id)
            data = indicator_data(self.workspace, indicator_id, country, self.register)
            if data.frame.empty:
                raise ChartError("chart.no_data", indicator=indicator_id, country=country)
            self._data[key] = data
        return self._data[key]

    def population(self, country: str, period: str) -> pd.Series | None:
        key = (country, period)
        if key not in self._population:
            self._population[key] = population_for(self.workspace, country, period, self.register)
        return self._population[key]

    def population_indicator(self, country: str) -> str | None:
        """The population indicator ``population`` takes its figures from."""
        for indicator_id in population_indicator(self.workspace):
            data = indicator_data(self.workspace, indicator_id, country, self.register)
            if data.periods():
                return indicator_id
        return None

    def period_for(self, indicator_id: str, country: str, period: str | None, gender: str) -> str:
        """``period`` when the data has values then, else the indicator's latest period."""
        data = self.data(indicator_id, country)
        if period is None:
            key = (indicator_id, country, gender)
            if key not in self._latest:  # looks at every period: once per chart
                self._latest[key] = latest_period(data, self.register, gender)
            chosen = self._latest[key]
            if chosen is None:
                raise ChartError("chart.no_data", indicator=indicator_id, country=country)
            return chosen
        if period not in data.periods(gender):
            raise ChartError("chart.no_period", indicator=indicator_id, period=period)
        return period

    def standing(self, indicator_id: str, country: str, period: str, gender: str) -> Standing:
        """The ranking, national value and median of one period, as the comparison has them."""
        key = (indicator_id, country, period, gender)
        if key not in self._standings:
            indicator = self.indicator(indicator_id)
            data = self.data(indicator_id, country)
            ranking = rank_indicator(data, period, indicator.direction, self.register, gender)
            national, summary = self._references(
                indicator, data, period, gender, ranking.table["value"]
            )
            self._standings[key] = Standing(
                indicator, country, period, gender, ranking, national, summary
            )
        return self._standings[key]

    def references(
        self, indicator_id: str, country: str, period: str, gender: str
    ) -> tuple[Reference, Summary]:
        """The national value and the median of one period without the ranks: the values of
        the same kommuner :func:`rank_indicator` ranks, through the same functions."""
        key = (indicator_id, country, period, gender)
        if key in self._standings:
            standing = self._standings[key]
            return standing.national, standing.summary
        data = self.data(indicator_id, country)
        rows = data.at(period, gender)
        kommuner, _ = kommuner_for_period(self.register, country, rows.index, period)
        values = rows.loc[kommuner, "value"]
        return self._references(self.indicator(indicator_id), data, period, gender, values)

    def references_over_time(
        self, indicator_id: str, country: str, periods: list[str], gender: str
    ) -> dict[str, tuple[Reference, Summary]]:
        """:meth:`references` for many periods at once: each period's kommuner are found
        by :func:`kommuner_for_period` among the codes that period has, exactly as for one
        period, but the values come from one pass over the indicator's table instead of a
        slice per period."""
        data = self.data(indicator_id, country)
        indicator = self.indicator(indicator_id)
        frame = data.frame[data.frame["gender"] == gender]
        codes = frame["area_id"].to_numpy(dtype=object)
        values = frame["value"].to_numpy(dtype="float64")
        national_code = NATIONAL_CODES.get(country, "")
        groups = frame.groupby("period", sort=False).indices
        found: dict[str, tuple[Reference, Summary]] = {}
        for period in periods:
            positions = groups.get(period)
            if positions is None:
                continue
            value_of = dict(zip(codes[positions], values[positions], strict=True))
            kommuner, _ = kommuner_for_period(self.register, country, list(value_of), period)
            kommun_values = pd.Series([value_of[c] for c in kommuner], index=kommuner, dtype=float)
            rows = pd.DataFrame(
                {"value": [value_of[national_code]] if national_code in value_of else []},
                index=[national_code] if national_code in value_of else [],
                dtype=float,
            )
            found[period] = self._references(indicator, data, period, gender, kommun_values, rows)
        return found

    def _references(
        self, indicator: Indicator, data: IndicatorData, period: str, gender: str,
        values: pd.Series, rows: pd.DataFrame | None = None,
    ) -> tuple[Reference, Summary]:  # fmt: skip
        national = national_reference(
            data.at(period, gender) if rows is None else rows,
            values,
            data.country,
            self.population(data.country, period),
            indicator.unit,
            kommuner=kommuner_in_country(self.register, data.country, period),
        )
        return national, summarise(values)

    # -- which country, which areas --------------------------------------------------------
    def country(self, request: ChartRequest) -> str:
        """The one country of the request's areas, else the ``country`` option, else the one
        country with data for the indicators."""
        countries = sorted({country for country, _ in request.areas})
        if len(countries) > 1:
            raise ChartError("chart.mixed_countries", countries=", ".join(countries))
        if countries:
            return countries[0]
        chosen = request.option("country")
        if chosen:
            return str(chosen).upper()
        found: set[str] = set()
        for indicator_id in request.indicators:
            self.indicator(indicator_id)
            for dataset in self.workspace.datasets:
                if indicator_id in dataset.observations["indicator_id"].cat.categories:
                    found.add(dataset_country(dataset, self.register))
        found.discard("")
        if len(found) != 1:
            raise ChartError("chart.country_needed", indicator=", ".join(request.indicators))
        return found.pop()

    def check_areas(self, areas: tuple[AreaKey, ...]) -> None:
        for country, code in areas:
            if not self.register.history(code, country) and not self._in_data(country, code):
                raise AnalysisError("analysis.unknown_area", area=f"{country}:{code}")

    def _in_data(self, country: str, code: str) -> bool:
        return any(
            code in d.observations["area_id"].cat.categories
            for d in self.workspace.datasets
            if dataset_country(d, self.register) == country
        )

    def name(self, country: str, code: str) -> str:
        """The area's name: the register's, else the name its dataset gives, else its code."""
        area = self.register.get(code, country)
        if area is not None:
            return area.short_name or area.name
        for dataset in self.workspace.datasets:
            if dataset.area_names.get(code) and dataset_country(dataset, self.register) in (
                country,
                "",
            ):
                return dataset.area_names[code]
        return code

    def is_kommun(self, country: str, code: str) -> bool:
        return is_kommun(self.register, country, code)

    # -- where the figures come from -------------------------------------------------------
    def sources(self, indicator_ids: tuple[str, ...], country: str) -> list[str]:
        """Each indicator's source, else the publishers of the datasets it comes from."""
        found: list[str] = []
        for indicator_id in indicator_ids:
            indicator = self.indicator(indicator_id)
            if indicator.source:
                found.append(indicator.source)
                continue
            for dataset_id in self.data(indicator_id, country).dataset_ids:
                dataset = self.workspace.dataset(dataset_id)
                found.append(dataset.provenance.publisher or dataset.name)
        return list(dict.fromkeys(s for s in found if s))


def sorted_periods(periods: list[str]) -> list[str]:
    return sorted(dict.fromkeys(periods), key=period_sort_key)
