"""An award such as "Sveriges Digitaliseringskommun": criteria, nominees, jurors, scores."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from digidesk.core.model.indicators import Direction


@dataclass(frozen=True, slots=True)
class Criterion:
    id: str
    name: str
    description: str = ""
    weight: float = 1.0
    indicator_id: str | None = None
    direction: Direction = "higher"


@dataclass(frozen=True, slots=True)
class Nominee:
    area_id: str
    name: str
    motivation: str = ""
    winner: bool = False


@dataclass(frozen=True, slots=True)
class Juror:
    """A jury member; ``conflicts`` lists the area ids they have declared an interest in."""

    id: str
    name: str
    conflicts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Score:
    juror_id: str
    area_id: str
    criterion_id: str
    value: float
    comment: str = ""


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

    def winner(self) -> Nominee | None:
        return next((n for n in self.nominees if n.winner), None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Award:
        return cls(
            name=data["name"],
            year=data.get("year"),
            organiser=data.get("organiser", ""),
            description=data.get("description", ""),
            scale_min=int(data.get("scale_min", 1)),
            scale_max=int(data.get("scale_max", 5)),
            criteria=tuple(Criterion(**c) for c in data.get("criteria") or ()),
            nominees=tuple(Nominee(**n) for n in data.get("nominees") or ()),
            jurors=tuple(
                Juror(j["id"], j["name"], tuple(j.get("conflicts") or ()))
                for j in data.get("jurors") or ()
            ),
            scores=tuple(Score(**s) for s in data.get("scores") or ()),
        )
