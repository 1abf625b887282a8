"""Edits as small frozen objects: ``apply(workspace)`` changes it and returns the inverse.

The Qt layer wraps each command in a QUndoCommand; nothing else changes a
workspace after it is loaded, so that every change can be undone.
``kind`` and ``params`` describe the edit for the History panel; the Qt layer
turns them into words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
import pandas as pd

from digidesk.core.errors import ModelError
from digidesk.core.model.award import Award
from digidesk.core.model.groups import AreaGroup
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import (
    OBSERVATION_COLUMNS,
    Dataset,
    append_observations,
)
from digidesk.core.model.strategy import Strategy
from digidesk.core.model.workspace import Workspace


class Command(Protocol):
    kind: str

    @property
    def params(self) -> dict[str, Any]: ...

    def apply(self, workspace: Workspace) -> Command: ...


@dataclass(frozen=True, eq=False)
class AddDataset:
    """Add a dataset (and the indicators it brings that the workspace lacks)."""

    dataset: Dataset
    indicators: tuple[Indicator, ...] = ()
    position: int | None = None
    kind: str = field(default="add_dataset", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"name": self.dataset.name}

    def apply(self, workspace: Workspace) -> Command:
        if any(d.dataset_id == self.dataset.dataset_id for d in workspace.datasets):
            raise ModelError("model.duplicate_dataset", dataset_id=self.dataset.dataset_id)
        added = tuple(i for i in self.indicators if i.indicator_id not in workspace.indicators)
        for indicator in added:
            workspace.indicators[indicator.indicator_id] = indicator
        position = len(workspace.datasets) if self.position is None else self.position
        workspace.datasets.insert(position, self.dataset)
        return RemoveDataset(self.dataset.dataset_id, tuple(i.indicator_id for i in added))


@dataclass(frozen=True, eq=False)
class RemoveDataset:
    """Remove a dataset; ``indicator_ids`` are removed with it (those it brought in)."""

    dataset_id: str
    indicator_ids: tuple[str, ...] = ()
    kind: str = field(default="remove_dataset", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"dataset_id": self.dataset_id}

    def apply(self, workspace: Workspace) -> Command:
        position = workspace.dataset_position(self.dataset_id)
        dataset = workspace.datasets.pop(position)
        removed = tuple(workspace.indicators.pop(i) for i in self.indicator_ids)
        return AddDataset(dataset, removed, position)


@dataclass(frozen=True, eq=False)
class SetObservations:
    """Set value and status of observations addressed by index label.

    One command covers a single cell edit and a pasted block, so that a paste
    is one undo step.
    """

    dataset_id: str
    labels: tuple[int, ...]
    values: tuple[float, ...]
    statuses: tuple[str, ...]
    #: what the user did ("edit", "paste", "fill_down", "clear"), for the History panel
    action: str = "edit"
    kind: str = field(default="set_values", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"count": len(self.labels), "action": self.action}

    def apply(self, workspace: Workspace) -> Command:
        frame = workspace.dataset(self.dataset_id).observations
        labels = list(self.labels)
        if not pd.Index(labels).isin(frame.index).all():
            raise ModelError("model.unknown_observation", dataset_id=self.dataset_id)
        old_values = frame.loc[labels, "value"].to_numpy(dtype="float64")
        old_statuses = frame.loc[labels, "status"].astype(str).to_numpy()
        new_statuses = [s for s in self.statuses if s not in frame["status"].cat.categories]
        if new_statuses:
            frame["status"] = frame["status"].cat.add_categories(sorted(set(new_statuses)))
        frame.loc[labels, "value"] = np.asarray(self.values, dtype="float64")
        frame.loc[labels, "status"] = list(self.statuses)
        return SetObservations(
            self.dataset_id,
            self.labels,
            tuple(float(v) for v in old_values),
            tuple(str(s) for s in old_statuses),
            self.action,
        )


@dataclass(frozen=True, eq=False)
class AddObservations:
    """Add observations (rows with the canonical columns, indexed by new labels)."""

    dataset_id: str
    rows: pd.DataFrame
    kind: str = field(default="add_observations", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"count": len(self.rows)}

    def apply(self, workspace: Workspace) -> Command:
        dataset = workspace.dataset(self.dataset_id)
        if self.rows.index.isin(dataset.observations.index).any():
            raise ModelError("model.duplicate_observation", dataset_id=self.dataset_id)
        dataset.observations = append_observations(dataset.observations, self.rows)
        return RemoveObservations(self.dataset_id, tuple(int(i) for i in self.rows.index))


@dataclass(frozen=True, eq=False)
class RemoveObservations:
    """Remove observations by index label; the inverse puts them back in their place."""

    dataset_id: str
    labels: tuple[int, ...]
    kind: str = field(default="remove_observations", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"count": len(self.labels)}

    def apply(self, workspace: Workspace) -> Command:
        dataset = workspace.dataset(self.dataset_id)
        frame = dataset.observations
        gone = frame.index.isin(list(self.labels))
        if int(gone.sum()) != len(set(self.labels)):
            raise ModelError("model.unknown_observation", dataset_id=self.dataset_id)
        removed = frame.loc[gone, list(OBSERVATION_COLUMNS)].astype(
            {"indicator_id": str, "area_id": str, "period": str, "gender": str, "status": str}
        )
        dataset.observations = frame.loc[~gone]
        return AddObservations(self.dataset_id, removed)


@dataclass(frozen=True, eq=False)
class Batch:
    """Several commands as one undo step (e.g. a paste that fills existing and new cells)."""

    commands: tuple[Command, ...]
    #: what the user did and to how many cells, for the History panel
    action: str = "edit"
    count: int = 0
    kind: str = field(default="batch", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"count": self.count, "action": self.action}

    @property
    def dataset_ids(self) -> set[str]:
        return {c.dataset_id for c in self.commands if hasattr(c, "dataset_id")}  # type: ignore[attr-defined]

    def apply(self, workspace: Workspace) -> Command:
        inverses: list[Command] = []
        try:
            for command in self.commands:
                inverses.append(command.apply(workspace))
        except Exception:
            # All or nothing: what did apply is taken back before the error goes on.
            for inverse in reversed(inverses):
                inverse.apply(workspace)
            raise
        return Batch(tuple(reversed(inverses)), self.action, self.count)


@dataclass(frozen=True, eq=False)
class ReplaceStrategy:
    position: int
    strategy: Strategy
    kind: str = field(default="edit_strategy", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"name": self.strategy.name}

    def apply(self, workspace: Workspace) -> Command:
        old = workspace.strategies[self.position]
        workspace.strategies[self.position] = self.strategy
        return ReplaceStrategy(self.position, old)


@dataclass(frozen=True, eq=False)
class ReplaceAward:
    position: int
    award: Award
    kind: str = field(default="edit_award", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"name": self.award.name}

    def apply(self, workspace: Workspace) -> Command:
        old = workspace.awards[self.position]
        workspace.awards[self.position] = self.award
        return ReplaceAward(self.position, old)


@dataclass(frozen=True, eq=False)
class AddGroup:
    """Add an area group (a shortlist, peers, a similarity search's result)."""

    group: AreaGroup
    position: int | None = None
    kind: str = field(default="add_group", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"name": self.group.name}

    def apply(self, workspace: Workspace) -> Command:
        if any(g.group_id == self.group.group_id for g in workspace.groups):
            raise ModelError("model.duplicate_group", group_id=self.group.group_id)
        position = len(workspace.groups) if self.position is None else self.position
        workspace.groups.insert(position, self.group)
        return RemoveGroup(self.group.group_id)


@dataclass(frozen=True, eq=False)
class RemoveGroup:
    group_id: str
    kind: str = field(default="remove_group", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"group_id": self.group_id}

    def apply(self, workspace: Workspace) -> Command:
        position = next(
            (n for n, g in enumerate(workspace.groups) if g.group_id == self.group_id), None
        )
        if position is None:
            raise ModelError("model.unknown_group", group_id=self.group_id)
        group = workspace.groups.pop(position)
        return AddGroup(group, position)


@dataclass(frozen=True, eq=False)
class SetTitle:
    title: str
    kind: str = field(default="set_title", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"title": self.title}

    def apply(self, workspace: Workspace) -> Command:
        old = workspace.title
        workspace.title = self.title
        return SetTitle(old)
