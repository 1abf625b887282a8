"""The follow-up report for the council as a workbook: one row per target, grouped by goal.

Sheet one ("Uppföljning" in Swedish) has a title, the municipality and the as-of date, then
per goal a row with the goal and its counts per status, and under it one row per target:
goal, development area, target, due year, baseline and its period, latest value and its
period, target value, status (text with its symbol, on the status colour), reason, trend and
comment. Target rows are grouped under their goal (Excel's outline). Sheet two holds the
counts per goal and status with a stacked bar chart; sheet three the values of each linked
target beside its expected path and target value, each with a native line chart
(:class:`~digidesk.core.export.spec.ChartSpec`); sheet four, when the caller passes them
(:func:`~digidesk.core.export.strategy_charts.progress_charts`), the goal-progress chart of
each linked target as the app draws it, grouped by goal.

Words (headings, status names, reasons) come from the caller. Text is written as text and
never as a formula; percentages are percent cells (0.93 shown as 93 %).
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import xlsxwriter

from digidesk.core.analysis.change import period_in_years
from digidesk.core.analysis.goals import StrategyStatus, TargetStatus, Trend, path_at
from digidesk.core.atomic import atomic_target
from digidesk.core.export.limits import safe_sheet_name
from digidesk.core.export.safety import is_risky
from digidesk.core.export.spec import ChartSpec, SheetSpec
from digidesk.core.export.strategy_charts import TargetChart
from digidesk.core.export.visuals import CHART_ROWS, add_charts
from digidesk.core.model.strategy import STATUSES, Strategy, Target
from digidesk.core.model.workspace import Workspace

_PERCENT_UNITS = {"%", "procent", "prosent", "andel (%)"}
COLUMNS = (
    "goal", "area", "id", "target", "due_year", "baseline", "baseline_period", "latest_value",
    "latest_period", "target_value", "status", "reason", "trend", "comment",
)  # fmt: skip


@dataclass(frozen=True)
class ReportText:
    """The caller's words: headings by key (see ``digidesk.strategy_words.report_words``),
    and functions for a status's badge and reason and a trend."""

    words: Mapping[str, str]
    badge: Callable[[TargetStatus], str]
    reason: Callable[[TargetStatus], str]
    trend: Callable[[Trend | None], str]
    value: Callable[[float | None, str], str]
    as_of: str  # the as-of date in words
    municipality: str
    colours: Mapping[str, str]
    symbols: Mapping[str, str] = field(default_factory=dict)

    def status_heading(self, status: str) -> str:
        return f"{self.symbols.get(status, '')} {self.words['status_' + status]}".strip()


@dataclass(frozen=True, slots=True)
class TargetRow:
    goal: str
    area: str
    target: Target
    result: TargetStatus
    comment: str


def target_rows(strategy: Strategy, status: StrategyStatus) -> list[TargetRow]:
    rows = []
    for goal in strategy.goals:
        for area in goal.focus_areas:
            for target in area.targets:
                rows.append(
                    TargetRow(
                        goal.name,
                        area.name,
                        target,
                        status.targets[target.id],
                        comment_of(target, status),
                    )
                )
    return rows


def comment_of(target: Target, status: StrategyStatus) -> str:
    """The comment of a status set by hand, else the latest follow-up year's note."""
    if target.manual_status and target.comment:
        return target.comment
    notes = [n for n in target.notes if n.year <= status.as_of.year]
    return max(notes, key=lambda n: n.year).text if notes else ""


WIDTHS = (28, 26, 6, 48, 10, 13, 13, 12, 8, 11, 22, 48, 14, 36)
_LINE = 15  # points per line of wrapped text


