"""Named lists of areas: peers, the municipalities a text mentions, a jury's shortlist."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class GroupMember:
    country: str
    area_id: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class AreaGroup:
    group_id: str
    name: str
    members: tuple[GroupMember, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AreaGroup:
        return cls(
            group_id=data["group_id"],
            name=data["name"],
            members=tuple(GroupMember(**m) for m in data.get("members") or ()),
        )
