"""Known layouts, recognised by their headers, named for the user and planned exactly.

The generic planner in :mod:`roles` handles any table; a known format only
names it ("Kolada (API)") and fixes the roles the generic guess cannot know,
such as Kolada's ``count`` column, which is a number but not the value.
"""

from __future__ import annotations

from dataclasses import replace

from digidesk.core.io.grid import RawBook
from digidesk.core.io.plan import ColumnPlan, Role, TablePlan, plan_layout


def _labels(plan: TablePlan) -> list[str]:
    return [c.label.casefold().strip() for c in plan.columns]


def _set_roles(plan: TablePlan, roles: dict[str, Role]) -> TablePlan:
    columns: list[ColumnPlan] = []
    for c in plan.columns:
        role = roles.get(c.label.casefold().strip())
        columns.append(replace(c, role=role) if role else c)
    return replace(plan, columns=tuple(columns), layout=plan_layout(columns))


def recognise(book: RawBook, plan: TablePlan) -> TablePlan:
    """The plan with its format named and, for a known format, its roles set."""
    labels = set(_labels(plan))
    if {"kpi", "value"} <= labels and ({"period", "year"} & labels):
        roles: dict[str, Role] = {
            "kpi": "indicator",
            "period": "period",
            "year": "period",
            "gender": "gender",
            "value": "value",
            "count": "ignore",
            "status": "ignore",
            "municipality_id": "area_code",
            "municipality": "area_name",
            "municipality_type": "ignore",
        }
        if "municipality_id" in labels:
            roles["municipality"] = "ignore"
        return replace(_set_roles(plan, roles), format_name="Kolada (API)")
    if {"nyckeltal", "visat värde"} <= labels or {"nyckeltal", "visat.värde"} <= labels:
        roles = {
            "nyckeltal": "indicator",
            "kommun/landsting": "area_name",
            "kommun.landsting": "area_name",
            "år": "period",
            "visat värde": "value",
            "visat.värde": "value",
        }
        return replace(_set_roles(plan, roles), format_name="Kolada (webbexport)", country="SE")
    if (
        plan.sheet == "EOS export"
        or plan.title.casefold() == "värde"
        and plan.layout == "wide_period"
    ):
        return replace(plan, format_name="Kolada (EOS-export)", country=plan.country or "SE")
    digdir_words = ("id-porten", "idporten", "digital postkasse", "reservasjon", "esignering")
    if any(word in label for label in labels for word in digdir_words):
        return replace(plan, format_name="Digdir (per kommune)", country=plan.country or "NO")
    if {"region", "contents", "year", "value"} <= labels or {"region", "tid"} <= labels:
        return replace(plan, format_name="SSB/KOSTRA")
    if (
        book.kind == "csv"
        and any(c.role == "area" for c in plan.columns)
        and (plan.country in ("SE", "") and plan.title or "region" in labels)
    ):
        return replace(plan, format_name="SCB (PX-Web)")
    return plan
