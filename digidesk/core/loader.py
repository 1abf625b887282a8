"""Open whatever the user names: a .digidesk workspace, a tidy CSV, a spreadsheet, ``demo``."""

from __future__ import annotations

import os
from pathlib import Path

from digidesk.core.errors import InputError
from digidesk.core.model.workspace import Workspace

DEMO = "demo"


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
