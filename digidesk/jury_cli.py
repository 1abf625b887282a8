"""``digidesk jury template|import|results|protocol|verify``: the jury's work, headless.

Imports no Qt. ``WORKSPACE`` is a .digidesk file, a table to import, or ``demo``. The JSON
of ``results`` holds the inputs and the outputs (see docs/jury.md); ``import`` writes the
workspace with the returned sheets' scores to ``--output`` and reports every sheet;
``verify`` exits 0 when the protocol matches the workspace, 3 when it does not.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from digidesk.core.errors import ModelError

EXIT_OK, EXIT_USAGE, EXIT_INPUT = 0, 2, 3
_USAGE = {"jury.unknown_juror", "jury.no_award", "jury.unknown_method"}


def add_commands(sub: argparse._SubParsersAction) -> None:
    jury = sub.add_parser("jury", help="score an award offline, aggregate, write the protocol")
    actions = jury.add_subparsers(dest="jury_command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--award", default="0", help="the award's id or position (default 0)")
    common.add_argument("--language", choices=("sv", "nb", "en"), help="words of the files")

    template = actions.add_parser("template", parents=[common], help="a juror's scoring workbook")
    template.add_argument("workspace")
    template.add_argument("--juror", required=True, help="the juror's id")
    template.add_argument("output", help="OUT.xlsx")

    imported = actions.add_parser("import", parents=[common], help="import returned sheets")
    imported.add_argument("workspace")
    imported.add_argument("sheets", nargs="+", help="returned SHEET.xlsx files")
    imported.add_argument("--output", required=True, help="the workspace to write (.digidesk)")
    imported.add_argument("--json", action="store_true", help="print the report as JSON")

    results = actions.add_parser("results", parents=[common], help="every method side by side")
    results.add_argument("workspace")
    results.add_argument("--json", action="store_true", help="print the inputs and results")

    protocol = actions.add_parser("protocol", parents=[common], help="write the jury protocol")
    protocol.add_argument("workspace")
    protocol.add_argument("output", help="OUT.xlsx")
    protocol.add_argument("--pdf", help="also write the protocol as OUT.pdf")

    verify = actions.add_parser("verify", parents=[common], help="check a protocol")
    verify.add_argument("protocol", help="PROTOCOL.xlsx")
    verify.add_argument("workspace")


def run(args: argparse.Namespace) -> int:
    try:
        return _HANDLERS[args.jury_command](args)
    except ModelError as error:
        if error.code not in _USAGE:
            raise
        from digidesk.messages import describe

        print(f"digidesk: {args.workspace}: {describe(error, args.language)}", file=sys.stderr)
        return EXIT_USAGE


def _load(args: argparse.Namespace):
    from digidesk.core.loader import load_workspace

    workspace = load_workspace(args.workspace)
    return workspace, _position(workspace, args.award)


def _position(workspace, award: str) -> int:
    for n, item in enumerate(workspace.awards):
        if award in (item.id, str(n)):
            return n
    raise ModelError("jury.no_award")


def _words(args: argparse.Namespace):
    from digidesk.jury_wording import jury_words, method_name, number_text
    from digidesk.messages import system_language

    language = args.language or system_language()
    words = jury_words(language)
    return (
        language,
        words,
        lambda m: method_name(m, words),
        lambda v, d: number_text(v, d, language),
    )


def _template(args: argparse.Namespace) -> int:
    from digidesk import wording
    from digidesk.core.export.juror_sheets import write_juror_template
    from digidesk.core.jury.figures import figure_rows

    workspace, position = _load(args)
    award = workspace.awards[position]
    if award.juror(args.juror) is None:
        raise ModelError("jury.unknown_juror", id=args.juror)
    language, words, _, number = _words(args)
    figures = figure_rows(workspace, award, lambda r, n, s: wording.rank_text(r, n, s, language))
    write_juror_template(
        award, args.juror, _writable(args.output), words, figures,
        created=date.today().isoformat(), number_text=lambda v: number(v, -1),
    )  # fmt: skip
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from digidesk.core import store
    from digidesk.core.jury.sheet_import import plan_import
    from digidesk.messages import describe

    workspace, position = _load(args)
    plan = plan_import(workspace, position, [Path(s) for s in args.sheets])
    if plan.command is not None:
        plan.command.apply(workspace)
    store.save(workspace, _writable(args.output))
    if args.json:
        print(json.dumps([r.to_json() for r in plan.reports], ensure_ascii=False, indent=2))
    else:
        for report in plan.reports:
            line = f"{report.path}: {report.status}"
            if report.taken:
                line += (
                    f" ({report.juror_id}: {len(report.changes)} changed, {report.unchanged} "
                    f"unchanged, {len(report.problems)} invalid cells)"
                )
            print(line)
            for problem in report.problems:
                print(f"  {problem.cell}: {problem.code} ({problem.text})")
    for report in plan.reports:
        if report.error is not None:
            print(f"digidesk: {report.path}: {describe(report.error, args.language)}",
                  file=sys.stderr)  # fmt: skip
    return EXIT_OK


def _results(args: argparse.Namespace) -> int:
    from digidesk.core.jury.verify import workspace_results

    workspace, position = _load(args)
    results = workspace_results(workspace, position)
    if args.json:
        print(json.dumps(results.to_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    _, words, method_name, number = _words(args)
    names = {n.area_id: n.name for n in results.award.nominees}
    banner = words["winner_differs" if results.winner_differs else "winner_same"]
    print(f"{results.award.name}: {banner}")
    for method, result in results.methods.items():
        ranked = sorted(
            (p.rank or 99, names[a], number(p.score, 3)) for a, p in result.placings.items()
        )
        print(f"  {method_name(method)}: " + "; ".join(f"{r}. {n} {s}" for r, n, s in ranked))
    print(f"  fingerprint {results.fingerprint}")
    return EXIT_OK


def _protocol(args: argparse.Namespace) -> int:
    from digidesk.core.export.protocol import write_protocol
    from digidesk.core.jury.verify import workspace_results

    workspace, position = _load(args)
    results = workspace_results(workspace, position)
    language, words, method_name, number = _words(args)
    today = date.today().isoformat()
    write_protocol(results, _writable(args.output), words, method_name, today)
    if args.pdf:
        from digidesk.core.export.jury_pdf import write_protocol_pdf
        from digidesk.core.jury.profile import profile_picture

        target = _writable(args.pdf)
        with profile_picture(workspace, results.award, language) as picture:
            write_protocol_pdf(results, target, words, method_name, today, number, picture)
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from digidesk.core.jury.verify import verify_protocol
    from digidesk.core.loader import load_workspace

    workspace = load_workspace(args.workspace)
    result = verify_protocol(args.protocol, workspace)
    if result.stated != result.computed:
        raise ModelError("jury.protocol_altered", path=args.protocol, stated=result.stated,
                         computed=result.computed or "–")  # fmt: skip
    if result.workspace != result.stated:
        raise ModelError("jury.workspace_differs", path=args.protocol, stated=result.stated,
                         workspace=result.workspace or "–")  # fmt: skip
    print(f"{args.protocol}: OK {result.stated}")
    return EXIT_OK


def _writable(output: str) -> Path:
    path = Path(output)
    if not path.parent.is_dir():
        from digidesk.core.errors import StoreError

        raise StoreError("store.folder_missing", path=str(path))
    return path


_HANDLERS = {
    "template": _template,
    "import": _import,
    "results": _results,
    "protocol": _protocol,
    "verify": _verify,
}
