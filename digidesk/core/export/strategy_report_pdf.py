"""The follow-up report for the council as a PDF: the same content as the workbook.

A4 landscape. First the strategy's name, the municipality and the as-of date, the counts
per goal and status as a table with a stacked bar per goal (the roll-up, never an averaged
colour), and how status is decided; then one section per goal with a table of its targets:
id, target, due year, latest value with its period, target value, status (symbol and text
on its colour), reason, trend and comment, followed by the goal-progress charts of its
linked targets, two side by side, when the caller passes them
(:func:`~digidesk.core.export.strategy_charts.progress_charts`). The municipality and the
as-of date head every page (:mod:`digidesk.core.export.pdf`).
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping

from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Image, KeepTogether, Spacer, Table, TableStyle

from digidesk import __version__
from digidesk.core.analysis.goals import StrategyStatus
from digidesk.core.export.pdf import (
    BOLD,
    FONT,
    PageFrame,
    build_pdf,
    content_width,
    para,
    styles,
    table,
)
from digidesk.core.export.strategy_charts import TargetChart
from digidesk.core.export.strategy_report import ReportText, comment_of
from digidesk.core.model.strategy import STATUSES, Strategy
from digidesk.core.model.workspace import Workspace


def _bar(counts, shown: list[str], width: float, colours, height: float = 9) -> Group:
    """One goal's targets as a stacked bar: a segment per status, its count written on it."""
    total = sum(counts[s] for s in shown) or 1
    drawing = Group()
    x = 0.0
    for status in shown:
        n = counts[status]
        if not n:
            continue
        w = width * n / total
        drawing.add(Rect(x, 1, w, height, fillColor=colors.HexColor(colours.get(status, "#999")),
                         strokeColor=colors.HexColor("#555555"), strokeWidth=0.3))  # fmt: skip
        if w > 9:
            drawing.add(String(x + w / 2, 1 + height / 2 - 2.3, str(n), fontName=BOLD, fontSize=6.5,
                               textAnchor="middle"))  # fmt: skip
        x += w
    return drawing


def export_strategy_pdf(
    workspace: Workspace,
    strategy: Strategy,
    status: StrategyStatus,
    path: str | os.PathLike[str],
    text: ReportText,
    charts: Mapping[str, TargetChart] | None = None,
) -> None:
    """Write the PDF; ``charts`` (target id → its goal-progress chart) follow each goal's
    table."""
    words = text.words
    sheet = styles()
    width = content_width()
    frame = PageFrame(
        header_left=text.municipality,
        header_right=f"{strategy.name} · {words['as_of'].format(date=text.as_of)}",
        footer_left=words["generated"].format(version=__version__),
        page_text=words["page"],
    )
    story: list = [
        para(f"{words['title']}: {strategy.name}", sheet["title"]),
        para(f"{text.municipality} · {words['as_of'].format(date=text.as_of)}", sheet["body"]),
        Spacer(1, 4 * mm),
        para(words["summary"], sheet["heading"]),
    ]
    shown = [s for s in STATUSES if status.total[s]]
    story.append(_summary(strategy, status, shown, text, width))
    story += [Spacer(1, 4 * mm), _bars(strategy, status, shown, text, width)]
    story += [Spacer(1, 3 * mm), para(words["rules"], sheet["small"])]
    columns = [
        (words["id"], 0.045),
        (words["target"], 0.24),
        (words["due_year"], 0.065),
        (words["latest_value"], 0.085),
        (words["target_value"], 0.075),
        (words["status"], 0.11),
        (words["reason"], 0.21),
        (words["trend"], 0.07),
        (words["comment"], 0.1),
    ]
    widths = [width * share for _, share in columns]
    for goal in strategy.goals:
        rows: list[list] = [[name for name, _ in columns]]
        backgrounds = {}
        area_rows = []
        for area in goal.focus_areas:
            rows.append([area.name or words["no_area"]] + [""] * (len(columns) - 1))
            area_rows.append(len(rows) - 1)
            for target in area.targets:
                result = status.targets[target.id]
                latest = ""
                if result.latest_value is not None:
                    latest = (
                        f"{text.value(result.latest_value, result.unit)}\n{result.latest_period}"
                    )
                goal_value = ""
                if target.target_value is not None:
                    sign = {">=": "≥", "<=": "≤", "==": "="}[target.comparator]
                    goal_value = f"{sign} {text.value(target.target_value, result.unit)}"
                rows.append([
                    target.id,
                    target.text,
                    str(target.due_year or ""),
                    latest,
                    goal_value,
                    text.badge(result),
                    text.reason(result),
                    text.trend(result.trend),
                    comment_of(target, status),
                ])  # fmt: skip
                backgrounds[(len(rows) - 1, 5)] = text.colours.get(result.status, "#FFFFFF")
        counts = status.goals[goal.id]
        summary = " · ".join(f"{words['status_' + s]} {counts[s]}" for s in STATUSES if counts[s])
        made = table(rows, widths, backgrounds=backgrounds, bold_rows=area_rows,
                     row_backgrounds=dict.fromkeys(area_rows, "#F1F3F4"))  # fmt: skip
        for r in area_rows:
            made.setStyle([("SPAN", (0, r), (-1, r))])
        story += [
            CondPageBreak(45 * mm),
            KeepTogether(
                [
                    para(goal.name, sheet["heading"]),
                    para(summary, sheet["small"]),
                    Spacer(1, 2 * mm),
                ]
            ),  # fmt: skip
            made,
        ]
        shown = [t for a in goal.focus_areas for t in a.targets if t.id in (charts or {})]
        story += _charts(goal.name, shown, charts or {}, status, text, width, sheet)
    build_pdf(path, story, frame, title=f"{words['title']}: {strategy.name}")


