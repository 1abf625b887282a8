"""Headless commands: ``digidesk convert`` and ``digidesk inspect``. Imports no Qt.

Exit codes: 0 done, 2 usage error, 3 the input (or output) could not be read
or written; then one line ``digidesk: FILE: problem`` goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from digidesk import __version__
from digidesk.core.errors import DigiDeskError, ExportError

EXIT_OK, EXIT_USAGE, EXIT_INPUT = 0, 2, 3
COMMANDS = ("convert", "inspect")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="digidesk", description="DigiDesk headless commands.")
    parser.add_argument("--version", action="version", version=f"DigiDesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    convert = sub.add_parser(
        "convert", help="write a workspace or table to .csv, .xlsx or .digidesk"
    )
    convert.add_argument("input", help="a .digidesk workspace, a tidy CSV, or 'demo'")
    convert.add_argument("output", help="OUTPUT.csv, OUTPUT.xlsx or OUTPUT.digidesk")
    convert.add_argument(
        "--dialect",
        choices=("standard", "nordic"),
        default="standard",
        help="CSV dialect: standard (, and .) or nordic (; and decimal comma, UTF-8 with BOM)",
    )
    inspect = sub.add_parser("inspect", help="describe what DigiDesk finds in a file")
    inspect.add_argument("file")
    inspect.add_argument("--json", action="store_true", help="print JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_OK if exc.code in (0, None) else EXIT_USAGE
    handler = {"convert": _convert, "inspect": _inspect}[args.command]
    try:
        return handler(args)
    except DigiDeskError as error:
        from digidesk.messages import describe

        name = error.params.get("path") or getattr(args, "input", None) or args.file
        print(f"digidesk: {name}: {describe(error)}", file=sys.stderr)
        return EXIT_INPUT


def _convert(args: argparse.Namespace) -> int:
    from digidesk.core.loader import load_workspace

    output = Path(args.output)
    suffix = output.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".digidesk"):
        raise ExportError("export.unsupported", path=str(output))
    workspace = load_workspace(args.input)
    try:
        if suffix == ".csv":
            from digidesk.core.export.csv import write_csv
            from digidesk.core.export.tidy import tidy_table

            write_csv(tidy_table(workspace), output, args.dialect)
        elif suffix == ".xlsx":
            from digidesk.core.export.excel import export_workspace

            export_workspace(workspace, output)
        else:
            from digidesk.core import store

            store.save(workspace, output)
    except OSError as exc:
        raise ExportError("store.write_failed", path=str(output), reason=exc.strerror) from exc
    return EXIT_OK


def _inspect(args: argparse.Namespace) -> int:
    from digidesk.core.loader import load_workspace

    workspace = load_workspace(args.file)
    summary: dict[str, Any] = {
        "file": str(args.file),
        "title": workspace.title,
        "indicators": len(workspace.indicators),
        "datasets": [
            {
                "dataset_id": d.dataset_id,
                "name": d.name,
                "country": d.country,
                "observations": len(d.observations),
                "indicators": sorted(d.observations["indicator_id"].astype(str).unique()),
                "areas": int(d.observations["area_id"].nunique()),
                "periods": sorted(d.observations["period"].astype(str).unique()),
                "missing": int(d.observations["value"].isna().sum()),
                "source": d.provenance.file_name,
            }
            for d in workspace.datasets
        ],
        "strategies": [{"name": s.name, "targets": len(s.targets())} for s in workspace.strategies],
        "awards": [{"name": a.name, "nominees": len(a.nominees)} for a in workspace.awards],
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(f"{summary['file']}: {workspace.title}")
        for d in summary["datasets"]:
            print(f"  {d['name']}: {d['observations']} observations, {d['areas']} areas")
    return EXIT_OK
