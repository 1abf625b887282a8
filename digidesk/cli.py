"""Headless commands: convert, inspect, compare, similar, chart, recovery, jury and strategy.
No Qt.

Exit codes: 0 done, 2 usage error, 3 the input (or output) could not be read
or written; then one line ``digidesk: FILE: problem`` goes to stderr. A fault of DigiDesk's
own ends in 1 with one line too, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from digidesk import __version__, analysis_cli, chart_cli, jury_cli, recovery_cli, strategy_cli
from digidesk.core.errors import AnalysisError, ChartError, DigiDeskError, ExportError

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3
COMMANDS = (
    "convert",
    "inspect",
    "compare",
    "similar",
    "chart",
    "recovery",
    "jury",
    "strategy",
    "strategy-report",
)


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
    inspect.add_argument("--sheet", help="only the tables on this sheet (hidden sheets too)")
    inspect.add_argument("--json", action="store_true", help="print JSON")
    analysis_cli.add_commands(sub)
    chart_cli.add_command(sub)
    recovery_cli.add_commands(sub)
    jury_cli.add_commands(sub)
    strategy_cli.add_commands(sub)
    # Every command says what went wrong in Swedish, Norwegian or English; those that write
    # words into files already take --language for them.
    for command in sub.choices.values():
        if not any("--language" in a.option_strings for a in command._actions):
            command.add_argument(
                "--language", choices=("sv", "nb", "en"), help="messages; default: the system's"
            )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_OK if exc.code in (0, None) else EXIT_USAGE
    handler = {
        "convert": _convert,
        "inspect": _inspect,
        "compare": analysis_cli.run_compare,
        "similar": analysis_cli.run_similar,
        "chart": chart_cli.run_chart,
        "recovery": recovery_cli.run,
        "jury": jury_cli.run,
        "strategy": strategy_cli.run_strategy,
        "strategy-report": strategy_cli.run_report,
    }[args.command]
    try:
        return handler(args)
    except (AnalysisError, ChartError) as error:
        from digidesk.messages import describe

        name = error.params.get("path") or getattr(args, "workspace", None) or args.command
        print(f"digidesk: {name}: {describe(error, args.language)}", file=sys.stderr)
        return EXIT_USAGE
    except DigiDeskError as error:
        from digidesk.messages import describe

        name = (
            error.params.get("path")
            or getattr(args, "input", None)
            or getattr(args, "workspace", None)
            or getattr(args, "id", None)
            or getattr(args, "file", None)
            or args.command
        )
        print(f"digidesk: {name}: {describe(error, args.language)}", file=sys.stderr)
        return EXIT_INPUT
    except Exception as error:  # noqa: BLE001 - a fault of DigiDesk's: one line, no traceback
        print(
            f"digidesk: {args.command}: internal error ({type(error).__name__}); "
            "please report it with the input if you can",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _convert(args: argparse.Namespace) -> int:
    output = Path(args.output)
    suffix = output.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".digidesk"):
        raise ExportError("export.unsupported", path=str(output))
    if _is_table_file(args.input):
        # Read, tidied and written in the reader process, with its limits: this process
        # imports neither pandas nor the writers, and no table crosses between the two.
        from digidesk.core.io.worker import ReaderJob

        options = {"output": str(output), "dialect": args.dialect}
        job = ReaderJob(
            args.input, reader="digidesk.cli:convert_table", kwargs=options, read_ahead=True
        )
        job.result()
        return EXIT_OK
    from digidesk.core.loader import load_workspace

    write_workspace(load_workspace(args.input), output, args.dialect)
    return EXIT_OK


def _is_table_file(spec: str) -> bool:
    """Not ``demo``, a .digidesk workspace or a tidy CSV (its header starts with
    indicator_id, or dataset and indicator_id): a spreadsheet or table to import.
    Reads 64 bytes, imports nothing."""
    if spec == "demo":
        return False
    try:
        with open(spec, "rb") as handle:
            head = handle.read(64)
    except OSError:
        return False  # the loader says what is wrong
    if head.startswith(b"SQLite format 3\x00"):
        return False
    tidy = (b"indicator_id", b"dataset,indicator_id", b"dataset;indicator_id")
    return not head.removeprefix(b"\xef\xbb\xbf").startswith(tidy)


def convert_table(
    path: str, limits: Any, output: str, dialect: str = "standard", **kwargs: Any
) -> None:
    """Import the table file ``path`` and write it to ``output`` (in the reader process)."""
    from digidesk.core.io.pipeline import import_file

    result = import_file(path, limits, in_worker=False, **kwargs)
    _stamp_provenance(result, Path(path))
    write_workspace(result.to_workspace(), Path(output), dialect)


def write_workspace(workspace: Any, output: Path, dialect: str) -> None:
    """``workspace`` as the tidy CSV, a workbook or a .digidesk file, by ``output``'s suffix."""
    suffix = output.suffix.lower()
    try:
        if suffix == ".csv":
            from digidesk.core.export.csv import write_csv
            from digidesk.core.export.tidy import tidy_table

            write_csv(tidy_table(workspace), output, dialect)  # type: ignore[arg-type]
        elif suffix == ".xlsx":
            from digidesk.core.export.excel import export_workspace

            export_workspace(workspace, output)
        else:
            from digidesk.core import store

            store.save(workspace, output)
    except OSError as exc:
        raise ExportError("store.write_failed", path=str(output), reason=exc.strerror) from exc


