"""Where DigiDesk's shipped files (register, demo data, icons) live, from source or frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``, both from a checkout and in a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[1]
    return root.joinpath("resources", *parts)


def docs_path(*parts: str) -> Path:
    """Path of a file under ``docs/`` (the user guide and its pictures), from a checkout or
    in a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[1]
    return root.joinpath("docs", *parts)
