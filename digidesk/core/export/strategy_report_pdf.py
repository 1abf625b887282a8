"""The follow-up report for the council as a PDF: the same content as the workbook.

A4 landscape. First the strategy's name, the municipality and the as-of date, the counts
per goal and status as a table with a stacked bar per goal (the roll-up, never an averaged
colour), and how status is decided; then one section per goal with a table of its targets:
id, target, due year, latest value with its period, target value, status (symbol and text
on its colour), reason, trend and comment. The municipality and the as-of date head every
page (:mod:`digidesk.core.export.pdf`).
"""

from __future__ import annotations

import os

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

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
from digidesk.core.export.strategy_report import ReportText, comment_of
from digidesk.core.model.strategy import STATUSES, Strategy
from digidesk.core.model.workspace import Workspace


def _bar(counts, shown: list[str], width: float, colours, height: float = 9) -> Drawing:
    """One goal's targets as a stacked bar: a segment per status, its count written on it."""
    total = sum(counts[s] for s in shown) or 1
    drawing = Drawing(width, height + 2)
    x = 0.0
    for status in shown:
        n = counts[status]
        if not n:
            continue
        w = width * n / total
        drawing.add(Rect(x, 1, w, height, fillColor=colors.HexColor(colours.get(status, "#999")),
                         strokeColor=colors.HexColor("#555555"), strokeWidth=0.3))  # fmt: skip
        if w > 9:
            drawing.add(String(x + w / 2, 3, str(n), fontName=BOLD, fontSize=6.5,
                               textAnchor="middle"))  # fmt: skip
        x += w
    return drawing


def export_strategy_pdf(
    workspace: Workspace,
    strategy: Strategy,
    status: StrategyStatus,
    path: str | os.PathLike[str],
    text: ReportText,
) -> None:
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
    story += [Spacer(1, 3 * mm), para(words["rules"], sheet["small"])]
    columns = [
        (words["id"], 0.045),
        (words["target"], 0.25),
        (words["due_year"], 0.055),
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
    build_pdf(path, story, frame, title=f"{words['title']}: {strategy.name}")


def _summary(strategy: Strategy, status: StrategyStatus, shown: list[str], text, width: float):
    words = text.words
    name_width, count_width = width * 0.34, 15 * mm
    bar_width = width - name_width - count_width * (len(shown) + 1) - 4 * mm
    header = [words["goal"]] + [text.status_heading(s) for s in shown] + [words["total"], ""]
    rows: list[list] = [header]
    for goal in strategy.goals:
        counts = status.goals[goal.id]
        rows.append(
            [goal.name]
            + [str(counts[s] or "") for s in shown]
            + [str(sum(counts.values())), _bar(counts, shown, bar_width, text.colours)]
        )
    rows.append([words["total"]] + [str(status.total[s]) for s in shown]
                + [str(sum(status.total.values())), _bar(status.total, shown, bar_width,
                                                         text.colours)])  # fmt: skip
    backgrounds = {(0, c): text.colours.get(s, "#FFFFFF") for c, s in enumerate(shown, start=1)}
    made = table(rows, [name_width] + [count_width] * (len(shown) + 1) + [bar_width + 4 * mm],
                 backgrounds=backgrounds, bold_rows=[len(rows) - 1])  # fmt: skip
    made.setStyle([("ALIGN", (1, 1), (-2, -1), "RIGHT"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])  # fmt: skip
    return made
