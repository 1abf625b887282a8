"""One file, several tables of the same kind: each table's meaning stays in its indicators.

A workbook with one sheet per programme, huvudman or year repeats the same table.
Where two of its tables would give observations with the same indicator, area,
period and gender, the figures are about different things (the sheet says what):
those indicators get the sheet's name, or the table's title when the tables share
a sheet, so that no two observations of the file become indistinguishable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pandas as pd

from digidesk.core.io.plan import TablePlan
from digidesk.core.io.tidy import TidyResult
from digidesk.core.model.indicators import Indicator

_KEYS = ["indicator_id", "area_id", "period", "gender"]


def keep_tables_apart(
    plans: Sequence[TablePlan], results: Sequence[TidyResult]
) -> list[TidyResult]:
    """The results with the indicators that collide between tables named after their table."""
    if len(results) < 2:
        return list(results)
    ids = [set(r.observations["indicator_id"].cat.categories.astype(str)) for r in results]
    shared = {i for k, a in enumerate(ids) for b in ids[k + 1 :] for i in a & b}
    if not shared:
        return list(results)
    parts = []
    for k, result in enumerate(results):
        frame = result.observations
        rows = frame[frame["indicator_id"].astype(str).isin(shared)]
        keys = rows[_KEYS].astype(str)
        keys["figure"] = rows["value"].astype(str) + rows["status"].astype(str)
        parts.append(keys.drop_duplicates(_KEYS).assign(table=k))
    keys = pd.concat(parts, ignore_index=True)
    # The same figure published on two sheets (a total beside its breakdown) is one fact;
    # two figures for one indicator, area, period and gender are about different things.
    same = keys.duplicated([*_KEYS, "figure"], keep=False)
    differing = keys.duplicated(_KEYS, keep=False) & ~same
    clashing = keys[keys.set_index(_KEYS).index.isin(keys[differing].set_index(_KEYS).index)]
    renamed: dict[int, set[str]] = {}
    for table, indicator in zip(clashing["table"], clashing["indicator_id"], strict=True):
        renamed.setdefault(int(table), set()).add(indicator)
    if not renamed:
        return list(results)
    sheets = [p.sheet for p in plans]
    out = list(results)
    for table, indicators in renamed.items():
        plan = plans[table]
        shares_sheet = sheets.count(plan.sheet) > 1
        label = plan.title if shares_sheet and plan.title else plan.sheet
        if shares_sheet and not plan.title:
            label = f"{plan.sheet} ({table + 1})"
        out[table] = _renamed(results[table], indicators, label)
    return out


def _renamed(result: TidyResult, indicators: set[str], label: str) -> TidyResult:
    new = {i: f"{i} ({label})" for i in indicators}
    frame = result.observations.copy()
    frame["indicator_id"] = frame["indicator_id"].cat.rename_categories(
        lambda c: new.get(str(c), c)
    )
    titles = [
        replace(ind, indicator_id=new[ind.indicator_id], title=f"{ind.title} ({label})")
        if ind.indicator_id in new
        else ind
        for ind in result.indicators
    ]
    return replace(result, observations=frame, indicators=_unique(titles))


def _unique(indicators: list[Indicator]) -> list[Indicator]:
    return list({i.indicator_id: i for i in indicators}.values())