def _charts(goal: str, targets, charts: Mapping[str, TargetChart], status, text, width: float,
            sheet):  # fmt: skip
    """A goal's goal-progress charts under a line naming the goal (kept with the first row),
    two to a row, each under its id and status."""
    if not targets:
        return []
    gap = 6 * mm
    cell = (width - gap) / 2
    heading = para(f"{text.words['progress_charts']}: {goal}", sheet["cell_bold"])
    rows: list = []
    for start in range(0, len(targets), 2):
        cells = []
        for target in targets[start : start + 2]:
            chart, result = charts[target.id], status.targets[target.id]
            inches_w, inches_h = chart.inches
            image = Image(io.BytesIO(chart.png), width=cell, height=cell * inches_h / inches_w)
            caption = para(f"{target.id} · {text.badge(result)}", sheet["cell_bold"])
            cells.append([caption, image])
        row = Table([cells + [""] * (2 - len(cells))], colWidths=[cell, cell],
                    hAlign="LEFT", spaceBefore=2 * mm)  # fmt: skip
        row.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # an empty cell too: no Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), gap),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ]))  # fmt: skip
        rows.append(row)
    return [Spacer(1, 4 * mm), KeepTogether([heading, rows[0]]), *rows[1:]]


def _summary(strategy: Strategy, status: StrategyStatus, shown: list[str], text, width: float):
    """Counts per goal and status; the roll-up bars follow in :func:`_bars`."""
    words = text.words
    count_width = 19 * mm
    name_width = width - count_width * (len(shown) + 1)
    header = [words["goal"]] + [text.status_heading(s) for s in shown] + [words["total"]]
    rows: list[list] = [header]
    for goal in strategy.goals:
        counts = status.goals[goal.id]
        rows.append([goal.name] + [str(counts[s] or "") for s in shown]
                    + [str(sum(counts.values()))])  # fmt: skip
    rows.append([words["total"]] + [str(status.total[s]) for s in shown]
                + [str(sum(status.total.values()))])  # fmt: skip
    backgrounds = {(0, c): text.colours.get(s, "#FFFFFF") for c, s in enumerate(shown, start=1)}
    made = table(rows, [name_width] + [count_width] * (len(shown) + 1),
                 backgrounds=backgrounds, bold_rows=[len(rows) - 1])  # fmt: skip
    made.setStyle([("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("FONTNAME", (0, 0), (-1, -1), FONT)])
    return made


def _bars(strategy: Strategy, status: StrategyStatus, shown: list[str], text, width: float):
    """One stacked bar per goal: its targets by status, the count on each segment."""
    words = text.words
    label_width, bar_height, gap = 0.36 * width, 11, 7
    bar_width = width - label_width - 4 * mm
    rows = [(g.name, status.goals[g.id]) for g in strategy.goals]
    rows.append((words["total"], status.total))
    height = len(rows) * (bar_height + gap) + 30
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, words["counts_chart"], fontName=BOLD, fontSize=9))
    y = height - 24 - bar_height
    for name, counts in rows:
        label = name if len(name) <= 70 else name[:69] + "…"
        drawing.add(String(0, y + 2.5, label, fontName=FONT, fontSize=7.5))
        bar = _bar(counts, shown, bar_width, text.colours, bar_height)
        bar.translate(label_width, y - 1)
        drawing.add(bar)
        y -= bar_height + gap
    x = 0.0
    for state in shown:
        drawing.add(Rect(x, 2, 8, 8, fillColor=colors.HexColor(text.colours.get(state, "#999")),
                         strokeColor=colors.HexColor("#555555"), strokeWidth=0.3))  # fmt: skip
        legend = text.status_heading(state)
        drawing.add(String(x + 11, 3, legend, fontName=FONT, fontSize=7))
        x += 16 + len(legend) * 4.1
    return drawing
