"""Scores from data for criteria linked to an indicator.

The nominee's value in the indicator's latest period with values for most kommuner (the
comparison's default period, :func:`digidesk.core.analysis.ranking.latest_period`) is placed
min–max among all kommuner of the country with a value: x' = (x − min)/(max − min) when
higher is better, (max − x)/(max − min) when lower is better (the criterion's direction;
the indicator's where the criterion has none), and mapped onto the criterion's scale:
low + x'·(high − low). No score where the nominee has no value or all kommuner are equal.
Shown beside the jurors' scores; used only for the criteria the chair chooses.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from digidesk.core.analysis.ranking import latest_period, rank_indicator
from digidesk.core.analysis.selection import award_areas
from digidesk.core.analysis.values import indicator_data
from digidesk.core.model.areas import AreaRegister, default_register
from digidesk.core.model.award import Award, Criterion
from digidesk.core.model.workspace import Workspace


@dataclass(frozen=True, slots=True)
class DataScore:
    criterion_id: str
    area_id: str
    score: float | None
    value: float | None
    period: str | None
    minimum: float | None
    maximum: float | None
    kommuner: int  # how many kommuner had a value


def data_scores(
    workspace: Workspace, award: Award, register: AreaRegister | None = None
) -> dict[str, dict[str, DataScore]]:
    """criterion_id → area_id → score from data, for every criterion with an indicator."""
    register = register or default_register()
    linked = [c for c in award.criteria if c.indicator_id]
    if not linked or not award.nominees:
        return {}
    try:
        areas = award_areas(workspace, register, award)
    except Exception:  # noqa: BLE001 - an award without known areas has no data scores
        areas = []
    countries = dict((a, c) for c, a in areas)
    result: dict[str, dict[str, DataScore]] = {}
    for criterion in linked:
        result[criterion.id] = {}
        for country in dict.fromkeys(countries.values()):
            members = [a for a, c in countries.items() if c == country]
            result[criterion.id].update(
                _score_country(workspace, award, criterion, country, members, register)
            )
    return result


def _score_country(workspace, award, criterion: Criterion, country, members, register):
    indicator_id = criterion.indicator_id or ""
    indicator = workspace.indicators.get(indicator_id)
    direction = criterion.direction
    if direction not in ("higher", "lower"):
        direction = indicator.direction if indicator else "higher"
    if direction not in ("higher", "lower"):
        direction = "higher"
    data = indicator_data(workspace, indicator_id, country, register)
    period = latest_period(data, register)
    empty = {a: DataScore(criterion.id, a, None, None, None, None, None, 0) for a in members}
    if period is None:
        return empty
    ranking = rank_indicator(data, period, direction, register)
    values = ranking.table["value"].dropna().astype(float)
    if values.empty:
        return empty
    low, high = float(values.min()), float(values.max())
    scale_low, scale_high = award.scale(criterion)
    found = {}
    for area_id in members:
        value = float(values[area_id]) if area_id in values.index else None
        score = None
        if value is not None and high > low and math.isfinite(value):
            share = (value - low) / (high - low)
            if direction == "lower":
                share = 1.0 - share
            score = scale_low + share * (scale_high - scale_low)
        found[area_id] = DataScore(
            criterion.id, area_id, score, value, period, low, high, int(len(values))
        )
    return found


def score_values(scores: dict[str, dict[str, DataScore]]) -> dict[str, dict[str, float | None]]:
    """The scores alone, as :func:`digidesk.core.jury.inputs.jury_inputs` takes them."""
    return {c: {a: s.score for a, s in by_area.items()} for c, by_area in scores.items()}
