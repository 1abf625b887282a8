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

from digidesk.core.analysis.kommuner import is_kommun, kommuner_in_country
from digidesk.core.analysis.ranking import Ranking, latest_period, rank_indicator
from digidesk.core.analysis.references import (
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
            chosen = latest_period(data, self.register, gender)
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
            everything = data.at(period, gender)
            values = ranking.table["value"]
            national = national_reference(
                everything,
                values,
                country,
                self.population(country, period),
                indicator.unit,
                kommuner=kommuner_in_country(self.register, country, period),
            )
            self._standings[key] = Standing(
                indicator, country, period, gender, ranking, national, summarise(values)
            )
        return self._standings[key]

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
