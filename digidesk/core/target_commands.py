"""Edits of a strategy's targets: add, move, remove and change them, link them to data and
set their status by hand. See :mod:`digidesk.core.strategy_commands`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from digidesk.core.errors import ModelError
from digidesk.core.model.strategy import COMPARATORS, MANUAL_STATUSES, ManualEntry, Target
from digidesk.core.model.workspace import Workspace
from digidesk.core.strategy_tree import (
    _area_place,
    _check_new,
    _insert,
    _set,
    _strategy,
    _target_place,
    _with_area,
)

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
