"""A municipal digitalisation strategy: perspectives, goals, focus areas, targets.

Objects are frozen; an edit replaces an object and keeps the old one for undo.
``to_dict``/``from_dict`` give the plain-JSON shape used by the demo files and
the workspace store.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Comparator = Literal[">=", "<=", "=="]
STATUSES: tuple[str, ...] = ("not_started", "on_track", "at_risk", "achieved", "missed")


@dataclass(frozen=True, slots=True)
class Perspective:
    """A cross-cutting theme, e.g. "Digital trygghet", used as a tag on targets."""

    id: str
    name: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Target:
    """A "mätbar uppföljning" item: something to be true by ``due_year``.

    A target may be linked to an indicator (with baseline, target value and
    comparator) so that its status can be computed from data; ``manual_status``
    with ``comment`` overrides the computed status when set.
    """

    id: str
    text: str
    due_year: int | None = None
    perspectives: tuple[str, ...] = ()
    indicator_id: str | None = None
    area_id: str | None = None
    baseline: float | None = None
    target_value: float | None = None
    comparator: Comparator = ">="
    manual_status: str | None = None
    comment: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Target:
        values = dict(data)
        values["perspectives"] = tuple(values.get("perspectives") or ())
        return cls(**values)


@dataclass(frozen=True, slots=True)
class FocusArea:
    """A development area (utvecklingsområde) under a goal."""

    id: str
    name: str
    description: str = ""
    targets: tuple[Target, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FocusArea:
        values = dict(data)
        values["targets"] = tuple(Target.from_dict(t) for t in values.get("targets") or ())
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Goal:
    """An overarching goal (övergripande mål)."""

    id: str
    name: str
    description: str = ""
    focus_areas: tuple[FocusArea, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Goal:
        values = dict(data)
        values["focus_areas"] = tuple(
            FocusArea.from_dict(f) for f in values.get("focus_areas") or ()
        )
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Strategy:
    name: str
    area_id: str | None = None
    adopted: str | None = None
    perspectives: tuple[Perspective, ...] = ()
    goals: tuple[Goal, ...] = field(default=())

    def targets(self) -> list[Target]:
        """Every target in document order."""
        return [t for g in self.goals for f in g.focus_areas for t in f.targets]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Strategy:
        return cls(
            name=data["name"],
            area_id=data.get("area_id"),
            adopted=data.get("adopted"),
            perspectives=tuple(Perspective(**p) for p in data.get("perspectives") or ()),
            goals=tuple(Goal.from_dict(g) for g in data.get("goals") or ()),
        )
