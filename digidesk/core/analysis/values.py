"""One indicator's figures for one country, gathered from every dataset that holds it.

Swedish and Norwegian area codes overlap, so a dataset counts for the country its codes belong
to. When several datasets hold the same indicator, area, period and gender, the dataset the
user prefers wins (then the workspace's order); a missing value there is filled from the next
dataset that has one. Where two datasets give different figures, the difference is reported.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from digidesk.core.io.periods import period_sort_key
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.observations import Dataset
from digidesk.core.model.workspace import Workspace

KEY = ["area_id", "period", "gender"]
COLUMNS = [*KEY, "value", "status", "dataset_id"]


@dataclass(frozen=True, slots=True)
class Conflict:
    """Datasets that disagree on one figure; ``chosen`` is the dataset whose value is used."""

    area_id: str
    period: str
    gender: str
    values: tuple[tuple[str, float | None], ...]
    chosen: str


@dataclass(frozen=True, slots=True)
class IndicatorData:
    """The figures of one indicator in one country: one row per area, period and gender."""

    indicator_id: str
    country: str
    frame: pd.DataFrame  # COLUMNS; text columns as str, value float (NaN when missing)
    conflicts: tuple[Conflict, ...] = ()
    dataset_ids: tuple[str, ...] = ()
    # Row positions per (period, gender), built on first use: views ask for many slices.
    _groups: dict[tuple[str, str], np.ndarray] = field(
        default_factory=dict, compare=False, repr=False
    )
    _slices: dict[tuple[str, str], pd.DataFrame] = field(
        default_factory=dict, compare=False, repr=False
    )

    def _positions(self) -> dict[tuple[str, str], np.ndarray]:
        if not self._groups and len(self.frame):
            grouped = self.frame.groupby(["period", "gender"], sort=False).indices
            self._groups.update({(str(p), str(g)): rows for (p, g), rows in grouped.items()})
        return self._groups

    def periods(self, gender: str = "T") -> list[str]:
        """Periods with at least one value for ``gender``, oldest first."""
        values = self.frame["value"].to_numpy()
        found = [
            period
            for (period, g), rows in self._positions().items()
            if g == gender and not np.isnan(values[rows]).all()
        ]
        return sorted(found, key=period_sort_key)

    def genders(self) -> list[str]:
        return sorted(self.frame["gender"].unique())

    def at(self, period: str, gender: str = "T") -> pd.DataFrame:
        """``value``, ``status`` and ``dataset_id`` of each area for one period and gender."""
        key = (period, gender)
        if key not in self._slices:
            positions = self._positions().get(key, np.array([], dtype=int))
            rows = self.frame.iloc[positions]
            self._slices[key] = rows.set_index("area_id")[["value", "status", "dataset_id"]]
        return self._slices[key]

    def series(self, area_id: str, gender: str = "T") -> pd.Series:
        """One area's values over the periods, oldest first (NaN where missing)."""
        rows = self.frame[(self.frame["area_id"] == area_id) & (self.frame["gender"] == gender)]
        values = rows.set_index("period")["value"]
        return values.reindex(sorted(values.index, key=period_sort_key))


def dataset_country(dataset: Dataset, register: AreaRegister) -> str:
    """The dataset's country; when the import left it open, the one most of its codes fit."""
    if dataset.country:
        return dataset.country
    return _guessed_country(tuple(str(c) for c in dataset.observations["area_id"].cat.categories),
                            register)  # fmt: skip


@functools.lru_cache(maxsize=256)
def _guessed_country(codes: tuple[str, ...], register: AreaRegister) -> str:
    counts = {
        country: sum(register.get(code, country) is not None for code in codes)
        for country in ("SE", "NO")
    }
    if counts["SE"] == counts["NO"]:
        return ""
    return max(counts, key=counts.__getitem__)


def datasets_with(
    workspace: Workspace, indicator_id: str, country: str, register: AreaRegister
) -> list[Dataset]:
    """Datasets of ``country`` that hold ``indicator_id``, in the workspace's order."""
    return [
        d
        for d in workspace.datasets
        if indicator_id in d.observations["indicator_id"].cat.categories
        and dataset_country(d, register) == country
    ]


def indicator_data(
    workspace: Workspace,
    indicator_id: str,
    country: str,
    register: AreaRegister,
    prefer: Sequence[str] = (),
) -> IndicatorData:
    """Gather ``indicator_id`` for ``country`` from every dataset, ``prefer``'s first."""
    found = datasets_with(workspace, indicator_id, country, register)
    rank = {dataset_id: n for n, dataset_id in enumerate(prefer)}
    found.sort(key=lambda d: rank.get(d.dataset_id, len(rank)))
    parts = []
    for order, dataset in enumerate(found):
        obs = dataset.observations
        rows = obs[obs["indicator_id"] == indicator_id]
        part = pd.DataFrame(
            {
                "area_id": rows["area_id"].astype(str).to_numpy(),
                "period": rows["period"].astype(str).to_numpy(),
                "gender": rows["gender"].astype(str).to_numpy(),
                "value": rows["value"].to_numpy(dtype="float64"),
                "status": rows["status"].astype(str).to_numpy(),
                "dataset_id": dataset.dataset_id,
                "_order": order,
            }
        )
        parts.append(part)
    if not parts:
        empty = pd.DataFrame({c: pd.Series(dtype="float64" if c == "value" else str)
                              for c in COLUMNS})  # fmt: skip
        return IndicatorData(indicator_id, country, empty)
    frame = pd.concat(parts, ignore_index=True)
    conflicts = _conflicts(frame) if len(found) > 1 else ()
    # A value beats a missing one, then the preferred dataset beats the others.
    frame["_missing"] = frame["value"].isna()
    frame = frame.sort_values(["_missing", "_order"], kind="stable")
    frame = frame.drop_duplicates(KEY, keep="first")
    frame = frame.sort_values(KEY, kind="stable").reset_index(drop=True)
    return IndicatorData(
        indicator_id,
        country,
        frame[COLUMNS],
        conflicts,
        tuple(d.dataset_id for d in found),
    )


def _conflicts(frame: pd.DataFrame) -> tuple[Conflict, ...]:
    """Keys that two datasets give different values for."""
    valued = frame[frame["value"].notna()]
    spread = valued.groupby(KEY, sort=False)["value"].agg(["min", "max"])
    differing = spread[~np.isclose(spread["min"], spread["max"], rtol=1e-9, atol=0.0)]
    if differing.empty:
        return ()
    conflicts = []
    keyed = valued.set_index(KEY).sort_values("_order", kind="stable")
    for key in differing.index:
        rows = keyed.loc[[key]]
        values = tuple(
            (str(d), None if math.isnan(v) else float(v))
            for d, v in zip(rows["dataset_id"], rows["value"], strict=True)
        )
        conflicts.append(Conflict(*key, values=values, chosen=values[0][0]))
    return tuple(conflicts)
