"""Indicators: what a column of numbers measures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Direction = Literal["higher", "lower", "none"]
DIRECTIONS: tuple[Direction, ...] = ("higher", "lower", "none")


@dataclass(frozen=True, slots=True)
class Indicator:
    """One measure, e.g. a Kolada KPI ("N00945") kept under its published id.

    Values of the indicator are stored in ``unit`` as published: a share of
    56,8 % is 56.8 with unit "%".
    """

    indicator_id: str
    title: str
    unit: str = ""
    direction: Direction = "none"
    source: str = ""
    description: str = ""

    @property
    def is_percent(self) -> bool:
        return self.unit.strip() in {"%", "procent", "prosent", "andel (%)"}

    @property
    def heading(self) -> str:
        """The title with the unit in brackets ("Andel e-tjänster (%)"), unless the title
        already ends with it ("Förvärvsarbetande, andel (%)")."""
        unit = self.unit.strip()
        if unit and not self.title.rstrip().endswith((unit, f"({unit})")):
            return f"{self.title} ({unit})"
        return self.title
