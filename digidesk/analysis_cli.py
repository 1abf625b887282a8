"""``digidesk compare`` and ``digidesk similar``: the analyses of the comparison view, headless.

The JSON fields are a contract (see docs/analysis.md): one object per (area, indicator) for
``compare``, one per similar kommun for ``similar``. Imports no Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from digidesk.core.errors import AnalysisError


def add_commands(sub: argparse._SubParsersAction) -> None:
    compare = sub.add_parser(
        "compare", help="place areas among all kommuner: rank, national value, median, peers"
    )
    compare.add_argument("workspace", help="a .digidesk workspace, a table to import, or 'demo'")
    compare.add_argument(
        "--areas",
        required=True,
        help="codes or names, comma-separated (SE:1860 or NO:1860 where both countries have "
        "the code); 'award' for the award's nominees, or an area group's name",
    )
    compare.add_argument("--indicators", help="indicator ids, comma-separated (default: all)")
    compare.add_argument(
        "--period", help="the period to compare (default: each indicator's latest)"
    )
    compare.add_argument("--gender", default="T", choices=("T", "K", "M"))
    compare.add_argument(
        "--peers", help="kommungrupp, kommungrupp2017, county or an area group's name"
    )
    compare.add_argument("--prefer", help="dataset ids whose figures win where datasets overlap")
    out = compare.add_mutually_exclusive_group(required=True)
    out.add_argument(
        "--json", action="store_true", help="print one JSON object per area and indicator"
    )
    out.add_argument("--output", help="write the comparison to OUT.xlsx")

    similar = sub.add_parser("similar", help="the kommuner most like one, on chosen indicators")
    similar.add_argument("workspace", help="a .digidesk workspace, a table to import, or 'demo'")
    similar.add_argument("--area", required=True, help="a kommun code or name")
    similar.add_argument("--indicators", required=True, help="indicator ids, comma-separated")
    similar.add_argument("--weights", help="one weight per indicator, comma-separated (default 1)")
    similar.add_argument("-n", type=int, default=7, help="how many to list (default 7)")
    similar.add_argument("--period", help="the period (default: each indicator's latest)")
    similar.add_argument("--gender", default="T", choices=("T", "K", "M"))
    similar.add_argument("--json", action="store_true", help="print JSON")


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def _load(spec: str):
    from digidesk.core.loader import load_workspace
    from digidesk.core.model.areas import default_register

    return load_workspace(spec), default_register()


def _check_indicators(workspace, indicators: list[str]) -> None:
    held = {
        str(c) for d in workspace.datasets for c in d.observations["indicator_id"].cat.categories
    }
    for indicator_id in indicators:
        if indicator_id not in held:
            raise AnalysisError("analysis.unknown_indicator", indicator=indicator_id)


def run_compare(args: argparse.Namespace) -> int:
    from digidesk.core.analysis.compare import compare
    from digidesk.core.analysis.peers import known_scheme
    from digidesk.core.analysis.selection import resolve_areas

    workspace, register = _load(args.workspace)
    areas = resolve_areas(_split(args.areas), workspace, register)
    if not areas:
        raise AnalysisError("analysis.no_areas")
    indicators = _split(args.indicators) or None
    if indicators:
        _check_indicators(workspace, indicators)
    if args.peers and not known_scheme(workspace, args.peers):
        raise AnalysisError("analysis.unknown_peers", peers=args.peers)
    result = compare(
        workspace,
        areas,
        register,
        indicators=indicators,
        period=args.period,
        gender=args.gender,
        peers=args.peers,
        prefer=_split(args.prefer),
    )
    for indicator_id, conflicts in result.conflicts.items():
        print(
            f"digidesk: note: {indicator_id}: {len(conflicts)} figures differ between datasets; "
            f"the first dataset's are used",
            file=sys.stderr,
        )
    if args.json:
        print(json.dumps([row.to_json() for row in result.rows], ensure_ascii=False, indent=2))
        return 0
    from digidesk.core.export.comparison import export_comparison

    export_comparison(result, workspace, register, Path(args.output))
    return 0


def run_similar(args: argparse.Namespace) -> int:
    from digidesk.core.analysis.selection import resolve_area
    from digidesk.core.analysis.similarity import similar_to

    workspace, register = _load(args.workspace)
    country, area_id = resolve_area(args.area, workspace, register)
    indicators = _split(args.indicators)
    _check_indicators(workspace, indicators)
    weights = [_weight(w) for w in _split(args.weights)] or None
    result = similar_to(
        workspace,
        register,
        country,
        area_id,
        indicators,
        weights,
        max(1, args.n),
        period=args.period,
        gender=args.gender,
    )
    listed: list[dict[str, Any]] = []
    for n, item in enumerate(result.similar, start=1):
        area = register.get(item.area_id, country)
        listed.append(
            {
                "rank": n,
                "area_id": item.area_id,
                "name": area.name if area else "",
                "country": country,
                "difference_index": item.difference,
                "compared": item.compared,
                "missing": list(item.missing),
            }
        )
    for indicator_id, reason in result.left_out:
        print(f"digidesk: note: {indicator_id} left out ({reason})", file=sys.stderr)
    if args.json:
        print(json.dumps(listed, ensure_ascii=False, indent=2))
    else:
        for item in listed:
            index = item["difference_index"]
            print(f"{item['rank']:>3}  {item['area_id']}  {item['name']:<28} {index:.3f}")
    return 0


def _weight(text: str) -> float:
    try:
        value = float(text.replace("\u2212", "-"))
    except ValueError:
        raise AnalysisError("analysis.bad_weight", weight=text) from None
    if not value >= 0 or value == float("inf"):
        raise AnalysisError("analysis.bad_weight", weight=text)
    return value
