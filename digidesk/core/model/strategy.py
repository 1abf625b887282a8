"""A municipal digitalisation strategy: perspectives, goals, focus areas, targets.

Objects are frozen; an edit replaces an object and keeps the old one for undo.
``to_dict``/``from_dict`` give the plain-JSON shape used by the demo files and
the workspace store; fields added later have defaults, so older files still load.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Comparator = Literal[">=", "<=", "=="]
COMPARATORS: tuple[Comparator, ...] = (">=", "<=", "==")
#: What a target's status can be; see :mod:`digidesk.core.analysis.goals` for the rules.
STATUSES: tuple[str, ...] = (
    "achieved",
    "on_track",
    "at_risk",
    "off_track",
    "missed",
    "stale",
    "no_data",
    "manual",
)
#: What a user may set by hand (with a comment): the computed kinds a target can be in.
MANUAL_STATUSES: tuple[str, ...] = ("achieved", "on_track", "at_risk", "off_track", "missed")


@dataclass(frozen=True, slots=True)
class Perspective:
    """A cross-cutting theme, e.g. "Digital trygghet", used as a tag on targets."""

    id: str
    name: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class ManualEntry:
    """One line of a target's audit trail: a status set (or cleared, ``status`` None) by
    hand on ``date`` (ISO), with the comment that is required for it."""

    date: str
    status: str | None
    comment: str


@dataclass(frozen=True, slots=True)
class FollowUpNote:
    """What the follow-up of one year says about a target."""

    year: int
    text: str


@dataclass(frozen=True, slots=True)
class Target:
    """A "mätbar uppföljning" item: something to be true by ``due_year``.

    A target may be linked to an indicator and area (with baseline value and period,
    target value and comparator) so that its status can be computed from data;
    ``manual_status`` with ``comment`` overrides the computed status when set, and
    every setting by hand is kept in ``manual_log``. ``details`` holds what the source
    said beside the target (a sheet's source and method columns).
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
    baseline_period: str | None = None
    gender: str = "T"
    manual_log: tuple[ManualEntry, ...] = ()
    notes: tuple[FollowUpNote, ...] = ()
    details: str = ""

    @property
    def linked(self) -> bool:
        return bool(self.indicator_id)

    def note(self, year: int) -> str:
        return next((n.text for n in self.notes if n.year == year), "")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Target:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["perspectives"] = tuple(values.get("perspectives") or ())
        values["manual_log"] = tuple(ManualEntry(**e) for e in values.get("manual_log") or ())
        values["notes"] = tuple(FollowUpNote(**n) for n in values.get("notes") or ())
        for name in ("baseline", "target_value"):
            if values.get(name) is not None:
                values[name] = float(values[name])
        if values.get("due_year") is not None:
            values["due_year"] = int(values["due_year"])
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
    """A strategy; ``area_id`` is the municipality it is for, ``country`` its country
    ("SE", "NO", or "" to be found from the code), ``as_of`` the date its follow-up is
    made as of when it is not today (a report for the council in spring), and
    ``source`` the file it was imported from."""

    name: str
    area_id: str | None = None
    adopted: str | None = None
    perspectives: tuple[Perspective, ...] = ()
    goals: tuple[Goal, ...] = field(default=())
    country: str = ""
    as_of: str | None = None
    source: str = ""

    def targets(self) -> list[Target]:
        """Every target in document order."""
        return [t for g in self.goals for f in g.focus_areas for t in f.targets]

    def focus_areas(self) -> list[FocusArea]:
        return [f for g in self.goals for f in g.focus_areas]

    def target(self, target_id: str) -> Target | None:
        return next((t for t in self.targets() if t.id == target_id), None)

    def counts(self) -> tuple[int, int, int]:
        """(goals, development areas, targets)."""
        return len(self.goals), len(self.focus_areas()), len(self.targets())

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
            country=data.get("country") or "",
            as_of=data.get("as_of"),
            source=data.get("source") or "",
        )
