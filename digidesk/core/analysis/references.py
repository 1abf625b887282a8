"""Reference values: the national value, and the mean and median of kommuner.

The national value is the published one when the data has it (Riket "0000" in Sweden,
Landet "EAK" in Norway). Otherwise it is computed from the kommuner and marked as computed:
weighted by population when the workspace holds population for every kommun with a value,
else the unweighted mean. A count (unit "antal", "personer", "km"…) is not averaged: the
country's figure is the sum over its kommuner. It is computed only when at least 90 % of the
country's kommuner have a value: five kommuner's figures are no national value. The mean
and the median are always the unweighted ones over the kommuner with a value. The same is
given for a county (its published row when present) and for a peer group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from digidesk.core.analysis.values import indicator_data
from digidesk.core.io.periods import period_sort_key
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.workspace import Workspace

NATIONAL_CODES = {"SE": "0000", "NO": "EAK"}

# Population indicators DigiDesk knows by id (the demo's, Kolada's "Invånare totalt, antal"),
# and titles that name total population.
POPULATION_IDS = ("SCB-FOLKMANGD", "SSB-FOLKEMENGDE", "N01951")
_POPULATION_TITLE = re.compile(
    r"^\s*(folkmängd|folkmengde|folketal+|befolkning|invånare totalt|innbyggere|"
    r"antall innbyggere|population)\b(?!.*(andel|%|prosent|procent|per\b))",
    re.IGNORECASE,
)

PUBLISHED, WEIGHTED, UNWEIGHTED, SUM = "published", "population_weighted", "unweighted", "sum"
TOO_FEW = "too_few"  # not published, and too few kommuner have a value to compute it
MIN_COVERAGE = 0.9
# Units of counts, whose national figure is a sum, not an average.
COUNT_UNITS = frozenset(
    {"antal", "st", "st.", "personer", "invånare", "innbyggere", "personar", "number",
     "count", "people", "persons", "km", "kilometer", "hushåll", "husholdninger"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Reference:
    """A reference value; ``method`` is PUBLISHED, WEIGHTED or UNWEIGHTED."""

    value: float | None
    method: str
    count: int = 0  # kommuner it was computed from (0 when published)

    @property
    def computed(self) -> bool:
        return self.value is not None and self.method != PUBLISHED


@dataclass(frozen=True, slots=True)
class Summary:
    mean: float | None
    median: float | None
    count: int


def summarise(values: pd.Series) -> Summary:
    """Unweighted mean and median of the values present."""
    present = values.dropna().to_numpy(dtype="float64")
    if not len(present):
        return Summary(None, None, 0)
    return Summary(float(present.mean()), float(np.median(present)), len(present))


def published(rows: pd.DataFrame, code: str) -> float | None:
    """The value the data publishes for ``code`` (a national or county row), if any."""
    if code not in rows.index:
        return None
    value = rows.loc[code, "value"]
    return None if pd.isna(value) else float(value)


def is_count(unit: str) -> bool:
    return unit.strip().casefold() in COUNT_UNITS


def computed_reference(
    values: pd.Series, population: pd.Series | None, unit: str = ""
) -> Reference:
    """The sum for counts; else the population-weighted mean when every value has a
    population, else the plain mean."""
    present = values.dropna()
    if present.empty:
        return Reference(None, SUM if is_count(unit) else UNWEIGHTED, 0)
    if is_count(unit):
        return Reference(float(present.sum()), SUM, len(present))
    if population is not None:
        weights = population.reindex(present.index)
        if weights.notna().all() and (weights > 0).all():
            mean = float(np.average(present.to_numpy(), weights=weights.to_numpy()))
            return Reference(mean, WEIGHTED, len(present))
    return Reference(float(present.mean()), UNWEIGHTED, len(present))


def national_reference(
    rows: pd.DataFrame,
    kommun_values: pd.Series,
    country: str,
    population: pd.Series | None,
    unit: str = "",
    kommuner: int | None = None,
) -> Reference:
    """The published national value of ``rows`` (all areas of the period), else computed.

    ``kommuner`` is how many kommuner the country has in the period: a value computed from
    fewer than ``MIN_COVERAGE`` of them would not be the country's, so there is none
    (method TOO_FEW).
    """
    value = published(rows, NATIONAL_CODES.get(country, ""))
    if value is not None:
        return Reference(value, PUBLISHED)
    present = int(kommun_values.notna().sum())
    if kommuner and present < MIN_COVERAGE * kommuner:
        return Reference(None, TOO_FEW, present)
    return computed_reference(kommun_values, population, unit)


def population_indicator(workspace: Workspace) -> list[str]:
    """Indicators in the workspace that hold total population, known ids first."""
    known = [i for i in POPULATION_IDS if i in workspace.indicators]
    titled = [
        i.indicator_id
        for i in workspace.indicators.values()
        if i.indicator_id not in known and _POPULATION_TITLE.search(i.title)
    ]
    return known + titled


def population_for(
    workspace: Workspace, country: str, period: str, register: AreaRegister
) -> pd.Series | None:
    """Population per area for ``period`` (the nearest earlier period, else the nearest
    later one), from the first population indicator in the workspace that has any."""
    for indicator_id in population_indicator(workspace):
        data = indicator_data(workspace, indicator_id, country, register)
        periods = data.periods()
        if not periods:
            continue
        key = period_sort_key(period)
        earlier = [p for p in periods if period_sort_key(p) <= key]
        chosen = earlier[-1] if earlier else periods[0]
        return data.at(chosen)["value"].dropna()
    return None


def members_values(values: pd.Series, members: Iterable[str]) -> pd.Series:
    """The values of the areas in ``members`` (those the data has)."""
    return values[values.index.isin(list(members))]