def fit_row(ws, row: int, texts: Mapping[int, str], level: int = 0, bold: bool = False) -> None:
    """Make a row tall enough for its wrapped texts: programs do not all fit heights on open."""
    lines = 1
    for col, text in texts.items():
        chars = max(1, int(WIDTHS[col] * (0.95 if bold else 1.15)))
        lines = max(lines, sum(-(-max(len(part), 1) // chars) for part in text.split("\n")))
    ws.set_row(row, _LINE * min(lines, 27) + 2, None, {"level": level} if level else None)


def _is_percent(unit: str) -> bool:
    return unit.strip().lower() in _PERCENT_UNITS


class _Writer:
    def __init__(self, workbook: xlsxwriter.Workbook, text: ReportText) -> None:
        self.workbook = workbook
        self.text = text
        self._formats: dict[tuple[Any, ...], Any] = {}

    def fmt(self, **props: Any) -> Any:
        key = tuple(sorted(props.items()))
        if key not in self._formats:
            self._formats[key] = self.workbook.add_format(props)
        return self._formats[key]

    def string(self, ws, row: int, col: int, value: str, **props: Any) -> None:
        value = value[:32_000]
        if is_risky(value):
            props["quote_prefix"] = True
        ws.write_string(row, col, value, self.fmt(**props) if props else None)

    def number(self, ws, row: int, col: int, value: float | None, unit: str, **props) -> None:
        if value is None or not math.isfinite(value):
            ws.write_blank(row, col, None, self.fmt(**props) if props else None)
            return
        whole = float(value).is_integer()
        if _is_percent(unit):
            form = "0%" if whole else "0.0%"
            ws.write_number(row, col, value / 100, self.fmt(num_format=form, **props))
        else:
            suffix = f' "{unit}"' if unit and '"' not in unit else ""
            form = ("#,##0" if whole else "#,##0.0#") + suffix
            ws.write_number(row, col, value, self.fmt(num_format=form, **props))


def export_strategy_report(
    workspace: Workspace,
    strategy: Strategy,
    status: StrategyStatus,
    path: str | os.PathLike[str],
    text: ReportText,
    charts: Mapping[str, TargetChart] | None = None,
) -> None:
    """Write the workbook; ``charts`` (target id → its goal-progress chart) add the sheet
    of pictures."""
    words = text.words
    taken: set[str] = set()
    with atomic_target(path) as temp:
        workbook = xlsxwriter.Workbook(str(temp), {"strings_to_formulas": False,
                                                   "strings_to_numbers": False,
                                                   "strings_to_urls": False})  # fmt: skip
        workbook.set_properties({"title": strategy.name, "comments": "DigiDesk"})
        writer = _Writer(workbook, text)
        try:
            _follow_up_sheet(writer, safe_sheet_name(words["sheet_follow_up"], taken), workspace,
                             strategy, status)  # fmt: skip
            _summary_sheet(writer, safe_sheet_name(words["sheet_summary"], taken), strategy,
                           status)  # fmt: skip
            _series_sheet(writer, safe_sheet_name(words["sheet_series"], taken), workspace,
                          strategy, status)  # fmt: skip
            if charts:
                _charts_sheet(writer, safe_sheet_name(words["sheet_charts"], taken), strategy,
                              status, charts)  # fmt: skip
        except BaseException:
            workbook.close()
            raise
        workbook.close()


def _follow_up_sheet(writer: _Writer, name: str, workspace, strategy, status) -> None:
    text, words = writer.text, writer.text.words
    ws = writer.workbook.add_worksheet(name)
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    writer.string(ws, 0, 0, f"{words['title']}: {strategy.name}", bold=True, font_size=14)
    writer.string(ws, 1, 0, f"{text.municipality} · {words['as_of'].format(date=text.as_of)}")
    header = 3
    for col, key in enumerate(COLUMNS):
        writer.string(ws, header, col, words[key], bold=True, bg_color="#E8EAED", border=1,
                      text_wrap=True, valign="top")  # fmt: skip
    for col, width in enumerate(WIDTHS):
        ws.set_column(col, col, width)
    ws.set_row(header, 2 * _LINE + 2)
    ws.freeze_panes(header + 1, 0)
    ws.repeat_rows(header)
    row = header + 1
    for goal in strategy.goals:
        counts = status.goals[goal.id]
        summary = " · ".join(f"{words['status_' + s]} {counts[s]}" for s in STATUSES if counts[s])
        writer.string(ws, row, 0, goal.name, bold=True, bg_color="#F1F3F4", text_wrap=True,
                      valign="top")  # fmt: skip
        for col in range(1, len(COLUMNS)):
            writer.string(ws, row, col, "", bg_color="#F1F3F4")
        writer.string(ws, row, 3, summary, bold=True, bg_color="#F1F3F4", text_wrap=True)
        fit_row(ws, row, {0: goal.name, 3: summary}, bold=True)
        row += 1
        for area in goal.focus_areas:
            for target in area.targets:
                item = TargetRow(goal.name, area.name, target, status.targets[target.id],
                                 comment_of(target, status))  # fmt: skip
                fit_row(ws, row, _target_row(writer, ws, row, workspace, item), level=1)
                row += 1
    ws.autofilter(header, 0, row - 1, len(COLUMNS) - 1)


def _target_row(
    writer: _Writer, ws, row: int, workspace: Workspace, item: TargetRow
) -> dict[int, str]:
    """Write one target's row; returns its wrapped texts by column, to fit its height."""
    text = writer.text
    target, result = item.target, item.result
    unit = result.unit
    wrap = {"text_wrap": True, "valign": "top"}
    writer.string(ws, row, 0, item.goal, **wrap)
    writer.string(ws, row, 1, item.area or text.words["no_area"], **wrap)
    writer.string(ws, row, 2, target.id, valign="top")
    writer.string(ws, row, 3, target.text, **wrap)
    if target.due_year is not None:
        ws.write_number(row, 4, target.due_year, writer.fmt(num_format="0", valign="top"))
    writer.number(ws, row, 5, result.baseline if result.baseline is not None
                  else target.baseline, unit, valign="top")  # fmt: skip
    writer.string(ws, row, 6, target.baseline_period or "", valign="top")
    writer.number(ws, row, 7, result.latest_value, unit, valign="top")
    writer.string(ws, row, 8, result.latest_period or "", valign="top")
    writer.number(ws, row, 9, target.target_value, unit, valign="top")
    colour = text.colours.get(result.status, "#FFFFFF")
    writer.string(ws, row, 10, text.badge(result), bg_color=colour, border=1, **wrap)
    writer.string(ws, row, 11, text.reason(result), **wrap)
    writer.string(ws, row, 12, text.trend(result.trend), **wrap)
    writer.string(ws, row, 13, item.comment, **wrap)
    return {
        0: item.goal, 1: item.area, 3: target.text, 10: text.badge(result),
        11: text.reason(result), 12: text.trend(result.trend), 13: item.comment,
    }  # fmt: skip


def _summary_sheet(writer: _Writer, name: str, strategy: Strategy, status: StrategyStatus) -> None:
    words = writer.text.words
    ws = writer.workbook.add_worksheet(name)
    shown = [s for s in STATUSES if status.total[s]]
    writer.string(ws, 0, 0, words["goal"], bold=True, bg_color="#E8EAED", border=1)
    for col, key in enumerate(shown, start=1):
        writer.string(ws, 0, col, writer.text.status_heading(key), bold=True, border=1,
                      bg_color=writer.text.colours.get(key, "#FFFFFF"), text_wrap=True)  # fmt: skip
    writer.string(ws, 0, len(shown) + 1, words["total"], bold=True, bg_color="#E8EAED", border=1)
    ws.set_column(0, 0, 44)
    ws.set_column(1, len(shown) + 1, 13)
    for r, goal in enumerate(strategy.goals, start=1):
        counts = status.goals[goal.id]
        writer.string(ws, r, 0, goal.name, text_wrap=True, valign="top")
        for col, key in enumerate(shown, start=1):
            ws.write_number(r, col, counts[key])
        ws.write_number(r, len(shown) + 1, sum(counts.values()), writer.fmt(bold=True))
    last = len(strategy.goals) + 1
    writer.string(ws, last, 0, words["total"], bold=True)
    for col, key in enumerate(shown, start=1):
        ws.write_number(last, col, status.total[key], writer.fmt(bold=True))
    ws.write_number(last, len(shown) + 1, sum(status.total.values()), writer.fmt(bold=True))
    if not shown or not strategy.goals:
        return
    # Stacked bars have no ChartSpec kind: drawn here, from the same cells.
    chart = writer.workbook.add_chart({"type": "bar", "subtype": "stacked"})
    for col, key in enumerate(shown, start=1):
        chart.add_series({
            "name": words["status_" + key],
            "categories": [name, 1, 0, last - 1, 0],
            "values": [name, 1, col, last - 1, col],
            "fill": {"color": writer.text.colours.get(key, "#999999")},
            "border": {"color": "#555555"},
        })  # fmt: skip
    chart.set_title({"name": words["counts_chart"]})
    chart.set_y_axis({"reverse": True})
    chart.set_x_axis({"major_unit": 1, "num_format": "0"})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 820, "height": 60 + 46 * len(strategy.goals) + 60})
    ws.insert_chart(last + 2, 0, chart)


def progress_frame(target: Target, result: TargetStatus, values: pd.Series, words) -> pd.DataFrame:
    """Per year from the baseline period to the due year: value, expected path, target."""
    base_x = period_in_years(str(target.baseline_period)) if target.baseline_period else None
    years = {int(x) for p in values.index if (x := period_in_years(str(p))) is not None}
    if base_x is not None:
        years.add(int(base_x))
    if target.due_year:
        years.add(int(target.due_year))
    if not years:
        return pd.DataFrame()
    by_year = {int(x): float(v) for p, v in values.items()
               if (x := period_in_years(str(p))) is not None and float(x).is_integer()}  # fmt: skip
    rows = []
    for year in range(min(years), max(years) + 1):
        path = math.nan
        known = result.baseline is not None and target.target_value is not None
        if base_x is not None and known and target.due_year and base_x <= year <= target.due_year:
            path = path_at(year, base_x, result.baseline, target.due_year, target.target_value)
        goal = target.target_value if target.target_value is not None else math.nan
        rows.append((str(year), by_year.get(year, math.nan), path, goal))
    return pd.DataFrame(rows, columns=[words["period"], words["value"], words["path"],
                                       words["target_value"]])  # fmt: skip


def _series_sheet(writer: _Writer, name: str, workspace, strategy, status) -> None:
    from digidesk.core.analysis.goals import linked_series
    from digidesk.core.model.areas import default_register

    words = writer.text.words
    ws = writer.workbook.add_worksheet(name)
    ws.set_column(0, 3, 14)
    register = default_register()
    row = 0
    for target in strategy.targets():
        result = status.targets[target.id]
        if not target.indicator_id or result.latest_value is None:
            continue
        _country, values = linked_series(workspace, strategy, target, register)
        values = values.dropna()
        frame = progress_frame(target, result, values, words)
        if frame.empty:
            continue
        indicator = workspace.indicators.get(target.indicator_id)
        title = f"{target.id}: {indicator.title if indicator else target.indicator_id}"
        writer.string(ws, row, 0, title, bold=True)
        header = row + 1
        for col, column in enumerate(frame.columns):
            writer.string(ws, header, col, str(column), bold=True, bg_color="#E8EAED")
        percent = _is_percent(result.unit)
        for r, record in enumerate(frame.itertuples(index=False), start=header + 1):
            writer.string(ws, r, 0, record[0])
            for col in (1, 2, 3):
                writer.number(ws, r, col, record[col], result.unit)
        plotted = frame.copy()
        if percent:
            for column in plotted.columns[1:]:
                plotted[column] = plotted[column] / 100
        spec = SheetSpec(name, plotted, charts=[ChartSpec(
            "line", title[:120], str(frame.columns[0]), tuple(str(c) for c in frame.columns[1:]),
            percent=percent)])  # fmt: skip
        add_charts(writer.workbook, ws, name, spec, plotted, header)
        row = header + max(len(frame) + 3, CHART_ROWS + 1)


SCREEN_DPI = 96  # Excel shows a picture's pixels at this resolution
_ROW_PIXELS = 20  # a row of the default height


def _charts_sheet(writer: _Writer, name: str, strategy: Strategy, status: StrategyStatus,
                  charts: Mapping[str, TargetChart]) -> None:  # fmt: skip
    """The goal-progress charts under their goals, one under the other, each with its
    target's id and status above it."""
    text, words = writer.text, writer.text.words
    ws = writer.workbook.add_worksheet(name)
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.set_column(0, 0, 110)
    writer.string(ws, 0, 0, f"{words['progress_charts']}: {strategy.name}", bold=True,
                  font_size=14)  # fmt: skip
    writer.string(ws, 1, 0, f"{text.municipality} · {words['as_of'].format(date=text.as_of)}")
    row = 3
    for goal in strategy.goals:
        shown = [t for a in goal.focus_areas for t in a.targets if t.id in charts]
        if not shown:
            continue
        writer.string(ws, row, 0, goal.name, bold=True, bg_color="#F1F3F4", font_size=12)
        row += 1
        for target in shown:
            chart, result = charts[target.id], status.targets[target.id]
            colour = text.colours.get(result.status, "#FFFFFF")
            writer.string(ws, row, 0, f"{target.id} · {text.badge(result)} · {text.reason(result)}",
                          bold=True, bg_color=colour)  # fmt: skip
            # The PNG says its resolution, and the sheet shows it at its printed size.
            ws.insert_image(row + 1, 0, f"{target.id}.png", {
                "image_data": io.BytesIO(chart.png), "object_position": 3,
                "description": target.text[:250],
            })  # fmt: skip
            row += 3 + math.ceil(chart.height * SCREEN_DPI / chart.dpi / _ROW_PIXELS)
