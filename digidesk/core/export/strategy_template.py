"""A strategy as DigiDesk's strategy template: one row per target, read back exactly.

The sheet "Mätbar uppföljning" has the template's columns
(:data:`~digidesk.core.io.strategy_sheet.TEMPLATE_COLUMNS`); "Perspektiv",
"Beskrivningar" (goal and area texts) and "Om strategin" carry the rest, so that
:func:`~digidesk.core.io.strategy_sheet.strategy_from_book` gives back the same strategy.
A goal or area without targets gets a row with an empty target text.
"""

from __future__ import annotations

import os

import numpy as np
import pandas as pd

from digidesk.core.export.excel import write_workbook
from digidesk.core.export.numformat import decimals_used, number_format
from digidesk.core.export.spec import SheetSpec
from digidesk.core.io.strategy_sheet import (
    ABOUT_SHEET,
    DESCRIPTION_SHEET,
    PERSPECTIVE_SHEET,
    TARGET_SHEET,
    TEMPLATE_COLUMNS,
)
from digidesk.core.model.strategy import Strategy, Target

_SIGNS = {">=": "≥", "<=": "≤", "==": "="}


def _num(value: float | int | None) -> float:
    return np.nan if value is None else float(value)


def template_sheets(strategy: Strategy) -> list[SheetSpec]:
    names = {p.id: p.name for p in strategy.perspectives}
    rows = []
    for goal in strategy.goals:
        if not goal.focus_areas:
            rows.append(_row(goal.name, "", None, names))
        for area in goal.focus_areas:
            if not area.targets:
                rows.append(_row(goal.name, area.name, None, names))
            for target in area.targets:
                rows.append(_row(goal.name, area.name, target, names))
    columns = list(TEMPLATE_COLUMNS.values())
    frame = pd.DataFrame(rows, columns=columns)
    numbers = [TEMPLATE_COLUMNS[k] for k in ("due_year", "baseline", "target_value")]
    formats = {TEMPLATE_COLUMNS["due_year"]: "0"}
    for key in ("baseline", "target_value"):
        column = TEMPLATE_COLUMNS[key]
        formats[column] = number_format(decimals_used(frame[column].to_numpy(float), 4))
    targets = SheetSpec(
        TARGET_SHEET,
        frame,
        kinds={c: "text" for c in columns if c not in numbers},
        formats=formats,
        wrap=(TEMPLATE_COLUMNS["goal"], TEMPLATE_COLUMNS["area"], TEMPLATE_COLUMNS["text"]),
        freeze_columns=0,
    )
    perspectives = SheetSpec(
        PERSPECTIVE_SHEET,
        pd.DataFrame(
            [(p.id, p.name, p.description) for p in strategy.perspectives],
            columns=["Id", "Namn", "Beskrivning"],
        ),
        kinds={"Id": "text", "Namn": "text", "Beskrivning": "text"},
        wrap=("Beskrivning",),
    )
    described = [(g.id, g.name, g.description) for g in strategy.goals]
    described += [(a.id, a.name, a.description) for a in strategy.focus_areas()]
    descriptions = SheetSpec(
        DESCRIPTION_SHEET,
        pd.DataFrame(described, columns=["Id", "Namn", "Beskrivning"]),
        kinds={"Id": "text", "Namn": "text", "Beskrivning": "text"},
        wrap=("Namn", "Beskrivning"),
    )
    about_rows = [
        ("name", strategy.name),
        ("area_id", strategy.area_id or ""),
        ("country", strategy.country),
        ("adopted", strategy.adopted or ""),
        ("as_of", strategy.as_of or ""),
    ]
    about = SheetSpec(
        ABOUT_SHEET,
        pd.DataFrame(about_rows, columns=["key", "value"]),
        kinds={"key": "text", "value": "text"},
    )
    return [targets, perspectives, descriptions, about]


def _row(goal: str, area: str, target: Target | None, names: dict[str, str]) -> list[object]:
    if target is None:
        return ["", "", goal, area, "", np.nan, "", "", "", np.nan, "", np.nan, ""]
    return [
        target.id,
        ", ".join(names.get(p, p) for p in target.perspectives),
        goal,
        area,
        target.text,
        _num(target.due_year),
        target.indicator_id or "",
        target.area_id or "",
        target.gender if target.indicator_id else "",
        _num(target.baseline),
        target.baseline_period or "",
        _num(target.target_value),
        _SIGNS[target.comparator] if target.indicator_id else "",
    ]


def export_template(strategy: Strategy, path: str | os.PathLike[str]) -> None:
    write_workbook(template_sheets(strategy), path, title=strategy.name)
