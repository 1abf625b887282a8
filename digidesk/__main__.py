"""``python -m digidesk`` and the ``digidesk`` command.

Headless commands (convert, inspect, compare, similar, chart) never import Qt; everything
else starts the desktop application.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    # A frozen build starts the import worker process through this entry point.
    import multiprocessing

    multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    from digidesk.cli import COMMANDS

    if args and args[0] in COMMANDS:
        from digidesk.cli import main as cli_main

        return cli_main(args)
    from digidesk.app import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
