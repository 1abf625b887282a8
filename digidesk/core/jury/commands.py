"""Every edit of an award's jury work as a command: ``apply(workspace)`` returns the inverse.

Each edit goes through :func:`_store`, which appends an audit entry (time, source, old and
new value and comment) for every score it changes, so that the trail keeps every change,
also those taken back: an undo is a change of its own with the source ``undo``. While
scoring is locked the set-up and the scores cannot change (``jury.locked``); only an
explicit unlock, which the award records, opens them again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from digidesk.core.errors import ModelError
from digidesk.core.model.award import (
    AuditEntry,
    Award,
    Conflict,
    Criterion,
    Juror,
    Nominee,
    Score,
)
from digidesk.core.model.workspace import Workspace


def now() -> str:
    """The time stamp of audit entries and lock records (UTC, seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _score_map(award: Award) -> dict[tuple[str, str, str], Score]:
    return {(s.juror_id, s.area_id, s.criterion_id): s for s in award.scores}


def _trail(old: Award, new: Award, source: str, time: str) -> tuple[AuditEntry, ...]:
    before, after = _score_map(old), _score_map(new)
    entries = []
    for key in list(before) + [k for k in after if k not in before]:
        a, b = before.get(key), after.get(key)
        if a == b:
            continue
        entries.append(
            AuditEntry(
                time, *key,
                old=a.value if a else None, new=b.value if b else None, source=source,
                old_comment=a.comment if a else "", new_comment=b.comment if b else "",
            )
        )  # fmt: skip
    return tuple(entries)


def _frozen_part(award: Award) -> tuple[Any, ...]:
    """What a lock keeps as it is: everything the methods and the fingerprint read."""
    return (award.criteria, award.nominees, award.jurors, award.scores, award.scored_from_data)


def _store(workspace: Workspace, position: int, new: Award, source: str) -> Award:
    old = workspace.awards[position]
    if old.locked and _frozen_part(old) != _frozen_part(new):
        raise ModelError("jury.locked", award=old.name)
    audit = old.audit + _trail(old, new, source, now())
    workspace.awards[position] = replace(new, audit=audit, locks=old.locks)
    return old


@dataclass(frozen=True, eq=False)
class RestoreAward:
    """The inverse of an edit: the award as it was, keeping the trail and lock records."""

    position: int
    award: Award
    kind: str
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def params(self) -> dict[str, Any]:
        return self.summary

    def apply(self, workspace: Workspace) -> RestoreAward:
        old = _store(workspace, self.position, self.award, "undo")
        return RestoreAward(self.position, old, self.kind, self.summary)


@dataclass(frozen=True, eq=False)
class _Edit:
    position: int

    kind = "jury_edit"
    source = "grid"

    @property
    def params(self) -> dict[str, Any]:
        return {}

    def edit(self, award: Award) -> Award:  # pragma: no cover - every edit overrides it
        raise NotImplementedError

    def apply(self, workspace: Workspace) -> RestoreAward:
        old = workspace.awards[self.position]
        _store(workspace, self.position, self.edit(old), self.source)
        return RestoreAward(self.position, old, self.kind, self.params)


def _index(items: tuple[Any, ...], key: str, attribute: str, code: str) -> int:
    for n, item in enumerate(items):
        if getattr(item, attribute) == key:
            return n
    raise ModelError(code, id=key)


def _insert(items: tuple[Any, ...], item: Any, index: int | None) -> tuple[Any, ...]:
    at = len(items) if index is None else max(0, min(index, len(items)))
    return items[:at] + (item,) + items[at:]


@dataclass(frozen=True, eq=False)
class AddCriterion(_Edit):
    criterion: Criterion
    index: int | None = None
    kind = "jury_add_criterion"

    @property
    def params(self) -> dict[str, Any]:
        return {"name": self.criterion.name}

    def edit(self, award: Award) -> Award:
        if award.criterion(self.criterion.id) is not None:
            raise ModelError("jury.duplicate_id", id=self.criterion.id)
        _check_weight(self.criterion)
        return replace(award, criteria=_insert(award.criteria, self.criterion, self.index))


@dataclass(frozen=True, eq=False)
class UpdateCriterion(_Edit):
    criterion: Criterion
    kind = "jury_update_criterion"

    @property
    def params(self) -> dict[str, Any]:
        return {"name": self.criterion.name}

    def edit(self, award: Award) -> Award:
        n = _index(award.criteria, self.criterion.id, "id", "jury.unknown_criterion")
        _check_weight(self.criterion)
        criteria = award.criteria[:n] + (self.criterion,) + award.criteria[n + 1 :]
        return replace(award, criteria=criteria)


@dataclass(frozen=True, eq=False)
class RemoveCriterion(_Edit):
    """Remove a criterion and the scores given for it (an undo brings both back)."""

    criterion_id: str
    kind = "jury_remove_criterion"

    @property
    def params(self) -> dict[str, Any]:
        return {"id": self.criterion_id}

    def edit(self, award: Award) -> Award:
        n = _index(award.criteria, self.criterion_id, "id", "jury.unknown_criterion")
        return replace(
            award,
            criteria=award.criteria[:n] + award.criteria[n + 1 :],
            scores=tuple(s for s in award.scores if s.criterion_id != self.criterion_id),
            scored_from_data=tuple(c for c in award.scored_from_data if c != self.criterion_id),
        )


@dataclass(frozen=True, eq=False)
class AddNominee(_Edit):
    nominee: Nominee
    index: int | None = None
    kind = "jury_add_nominee"

    @property
    def params(self) -> dict[str, Any]:
        return {"name": self.nominee.name}

    def edit(self, award: Award) -> Award:
        if award.nominee(self.nominee.area_id) is not None:
            raise ModelError("jury.duplicate_id", id=self.nominee.area_id)
        return replace(award, nominees=_insert(award.nominees, self.nominee, self.index))


@dataclass(frozen=True, eq=False)
class UpdateNominee(_Edit):
    nominee: Nominee
    kind = "jury_update_nominee"

    @property
    def params(self) -> dict[str, Any]:
        return {"name": self.nominee.name}

    def edit(self, award: Award) -> Award:
        n = _index(award.nominees, self.nominee.area_id, "area_id", "jury.unknown_nominee")
        nominees = award.nominees[:n] + (self.nominee,) + award.nominees[n + 1 :]
        return replace(award, nominees=nominees)


@dataclass(frozen=True, eq=False)
class RemoveNominee(_Edit):
    area_id: str
    kind = "jury_remove_nominee"

    @property
    def params(self) -> dict[str, Any]:
        return {"id": self.area_id}

    def edit(self, award: Award) -> Award:
        n = _index(award.nominees, self.area_id, "area_id", "jury.unknown_nominee")
        return replace(
            award,
            nominees=award.nominees[:n] + award.nominees[n + 1 :],
            scores=tuple(s for s in award.scores if s.area_id != self.area_id),
        )


@dataclass(frozen=True, eq=False)
class AddJuror(_Edit):
    juror: Juror
    index: int | None = None
    kind = "jury_add_juror"

    @property
    def params(self) -> dict[str, Any]:
        return {"name": self.juror.name}

    def edit(self, award: Award) -> Award:
        if award.juror(self.juror.id) is not None:
            raise ModelError("jury.duplicate_id", id=self.juror.id)
        return replace(award, jurors=_insert(award.jurors, self.juror, self.index))


@dataclass(frozen=True, eq=False)
class UpdateJuror(_Edit):
    """Rename a juror (conflicts are set with :class:`SetConflict`)."""

    juror_id: str
    name: str
    kind = "jury_update_juror"

    @property
    def params(self) -> dict[str, Any]:
        return {"name": self.name}

    def edit(self, award: Award) -> Award:
        n = _index(award.jurors, self.juror_id, "id", "jury.unknown_juror")
        juror = replace(award.jurors[n], name=self.name)
        return replace(award, jurors=award.jurors[:n] + (juror,) + award.jurors[n + 1 :])


@dataclass(frozen=True, eq=False)
class RemoveJuror(_Edit):
    juror_id: str
    kind = "jury_remove_juror"

    @property
    def params(self) -> dict[str, Any]:
        return {"id": self.juror_id}

    def edit(self, award: Award) -> Award:
        n = _index(award.jurors, self.juror_id, "id", "jury.unknown_juror")
        return replace(
            award,
            jurors=award.jurors[:n] + award.jurors[n + 1 :],
            scores=tuple(s for s in award.scores if s.juror_id != self.juror_id),
        )


@dataclass(frozen=True, eq=False)
class SetConflict(_Edit):
    """Declare (``reason`` not None) or withdraw (None) a juror's conflict for a nominee.

    The juror's scores for the nominee stay stored but are left out while the conflict holds.
    """

    juror_id: str
    area_id: str
    reason: str | None
    kind = "jury_set_conflict"

    @property
    def params(self) -> dict[str, Any]:
        return {"juror_id": self.juror_id, "area_id": self.area_id}

    def edit(self, award: Award) -> Award:
        n = _index(award.jurors, self.juror_id, "id", "jury.unknown_juror")
        if award.nominee(self.area_id) is None:
            raise ModelError("jury.unknown_nominee", id=self.area_id)
        juror = award.jurors[n]
        others = tuple(c for c in juror.conflicts if c.area_id != self.area_id)
        if self.reason is not None:
            others += (Conflict(self.area_id, self.reason),)
        juror = replace(juror, conflicts=others)
        return replace(award, jurors=award.jurors[:n] + (juror,) + award.jurors[n + 1 :])


def _check_weight(criterion: Criterion) -> None:
    weight = criterion.weight
    if not isinstance(weight, int | float) or not math.isfinite(weight) or weight < 0:
        raise ModelError("jury.bad_weight", weight=str(weight))
    low, high = criterion.scale_min, criterion.scale_max
    if low is not None and high is not None and not low < high:
        raise ModelError("jury.bad_scale", low=criterion.scale_min, high=criterion.scale_max)
