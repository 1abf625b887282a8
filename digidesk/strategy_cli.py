"""``digidesk strategy import|status`` and ``digidesk strategy-report``, headless. No Qt.

``strategy status --json`` prints one object per target with exactly the fields
``id, text, due_year, indicator_id, area_id, gender, baseline, baseline_period,
target_value, comparator, latest_value, latest_period, status, reason`` (docs/strategy.md);
the reason is in words, in ``--language`` (default: the system's).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from digidesk.core.errors import AnalysisError, ExportError

JSON_FIELDS = (
    "id", "text", "due_year", "indicator_id", "area_id", "gender", "baseline",
    "baseline_period", "target_value", "comparator", "latest_value", "latest_period",
    "status", "reason",
)  # fmt: skip


def add_commands(sub: argparse._SubParsersAction) -> None:
    strategy = sub.add_parser("strategy", help="import a strategy or show its status")
    commands = strategy.add_subparsers(dest="strategy_command", required=True)
    imported = commands.add_parser(
        "import", help="read a strategy from .docx, .pdf, .txt, .xlsx, .ods or .csv"
    )
    imported.add_argument("file", help="the strategy document or spreadsheet")
    imported.add_argument(
        "--output", required=True, help="WORKSPACE.digidesk (the strategy is added if it exists)"
    )
    imported.add_argument("--name", help="the strategy's name (default: from the file)")
    status = commands.add_parser("status", help="each target's status as of a date")
    status.add_argument("workspace", help="a .digidesk workspace or 'demo'")
    _common(status)
    status.add_argument("--json", action="store_true", help="print one JSON object per target")
    report = sub.add_parser("strategy-report", help="the follow-up report as .xlsx (and .pdf)")
    report.add_argument("workspace", help="a .digidesk workspace or 'demo'")
    report.add_argument("output", help="OUT.xlsx")
    report.add_argument("--pdf", help="also write the report as OUT.pdf")
    _common(report)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of", help="YYYY-MM-DD (default: the strategy's follow-up date, else today)"
    )
    parser.add_argument("--strategy", help="the strategy's name or number (default: the first)")
    parser.add_argument("--language", choices=("sv", "nb", "en"), help="language of the words")


def _as_of(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise AnalysisError("analysis.bad_date", date=text) from None


def _pick(workspace, spec: str | None) -> int:
    if not workspace.strategies:
        raise AnalysisError("analysis.no_strategy")
    if spec is None:
        return 0
    if spec.isdigit() and 1 <= int(spec) <= len(workspace.strategies):
        return int(spec) - 1
    for n, strategy in enumerate(workspace.strategies):
        if strategy.name.strip().lower() == spec.strip().lower():
            return n
    raise AnalysisError("analysis.unknown_strategy", strategy=spec)


def run_strategy(args: argparse.Namespace) -> int:
    if args.strategy_command == "import":
        return _import(args)
    return _status(args)


def _import(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from digidesk import strategy_words
    from digidesk.core import store
    from digidesk.core.io.strategy_import import import_strategy
    from digidesk.core.model.workspace import Workspace

    output = Path(args.output)
    if output.suffix.lower() != ".digidesk":
        raise ExportError("export.not_workspace", path=str(output))
    result = import_strategy(args.file)
    strategy = replace(result.strategy, name=args.name) if args.name else result.strategy
    workspace = store.load(output) if output.exists() else Workspace(title=strategy.name)
    workspace.strategies.append(strategy)
    try:
        store.save(workspace, output)
    except OSError as exc:
        raise ExportError("store.write_failed", path=str(output), reason=exc.strerror) from exc
    goals, areas, targets = strategy.counts()
    print(strategy_words.import_summary(strategy.name, goals, areas, targets, str(output)))
    return 0


def status_records(workspace, strategy, status, language: str | None) -> list[dict[str, Any]]:
    from digidesk import strategy_words

    records = []
    for target in strategy.targets():
        result = status.targets[target.id]
        baseline = result.baseline if result.baseline is not None else target.baseline
        record = {
            "id": target.id,
            "text": target.text,
            "due_year": target.due_year,
            "indicator_id": target.indicator_id,
            "area_id": result.area_id,
            "gender": target.gender,
            "baseline": baseline,
            "baseline_period": target.baseline_period,
            "target_value": target.target_value,
            "comparator": target.comparator,
            "latest_value": result.latest_value,
            "latest_period": result.latest_period,
            "status": result.status,
            "reason": strategy_words.reason_text(result, language),
        }
        records.append({key: record[key] for key in JSON_FIELDS})
    return records


def _load(args: argparse.Namespace):
    from digidesk.core.analysis.goals import strategy_status
    from digidesk.core.loader import load_workspace
    from digidesk.core.model.areas import default_register

    as_of = _as_of(args.as_of)
    workspace = load_workspace(args.workspace)
    position = _pick(workspace, args.strategy)
    strategy = workspace.strategies[position]
    register = default_register()
    return workspace, strategy, strategy_status(workspace, strategy, register, as_of), register


def _status(args: argparse.Namespace) -> int:
    from digidesk import strategy_words

    workspace, strategy, status, _register = _load(args)
    records = status_records(workspace, strategy, status, args.language)
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    for record, result in zip(records, status.targets.values(), strict=True):
        badge = strategy_words.badge_text(result, args.language)
        print(f"{record['id']:<5} {badge:<32} {record['reason']}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from digidesk.strategy_reports import write_reports

    output = Path(args.output)
    if output.suffix.lower() != ".xlsx":
        raise ExportError("export.not_xlsx", path=str(output))
    pdf = Path(args.pdf) if args.pdf else None
    if pdf is not None and pdf.suffix.lower() != ".pdf":
        raise ExportError("export.not_pdf", path=str(pdf))
    workspace, strategy, status, register = _load(args)
    for path in (output, pdf):
        if path is not None and not path.parent.is_dir():
            raise ExportError("store.folder_missing", path=str(path))
    try:
        write_reports(workspace, strategy, status, register, output, pdf, args.language)
    except OSError as exc:
        raise ExportError("store.write_failed", path=str(output), reason=exc.strerror) from exc
    return 0
