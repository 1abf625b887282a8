"""Edits of a strategy as commands: add, edit, move and remove goals, development areas
and targets; link a target to data; set a status by hand; add and remove strategies.

Each ``apply(workspace)`` changes ``workspace.strategies[position]`` (frozen objects are
replaced, never changed) and returns the command that takes the edit back, as the other
commands in :mod:`digidesk.core.commands` do. ``kind`` and ``params`` describe the edit
for the History panel; ids name the nodes, so that an undone move finds them again.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from digidesk.core.errors import ModelError
from digidesk.core.model.strategy import (
    FocusArea,
    Goal,
    Strategy,
)
from digidesk.core.model.workspace import Workspace
from digidesk.core.strategy_tree import (
    _area_place,
    _check_new,
    _goal_index,
    _insert,
    _set,
    _strategy,
    _with_area,
    _with_goal,
    new_id,
)

# -- strategies ------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class AddStrategy:
    strategy: Strategy
    index: int | None = None
    kind: str = field(default="add_strategy", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"name": self.strategy.name}

    def apply(self, workspace: Workspace) -> RemoveStrategy:
        index = len(workspace.strategies) if self.index is None else self.index
        workspace.strategies.insert(index, self.strategy)
        return RemoveStrategy(index)


@dataclass(frozen=True, eq=False)
class RemoveStrategy:
    index: int
    kind: str = field(default="remove_strategy", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"index": self.index}

    def apply(self, workspace: Workspace) -> AddStrategy:
        strategy = _strategy(workspace, self.index)
        del workspace.strategies[self.index]
        return AddStrategy(strategy, self.index)


@dataclass(frozen=True, eq=False)
class EditStrategy:
    """Change the strategy's own fields: name, area_id, country, adopted, as_of."""

    position: int
    changes: tuple[tuple[str, Any], ...]
    kind: str = field(default="edit_strategy_info", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"fields": ", ".join(k for k, _ in self.changes)}

    def apply(self, workspace: Workspace) -> EditStrategy:
        strategy = _strategy(workspace, self.position)
        allowed = {"name", "area_id", "country", "adopted", "as_of"}
        if any(k not in allowed for k, _ in self.changes):
            raise ModelError("model.bad_field", fields=self.params["fields"])
        old = tuple((k, getattr(strategy, k)) for k, _ in self.changes)
        _set(workspace, self.position, replace(strategy, **dict(self.changes)))
        return EditStrategy(self.position, old)


# -- goals -----------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class AddGoal:
    position: int
    goal: Goal
    index: int | None = None
    kind: str = field(default="add_goal", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"name": self.goal.name}

    def apply(self, workspace: Workspace) -> RemoveGoal:
        strategy = _strategy(workspace, self.position)
        for node_id in [self.goal.id, *(a.id for a in self.goal.focus_areas)] + [
            t.id for a in self.goal.focus_areas for t in a.targets
        ]:
            _check_new(strategy, node_id)
        goals = _insert(strategy.goals, self.index, self.goal)
        _set(workspace, self.position, replace(strategy, goals=goals))
        return RemoveGoal(self.position, self.goal.id)


@dataclass(frozen=True, eq=False)
class RemoveGoal:
    position: int
    goal_id: str
    kind: str = field(default="remove_goal", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"node_id": self.goal_id}

    def apply(self, workspace: Workspace) -> AddGoal:
        strategy = _strategy(workspace, self.position)
        g = _goal_index(strategy, self.goal_id)
        goal = strategy.goals[g]
        _set(
            workspace,
            self.position,
            replace(strategy, goals=strategy.goals[:g] + strategy.goals[g + 1 :]),
        )
        return AddGoal(self.position, goal, g)


