"""``digidesk chart``: the figure the chart pane shows, written as PNG, SVG, PDF or a
workbook with the chart in it. Imports no Qt.

The goal-progress chart takes its target from ``--target VALUE --due YEAR`` (with
``--baseline``, ``--baseline-period`` and ``--comparator``), or from a strategy target
linked to an indicator with ``--target-id``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from digidesk.core.charts import FORMATS, GENDERS, KINDS, LANGUAGES, THEMES
from digidesk.core.errors import ChartError

OUTPUTS = (*FORMATS, ".xlsx")


def add_command(sub: argparse._SubParsersAction) -> None:
    chart = sub.add_parser(
        "chart", help="draw a chart of the workspace as PNG, SVG, PDF or an Excel workbook"
    )
    chart.add_argument("workspace", help="a .digidesk workspace, a table to import, or 'demo'")
    chart.add_argument("--kind", required=True, choices=KINDS)
    chart.add_argument(
        "--indicator",
        action="append",
        dest="indicators",
        required=True,
        metavar="ID",
        help="an indicator id; repeat for a scatter (x, then y), a profile or small multiples",
    )
    chart.add_argument("--period", help="the period (default: each indicator's latest)")
    chart.add_argument(
        "--areas",
        help="codes or names, comma-separated (SE:1860 or NO:1860 where both countries have "
        "the code); 'award' for the award's nominees, or an area group's name",
    )
    chart.add_argument("--country", choices=("SE", "NO"), help="when no area says which")
    chart.add_argument(
        "--gender",
        choices=GENDERS,
        help="T (default), K or M; a strategy target's own by --target-id",
    )
    chart.add_argument(
        "--genders", action="store_true", help="time series: women and men as separate lines"
    )
    chart.add_argument("--language", choices=LANGUAGES, help="default: the system's")
    chart.add_argument("--theme", default="light", choices=THEMES)
    chart.add_argument("--output", required=True, help="OUT.png, OUT.svg, OUT.pdf or OUT.xlsx")
    chart.add_argument("--dpi", type=int, default=150, help="resolution of a PNG (default 150)")
    chart.add_argument("--title", help="a title of your own instead of the indicator's")
    chart.add_argument(
        "--top", type=int, help="ranking: the best and worst N (default 10); 0 for every kommun"
    )
    chart.add_argument(
        "--all-areas", action="store_true", help="time series: every kommun as a thin grey line"
    )
    chart.add_argument(
        "--size-by-population", action="store_true", help="scatter: point area by population"
    )
    chart.add_argument("--style", choices=("radar", "bars"), help="profile: radar (default)")
    chart.add_argument(
        "--scale", choices=("minmax", "percentile"), help="profile: 0-1 scale (default minmax)"
    )
    chart.add_argument(
        "--of", choices=("timeseries", "ranking"), help="multiples: the chart per indicator"
    )
    chart.add_argument("--picture", action="store_true", help="xlsx: the chart as a picture")
    goal = chart.add_argument_group("goal progress (--kind progress)")
    goal.add_argument("--target", help="the target value")
    goal.add_argument("--due", help="the year the target is due")
    goal.add_argument("--baseline", help="the baseline value (default: the first value)")
    goal.add_argument("--baseline-period", help="the baseline's period (default: the first)")
    goal.add_argument("--comparator", choices=(">=", "<=", "=="), default=">=")
    goal.add_argument("--target-id", help="a strategy target linked to an indicator, e.g. T04")


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def _number(text: str, option: str) -> float:
    """A number as people type it: 57000, 57 000, 0,5, −3,2."""
    cleaned = text.strip().replace("\u2212", "-").replace(",", ".")
    cleaned = "".join(c for c in cleaned if c not in " \u00a0\u202f")
    try:
        return float(cleaned)
    except ValueError:
        raise ChartError("chart.bad_option", option=option, value=text) from None


def _options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if args.country:
        options["country"] = args.country
    if args.title:
        options["title"] = args.title
    if args.top is not None:
        options["top_n"] = args.top
    if args.all_areas:
        options["all_areas"] = True
    if args.genders:
        options["genders"] = True
    if args.size_by_population:
        options["size_by_population"] = True
    if args.style:
        options["style"] = args.style
    if args.scale:
        options["scale"] = args.scale
    if args.of:
        options["chart"] = args.of
    if args.kind == "progress" and not args.target_id:
        if args.target is None or args.due is None:
            raise ChartError("chart.no_target")
        target: dict[str, Any] = {
            "value": _number(args.target, "--target"),
            "due": int(_number(args.due, "--due")),
            "comparator": args.comparator,
        }
        if args.baseline is not None:
            target["baseline"] = _number(args.baseline, "--baseline")
        if args.baseline_period:
            target["baseline_period"] = args.baseline_period
        options["target"] = target
    return options


def _target(workspace, target_id: str):
    for strategy in workspace.strategies:
        for target in strategy.targets():
            if target.id == target_id:
                return strategy, target
    raise ChartError("chart.unknown_target", target=target_id)


def run_chart(args: argparse.Namespace) -> int:
    output = Path(args.output)
    if output.suffix.lower() not in OUTPUTS:
        raise ChartError("chart.unsupported_format", path=str(output))
    from digidesk.core.analysis.selection import resolve_area, resolve_areas
    from digidesk.core.charts import ChartRequest, make_chart, progress_request_for_target
    from digidesk.core.loader import load_workspace
    from digidesk.core.model.areas import default_register
    from digidesk.messages import system_language

    language = args.language or system_language()
    options = _options(args)
    workspace, register = load_workspace(args.workspace), default_register()
    areas = tuple(resolve_areas(_split(args.areas), workspace, register))
    if args.kind == "progress" and args.target_id:
        strategy, target = _target(workspace, args.target_id)
        code = target.area_id or strategy.area_id
        area = areas[0] if areas else resolve_area(code or "", workspace, register)
        request = progress_request_for_target(target, area, language)
        request = request.changed(
            theme=args.theme,
            gender=args.gender or request.gender,
            options={**request.options, **options},
        )
    else:
        request = ChartRequest(
            kind=args.kind,
            indicators=tuple(args.indicators),
            areas=areas,
            period=args.period,
            gender=args.gender or "T",
            language=language,
            theme=args.theme,
            options=options,
        )
    chart = make_chart(workspace, register, request)
    if output.suffix.lower() == ".xlsx":
        from digidesk.core.export.chart_sheets import export_chart

        export_chart(chart, output, picture=args.picture)
    else:
        from digidesk.core.charts import save_chart

        save_chart(chart, output, dpi=args.dpi)
    return 0
