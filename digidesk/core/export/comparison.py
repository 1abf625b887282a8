"""A comparison as a workbook: a readable sheet per country and the figures as data.

The readable sheet has one row per indicator and a block of columns per area (value, rank,
percentile, difference to the national value and to the median, change since the previous
period, and the peer group's figures when peers were asked for). Values are in the
indicator's unit as the other exports write them (a percentage as a percent cell). The data
sheet holds the same fields as ``digidesk compare --json``, one row per area and indicator;
the Indikatorer and Om sheets say what the figures are and where they come from.

Words (headings, rank texts) come from the caller, in the user's language.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

import numpy as np
import pandas as pd

from digidesk.core.analysis.compare import Comparison, ComparisonRow
from digidesk.core.export.excel import write_workbook
from digidesk.core.export.limits import ExportWarning
from digidesk.core.export.numformat import decimals_used, number_format
from digidesk.core.export.sheets import about_sheet, indicators_sheet
from digidesk.core.export.spec import SheetSpec
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.workspace import Workspace

RankText = Callable[[int | None, int, bool], str]
_PERCENT_UNITS = {"%", "procent", "prosent", "andel (%)"}


def comparison_sheets(
    comparison: Comparison,
    workspace: Workspace,
    register: AreaRegister,
    words: Mapping[str, str],
    rank_text: RankText,
) -> list[SheetSpec]:
    countries = list(dict.fromkeys(country for country, _ in comparison.areas))
    sheets = []
    for country in countries:
        name = words["sheet"] if len(countries) == 1 else f"{words['sheet']} {country}"
        sheets.append(
            _readable_sheet(name, comparison, workspace, register, country, words, rank_text)
        )
    sheets.append(_data_sheet(words["data_sheet"], comparison))
    sheets.append(indicators_sheet(_with_indicators(workspace, comparison)))
    filters = {words["compared"]: ", ".join(f"{c}:{a}" for c, a in comparison.areas)}
    if comparison.peers:
        filters[words["peers"]] = comparison.peers
    sheets.append(about_sheet(workspace, filters))
    return sheets


def export_comparison(
    comparison: Comparison,
    workspace: Workspace,
    register: AreaRegister,
    path: str | os.PathLike[str],
    language: str | None = None,
) -> list[ExportWarning]:
    """Write the comparison to ``path`` with headings in ``language`` (the system's when None)."""
    from digidesk import wording

    words = wording.headings(language)

    def ranks(rank: int | None, ranked: int, shared: bool) -> str:
        return wording.rank_text(rank, ranked, shared, language)

    sheets = comparison_sheets(comparison, workspace, register, words, ranks)
    return write_workbook(sheets, path, title=words["sheet"])


def comparison_records(
    comparison: Comparison,
    workspace: Workspace,
    register: AreaRegister,
    country: str,
    words: Mapping[str, str],
    rank_text: RankText,
) -> list[dict[str, object]]:
    """One record per indicator with a block of fields per area of ``country``, values in
    the indicator's unit (56.8 for 56,8 %): the readable sheet, and what the view copies."""
    areas = [a for c, a in comparison.areas if c == country]
    labels = {a: area_label(register, country, a) for a in areas}
    records: list[dict[str, object]] = []
    for indicator_id in comparison.indicators:
        rows = {a: comparison.row((country, a), indicator_id) for a in areas}
        first = next((r for r in rows.values() if r is not None), None)
        if first is None:
            continue
        indicator = workspace.indicators.get(indicator_id) or Indicator(indicator_id, indicator_id)
        direction = "none" if first.direction_assumed else indicator.direction
        record: dict[str, object] = {
            words["indicator"]: indicator.title,
            words["unit"]: indicator.unit,
            words["period"]: first.period or "",
            words["direction"]: words[direction],
            words["national"]: _num(first.national),
            words["national_source"]: words.get(first.national_method, ""),
            words["median"]: _num(first.median),
        }
        for area in areas:
            for key, value in _area_figures(rows[area], words, rank_text).items():
                record[f"{labels[area]}: {key}"] = value
        records.append(record)
    return records


def _readable_sheet(
    name: str,
    comparison: Comparison,
    workspace: Workspace,
    register: AreaRegister,
    country: str,
    words: Mapping[str, str],
    rank_text: RankText,
) -> SheetSpec:
    records = comparison_records(comparison, workspace, register, country, words, rank_text)
    frame = pd.DataFrame.from_records(records)
    units = [str(u).strip() for u in frame.get(words["unit"], pd.Series(dtype=str))]
    percent_rows = [u in _PERCENT_UNITS for u in units]
    in_unit = [words["national"], words["median"]]
    percentiles = []
    for area in (a for c, a in comparison.areas if c == country):
        label = area_label(register, country, area)
        keys = ("value", "vs_national", "vs_median", "change", "peer_median")
        in_unit += [f"{label}: {words[k]}" for k in keys]
        percentiles.append(f"{label}: {words['percentile']}")
    in_unit = [c for c in in_unit if c in frame.columns]
    value_columns = [c for c in in_unit if c.endswith(words["value"])] + [words["national"]]
    decimals = [
        decimals_used([v for v in frame.loc[n, value_columns] if pd.notna(v)], 2)
        for n in range(len(frame))
    ]
    for column in in_unit:
        values = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype="float64")
        frame[column] = np.where(percent_rows, values / 100.0, values)
    row_formats = {
        column: [number_format(d, percent=p) for d, p in zip(decimals, percent_rows, strict=True)]
        for column in in_unit
    }
    formats = {c: number_format(0) for c in percentiles if c in frame.columns}
    text = [c for c in frame.columns if c not in in_unit and c not in formats]
    return SheetSpec(
        name,
        frame,
        kinds=dict.fromkeys(text, "text"),
        formats=formats,
        row_formats=row_formats,
        freeze_columns=1,
        wrap=(words["indicator"],),
    )


