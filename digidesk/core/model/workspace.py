"""The workspace: everything a user works on, saved as one .digidesk file."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pandas as pd

from digidesk.core.errors import ModelError
from digidesk.core.model.award import Award
from digidesk.core.model.groups import AreaGroup
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import Dataset, concat_observations
from digidesk.core.model.strategy import Strategy


@dataclass(eq=False, slots=True)
class Workspace:
    title: str = ""
    datasets: list[Dataset] = field(default_factory=list)
    indicators: dict[str, Indicator] = field(default_factory=dict)
    strategies: list[Strategy] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    groups: list[AreaGroup] = field(default_factory=list)

    def dataset(self, dataset_id: str) -> Dataset:
        for dataset in self.datasets:
            if dataset.dataset_id == dataset_id:
                return dataset
        raise ModelError("model.unknown_dataset", dataset_id=dataset_id)

    def dataset_position(self, dataset_id: str) -> int:
        return self.datasets.index(self.dataset(dataset_id))

    def new_dataset_id(self, stem: str = "ds") -> str:
        """A dataset id not yet used in this workspace: ``stem``, ``stem-2``, ``stem-3``…"""
        taken = {d.dataset_id for d in self.datasets}
        candidate, n = stem, 1
        while candidate in taken:
            n += 1
            candidate = f"{stem}-{n}"
        return candidate

    def observations(self) -> pd.DataFrame:
        """All datasets' observations in one long table with a ``dataset_id`` column."""
        return concat_observations((d.dataset_id, d.observations) for d in self.datasets)

    def snapshot(self) -> Workspace:
        """A copy that background work (an autosave, an export, an analysis) can read while
        the user edits: its own lists and datasets, over copy-on-write observation tables,
        so that later edits never show in the copy. Cheap: no figures are copied."""
        return Workspace(
            title=self.title,
            datasets=[
                replace(d, observations=d.observations.copy(deep=False)) for d in self.datasets
            ],  # fmt: skip
            indicators=dict(self.indicators),
            strategies=list(self.strategies),
            awards=list(self.awards),
            groups=list(self.groups),
        )

    def indicator_title(self, indicator_id: str) -> str:
        indicator = self.indicators.get(indicator_id)
        return indicator.title if indicator else indicator_id

    def same_as(self, other: Workspace) -> bool:
        """True when both workspaces hold the same content."""
        return (
            self.title == other.title
            and self.indicators == other.indicators
            and self.strategies == other.strategies
            and self.awards == other.awards
            and self.groups == other.groups
            and len(self.datasets) == len(other.datasets)
            and all(a.same_as(b) for a, b in zip(self.datasets, other.datasets, strict=True))
        )
