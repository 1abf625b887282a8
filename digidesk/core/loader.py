"""Open whatever the user names: a .digidesk workspace, a tidy CSV, a spreadsheet, ``demo``."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from digidesk.core.errors import InputError
from digidesk.core.model.workspace import Workspace

if TYPE_CHECKING:
    from digidesk.core.io.pipeline import Inspection

DEMO = "demo"
_TEXT_SUFFIXES = (".csv", ".tsv", ".txt")


def load_workspace(spec: str | os.PathLike[str]) -> Workspace:
    """Read ``spec`` into a workspace; raise a typed error naming the file otherwise."""
    from digidesk.core import store
    from digidesk.core.io.tidy_csv import is_tidy_csv, read_tidy_csv

    if str(spec) == DEMO:
        from digidesk.core.demo import build_demo_workspace

        return build_demo_workspace()
    path = Path(spec)
    if not path.exists():
        raise InputError("input.not_found", path=str(path))
    if not path.is_file():
        raise InputError("input.not_a_file", path=str(path))
    with open(path, "rb") as handle:
        head = handle.read(16)
    if head.startswith(b"SQLite format 3\x00"):
        return store.load(path)
    if is_tidy_csv(path):
        return read_tidy_csv(path)
    from digidesk.core.io.pipeline import import_file

    return import_file(path).to_workspace()


def open_or_inspect(
    path: Path, cancelled: Callable[[], bool] = lambda: False, default_country: str = ""
) -> Workspace | Inspection:
    """A workspace file or a tidy CSV read whole, or a spreadsheet read and planned, for the
    user to check its tables in the import wizard (``default_country`` for tables whose
    areas do not say). Raises ``input.cancelled`` once ``cancelled()`` is true after the
    read, and ``input.no_values`` for a file without a table of figures."""
    from digidesk.core.io import pipeline

    if _read_whole(path):
        return load_workspace(path)
    book = pipeline.read_book(path, cancelled=cancelled)
    if cancelled():
        raise InputError("input.cancelled", path=str(path))
    inspection = pipeline.inspect_book(book, default_country=default_country)
    if not inspection.plans:
        raise InputError("input.no_values", path=str(path))
    return inspection


def _read_whole(path: Path) -> bool:
    """A .digidesk file or a tidy CSV (read whole by ``load_workspace``), or a path that
    ``load_workspace`` reports on (missing, a folder)."""
    from digidesk.core.io.tidy_csv import is_tidy_csv

    if not path.is_file():
        return True
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return True
    if head.startswith(b"SQLite format 3\x00"):
        return True
    return path.suffix.lower() in _TEXT_SUFFIXES and is_tidy_csv(path)
