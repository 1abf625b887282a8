"""Small hand-made workspaces for the analysis tests."""

from __future__ import annotations

import pytest

from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import Dataset, make_observations
from digidesk.core.model.workspace import Workspace


def dataset(dataset_id: str, rows, country: str = "SE") -> Dataset:
    """Rows are (indicator, area, period, value) or (…, value, status) or (…, gender)."""
    columns: dict[str, list] = {k: [] for k in ("indicator_id", "area_id", "period", "value")}
    columns.update(status=[], gender=[])
    for row in rows:
        indicator_id, area_id, period, value, *rest = row
        columns["indicator_id"].append(indicator_id)
        columns["area_id"].append(area_id)
        columns["period"].append(period)
        columns["value"].append(value)
        columns["status"].append(rest[0] if rest else "")
        columns["gender"].append(rest[1] if len(rest) > 1 else "T")
    return Dataset(dataset_id, dataset_id, make_observations(columns), country=country)


def workspace(*datasets: Dataset, **indicators: Indicator) -> Workspace:
    found = {str(i) for d in datasets for i in d.observations["indicator_id"].cat.categories}
    table = {i: indicators.get(i) or Indicator(i, i) for i in sorted(found)}
    return Workspace(title="t", datasets=list(datasets), indicators=table)


@pytest.fixture
def register():
    from digidesk.core.model.areas import default_register

    return default_register()


@pytest.fixture
def make_dataset():
    return dataset


@pytest.fixture
def make_workspace():
    return workspace
