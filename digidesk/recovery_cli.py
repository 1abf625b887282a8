"""``digidesk recovery list|restore``: unsaved work a crash left behind, without the GUI."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path


def add_commands(sub: argparse._SubParsersAction) -> None:
    recovery = sub.add_parser("recovery", help="list or restore unsaved work a crash left behind")
    actions = recovery.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="the recoverable workspaces")
    listing.add_argument("--json", action="store_true", help="print JSON")
    restore = actions.add_parser("restore", help="write a recoverable workspace to a file")
    restore.add_argument("id", help="the id that 'digidesk recovery list' shows")
    restore.add_argument("output", help="OUT.digidesk")


def run(args: argparse.Namespace) -> int:
    from digidesk.core import recovery

    if args.action == "list":
        found = recovery.entries()
        if args.json:
            print(json.dumps([asdict(e) for e in found], ensure_ascii=False, indent=2))
        elif not found:
            print("-")
        else:
            for e in found:
                print(
                    f"{e.entry_id}  {e.saved_at}  {e.name or '-'}  "
                    f"{e.datasets} datasets, {e.observations} observations"
                )
        return 0
    output = Path(args.output)
    if output.suffix.lower() != ".digidesk":
        from digidesk.core.errors import ExportError

        raise ExportError("export.unsupported", path=str(output))
    recovery.restore(args.id, output)
    return 0
