"""Edits of a strategy as commands: add, edit, move and remove goals, development areas
and targets; link a target to data; set a status by hand; add and remove strategies.

Each ``apply(workspace)`` changes ``workspace.strategies[position]`` (frozen objects are
replaced, never changed) and returns the command that takes the edit back, as the other
commands in :mod:`digidesk.core.commands` do. ``kind`` and ``params`` describe the edit
for the History panel; ids name the nodes, so that an undone move finds them again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from digidesk.core.errors import ModelError
from digidesk.core.model.strategy import (
    COMPARATORS,
    MANUAL_STATUSES,
    FocusArea,
    Goal,
    ManualEntry,
    Strategy,
    Target,
)
from digidesk.core.model.workspace import Workspace

# -- finding and rebuilding ------------------------------------------------------------------


def _strategy(workspace: Workspace, position: int) -> Strategy:
    if not 0 <= position < len(workspace.strategies):
        raise ModelError("model.unknown_strategy", position=position)
    return workspace.strategies[position]


def _goal_index(strategy: Strategy, goal_id: str) -> int:
    for n, goal in enumerate(strategy.goals):
        if goal.id == goal_id:
            return n
    raise ModelError("model.unknown_node", node_id=goal_id)


def _area_place(strategy: Strategy, area_id: str) -> tuple[int, int]:
    for g, goal in enumerate(strategy.goals):
        for a, area in enumerate(goal.focus_areas):
            if area.id == area_id:
                return g, a
    raise ModelError("model.unknown_node", node_id=area_id)


def _target_place(strategy: Strategy, target_id: str) -> tuple[int, int, int]:
    for g, goal in enumerate(strategy.goals):
        for a, area in enumerate(goal.focus_areas):
            for t, target in enumerate(area.targets):
                if target.id == target_id:
                    return g, a, t
    raise ModelError("model.unknown_node", node_id=target_id)


def _ids(strategy: Strategy) -> set[str]:
    ids = {g.id for g in strategy.goals} | {a.id for a in strategy.focus_areas()}
    return ids | {t.id for t in strategy.targets()}


def _check_new(strategy: Strategy, node_id: str) -> None:
    if not node_id or node_id in _ids(strategy):
        raise ModelError("model.duplicate_node", node_id=node_id)


def new_id(strategy: Strategy, kind: str, goal_id: str = "") -> str:
    """An id not yet used: G6 for a goal, G2.4 for an area of G2, T38 for a target."""
    taken = _ids(strategy)
    if kind == "goal":
        stem, n = "G", len(strategy.goals) + 1
    elif kind == "area":
        stem, n = f"{goal_id}.", 1
    else:
        stem, n = "T", len(strategy.targets()) + 1
    width = 2 if kind == "target" else 1
    while f"{stem}{n:0{width}d}" in taken:
        n += 1
    return f"{stem}{n:0{width}d}"


def _insert(items: tuple, index: int | None, item) -> tuple:
    index = len(items) if index is None else max(0, min(index, len(items)))
    return items[:index] + (item,) + items[index:]


def _with_goal(strategy: Strategy, g: int, goal: Goal) -> Strategy:
    goals = list(strategy.goals)
    goals[g] = goal
    return replace(strategy, goals=tuple(goals))


def _with_area(strategy: Strategy, g: int, a: int, area: FocusArea) -> Strategy:
    goal = strategy.goals[g]
    areas = list(goal.focus_areas)
    areas[a] = area
    return _with_goal(strategy, g, replace(goal, focus_areas=tuple(areas)))


def _set(workspace: Workspace, position: int, strategy: Strategy) -> None:
    workspace.strategies[position] = strategy


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


# -- targets ---------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class AddTarget:
    position: int
    area_id: str
    target: Target
    index: int | None = None
    kind: str = field(default="add_target", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"node_id": self.target.id}

    def apply(self, workspace: Workspace) -> RemoveTarget:
        strategy = _strategy(workspace, self.position)
        _check_new(strategy, self.target.id)
        g, a = _area_place(strategy, self.area_id)
        area = strategy.goals[g].focus_areas[a]
        targets = _insert(area.targets, self.index, self.target)
        _set(workspace, self.position, _with_area(strategy, g, a, replace(area, targets=targets)))
        return RemoveTarget(self.position, self.target.id)


@dataclass(frozen=True, eq=False)
class RemoveTarget:
    position: int
    target_id: str
    kind: str = field(default="remove_target", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"node_id": self.target_id}

    def apply(self, workspace: Workspace) -> AddTarget:
        strategy = _strategy(workspace, self.position)
        g, a, t = _target_place(strategy, self.target_id)
        area = strategy.goals[g].focus_areas[a]
        target = area.targets[t]
        targets = area.targets[:t] + area.targets[t + 1 :]
        _set(workspace, self.position, _with_area(strategy, g, a, replace(area, targets=targets)))
        return AddTarget(self.position, area.id, target, t)


@dataclass(frozen=True, eq=False)
class MoveTarget:
    position: int
    target_id: str
    area_id: str
    index: int
    kind: str = field(default="move_target", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"node_id": self.target_id}

    def apply(self, workspace: Workspace) -> MoveTarget:
        strategy = _strategy(workspace, self.position)
        g, a, t = _target_place(strategy, self.target_id)
        old_area = strategy.goals[g].focus_areas[a]
        target = old_area.targets[t]
        strategy = _with_area(
            strategy,
            g,
            a,
            replace(old_area, targets=old_area.targets[:t] + old_area.targets[t + 1 :]),
        )
        new_g, new_a = _area_place(strategy, self.area_id)
        area = strategy.goals[new_g].focus_areas[new_a]
        moved = replace(area, targets=_insert(area.targets, self.index, target))
        _set(workspace, self.position, _with_area(strategy, new_g, new_a, moved))
        return MoveTarget(self.position, self.target_id, old_area.id, t)


@dataclass(frozen=True, eq=False)
class EditTarget:
    """Replace a target (found by its id) with ``target``; ``action`` says what changed:
    "edit" (text, due year, perspectives), "link", "manual" or "note"."""

    position: int
    target: Target
    action: str = "edit"
    kind: str = field(default="edit_target", init=False)

    @property
    def params(self) -> dict[str, Any]:
        return {"node_id": self.target.id, "action": self.action}

    def apply(self, workspace: Workspace) -> EditTarget:
        strategy = _strategy(workspace, self.position)
        g, a, t = _target_place(strategy, self.target.id)
        area = strategy.goals[g].focus_areas[a]
        old = area.targets[t]
        if self.target.comparator not in COMPARATORS:
            raise ModelError("model.bad_comparator", comparator=self.target.comparator)
        targets = area.targets[:t] + (self.target,) + area.targets[t + 1 :]
        _set(workspace, self.position, _with_area(strategy, g, a, replace(area, targets=targets)))
        return EditTarget(self.position, old, self.action)


def link_target(
    workspace: Workspace,
    position: int,
    target_id: str,
    *,
    indicator_id: str | None,
    area_id: str | None = None,
    gender: str = "T",
    baseline: float | None = None,
    baseline_period: str | None = None,
    target_value: float | None = None,
    comparator: str = ">=",
) -> EditTarget:
    """The command that links a target to an indicator and area with its figures."""
    target = _strategy(workspace, position).target(target_id)
    if target is None:
        raise ModelError("model.unknown_node", node_id=target_id)
    if comparator not in COMPARATORS:
        raise ModelError("model.bad_comparator", comparator=comparator)
    linked = replace(
        target,
        indicator_id=indicator_id or None,
        area_id=area_id or None,
        gender=gender or "T",
        baseline=baseline,
        baseline_period=baseline_period or None,
        target_value=target_value,
        comparator=comparator,  # type: ignore[arg-type]
    )
    return EditTarget(position, linked, "link")


def set_manual_status(
    workspace: Workspace,
    position: int,
    target_id: str,
    status: str | None,
    comment: str,
    on: dt.date | None = None,
) -> EditTarget:
    """The command that sets (or with None clears) a status by hand; a comment is required,
    and the setting goes into the target's audit trail with the date."""
    target = _strategy(workspace, position).target(target_id)
    if target is None:
        raise ModelError("model.unknown_node", node_id=target_id)
    if status is not None and status not in MANUAL_STATUSES:
        raise ModelError("model.bad_status", status=status)
    if not comment.strip():
        raise ModelError("model.comment_required", node_id=target_id)
    entry = ManualEntry((on or dt.date.today()).isoformat(), status, comment.strip())
    changed = replace(
        target,
        manual_status=status,
        comment=comment.strip() if status else "",
        manual_log=(*target.manual_log, entry),
    )
    return EditTarget(position, changed, "manual")