def _stamp_provenance(result: Any, path: Path) -> None:
    """The source file's SHA-256 and the time of the import, for the About sheet."""
    import hashlib
    from datetime import UTC, datetime

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for table in result.tables:
        table.dataset.provenance.sha256 = digest.hexdigest()
        table.dataset.provenance.imported_at = now


def _is_workspace(spec: str) -> bool:
    from digidesk.core.io.tidy_csv import is_tidy_csv
    from digidesk.core.loader import DEMO

    if spec == DEMO:
        return True
    path = Path(spec)
    if not path.is_file():
        return True  # let the loader say what is wrong
    with open(path, "rb") as handle:
        if handle.read(16).startswith(b"SQLite format 3\x00"):
            return True
    return is_tidy_csv(path)


def _inspect(args: argparse.Namespace) -> int:
    if not _is_workspace(args.file):
        return _inspect_table_file(args)
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


def _inspect_table_file(args: argparse.Namespace) -> int:
    """What the import finds in a spreadsheet: the file, its sheets and each table's plan."""
    from digidesk.core.io.pipeline import import_book, inspect_book, read_book

    book = read_book(args.file, include_hidden=bool(args.sheet))
    if args.sheet:
        book.sheets = [s for s in book.sheets if s.name == args.sheet]
        if not book.sheets:
            from digidesk.core.errors import InputError

            raise InputError("input.sheet_not_found", path=str(args.file), sheet=args.sheet)
    plans = inspect_book(book).plans
    with_values = [p for p in plans if p.columns_with("value")]
    imported = import_book(book, with_values).tables if with_values else []
    results = {id(t.plan): t.result for t in imported}
    tables = []
    for plan in plans:
        result = results.get(id(plan))
        table: dict[str, Any] = {
            "sheet": plan.sheet,
            "title": plan.title,
            "format": plan.format_name or "generic",
            "header_rows": _rows(plan.header_first, plan.header_last),
            "data_rows": _rows(plan.data_first, plan.data_last),
            "layout": plan.layout,
            "country": plan.country,
            "columns": [{"label": c.label, "role": c.role} for c in plan.columns],
            "notes": list(plan.notes),
        }
        if result is None:
            table["warnings"] = ["no_values"]
        else:
            frame = result.observations
            table.update(
                observations=len(frame),
                areas_matched=result.areas_matched,
                unmatched=[
                    {"text": u.text, "rows": u.count, "first_row": u.first_row}
                    for u in result.unmatched
                ],
                indicators=sorted(frame["indicator_id"].astype(str).unique()),
                periods=sorted(frame["period"].astype(str).unique()),
                markers=result.markers,
                dropped_rows=result.dropped_rows,
                warnings=result.warnings,
            )
        tables.append(table)
    summary = {
        "file": str(args.file),
        "format": book.kind,
        "encoding": book.encoding,
        "delimiter": book.delimiter,
        "sheets": [{"name": s.name, "hidden": s.hidden, "rows": s.n_rows} for s in book.sheets]
        + [{"name": name, "hidden": True, "rows": None} for name in book.skipped_hidden],
        "tables": tables,
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(f"{summary['file']}: {book.kind}")
        for t in tables:
            roles = ", ".join(
                f"{c['label']}={c['role']}" for c in t["columns"] if c["role"] != "ignore"
            )
            print(f"  {t['sheet']} [{t['format']}, {t['layout']}] rows {t['data_rows']}: {roles}")
            if "observations" in t:
                print(
                    f"    {t['observations']} observations, {t['areas_matched']} areas matched, "
                    f"{len(t['unmatched'])} names unmatched"
                )
    return EXIT_OK


def _rows(first: int | None, last: int | None) -> list[int] | None:
    """1-based inclusive row numbers, as a spreadsheet program shows them."""
    return None if first is None or last is None else [first + 1, last + 1]
