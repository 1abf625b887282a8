"""An award such as "Sveriges Digitaliseringskommun": criteria, nominees, jurors, scores.

Saved as a JSON document in the workspace (:meth:`Award.to_dict`). The document has grown
with the jury's work: a criterion's own scale, conflicts of interest with a reason, an audit
trail of every score change, lock and unlock records, imported sheets, the criteria scored
from data and the method the chair chose. :meth:`Award.from_dict` reads every earlier form
(a juror's conflicts as a plain list of area ids, no scale per criterion, no trail), so that
old workspaces load unchanged; fields a document lacks take their defaults.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

from digidesk.core.model.indicators import Direction

#: The version of the award document this DigiDesk writes; earlier ones have none (0).
AWARD_SCHEMA = 1
METHODS = ("weighted_mean", "zscore", "borda", "median")


@dataclass(frozen=True, slots=True)
class Criterion:
    id: str
    name: str
    description: str = ""
    weight: float = 1.0
    indicator_id: str | None = None
    direction: Direction = "higher"
    #: the criterion's own scale; None takes the award's
    scale_min: float | None = None
    scale_max: float | None = None


@dataclass(frozen=True, slots=True)
class Nominee:
    area_id: str
    name: str
    motivation: str = ""
    winner: bool = False


@dataclass(frozen=True, slots=True)
class Conflict:
    """A declared conflict of interest: the juror does not score ``area_id``."""

    area_id: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Juror:
    """A jury member and the nominees they have declared an interest in."""

    id: str
    name: str
    conflicts: tuple[Conflict, ...] = ()

    def conflict(self, area_id: str) -> Conflict | None:
        return next((c for c in self.conflicts if c.area_id == area_id), None)


@dataclass(frozen=True, slots=True)
class Score:
    juror_id: str
    area_id: str
    criterion_id: str
    value: float
    comment: str = ""


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One score change: when, from what (``grid``, ``import:FILE``, ``undo``…), old → new.

    ``old``/``new`` are None where there was or is no score; comments are kept as well.
    """

    time: str
    juror_id: str
    area_id: str
    criterion_id: str
    old: float | None
    new: float | None
    source: str
    old_comment: str = ""
    new_comment: str = ""


@dataclass(frozen=True, slots=True)
class LockRecord:
    """Scoring locked (``action`` "lock") or unlocked ("unlock") by the chair."""

    time: str
    action: str
    by: str = ""
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """A returned juror sheet that was imported: its file's SHA-256 tells a repeat."""

    time: str
    juror_id: str
    file_name: str
    sha256: str
    template_version: int = 1


@dataclass(frozen=True, slots=True)
class Award:
    name: str
    year: int | None = None
    organiser: str = ""
    description: str = ""
    scale_min: int = 1
    scale_max: int = 5
    criteria: tuple[Criterion, ...] = ()
    nominees: tuple[Nominee, ...] = ()
    jurors: tuple[Juror, ...] = ()
    scores: tuple[Score, ...] = ()
    id: str = ""
    audit: tuple[AuditEntry, ...] = ()
    locks: tuple[LockRecord, ...] = ()
    imports: tuple[ImportRecord, ...] = ()
    #: criteria whose scores the chair has chosen to take from data instead of the jurors
    scored_from_data: tuple[str, ...] = ()
    chosen_method: str = "weighted_mean"

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", default_award_id(self.name, self.year))

    def winner(self) -> Nominee | None:
        return next((n for n in self.nominees if n.winner), None)

    @property
    def locked(self) -> bool:
        return bool(self.locks) and self.locks[-1].action == "lock"

    def criterion(self, criterion_id: str) -> Criterion | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)

    def juror(self, juror_id: str) -> Juror | None:
        return next((j for j in self.jurors if j.id == juror_id), None)

    def nominee(self, area_id: str) -> Nominee | None:
        return next((n for n in self.nominees if n.area_id == area_id), None)

    def scale(self, criterion: Criterion) -> tuple[float, float]:
        low = self.scale_min if criterion.scale_min is None else criterion.scale_min
        high = self.scale_max if criterion.scale_max is None else criterion.scale_max
        return float(low), float(high)

    def score(self, juror_id: str, area_id: str, criterion_id: str) -> Score | None:
        return next(
            (
                s
                for s in self.scores
                if (s.juror_id, s.area_id, s.criterion_id) == (juror_id, area_id, criterion_id)
            ),
            None,
        )

    def conflicted(self, juror_id: str, area_id: str) -> Conflict | None:
        juror = self.juror(juror_id)
        return juror.conflict(area_id) if juror else None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["schema"] = AWARD_SCHEMA
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Award:
        return cls(
            name=data["name"],
            year=data.get("year"),
            organiser=data.get("organiser", ""),
            description=data.get("description", ""),
            scale_min=int(data.get("scale_min", 1)),
            scale_max=int(data.get("scale_max", 5)),
            criteria=tuple(_criterion(c) for c in data.get("criteria") or ()),
            nominees=tuple(Nominee(**n) for n in data.get("nominees") or ()),
            jurors=tuple(_juror(j) for j in data.get("jurors") or ()),
            scores=tuple(_score(s) for s in data.get("scores") or ()),
            id=str(data.get("id") or ""),
            audit=tuple(AuditEntry(**a) for a in data.get("audit") or ()),
            locks=tuple(LockRecord(**r) for r in data.get("locks") or ()),
            imports=tuple(ImportRecord(**r) for r in data.get("imports") or ()),
            scored_from_data=tuple(data.get("scored_from_data") or ()),
            chosen_method=str(data.get("chosen_method") or "weighted_mean"),
        )


def _criterion(data: dict[str, Any]) -> Criterion:
    known = set(Criterion.__slots__)  # type: ignore[attr-defined]
    fields = {k: v for k, v in data.items() if k in known}
    for name in ("weight", "scale_min", "scale_max"):
        if fields.get(name) is not None:
            fields[name] = float(fields[name])
    return Criterion(**fields)


def _score(data: dict[str, Any]) -> Score:
    return Score(
        str(data["juror_id"]),
        str(data["area_id"]),
        str(data["criterion_id"]),
        float(data["value"]),
        str(data.get("comment") or ""),
    )


def _juror(data: dict[str, Any]) -> Juror:
    conflicts = []
    for item in data.get("conflicts") or ():
        if isinstance(item, str):  # before schema 1: area ids without a reason
            conflicts.append(Conflict(item))
        else:
            conflicts.append(Conflict(str(item["area_id"]), str(item.get("reason") or "")))
    return Juror(str(data["id"]), str(data["name"]), tuple(conflicts))


def default_award_id(name: str, year: int | None) -> str:
    """A stable id from the award's name and year, for documents saved without one."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "award"
    return f"{slug}-{year}" if year else slug
