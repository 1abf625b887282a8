"""The core and the command line can run where Qt is not installed (a notebook, a server)."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROGRAM = """
import sys
import digidesk.core, digidesk.cli, digidesk.messages
import digidesk.core.store, digidesk.core.demo, digidesk.core.loader, digidesk.core.commands
import digidesk.core.export.excel, digidesk.core.export.csv, digidesk.core.io.tidy_csv
from digidesk.cli import main
assert main(["convert", "demo", sys.argv[1]]) == 0
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(",".join(qt))
"""


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".digidesk"])
def test_core_and_cli_import_no_qt(tmp_path, suffix):
    out = tmp_path / f"demo{suffix}"
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(out)], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
    assert out.stat().st_size > 0


def test_no_core_module_mentions_pyside():
    from pathlib import Path

    import digidesk.core

    root = Path(digidesk.core.__file__).parent
    offenders = [p.name for p in root.rglob("*.py") if "PySide6" in p.read_text("utf-8")]
    assert offenders == []
