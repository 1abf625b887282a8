"""The layout plan of a table: where its header and data are and what each column holds.

A :class:`TablePlan` is made by :mod:`digidesk.core.io.tables` (with the roles
guessed by :mod:`digidesk.core.io.roles`), may be corrected by the user in the
import wizard, and is carried out by :mod:`digidesk.core.io.tidy`. It is plain
data: nothing here reads cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, get_args

Role = Literal[
    "area",  # code and name in one cell: "0114 Upplands Väsby"
    "area_code",
    "area_name",
    "indicator",
    "period",
    "gender",
    "value",
    "dimension",  # another breakdown (age group, sector): folded into the indicator
    "ignore",
]
ROLES: tuple[Role, ...] = get_args(Role)
Layout = Literal["long", "wide_period", "wide_indicator", "wide_area"]
AREA_ROLES: tuple[Role, ...] = ("area", "area_code", "area_name")


@dataclass(frozen=True, slots=True)
class ColumnPlan:
    index: int
    label: str
    role: Role
    # For value columns of a wide table: the period the header names.
    period: str | None = None
    # For value columns of a table wide over areas ("Blekinge", "Dalarna" as columns).
    area: str | None = None
    distinct: int = 0  # distinct values seen in a sample
    # For value columns whose header names a gender ("Menn", "Kvinner / 2023"): T, K or M.
    gender: str | None = None
    # For value columns whose header names more than the period, gender or area: the rest
    # of the header ("Folkmängd" in "Folkmängd / Kvinnor / 2023"); "" when it names no more.
    measure: str | None = None


@dataclass(frozen=True, slots=True)
class TablePlan:
    sheet: str
    title: str
    header_first: int | None  # 0-based row numbers; None when the table has no header
    header_last: int | None
    data_first: int
    data_last: int  # inclusive
    columns: tuple[ColumnPlan, ...]
    layout: Layout
    country: str = ""  # "SE", "NO" or "" when unclear
    format_name: str = ""
    notes: tuple[str, ...] = ()  # footnotes and source lines found around the table
    warnings: tuple[str, ...] = field(default=())
    # Data rows that are not observations: annotation and legend rows inside the data
    # ("..: not available", a row of "Flow"), 0-based.
    skip_rows: tuple[int, ...] = ()

    def with_role(self, column: int, role: Role) -> TablePlan:
        """The plan with one column's role changed (and the layout re-derived)."""
        columns = tuple(replace(c, role=role) if c.index == column else c for c in self.columns)
        return replace(self, columns=columns, layout=plan_layout(columns))

    def columns_with(self, *roles: Role) -> list[ColumnPlan]:
        return [c for c in self.columns if c.role in roles]


def plan_layout(columns: Sequence[ColumnPlan]) -> Layout:
    values = [c for c in columns if c.role == "value"]
    if len(values) <= 1:
        return "long"
    if any(c.area for c in values):
        return "wide_area"
    if all(c.period for c in values):
        return "wide_period"
    return "wide_indicator"
