"""Score edits, imports, locking and the chair's choices, as commands with inverses.

See :mod:`digidesk.core.jury.commands` for the audit trail and the lock every edit obeys.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from digidesk.core.errors import ModelError
from digidesk.core.jury.commands import RestoreAward, _Edit, _score_map, _store, now
from digidesk.core.model.award import METHODS, Award, ImportRecord, LockRecord, Score
from digidesk.core.model.workspace import Workspace


@dataclass(frozen=True, slots=True)
class ScoreChange:
    """A score to set; ``value`` None removes it, ``comment`` None keeps the comment."""

    juror_id: str
    area_id: str
    criterion_id: str
    value: float | None
    comment: str | None = None


def check_score(award: Award, change: ScoreChange) -> None:
    """Raise the ModelError that setting ``change`` would meet, if any."""
    if award.juror(change.juror_id) is None:
        raise ModelError("jury.unknown_juror", id=change.juror_id)
    if award.nominee(change.area_id) is None:
        raise ModelError("jury.unknown_nominee", id=change.area_id)
    criterion = award.criterion(change.criterion_id)
    if criterion is None:
        raise ModelError("jury.unknown_criterion", id=change.criterion_id)
    conflict = award.conflicted(change.juror_id, change.area_id)
    if conflict is not None:
        raise ModelError(
            "jury.conflicted", juror=change.juror_id, area=change.area_id, reason=conflict.reason
        )
    if change.value is not None:
        low, high = award.scale(criterion)
        value = change.value
        if not isinstance(value, int | float) or not math.isfinite(value):
            raise ModelError("jury.not_a_number", value=str(value))
        if not low <= value <= high:
            raise ModelError("jury.out_of_scale", value=value, low=low, high=high)


def with_scores(award: Award, changes: tuple[ScoreChange, ...]) -> Award:
    scores = _score_map(award)
    for change in changes:
        check_score(award, change)
        key = (change.juror_id, change.area_id, change.criterion_id)
        old = scores.get(key)
        comment = change.comment if change.comment is not None else (old.comment if old else "")
        if change.value is None and not comment:
            scores.pop(key, None)
        elif change.value is None:
            if old is None:
                continue  # a comment without a score is kept with the score when it comes
            scores[key] = replace(old, comment=comment)
        else:
            scores[key] = Score(*key, value=float(change.value), comment=comment)
    return replace(award, scores=tuple(scores.values()))


@dataclass(frozen=True, eq=False)
class SetScores(_Edit):
    """Set scores and comments (one cell or a block: one undo step)."""

    changes: tuple[ScoreChange, ...] = ()
    source: str = "grid"
    kind = "jury_set_scores"

    @property
    def params(self) -> dict[str, Any]:
        return {"count": len(self.changes)}

    def edit(self, award: Award) -> Award:
        return with_scores(award, self.changes)


@dataclass(frozen=True, eq=False)
class ImportScores(_Edit):
    """Scores from returned juror sheets, each change with its sheet as source."""

    changes: tuple[tuple[str, ScoreChange], ...] = ()  # (source, change)
    records: tuple[ImportRecord, ...] = ()
    kind = "jury_import"

    @property
    def params(self) -> dict[str, Any]:
        return {"count": len(self.records)}

    def apply(self, workspace: Workspace) -> RestoreAward:
        old = workspace.awards[self.position]
        award = old
        for source in dict.fromkeys(s for s, _ in self.changes):
            part = tuple(c for s, c in self.changes if s == source)
            _store(workspace, self.position, with_scores(award, part), source)
            award = workspace.awards[self.position]
        new = replace(award, imports=award.imports + self.records)
        _store(workspace, self.position, new, "import")
        return RestoreAward(self.position, old, self.kind, self.params)


@dataclass(frozen=True, eq=False)
class SetDataScoring(_Edit):
    """Which linked criteria are scored from data instead of by the jurors."""

    criterion_ids: tuple[str, ...] = ()
    kind = "jury_data_scoring"

    def edit(self, award: Award) -> Award:
        for criterion_id in self.criterion_ids:
            criterion = award.criterion(criterion_id)
            if criterion is None or not criterion.indicator_id:
                raise ModelError("jury.unknown_criterion", id=criterion_id)
        return replace(award, scored_from_data=tuple(self.criterion_ids))


@dataclass(frozen=True, eq=False)
class SetChosenMethod(_Edit):
    method: str = "weighted_mean"
    kind = "jury_chosen_method"

    @property
    def params(self) -> dict[str, Any]:
        return {"method": self.method}

    def edit(self, award: Award) -> Award:
        if self.method not in METHODS:
            raise ModelError("jury.unknown_method", method=self.method)
        return replace(award, chosen_method=self.method)


@dataclass(frozen=True, eq=False)
class LockScoring:
    """Lock (``lock`` True) or unlock scoring; each is recorded, and so is its undo."""

    position: int
    lock: bool = True
    by: str = ""
    reason: str = ""

    @property
    def kind(self) -> str:
        return "jury_lock" if self.lock else "jury_unlock"

    @property
    def params(self) -> dict[str, Any]:
        return {"reason": self.reason}

    def apply(self, workspace: Workspace) -> LockScoring:
        award = workspace.awards[self.position]
        if award.locked == self.lock:
            raise ModelError("jury.already_locked" if self.lock else "jury.not_locked")
        record = LockRecord(now(), "lock" if self.lock else "unlock", self.by, self.reason)
        workspace.awards[self.position] = replace(award, locks=award.locks + (record,))
        return LockScoring(self.position, not self.lock, self.by, "undo")
