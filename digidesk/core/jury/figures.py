"""The nominees' comparison figures for the juror sheets and the protocol: one row per
indicator with each nominee's value and rank among all kommuner (the comparison view's)."""

from __future__ import annotations

from collections.abc import Callable

from digidesk.core.analysis.compare import compare
from digidesk.core.analysis.selection import award_areas
from digidesk.core.errors import DigiDeskError
from digidesk.core.export.juror_sheets import FigureRow
from digidesk.core.model.areas import AreaRegister, default_register
from digidesk.core.model.award import Award
from digidesk.core.model.workspace import Workspace

RankText = Callable[[int | None, int, bool], str]


def figure_rows(
    workspace: Workspace,
    award: Award,
    rank_text: RankText,
    register: AreaRegister | None = None,
) -> list[FigureRow]:
    register = register or default_register()
    try:
        areas = award_areas(workspace, register, award)
        comparison = compare(workspace, areas, register) if areas and workspace.datasets else None
    except DigiDeskError:
        return []
    if comparison is None:
        return []
    rows: dict[str, FigureRow] = {}
    for row in comparison.rows:
        if row.period is None:
            continue
        item = rows.get(row.indicator_id)
        if item is None:
            indicator = workspace.indicators.get(row.indicator_id)
            item = FigureRow(
                indicator=workspace.indicator_title(row.indicator_id),
                unit=indicator.unit if indicator else "",
                period=row.period,
                values={},
                ranks={},
                median=row.median,
            )
            rows[row.indicator_id] = item
        item.values[row.area_id] = row.value
        item.ranks[row.area_id] = rank_text(row.rank, row.ranked, row.shared)
    return [r for r in rows.values() if any(v is not None for v in r.values.values())]
