"""Finding nodes of a strategy by id and rebuilding its frozen tree around a change."""

from __future__ import annotations

from dataclasses import replace

from digidesk.core.errors import ModelError
from digidesk.core.model.strategy import FocusArea, Goal, Strategy
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
