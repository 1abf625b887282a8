"""The goal-progress chart of a strategy target ("mätbar uppföljning" linked to data)."""

from __future__ import annotations

from digidesk.core.charts import AreaKey, ChartRequest
from digidesk.core.errors import ChartError
from digidesk.core.model.strategy import Target


def request_for_target(target: Target, area: AreaKey, language: str = "sv") -> ChartRequest:
    """A ``progress`` request for ``target`` in ``area`` (country, code).

    The target must be linked to an indicator and have a target value and a due year; its
    baseline value and period, comparator, gender and text go with it, so that the chart's
    even path is the one the status rules measure against. Without a baseline the chart
    starts from the area's first value (or its value in the baseline period).
    """
    if not target.indicator_id:
        raise ChartError("chart.target_not_linked", target=target.id)
    if target.target_value is None or target.due_year is None:
        raise ChartError("chart.target_incomplete", target=target.id)
    spec: dict[str, object] = {
        "value": float(target.target_value),
        "due": int(target.due_year),
        "comparator": target.comparator,
        "text": target.text,
    }
    if target.baseline is not None:
        spec["baseline"] = float(target.baseline)
    if target.baseline_period:
        spec["baseline_period"] = str(target.baseline_period)
    return ChartRequest(
        kind="progress",
        indicators=(target.indicator_id,),
        areas=(area,),
        gender=target.gender or "T",
        language=language,
        options={"target": spec},
    )