@dataclass(frozen=True, eq=False)
class EditNode:
    """Rename a goal or development area and change its description."""

    position: int
    node_id: str
    name: str
    description: str
    kind: str = field(default="edit_node", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"name": self.name, "node_id": self.node_id}

    def apply(self, workspace: Workspace) -> EditNode:
        strategy = _strategy(workspace, self.position)
        if any(g.id == self.node_id for g in strategy.goals):
            g = _goal_index(strategy, self.node_id)
            old = strategy.goals[g]
            new = _with_goal(
                strategy, g, replace(old, name=self.name, description=self.description)
            )
        else:
            g, a = _area_place(strategy, self.node_id)
            old = strategy.goals[g].focus_areas[a]  # type: ignore[assignment]
            changed = replace(old, name=self.name, description=self.description)
            new = _with_area(strategy, g, a, changed)  # type: ignore[arg-type]
        _set(workspace, self.position, new)
        return EditNode(self.position, self.node_id, old.name, old.description)


@dataclass(frozen=True, eq=False)
class MoveGoal:
    position: int
    goal_id: str
    index: int
    kind: str = field(default="move_goal", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"node_id": self.goal_id}

    def apply(self, workspace: Workspace) -> MoveGoal:
        strategy = _strategy(workspace, self.position)
        g = _goal_index(strategy, self.goal_id)
        rest = strategy.goals[:g] + strategy.goals[g + 1 :]
        goals = _insert(rest, self.index, strategy.goals[g])
        _set(workspace, self.position, replace(strategy, goals=goals))
        return MoveGoal(self.position, self.goal_id, g)


# -- development areas -----------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class AddArea:
    position: int
    goal_id: str
    area: FocusArea
    index: int | None = None
    kind: str = field(default="add_area", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"name": self.area.name}

    def apply(self, workspace: Workspace) -> RemoveArea:
        strategy = _strategy(workspace, self.position)
        for node_id in [self.area.id, *(t.id for t in self.area.targets)]:
            _check_new(strategy, node_id)
        g = _goal_index(strategy, self.goal_id)
        goal = strategy.goals[g]
        areas = _insert(goal.focus_areas, self.index, self.area)
        _set(workspace, self.position, _with_goal(strategy, g, replace(goal, focus_areas=areas)))
        return RemoveArea(self.position, self.area.id)


@dataclass(frozen=True, eq=False)
class RemoveArea:
    position: int
    area_id: str
    kind: str = field(default="remove_area", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"node_id": self.area_id}

    def apply(self, workspace: Workspace) -> AddArea:
        strategy = _strategy(workspace, self.position)
        g, a = _area_place(strategy, self.area_id)
        goal = strategy.goals[g]
        area = goal.focus_areas[a]
        areas = goal.focus_areas[:a] + goal.focus_areas[a + 1 :]
        _set(workspace, self.position, _with_goal(strategy, g, replace(goal, focus_areas=areas)))
        return AddArea(self.position, goal.id, area, a)


@dataclass(frozen=True, eq=False)
class MoveArea:
    """Move a development area to ``index`` under the goal ``goal_id`` (the same or another)."""

    position: int
    area_id: str
    goal_id: str
    index: int
    kind: str = field(default="move_area", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"node_id": self.area_id}

    def apply(self, workspace: Workspace) -> MoveArea:
        strategy = _strategy(workspace, self.position)
        g, a = _area_place(strategy, self.area_id)
        old_goal = strategy.goals[g]
        area = old_goal.focus_areas[a]
        areas = old_goal.focus_areas[:a] + old_goal.focus_areas[a + 1 :]
        strategy = _with_goal(strategy, g, replace(old_goal, focus_areas=areas))
        target_g = _goal_index(strategy, self.goal_id)
        goal = strategy.goals[target_g]
        moved = _insert(goal.focus_areas, self.index, area)
        _set(
            workspace,
            self.position,
            _with_goal(strategy, target_g, replace(goal, focus_areas=moved)),
        )
        return MoveArea(self.position, self.area_id, old_goal.id, a)


from digidesk.core.target_commands import (  # noqa: E402 - one place to import every edit
    AddTarget,
    EditTarget,
    MoveTarget,
    RemoveTarget,
    link_target,
    set_manual_status,
)

__all__ = [
    "AddArea", "AddGoal", "AddStrategy", "AddTarget", "EditNode", "EditStrategy", "EditTarget",
    "MoveArea", "MoveGoal", "MoveTarget", "RemoveArea", "RemoveGoal", "RemoveStrategy",
    "RemoveTarget", "link_target", "new_id", "set_manual_status",
]  # fmt: skip