def _area_figures(
    row: ComparisonRow | None, words: Mapping[str, str], rank_text: RankText
) -> dict[str, object]:
    if row is None:
        return {}
    mark = words["best"] if row.best else words["worst"] if row.worst else ""
    figures: dict[str, object] = {
        words["value"]: _num(row.value),
        words["rank"]: rank_text(row.rank, row.ranked, row.shared) or row.status,
        words["percentile"]: _num(row.percentile),
        words["vs_national"]: _difference(row.value, row.national),
        words["vs_median"]: _difference(row.value, row.median),
        words["change"]: _num(row.change),
        f"{words['best']}/{words['worst']}": mark,
    }
    if row.peer_group is not None or row.peer_ranked:
        figures[words["peer_group"]] = row.peer_group or ""
        figures[words["peer_median"]] = _num(row.peer_median)
        figures[words["peer_rank"]] = rank_text(row.peer_rank, row.peer_ranked, row.peer_shared)
    return figures


def _data_sheet(name: str, comparison: Comparison) -> SheetSpec:
    records = [row.to_json() for row in comparison.rows]
    for record in records:
        record["notes"] = ", ".join(record["notes"])  # type: ignore[arg-type]
    frame = pd.DataFrame.from_records(records)
    if frame.empty:
        frame = pd.DataFrame(columns=list(ComparisonRow.__slots__))
    numeric = {
        "value", "rank", "ranked", "percentile", "national", "median", "mean",
        "previous_value", "change", "previous_rank", "county_value", "county_median",
        "peer_median", "peer_mean", "peer_rank", "peer_ranked",
    }  # fmt: skip
    for column in numeric:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    booleans = [c for c in frame.columns if frame[c].map(lambda v: isinstance(v, bool)).all()]
    for column in booleans:
        frame[column] = frame[column].map(lambda v: "true" if v else "false")
    text = [c for c in frame.columns if c not in numeric]
    return SheetSpec(name, frame, kinds=dict.fromkeys(text, "text"), freeze_columns=3)


def _with_indicators(workspace: Workspace, comparison: Comparison) -> Workspace:
    """A workspace holding only the compared indicators, for the Indikatorer sheet."""
    indicators = {i: workspace.indicators.get(i) or Indicator(i, i) for i in comparison.indicators}
    return Workspace(title=workspace.title, indicators=indicators)


def area_label(register: AreaRegister, country: str, area_id: str) -> str:
    """The area's short name ("Lidingö"), its code when the register does not know it."""
    area = register.get(area_id, country)
    if area is None:
        history = register.history(area_id, country)
        area = history[-1] if history else None
    return area.short_name if area else area_id


def _num(value: float | None) -> float:
    return np.nan if value is None else float(value)


def _difference(value: float | None, reference: float | None) -> float:
    if value is None or reference is None:
        return np.nan
    return float(value) - float(reference)
