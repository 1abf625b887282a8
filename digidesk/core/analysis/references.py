"""Reference values: the national value, and the mean and median of kommuner.

The national value is the published one when the data has it (Riket "0000" in Sweden,
Landet "EAK" in Norway). Otherwise it is computed from the kommuner and marked as computed:
weighted by population when the workspace holds population for every kommun with a value,
else the unweighted mean. The mean and the median are always the unweighted ones over the
kommuner with a value. The same is given for a county (its published row when present) and
for a peer group.
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

PUBLISHED, WEIGHTED, UNWEIGHTED = "published", "population_weighted", "unweighted"


@dataclass(frozen=True, slots=True)
class Reference:
    """A reference value; ``method`` is PUBLISHED, WEIGHTED or UNWEIGHTED."""

    value: float | None
    method: str
    count: int = 0  # kommuner it was computed from (0 when published)

    @property
    def computed(self) -> bool:
        return self.method != PUBLISHED


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


def computed_reference(values: pd.Series, population: pd.Series | None) -> Reference:
    """Population-weighted mean when every value has a population, else the plain mean."""
    present = values.dropna()
    if present.empty:
        return Reference(None, UNWEIGHTED, 0)
    if population is not None:
        weights = population.reindex(present.index)
        if weights.notna().all() and (weights > 0).all():
            mean = float(np.average(present.to_numpy(), weights=weights.to_numpy()))
            return Reference(mean, WEIGHTED, len(present))
    return Reference(float(present.mean()), UNWEIGHTED, len(present))


def national_reference(
    rows: pd.DataFrame, kommun_values: pd.Series, country: str, population: pd.Series | None
) -> Reference:
    """The published national value of ``rows`` (all areas of the period), else computed."""
    value = published(rows, NATIONAL_CODES.get(country, ""))
    if value is not None:
        return Reference(value, PUBLISHED)
    return computed_reference(kommun_values, population)


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
